package glue

import (
	"strconv"
	"strings"
)

// decideEra places the glue in one of the eras listed in ARCHITECTURE.md §4 and markers.go from
// the shapes that changed between them. The newest era with any evidence
// wins: later glue keeps some older shapes (__wbg_ptr survives into
// 0.2.107+), never the other way round.
func decideEra(k Markers, target Target, provides map[string][]string, bgModule string) Era {
	var late, middle, early []string
	if k.Has(MarkTsSelfTypes) {
		late = append(late, "/* @ts-self-types */ header")
	}
	if k.Has(MarkImportsProtoNull) {
		late = append(late, "import objects built as { __proto__: null }")
	}
	if _, ok := provides[bgModule]; ok && target != TargetBundler {
		late = append(late, "imports under "+bgModule+" in a "+string(target)+" target")
	}
	if k.Has(MarkPanicError) {
		late = append(late, "class PanicError")
	}

	if k.Has(MarkWbgPtr) {
		middle = append(middle, "this.__wbg_ptr")
	}
	if k.Has(MarkCachedUint8ArrayMemory) {
		middle = append(middle, "cached*ArrayMemory0 caches")
	} else if k.Has(MarkCachedUint8Memory) && !k.Has(MarkCachedMemoryEmpty) {
		middle = append(middle, "cached*Memory0 caches")
	}
	if k.Has(MarkFreeTwoArgs) {
		middle = append(middle, "free(ptr, 0) with two arguments")
	}
	if k.Has(MarkSetWasmFn) {
		middle = append(middle, "__wbg_set_wasm")
	}
	if k.Has(MarkExternrefTable) {
		middle = append(middle, "__wbindgen_externrefs")
	}

	if k.Has(MarkCacheGetMemory) {
		early = append(early, "cacheget*Memory0 caches")
	}
	if k.Has(MarkThisPtr) {
		early = append(early, "this.ptr")
	}
	if k.Has(MarkCachedMemoryEmpty) {
		early = append(early, "cached*Memory0 caches made as empty arrays (0.2.83)")
	}

	e := Era{Name: EraUnknown, Upstream: UpstreamNone, Evidence: []string{}}
	switch {
	case len(late) > 0:
		e.Name, e.Evidence = EraLate, late
	case len(middle) > 0:
		e.Name, e.Evidence = EraMiddle, middle
	case len(early) > 0:
		e.Name, e.Evidence = EraEarly, early
	}
	if k.Has(MarkInstanceTerminated) && (k.Has(MarkCallGuard) || k.Has(MarkHandleCatch)) {
		e.Upstream = UpstreamGuard
		e.Evidence = append(e.Evidence, "__instance_terminated with __wbg_call_guard/__wbg_handle_catch")
	}
	return e
}

// EraOfVersion maps a wasm-bindgen version string, as recorded in a module's
// producers section ("0.2.100 (2405ec2b4)"), to the era its glue has, or ""
// when the string is not a version.
func EraOfVersion(v string) string {
	v, _, _ = strings.Cut(strings.TrimSpace(v), " ")
	parts := strings.Split(v, ".")
	if len(parts) < 3 {
		return ""
	}
	var n [3]int
	for i := range n {
		x, err := strconv.Atoi(strings.TrimLeft(parts[i], "v"))
		if err != nil {
			return ""
		}
		n[i] = x
	}
	switch {
	case n[0] > 0 || n[1] > 2:
		return EraLate
	case n[1] < 2:
		return EraEarly
	case n[2] < 84:
		return EraEarly
	case n[2] < 107:
		return EraMiddle
	}
	return EraLate
}
