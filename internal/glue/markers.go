package glue

import (
	"strconv"
	"strings"
)

// markerTable names each marker (in JSON and messages) and, for the markers
// that one identifier anywhere in the file shows, lists those identifiers.
// The others are found by the rules in markers().
var markerTable = [markerCount]struct {
	name   string
	idents []string
}{
	MarkCacheGetMemory:         {name: "cacheGetMemory"},
	MarkThisPtr:                {name: "thisPtr"},
	MarkWbgPtr:                 {name: "wbgPtr", idents: []string{"__wbg_ptr"}},
	MarkCachedUint8Memory:      {name: "cachedUint8Memory"},
	MarkCachedUint8ArrayMemory: {name: "cachedUint8ArrayMemory"},
	MarkFreeTwoArgs:            {name: "freeTwoArgs"},
	MarkSymbolDispose:          {name: "symbolDispose"},
	MarkFinalizationRegistry:   {name: "finalizationRegistry", idents: []string{"FinalizationRegistry"}},
	MarkAddToStackPointer:      {name: "addToStackPointer", idents: []string{"__wbindgen_add_to_stack_pointer"}},
	MarkExternrefTable:         {name: "externrefTable", idents: []string{"__wbindgen_externrefs"}},
	MarkSetWasmFn:              {name: "setWasmFn", idents: []string{"__wbg_set_wasm"}},
	MarkGetImportsFn:           {name: "getImportsFn"},
	MarkImportsProtoNull:       {name: "importsProtoNull"},
	MarkInitSync:               {name: "initSync"},
	MarkInitSyncObject:         {name: "initSyncObject"},
	MarkWbindgenStart:          {name: "wbindgenStart", idents: []string{"__wbindgen_start"}},
	MarkModuleExportsWasm:      {name: "moduleExportsWasm"},
	MarkTsSelfTypes:            {name: "tsSelfTypes"},
	MarkImportSource:           {name: "importSource"},
	MarkTopLevelAwait:          {name: "topLevelAwait"},
	MarkJSTag:                  {name: "jsTag"},
	MarkPanicError:             {name: "panicError"},
	MarkInstanceTerminated:     {name: "instanceTerminated", idents: []string{"__instance_terminated"}},
	MarkCallGuard:              {name: "callGuard", idents: []string{"__wbg_call_guard", "__wbg_termination_guard"}},
	MarkHandleCatch:            {name: "handleCatch", idents: []string{"__wbg_handle_catch"}},
	MarkWrappedJSTag:           {name: "wrappedJSTag", idents: []string{"__wbindgen_wrapped_jstag"}},
	MarkResetState:             {name: "resetState", idents: []string{"__wbg_reset_state"}},
	MarkWbgGuard:               {name: "wbgGuard"},
	MarkJSHeap:                 {name: "jsHeap", idents: []string{"heap_next"}},
	MarkCachedMemoryEmpty:      {name: "cachedMemoryEmpty"},
}

func (m Marker) String() string {
	if m < markerCount {
		return markerTable[m].name
	}
	return "marker(" + strconv.Itoa(int(m)) + ")"
}

// String lists the markers found, by name.
func (k Markers) String() string {
	var names []string
	for m := Marker(0); m < markerCount; m++ {
		if k.Has(m) {
			names = append(names, m.String())
		}
	}
	return "{" + strings.Join(names, " ") + "}"
}

// MarshalJSON writes the markers found as an object of true values, in the
// table's order.
func (k Markers) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for m := Marker(0); m < markerCount; m++ {
		if k.Has(m) {
			if len(b) > 1 {
				b = append(b, ',')
			}
			b = strconv.AppendQuote(b, m.String())
			b = append(b, ":true"...)
		}
	}
	return append(b, '}'), nil
}

// markers records the identifying shapes found in one file. They are ORed
// over the entry and the _bg.js.
func (m *modInfo) markers() Markers {
	s := m.s
	idents := m.identSet()
	var k Markers
	for mk, row := range markerTable {
		for _, id := range row.idents {
			k.set(Marker(mk), idents[id])
		}
	}
	for id := range idents {
		switch {
		case strings.HasPrefix(id, "cacheget") && strings.Contains(id, "Memory"):
			k.set(MarkCacheGetMemory, true)
		case strings.HasPrefix(id, "cached") && strings.HasSuffix(id, "ArrayMemory0"):
			k.set(MarkCachedUint8ArrayMemory, true)
		case strings.HasPrefix(id, "cached") && strings.HasSuffix(id, "Memory0") && id != "cachedDataViewMemory0":
			k.set(MarkCachedUint8Memory, true)
			// 0.2.83 made the cache an empty array (`= new Uint8Array()`);
			// 0.2.84 on make it null until first use.
			if d, ok := m.decls[id]; ok && d.kind == "var" && s.ident(d.at, "new") {
				k.set(MarkCachedMemoryEmpty, true)
			}
		}
	}
	initSync := m.decls["initSync"].kind == "function"
	k.set(MarkInitSync, initSync)
	// initSync({ module }) / __wbg_init({ module_or_path }) unwrap an object
	// argument with Object.getPrototypeOf(...) === Object.prototype.
	k.set(MarkInitSyncObject, initSync && idents["getPrototypeOf"])
	k.set(MarkImportSource, m.importSrc != "")
	for _, r := range m.exports {
		k.set(MarkModuleExportsWasm, r.name == "__wasm")
	}
	if d, ok := m.decls["PanicError"]; ok && d.kind == "class" {
		k.set(MarkPanicError, true)
	}
	if d, ok := m.decls["__wbg_get_imports"]; ok && d.kind == "function" {
		k.set(MarkGetImportsFn, true)
	}

	n := len(s.toks)
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		if t.kind != tIdent {
			continue
		}
		switch t.val {
		case "this":
			if s.punct(i+1, ".") && s.ident(i+2, "ptr") {
				k.set(MarkThisPtr, true)
			}
		case "Symbol":
			if s.punct(i+1, ".") && s.ident(i+2, "dispose") {
				k.set(MarkSymbolDispose, true)
			}
		case "WebAssembly":
			if s.punct(i+1, ".") && s.ident(i+2, "JSTag") {
				k.set(MarkJSTag, true)
			}
		case "__proto__":
			if s.punct(i+1, ":") && s.ident(i+2, "null") {
				k.set(MarkImportsProtoNull, true)
			}
		case "wasm":
			if !s.afterDot(i) && s.punct(i+1, ".") &&
				strings.HasPrefix(s.name(i+2), "__wbg_") && strings.HasSuffix(s.name(i+2), "_free") && s.punct(i+3, "(") {
				k.set(MarkFreeTwoArgs, s.hasComma(i+3))
			}
		}
	}
	k.set(MarkTopLevelAwait, m.topAwait())
	for _, c := range s.leadingComments() {
		body := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c.text, "/*"), "//"))
		k.set(MarkTsSelfTypes, strings.HasPrefix(body, "@ts-self-types"))
		k.set(MarkWbgGuard, strings.HasPrefix(body, "wbg-guard:"))
	}
	return k
}

// topLevelAwait reports an `await` outside every function body: deno
// output instantiates with top-level await. A `{` opens a function body
// when it follows `=>`, or a `)` whose `(` does not belong to if/for/while/
// switch/catch/with.
func (m *modInfo) topLevelAwait() bool {
	s := m.s
	var stack []bool // per open `{`: is it a function body
	funcs := 0
	for i, t := range s.toks {
		if t.kind == tPunct {
			switch t.val {
			case "{":
				fn := false
				if s.punct(i-1, "=>") {
					fn = true
				} else if p := s.tok(i - 1); p != nil && p.kind == tPunct && p.val == ")" && p.match >= 0 {
					switch s.name(p.match - 1) {
					case "if", "for", "while", "switch", "catch", "with":
					default:
						fn = true
					}
				}
				stack = append(stack, fn)
				if fn {
					funcs++
				}
			case "}":
				if len(stack) > 0 {
					if stack[len(stack)-1] {
						funcs--
					}
					stack = stack[:len(stack)-1]
				}
			}
			continue
		}
		if t.kind == tIdent && t.val == "await" && funcs == 0 && !s.afterDot(i) {
			return true
		}
	}
	return false
}
