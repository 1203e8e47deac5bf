// Package jsgen generates the JavaScript a guarded output is bundled from:
// the entry module (how the platform finds the .wasm, the runtime's
// configuration from the parsed module and the analysed glue, one facade per
// public export) and, for the bundler target, the module that stands in for
// the glue's `.wasm` import. What the glue is comes from package glue; the
// factory wrapper and the bundling are builder's.
package jsgen

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// AbortPolicy is what follows an abort (--on-abort).
type AbortPolicy string

const (
	OnAbortReinit AbortPolicy = "reinit" // a fresh instance on the next call
	OnAbortPoison AbortPolicy = "poison" // every later call throws PoisonedError
)

// JSErrorPolicy is what a JS exception that crossed Rust frames does
// (--js-errors-through-rust).
type JSErrorPolicy string

const (
	JSErrorsAbort JSErrorPolicy = "abort" // an abort: the instance is poisoned
	JSErrorsPass  JSErrorPolicy = "pass"  // rethrown as it is; the instance is kept
)

// EntryOptions are the decisions of a build that shape the generated entry.
type EntryOptions struct {
	Platform    glue.Platform
	Format      glue.Format
	InlineWasm  bool
	WasmBytes   []byte // the module, for InlineWasm
	ReinitMode  glue.ReinitMode
	Eager       bool // the glue instantiates at load: make generation 1 at import
	NeedsModule bool // the (patched) glue asks the host for the compiled module

	OnAbort             AbortPolicy
	ReinitMax           int // 0: no limit
	ReinitWindow        time.Duration
	JSErrorsThroughRust JSErrorPolicy
	Reconstruct         []string // classes whose stale instances are rebuilt
	// PackageName is the name in the directory's package.json, if any
	// (wasm-pack writes one): how users know the package, for messages.
	PackageName string
}

type entryPlan struct {
	g   *glue.Glue
	mod *wasmparse.File
	o   EntryOptions
}

// Entry generates the module a guarded output is bundled from: the host (how
// the platform finds the .wasm, require and the file's own URL), the runtime
// configured with facts from the parsed module (the arity of every export and
// import, funcref tables) and from the glue (labels, async members), and one
// facade per public export of the glue, under the glue's own names. It
// imports the runtime as RuntimeSpec and the generation factory as
// FactorySpec; the bundler resolves both.
func Entry(g *glue.Glue, mod *wasmparse.File, o EntryOptions) (string, error) {
	if err := checkReconstruct(g, o.Reconstruct); err != nil {
		return "", err
	}
	return entrySource(&entryPlan{g: g, mod: mod, o: o})
}

// Names of the virtual modules the entry imports; the bundle step resolves
// them to the embedded runtime and to the generated factory.
const (
	RuntimeSpec = "wbg-guard:runtime"
	FactorySpec = "wbg-guard:factory"
)

// RuntimeImports are the names the entry imports from RuntimeSpec.
var RuntimeImports = []string{"createRuntime", "makeHost", "PanicError", "AbortError", "PoisonedError", "StaleInstanceError"}

// The entry's first two lines, its imports of the runtime and of the
// factory (under the name FactoryName); the bundle step links them.
var (
	RuntimeImportLine = "import { " + strings.Join(RuntimeImports, ", ") + " } from \"" + RuntimeSpec + "\";\n"
	FactoryImportLine = "import " + FactoryName + " from \"" + FactorySpec + "\";\n"
)

// FactoryName is the name the entry gives the factory, and the name the
// factory is pasted under.
const FactoryName = "__wbgg_factory"

// entrySource generates the entry; see Entry.
func entrySource(p *entryPlan) (string, error) {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	g := p.g
	wasmName := path.Base(g.Wasm)

	b.WriteString(RuntimeImportLine)
	b.WriteString(FactoryImportLine)

	// Where am I, and how do I require? The factory's CommonJS names come
	// from here, the same whichever format the output itself has.
	switch {
	case p.o.Platform == glue.PlatformNode && p.o.Format == glue.FormatCJS:
		w("const __wbgg_require = require, __wbgg_filename = __filename, __wbgg_dir = __dirname;\n")
		w("const __wbgg_url = __wbgg_require(\"node:url\").pathToFileURL(__filename).href;\n")
	case p.o.Platform == glue.PlatformNode:
		w("import { createRequire as __wbgg_createRequire } from \"node:module\";\n")
		w("import { fileURLToPath as __wbgg_fileURLToPath } from \"node:url\";\n")
		w("const __wbgg_url = import.meta.url, __wbgg_require = __wbgg_createRequire(__wbgg_url);\n")
		w("const __wbgg_filename = __wbgg_fileURLToPath(__wbgg_url), __wbgg_dir = __wbgg_require(\"node:path\").dirname(__wbgg_filename);\n")
	case p.o.Format == glue.FormatIIFE:
		// A classic script: its own URL is document.currentScript's, known
		// only while the script first runs.
		w("const __wbgg_url = typeof document !== \"undefined\" && document.currentScript ? document.currentScript.src : undefined;\n")
		w("const __wbgg_require = __wbgg_noRequire, __wbgg_filename = undefined, __wbgg_dir = undefined;\n")
	default:
		w("const __wbgg_url = import.meta.url;\n")
		w("const __wbgg_require = __wbgg_noRequire, __wbgg_filename = undefined, __wbgg_dir = undefined;\n")
	}
	if p.o.Platform != glue.PlatformNode {
		w("function __wbgg_noRequire(id) { throw new Error(\"wbg-guard: the glue asked for require(\" + JSON.stringify(id) + \"), which this platform does not have\"); }\n")
	}

	// The compiled module, for glue whose loader was replaced (bundler,
	// deno, module) or for the inlined .wasm.
	inline := p.o.InlineWasm
	switch {
	case inline:
		w("const __wbgg_wasmBase64 = %q;\n", base64.StdEncoding.EncodeToString(p.o.WasmBytes))
		w("function __wbgg_wasmBytes() { return __wbgg_decodeBase64(__wbgg_wasmBase64); }\n")
		w("%s\n", decodeBase64JS)
		w("let __wbgg_compiled = null;\n")
		w("function __wbgg_module() { return __wbgg_compiled ??= new WebAssembly.Module(__wbgg_wasmBytes()); }\n")
	case p.o.Platform == glue.PlatformWorkerd:
		// wrangler's CompiledWasm convention: the .wasm import is a
		// WebAssembly.Module, compiled by the runtime at upload.
		w("import __wbgg_compiled from %q;\n", "./"+wasmName)
		w("function __wbgg_module() { return __wbgg_compiled; }\n")
	case p.o.Platform == glue.PlatformNode && p.o.NeedsModule:
		w("let __wbgg_compiled = null;\n")
		w("function __wbgg_module() { return __wbgg_compiled ??= new WebAssembly.Module(__wbgg_require(\"node:fs\").readFileSync(__wbgg_require(\"node:path\").join(__wbgg_dir, %q))); }\n", wasmName)
	case p.o.NeedsModule:
		// Browsers, deno: fetch and compile once at load (top-level await),
		// so that every generation can instantiate synchronously.
		w("const __wbgg_wasmURL = new URL(%q, __wbgg_url);\n", "./"+wasmName)
		// A file: URL outside Deno is Node or Bun running the package from
		// disk (a bundler-target package used without a bundler), where
		// fetch cannot read files.
		w("const __wbgg_compiled = (typeof Deno !== \"undefined\" && __wbgg_wasmURL.protocol === \"file:\")\n")
		w("  ? new WebAssembly.Module(await Deno.readFile(__wbgg_wasmURL))\n")
		w("  : (__wbgg_wasmURL.protocol === \"file:\" && typeof process !== \"undefined\" && process.versions && process.versions.node)\n")
		w("  ? new WebAssembly.Module(await (await import(\"node:fs/promises\")).readFile(__wbgg_wasmURL))\n")
		w("  : await WebAssembly.compile(await (await fetch(__wbgg_wasmURL)).arrayBuffer());\n")
		w("function __wbgg_module() { return __wbgg_compiled; }\n")
	default:
		w("function __wbgg_module() { throw new Error(\"wbg-guard: this target's glue loads its own .wasm\"); }\n")
	}

	// Glue that reads the .wasm itself (nodejs targets) would read it again
	// for every generation. The first read compiles the module; the
	// runtime's WebAssembly view hands every later generation that compiled
	// module and never looks at their bytes, so later reads get an empty
	// buffer: no disk read, and no copy of the module kept alive for them.
	if p.o.Platform == glue.PlatformNode {
		w("const __wbgg_required = new Map();\nlet __wbgg_wasmReads = 0;\n")
		// A local file the glue requires at run time (one the bundler could
		// not follow, e.g. require(String.raw`./asyncify.js`)) holds glue
		// state too: each generation gets a fresh evaluation of it. Anything
		// else (`fs`, `util`, a package) is what Node's own cache would hand
		// every generation: it is kept here, since a generation's glue asks
		// again and Node's require of a built-in costs ~7 us when cold, a
		// few percent of a small module's recovery. (So a package the user
		// drops from require.cache later stays, for the glue, the one it
		// first got.)
		w("function __wbgg_hostRequire(id) {\n")
		w("  if (typeof id === \"string\" && (id.startsWith(\"./\") || id.startsWith(\"../\"))) {\n")
		w("    const p = __wbgg_require.resolve(id);\n")
		w("    delete __wbgg_require.cache[p];\n")
		w("    return __wbgg_require(p);\n")
		w("  }\n")
		w("  let m = __wbgg_required.get(id);\n")
		w("  if (m !== undefined) return m;\n")
		w("  m = __wbgg_require(id);\n")
		w("  if (id === \"fs\" || id === \"node:fs\") {\n")
		w("    const fs = m;\n")
		w("    m = Object.assign(Object.create(fs), {\n")
		w("      readFileSync(p, ...rest) {\n")
		w("        if (!String(p).endsWith(%q)) return fs.readFileSync(p, ...rest);\n", wasmName)
		w("        if (__wbgg_wasmReads++ > 0) return new Uint8Array(0);\n")
		if inline {
			w("        return __wbgg_wasmBytes();\n")
		} else {
			w("        return fs.readFileSync(p, ...rest);\n")
		}
		w("      },\n    });\n  }\n")
		w("  __wbgg_required.set(id, m);\n")
		w("  return m;\n}\n")
	} else {
		w("const __wbgg_hostRequire = __wbgg_require;\n")
	}
	// The host protocol is templates/host.js.
	w("let __wbgg_rt = null;\n")
	w("const __wbgg_host = makeHost({ url: __wbgg_url, require: __wbgg_hostRequire, dirname: __wbgg_dir, filename: __wbgg_filename, module: __wbgg_module }, () => __wbgg_rt);\n")

	cfg, err := runtimeConfig(p)
	if err != nil {
		return "", err
	}
	w("__wbgg_rt = createRuntime(Object.assign(%s, { factory: __wbgg_factory, host: __wbgg_host }));\n", cfg)

	exports, err := facadeExports(p)
	if err != nil {
		return "", err
	}
	if p.o.Format == glue.FormatIIFE {
		// no-modules: the global is the init function carrying initSync and
		// every export, as the original script's global was.
		w("const __wbgg_global = Object.assign(__wbgg_initFacade, { initSync: __wbgg_rt.initSync, PanicError, AbortError, PoisonedError, StaleInstanceError, wbgGuard: __wbgg_rt.api });\n")
		w("function __wbgg_initFacade(arg) { return __wbgg_rt.init(arg); }\n")
		for _, e := range exports {
			w("Object.defineProperty(__wbgg_global, %q, { value: %s, enumerable: true });\n", e.name, e.expr)
		}
		w("globalThis.%s = __wbgg_global;\n", g.GlobalName)
		return b.String(), nil
	}
	for _, e := range exports {
		if e.name == "default" {
			w("export default %s;\n", e.expr)
			continue
		}
		w("export const %s = %s;\n", e.name, e.expr)
	}
	if g.Markers.Has(glue.MarkModuleExportsWasm) {
		// The glue's Wasm exports object, as user code reads it: the
		// runtime's view of it (calls through the API, the live memory).
		w("export const __wasm = __wbgg_rt.exportsView();\n")
	}
	w("export { PanicError, AbortError, PoisonedError, StaleInstanceError };\n")
	w("export const wbgGuard = __wbgg_rt.api;\n")
	return b.String(), nil
}

type facadeExport struct{ name, expr string }

func facadeExports(p *entryPlan) ([]facadeExport, error) {
	var out []facadeExport
	reserved := map[string]bool{"PanicError": true, "AbortError": true, "PoisonedError": true, "StaleInstanceError": true, "wbgGuard": true}
	for _, e := range p.g.Exports {
		if reserved[e.Name] && e.Kind != "class" {
			return nil, fmt.Errorf("%s exports %s, a name wbg-guard's output needs for its own API", p.g.Entry, e.Name)
		}
		if reserved[e.Name] {
			// Upstream's own PanicError class (unwind builds): ours takes
			// its place; it wraps upstream's as its cause.
			continue
		}
		if e.Name != "default" && !IsIdentifier(e.Name) {
			return nil, fmt.Errorf("%s exports %q, which is not an identifier wbg-guard can re-export", p.g.Entry, e.Name)
		}
		var expr string
		switch e.Kind {
		case "function":
			variadic := ""
			if glue.ForwardArity(e.Params) < 0 || e.ReadsArguments {
				variadic = ", variadic: true"
			}
			expr = fmt.Sprintf("__wbgg_rt.fn(%q, { length: %d%s })", e.Name, glue.JSLength(e.Params), variadic)
		case "class":
			info, err := classInfo(e, slices.Contains(p.o.Reconstruct, e.Name))
			if err != nil {
				return nil, err
			}
			expr = fmt.Sprintf("__wbgg_rt.cls(%q, %s)", e.Name, info)
		case "enum", "const":
			expr = fmt.Sprintf("__wbgg_rt.value(%q)", e.Name)
		case "init":
			switch e.Name {
			case "default":
				expr = loaderExpr(p, "init", "module_or_path")
			case "initSync":
				expr = loaderExpr(p, "initSync", "module")
			default:
				return nil, fmt.Errorf("%s: unexpected loader export %q", p.g.Entry, e.Name)
			}
			if p.o.Format == glue.FormatIIFE {
				continue // the global itself is init, and carries initSync
			}
		default:
			return nil, fmt.Errorf("%s: export %s has a kind (%s) wbg-guard does not know how to guard", p.g.Entry, e.Name, e.Kind)
		}
		out = append(out, facadeExport{e.Name, expr})
	}
	return out, nil
}

// runtimeConfig is the createRuntime options object, as JSON: facts from
// the parsed .wasm (arity of every exported function and import, funcref
// tables) and from the glue (labels, async members), and the policies.
func runtimeConfig(p *entryPlan) (string, error) {
	type exportInfo struct {
		Arity int    `json:"arity"`
		Label string `json:"label,omitempty"`
		Free  bool   `json:"free,omitempty"`
	}
	mod := p.mod
	lbl := labels(p.g)
	free := freeExports(p.g)
	exports := map[string]exportInfo{}
	var tables []string
	for _, e := range mod.Exports {
		switch e.Kind {
		case wasmparse.KindFunc:
			t, err := mod.FuncType(e.Index)
			if err != nil {
				return "", fmt.Errorf("%s: export %s: %v", p.g.Wasm, e.Name, err)
			}
			exports[e.Name] = exportInfo{Arity: len(t.Params), Label: lbl[e.Name], Free: free[e.Name]}
		case wasmparse.KindTable:
			if tt, ok := mod.Table(e.Index); ok && tt.Elem.Code == wasmparse.FuncRef.Code {
				tables = append(tables, e.Name)
			}
		}
	}
	imports := map[string]map[string]int{}
	for _, im := range mod.Imports {
		if im.Kind != wasmparse.KindFunc {
			continue
		}
		if int(im.Func) >= len(mod.Types) {
			return "", fmt.Errorf("%s: import %s.%s has no type", p.g.Wasm, im.Module, im.Name)
		}
		if imports[im.Module] == nil {
			imports[im.Module] = map[string]int{}
		}
		imports[im.Module][im.Name] = len(mod.Types[im.Func].Params)
	}
	sort.Strings(tables)
	// max 0 is no limit.
	limit := map[string]int64{"max": 0, "windowMs": 0}
	if p.o.ReinitMax > 0 {
		limit = map[string]int64{"max": int64(p.o.ReinitMax), "windowMs": p.o.ReinitWindow.Milliseconds()}
	}
	cfg := map[string]any{
		"name":                cmp.Or(p.o.PackageName, p.g.Name), // @swc/wasm's crate is called wasm
		"reinitMode":          p.o.ReinitMode,
		"policy":              p.o.OnAbort,
		"reinitLimit":         limit,
		"jsErrorsThroughRust": p.o.JSErrorsThroughRust,
		"exports":             exports,
		"imports":             imports,
		"tables":              nonNilStrings(tables),
		"eager":               p.o.Eager,
	}
	if swapEligible(p.g, p.mod) {
		cfg["swap"] = true
		if p.g.Markers.Has(glue.MarkJSHeap) {
			// Swapped only if the factory finds the heap and can empty it
			// (builder/factory.go, host.resetHeap).
			cfg["swapHeap"] = true
		}
	}
	// The declared maximum of the module's memory, in pages: with it the
	// runtime tells an out-of-memory abort from the memory's size alone
	// (classify.js, memoryExhausted).
	if m, ok := mod.Memory(0); ok && m.Limits.HasMax && !m.Limits.Is64 && !m.Limits.Shared {
		cfg["memoryMax"] = m.Limits.Max
	}
	// encoding/json sorts map keys, so the output is deterministic; indented,
	// so that a golden file's diff shows which fact changed.
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// swapEligible says whether generations after the first may be new
// instances under the first one's glue (the runtime's swap mode) rather than
// new evaluations of it. The glue must keep nothing of an instance that the
// runtime cannot renew or refuse:
//   - its `wasm` is the exports object the runtime gave it, or bindings the
//     runtime can renew: the glue's own top level instantiates (the nodejs,
//     deno, module and experimental-nodejs-module targets), or its init()
//     or initSync() does (web, no-modules), or it imports the .wasm's
//     exports (bundler), which our shim of the .wasm (shim.go) provides as
//     the guards of its functions and `let` bindings of the rest, read again
//     after each new instance (host.rebind). (A page calling init() twice
//     at once makes two instances for the first generation: the runtime
//     then gives swap mode up, views.js startsSwap);
//   - the JS values Rust holds live where the runtime can take them from
//     the dead instance: the module's externref table, or the glue's heap
//     array, which the factory empties for each instance (the runtime checks
//     that it found it: host.resetHeap). Neither found (a minified glue's
//     heap goes by another name): not swapped;
//   - no snippets, nor other modules of the package it imports: their
//     state, and the registries they make, would be shared by every
//     generation (a local file required at run time under a name the
//     build cannot see, the runtime finds: host.localRequires);
//   - no start section (see below);
//   - no loader or guard of upstream's own (0.2.114+: call guards, reset
//     functions, unwind builds' tags), which this mode has not been proven
//     on.
//
// The objects it makes are told apart by generation by tags (the facade's
// constructor, the glue class's `__wrap`, the registry view), not by class.
// The runtime adds what only it can check: a module importing functions and
// tags only, and no exported funcref table.
func swapEligible(g *glue.Glue, mod *wasmparse.File) bool {
	switch g.Target {
	case glue.TargetNodeJS, glue.TargetDeno, glue.TargetModule, glue.TargetNodeModule, glue.TargetWeb, glue.TargetNoModules,
		glue.TargetBundler:
	default:
		return false
	}
	m := g.Markers
	if len(g.Snippets) > 0 || len(g.LocalModules) > 0 {
		return false
	}
	if !m.Has(glue.MarkJSHeap) && !exportsExternrefTable(mod) {
		return false
	}
	if mod.Start != nil {
		// A start section runs inside `new WebAssembly.Instance`, before
		// the runtime can point the glue at the new instance's memory: an
		// import it calls would read, and cache a view of, the dead one.
		// (wasm-bindgen turns a start function into __wbindgen_start.)
		return false
	}
	for _, upstream := range []glue.Marker{glue.MarkInstanceTerminated, glue.MarkCallGuard, glue.MarkHandleCatch,
		glue.MarkWrappedJSTag, glue.MarkResetState, glue.MarkPanicError, glue.MarkJSTag} {
		if m.Has(upstream) {
			return false
		}
	}
	return true
}

// exportsExternrefTable: the module exports a table of externref, where
// wasm-bindgen keeps the JS values Rust holds (0.2.9x and later).
func exportsExternrefTable(mod *wasmparse.File) bool {
	for _, e := range mod.Exports {
		if e.Kind != wasmparse.KindTable {
			continue
		}
		if tt, ok := mod.Table(e.Index); ok && tt.Elem.Code == wasmparse.ExternRef.Code {
			return true
		}
	}
	return false
}

// loaderExpr is the facade of the loader function fn (init or initSync).
// When the module is in the bundle (--inline-wasm) or imported compiled
// (workerd), a call with no argument uses it instead of fetching a file;
// key is the field of the object form the glue takes (0.2.93+).
func loaderExpr(p *entryPlan, fn, key string) string {
	if !p.o.InlineWasm && p.o.Platform != glue.PlatformWorkerd {
		return "__wbgg_rt." + fn
	}
	arg := "__wbgg_module()"
	if p.g.Markers.Has(glue.MarkInitSyncObject) {
		arg = "{ " + key + ": __wbgg_module() }"
	}
	return "((arg) => __wbgg_rt." + fn + "(arg === undefined ? " + arg + " : arg))"
}

// checkReconstruct refuses --reconstruct names that are not classes the glue
// exports: a misspelt name would otherwise silently leave the class stale.
func checkReconstruct(g *glue.Glue, names []string) error {
	var classes []string
	for _, e := range g.Exports {
		if e.Kind == "class" {
			classes = append(classes, e.Name)
		}
	}
	for _, n := range names {
		if !slices.Contains(classes, n) {
			known := "it exports no classes"
			if len(classes) > 0 {
				known = "its classes: " + strings.Join(classes, ", ")
			}
			return fmt.Errorf("--reconstruct %s: %s exports no class %s (%s)", n, g.Entry, n, known)
		}
	}
	return nil
}

// classInfo is what the runtime's class facade needs before the first
// instance exists: the members its prototype and constructor carry, so that
// Class.prototype.method and the statics are there from the start. Promises
// need no list: every promise a call returns is watched.
func classInfo(e glue.Export, reconstruct bool) (string, error) {
	c := e.Class
	info := struct {
		Length  int      `json:"length"`
		Methods []string `json:"methods"`
		Getters []string `json:"getters"`
		Setters []string `json:"setters"`
		Statics []string `json:"statics"`
		Free    bool     `json:"free"`
		Dispose bool     `json:"dispose"`
		// Arity lets each forwarder be one of fixed arity (no rest args).
		Arity map[string]int `json:"arity,omitempty"`
		// Reconstruct: a stale instance is rebuilt in the live generation
		// from its constructor's arguments (--reconstruct).
		Reconstruct bool `json:"reconstruct,omitempty"`
	}{Reconstruct: reconstruct, Length: glue.JSLength(c.ConstructorParams), Free: c.Free, Dispose: c.Dispose, Arity: c.Arity,
		Methods: nonNilStrings(c.Methods), Getters: nonNilStrings(c.Getters), Setters: nonNilStrings(c.Setters), Statics: nonNilStrings(c.Statics)}
	b, err := json.Marshal(info)
	return string(b), err
}

// freeExports are the raw exports that free memory: a dead generation's
// memory is gone, so calling them on stale objects is a silent no-op. Named
// ones (__wbg_x_free, __wbindgen_free) the runtime recognises by name; the
// glue tells which others its free() methods call (minified names).
func freeExports(g *glue.Glue) map[string]bool {
	out := map[string]bool{}
	for _, e := range g.Exports {
		if e.Class == nil {
			continue
		}
		for _, raw := range e.Class.Calls["free"] {
			out[raw] = true
		}
	}
	return out
}

func nonNilStrings(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// decodeBase64JS decodes the inlined module without atob's string detour
// where Node's Buffer exists, and with atob elsewhere.
const decodeBase64JS = `function __wbgg_decodeBase64(s) {
  if (typeof Buffer === "function") return new Uint8Array(Buffer.from(s, "base64"));
  const bin = atob(s), out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}`

// labels names raw exports by the one JS member that calls them, for
// messages. An export several members call (malloc, free, the stack pointer)
// gets no label: naming one caller would mislead.
func labels(g *glue.Glue) map[string]string {
	callers := map[string][]string{}
	add := func(raw, label string) {
		if !slices.Contains(callers[raw], label) {
			callers[raw] = append(callers[raw], label)
		}
	}
	for _, e := range g.Exports {
		for _, raw := range e.Calls {
			add(raw, e.Name)
		}
		if e.Class == nil {
			continue
		}
		for _, member := range sortedMapKeys(e.Class.Calls) {
			for _, raw := range e.Class.Calls[member] {
				add(raw, memberLabel(e.Name, member))
			}
		}
	}
	out := map[string]string{}
	for raw, ls := range callers {
		if len(ls) == 1 {
			out[raw] = ls[0]
		}
	}
	return out
}

func memberLabel(class, member string) string {
	switch {
	case member == "constructor":
		return "new " + class
	case strings.HasPrefix(member, "static "):
		return class + "." + strings.TrimPrefix(member, "static ")
	case strings.HasPrefix(member, "get "):
		return class + "." + strings.TrimPrefix(member, "get ") + " (getter)"
	case strings.HasPrefix(member, "set "):
		return class + "." + strings.TrimPrefix(member, "set ") + " (setter)"
	}
	return class + "." + member
}

func sortedMapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
