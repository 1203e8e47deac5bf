// Package runtimes is what the project knows of which runtime versions run
// which Wasm and JS features: the one source of build's warnings and of
// inspect's "runs on". The versions are those the fault matrix measures
// (testdata/matrix); the claims about Node 20 are checked against the Node
// of the test machine by inspect's tests.
package runtimes

import "github.com/wbg-guard/wbg-guard/wasmparse"

// Node versions that have a feature Node 20 lacks.
const (
	// NodeJSTag: WebAssembly.JSTag, which the glue of 0.2.107-0.2.113 unwind
	// builds imports.
	NodeJSTag = "Node 22+"
	// NodeExnref: exnref exception handling (try_table, throw_ref).
	NodeExnref = "Node 22.22.3+ or 24.15+"
	// NodeMultiMemory: several memories in one module.
	NodeMultiMemory = "Node 22+"
	// NodeTypedRefs: typed function references and GC's value types (V8
	// 11.9; Node 22 ships 12.4, Node 20 11.3).
	NodeTypedRefs = "Node 22+"
	// NodeMemory64, and with exnref too.
	NodeMemory64       = "Node 24+"
	NodeMemory64Exnref = "Node 24.15+"
)

// RecentFeatures lists the features of f that need a recent runtime.
func RecentFeatures(f *wasmparse.File) []string {
	var needs []string
	if f.EH&wasmparse.EHExnref != 0 {
		needs = append(needs, "exnref exception handling (try_table)")
	}
	if multipleMemories(f) {
		needs = append(needs, "multiple memories")
	}
	if memory64(f) {
		needs = append(needs, "memory64")
	}
	if f.TypedRefs {
		needs = append(needs, "typed function references")
	}
	return needs
}

// NodeFor is the Node versions that run f, or "" when Node 20 does.
func NodeFor(f *wasmparse.File) string {
	exnref, m64 := f.EH&wasmparse.EHExnref != 0, memory64(f)
	switch {
	case m64 && exnref:
		return NodeMemory64Exnref
	case m64:
		return NodeMemory64
	case exnref:
		return NodeExnref
	case multipleMemories(f):
		return NodeMultiMemory
	case f.TypedRefs:
		return NodeTypedRefs
	}
	return ""
}

func multipleMemories(f *wasmparse.File) bool {
	return len(f.Memories)+f.ImportedCount(wasmparse.KindMemory) > 1
}

func memory64(f *wasmparse.File) bool {
	for _, m := range f.Memories {
		if m.Limits.Is64 {
			return true
		}
	}
	for _, im := range f.Imports {
		if im.Kind == wasmparse.KindMemory && im.Memory.Limits.Is64 {
			return true
		}
	}
	return false
}
