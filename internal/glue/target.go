package glue

import "fmt"

// shapeHint says what to do about glue of an unknown shape: a package's
// author may have re-bundled it with an init of their own.
const shapeHint = "; if the package re-bundled the glue (a custom init), guard the crate's own wasm-bindgen output instead, or pass --entry FILE if another file in the directory is the glue"

// decideTarget recognises the --target from how the entry file loads the
// Wasm module (the table of targets in README.md). Each rule keys on the loader, the one
// part of the glue that differs by target in every era:
//
//   - no-modules: a classic script whose body is an IIFE that assigns a
//     global (`let wasm_bindgen = (function(exports){...})(...)`, or
//     `wasm_bindgen = Object.assign(__wbg_init, ...)` / `self.wasm_bindgen =`)
//   - module: `import source wasmModule from "./<n>_bg.wasm"`
//   - bundler: a static ES import of the .wasm (`import * as wasm from "./<n>_bg.wasm"`)
//   - nodejs: CommonJS (require, module.exports/exports, no import/export statements)
//   - web: ESM whose default export is the async loader (init/__wbg_init), with initSync
//   - deno: ESM instantiating at top level with `Deno.readFile` or `await ... fetch(...)`
//   - experimental-nodejs-module: ESM reading the file with node:fs (readFileSync)
//     and instantiating synchronously (or with top-level await on fs/promises)
func decideTarget(entry *modInfo, entryName string) (Target, []string, error) {
	switch {
	case entry.iife && !entry.hasESM && entry.iifeGlobal != "":
		return TargetNoModules, []string{"IIFE assigning global " + entry.iifeGlobal}, nil
	case entry.importSrc != "":
		return TargetModule, []string{"import source from " + entry.importSrc}, nil
	case entry.wasmImport != "":
		return TargetBundler, []string{"ES import of " + entry.wasmImport}, nil
	case !entry.hasESM && entry.hasIdent("require") && (entry.hasIdent("module") || entry.hasIdent("exports")):
		ev := []string{"CommonJS require/module.exports"}
		if entry.hasIdent("__dirname") {
			ev = append(ev, "__dirname")
		}
		return TargetNodeJS, ev, nil
	}
	if !entry.hasESM {
		return "", nil, fmt.Errorf("%s: not wasm-bindgen glue of a known shape (no ES module, CommonJS or no-modules loader found)%s", entryName, shapeHint)
	}
	if entry.hasDefaultInit() && !entry.topAwait() {
		ev := []string{"default export of the async loader"}
		if entry.decls["initSync"].kind == "function" {
			ev = append(ev, "initSync")
		}
		return TargetWeb, ev, nil
	}
	nodeFS := entry.hasIdent("readFileSync") || entry.imports("node:fs") || entry.imports("fs") || entry.imports("node:fs/promises")
	switch {
	case entry.hasIdent("Deno"):
		return TargetDeno, []string{"Deno.readFile"}, nil
	case entry.topAwait() && entry.hasIdent("fetch") && !nodeFS:
		return TargetDeno, []string{"top-level await of instantiateStreaming(fetch(...))"}, nil
	case nodeFS && entry.hasIdent("WebAssembly"):
		return TargetNodeModule, []string{"ES module reading the .wasm with node:fs"}, nil
	}
	return "", nil, fmt.Errorf("%s: not wasm-bindgen glue of a known shape (an ES module without a recognisable loader)%s", entryName, shapeHint)
}

func (m *modInfo) hasIdent(name string) bool {
	return m.identSet()[name]
}

// identSet is every identifier of the file (top level and nested), built
// once per file.
func (m *modInfo) identSet() map[string]bool {
	if m.idents == nil {
		// Sized for real glue (a few hundred to a few thousand distinct
		// names, one per ~6 tokens): growing it was a measurable part of
		// the analysis.
		m.idents = make(map[string]bool, len(m.s.toks)/6+16)
		for _, list := range [][]token{m.s.toks, m.s.nested} {
			for i := range list {
				if t := &list[i]; t.kind == tIdent {
					m.idents[t.val] = true
				}
			}
		}
	}
	return m.idents
}

// imports reports whether the file imports the module spec (import ... from
// "spec", or require("spec")).
func (m *modInfo) imports(spec string) bool {
	for _, sp := range m.specs {
		if sp == spec {
			return true
		}
	}
	return false
}

// hasDefaultInit reports a default export that is the web loader.
func (m *modInfo) hasDefaultInit() bool {
	for _, r := range m.exports {
		if r.name == "default" && (isInitName(r.local) || m.isInitFunc(r)) {
			return true
		}
	}
	return false
}

func (m *modInfo) topAwait() bool {
	if m.tla == nil {
		v := m.topLevelAwait()
		m.tla = &v
	}
	return *m.tla
}
