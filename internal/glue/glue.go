// Package glue understands the JavaScript glue that wasm-bindgen generates:
// which files make up one crate's output, which --target and which era of
// wasm-bindgen produced them, the public JS API they export, which Wasm
// exports they call and which imports they hand to the instance. It also
// checks a glue directory against its parsed .wasm (Check).
//
// Everything here is derived from the files themselves; nothing is guessed
// from names alone. The JS is read with a small tokenizer (scan.go) rather
// than a full parser: generated glue is regular, and the analysis only needs
// top-level structure, class bodies and a few well-known call shapes.
package glue

// Target is a wasm-bindgen --target.
type Target string

const (
	TargetBundler    Target = "bundler"
	TargetWeb        Target = "web"
	TargetNoModules  Target = "no-modules"
	TargetNodeJS     Target = "nodejs"
	TargetNodeModule Target = "experimental-nodejs-module"
	TargetDeno       Target = "deno"
	TargetModule     Target = "module"
)

// Platform is where a guarded output runs (--platform).
type Platform string

const (
	PlatformNode    Platform = "node"
	PlatformBrowser Platform = "browser"
	PlatformWorkerd Platform = "workerd"
	PlatformDeno    Platform = "deno"
	PlatformNeutral Platform = "neutral"
)

// Platforms lists every platform, in the order messages name them.
var Platforms = []Platform{PlatformNode, PlatformBrowser, PlatformWorkerd, PlatformDeno, PlatformNeutral}

// Format is the module format of a guarded output (--format).
type Format string

const (
	FormatESM  Format = "esm"
	FormatCJS  Format = "cjs"
	FormatIIFE Format = "iife" // a classic script (no-modules glue only)
)

// ReinitMode is how a generation after the first gets its instance.
type ReinitMode string

const (
	// ReinitFactory: the glue instantiates as its top-level code runs.
	ReinitFactory ReinitMode = "factory"
	// ReinitInitSync: through the glue's initSync.
	ReinitInitSync ReinitMode = "initSync"
)

// TargetInfo is what a build needs to know about one target. Adding a target
// is a row of Targets plus its detection rule in decideTarget.
type TargetInfo struct {
	// Module is the entry's JS module kind: "esm", "cjs" or "script" (a
	// classic script assigning a global).
	Module string
	// Platform is where the target's glue is meant to run: the default
	// --platform.
	Platform Platform
	// ReinitMode is how a later generation gets its instance.
	ReinitMode ReinitMode
	// Eager: the glue instantiates when it is loaded, so generation 1 is made
	// when the output is imported, as the original did.
	Eager bool
	// NeedsModule: the glue's own loader is replaced (a .wasm import, an
	// asynchronous fetch, a source-phase import), so the factory asks the
	// host for the compiled module.
	NeedsModule bool
	// ReadsNodeFS: the glue reads its .wasm with Node's fs, so it runs only
	// on Node (unless the module is inlined).
	ReadsNodeFS bool
	// NeedsInitSync: re-instantiating goes through the glue's initSync; glue
	// without one needs a loader patch.
	NeedsInitSync bool
}

// Targets has one row per wasm-bindgen target.
var Targets = map[Target]TargetInfo{
	TargetBundler:    {Module: "esm", Platform: PlatformBrowser, ReinitMode: ReinitFactory, Eager: true, NeedsModule: true},
	TargetWeb:        {Module: "esm", Platform: PlatformBrowser, ReinitMode: ReinitInitSync, NeedsInitSync: true},
	TargetNoModules:  {Module: "script", Platform: PlatformBrowser, ReinitMode: ReinitInitSync, NeedsInitSync: true},
	TargetNodeJS:     {Module: "cjs", Platform: PlatformNode, ReinitMode: ReinitFactory, Eager: true, ReadsNodeFS: true},
	TargetNodeModule: {Module: "esm", Platform: PlatformNode, ReinitMode: ReinitFactory, Eager: true, ReadsNodeFS: true},
	TargetDeno:       {Module: "esm", Platform: PlatformDeno, ReinitMode: ReinitFactory, Eager: true, NeedsModule: true},
	TargetModule:     {Module: "esm", Platform: PlatformNode, ReinitMode: ReinitFactory, Eager: true, NeedsModule: true},
}

// Glue describes one wasm-bindgen output directory (one crate).
type Glue struct {
	Dir    string `json:"dir"`
	Name   string `json:"name"` // crate name, the <n> of <n>_bg.wasm
	Target Target `json:"target"`
	// TargetEvidence says which loader shape the target was recognised by.
	TargetEvidence []string `json:"targetEvidence"`
	Era            Era      `json:"era"`

	// File names are relative to Dir.
	Entry    string   `json:"entry"`              // the module users import: <n>.js (or .cjs/.mjs)
	BgJS     string   `json:"bgJS,omitempty"`     // <n>_bg.js when present
	Wasm     string   `json:"wasm"`               // <n>_bg.wasm, or the .wasm the entry loads
	DTS      string   `json:"dts,omitempty"`      // <n>.d.ts when present
	WasmDTS  string   `json:"wasmDTS,omitempty"`  // <n>_bg.wasm.d.ts when present
	Snippets []string `json:"snippets,omitempty"` // files under snippets/, slash-separated, sorted
	// LocalModules are the relative specifiers the glue imports or requires
	// besides its own files (the _bg.js, the .wasm) and its snippets: the
	// package's own modules, with state of their own. Sorted.
	LocalModules []string `json:"localModules,omitempty"`

	// Chosen says how the entry was chosen when the directory offered a
	// choice (other loaders beside the glue, or --entry); "" otherwise.
	Chosen string `json:"chosen,omitempty"`
	// OtherLoaders are other JS files of the directory that look like glue
	// (wrappers, bundled copies): not guarded, kept as they are.
	OtherLoaders []string `json:"otherLoaders,omitempty"`

	// Module is how the entry is loaded: "esm", "cjs", or "script" for the
	// no-modules target (a classic script assigning a global).
	Module     string `json:"module"`
	GlobalName string `json:"globalName,omitempty"` // no-modules: the global the script assigns

	Exports []Export `json:"exports"` // the public JS API, sorted by name

	// WasmRefs are the sorted, unique names X of every `wasm.X` in the entry
	// and _bg.js. WasmRefsGuarded is the subset only probed for existence
	// (`typeof wasm.X`, `"X" in wasm`), which a module may lack.
	WasmRefs        []string `json:"wasmRefs"`
	WasmRefsGuarded []string `json:"wasmRefsGuarded,omitempty"`

	// Provides maps a Wasm import module name to the sorted field names the
	// glue supplies for it ("wbg", "__wbindgen_placeholder__", "./<n>_bg.js").
	Provides map[string][]string `json:"provides"`
	// Forwards maps a Wasm import module name to a JS module specifier whose
	// whole namespace the glue passes through as that import object
	// (`imports["./snippets/x/inline0.js"] = __wbg_star0`). The fields then
	// come from that module, not from the glue. "?" stands for an import
	// object built by an expression the analysis does not model.
	Forwards map[string]string `json:"forwards,omitempty"`

	Markers Markers `json:"markers"`

	refFile map[string]string // wasm.X name -> first glue file that mentions it, for messages
	// files holds the texts read so far (Text, Cached): each file of the
	// directory is read once per build.
	files *fileCache
}

// Export is one name of the public JS API.
type Export struct {
	Name string `json:"name"`
	// Kind is "function", "class", "enum", "const", or "init" for the
	// loader functions of web and no-modules output (the default export,
	// initSync). For no-modules the default export stands for the global
	// itself, which is the async init function.
	Kind   string   `json:"kind"`
	Async  bool     `json:"async,omitempty"`  // declared async, or documented as returning a Promise
	Params []string `json:"params,omitempty"` // parameter names as written
	// ReadsArguments: the function's body reads `arguments` (a function
	// its authors wrote into the glue entry): it is forwarded exactly the
	// arguments given, as one with a rest parameter is.
	ReadsArguments bool     `json:"-"`
	Class          *Class   `json:"class,omitempty"`
	Values         []string `json:"values,omitempty"` // enum member names
	// Calls are the Wasm exports the function body calls (`wasm.X`), sorted.
	Calls []string `json:"calls,omitempty"`
}

// Class describes an exported class. Member lists are in source order.
type Class struct {
	Extends           string   `json:"extends,omitempty"`
	Constructor       bool     `json:"constructor"`
	ConstructorParams []string `json:"constructorParams,omitempty"`
	Methods           []string `json:"methods,omitempty"` // public instance methods, free() included
	Statics           []string `json:"statics,omitempty"` // public static methods
	Getters           []string `json:"getters,omitempty"`
	Setters           []string `json:"setters,omitempty"`
	StaticGetters     []string `json:"staticGetters,omitempty"`
	StaticSetters     []string `json:"staticSetters,omitempty"`
	Fields            []string `json:"fields,omitempty"` // class fields declared in the body
	// Internal lists the glue's own members (names starting with "__", such
	// as __wrap and __destroy_into_raw), static ones prefixed "static ".
	Internal []string `json:"internal,omitempty"`
	Free     bool     `json:"free"`
	Dispose  bool     `json:"dispose"` // [Symbol.dispose] is defined, in the body or via the prototype
	// Arity is the parameter count of each method (by name) and static
	// ("static <name>"), as declared.
	Arity map[string]int `json:"arity,omitempty"`
	// Calls maps a member to the Wasm exports it calls. Keys are the member
	// name, "constructor", "static <name>", "get <name>", "set <name>",
	// "static get <name>", "static set <name>" or "[Symbol.dispose]".
	Calls map[string][]string `json:"calls,omitempty"`
}

// Era is the generation of wasm-bindgen the glue's shape belongs to.
type Era struct {
	// Name is "<0.2.84", "0.2.84-0.2.106", "0.2.107+", or "unknown" when the
	// glue shows none of the distinguishing shapes (a tiny crate may not).
	Name string `json:"name"`
	// Upstream is "0.2.114+" when the glue carries wasm-bindgen's own abort
	// guard (__instance_terminated with call guards), "none" otherwise.
	Upstream string `json:"upstream"`
	// Evidence lists what the decision rests on, e.g. "this.ptr".
	Evidence []string `json:"evidence"`
}

// Era names.
const (
	EraEarly   = "<0.2.84"
	EraMiddle  = "0.2.84-0.2.106"
	EraLate    = "0.2.107+"
	EraUnknown = "unknown"

	UpstreamNone  = "none"
	UpstreamGuard = "0.2.114+"
)

// Marker is one shape of glue that identifies an era, a loader or a guard.
// The table in markers.go names each one and says how it is found.
type Marker uint8

const (
	MarkCacheGetMemory         Marker = iota // cachegetUint8Memory0 (up to ~0.2.83)
	MarkThisPtr                              // classes keep this.ptr (up to ~0.2.83)
	MarkWbgPtr                               // classes keep this.__wbg_ptr (0.2.84+)
	MarkCachedUint8Memory                    // cachedUint8Memory0 (0.2.83-0.2.92)
	MarkCachedUint8ArrayMemory               // cachedUint8ArrayMemory0 (0.2.93+)
	MarkFreeTwoArgs                          // wasm.__wbg_x_free(ptr, 0)
	MarkSymbolDispose                        // classes define Symbol.dispose
	MarkFinalizationRegistry                 // weak-ref finalizers
	MarkAddToStackPointer                    // __wbindgen_add_to_stack_pointer for return areas
	MarkExternrefTable                       // __wbindgen_externrefs (0.2.105+)
	MarkSetWasmFn                            // __wbg_set_wasm (bundler-style split, 0.2.84+)
	MarkGetImportsFn                         // function __wbg_get_imports
	MarkImportsProtoNull                     // import objects built as { __proto__: null, ... } (0.2.107+)
	MarkInitSync                             // an initSync loader
	MarkInitSyncObject                       // initSync/init take { module } objects (0.2.93+)
	MarkWbindgenStart                        // wasm.__wbindgen_start()
	MarkModuleExportsWasm                    // nodejs: module.exports.__wasm = wasm
	MarkTsSelfTypes                          // /* @ts-self-types="..." */ header (0.2.107+)
	MarkImportSource                         // import source wasmModule from ... (module target)
	MarkTopLevelAwait                        // await outside any function
	MarkJSTag                                // WebAssembly.JSTag (0.2.107-0.2.11x unwind builds; Node 22+)
	MarkPanicError                           // class PanicError (unwind builds, 0.2.107+)
	MarkInstanceTerminated                   // __instance_terminated poison flag
	MarkCallGuard                            // __wbg_call_guard / __wbg_termination_guard
	MarkHandleCatch                          // __wbg_handle_catch
	MarkWrappedJSTag                         // __wbindgen_wrapped_jstag
	MarkResetState                           // __wbg_reset_state
	MarkWbgGuard                             // our own output: /* wbg-guard: ... */ header
	MarkJSHeap                               // heap_next: JS values kept in a glue array Rust indexes (no externref table)
	MarkCachedMemoryEmpty                    // cached*Memory0 caches made as empty arrays, not null (0.2.83)
	markerCount
)

// Markers is the set of markers found in a glue (its entry and _bg.js).
type Markers uint64

// Has reports whether marker m was found.
func (k Markers) Has(m Marker) bool { return k&(1<<m) != 0 }

func (k *Markers) set(m Marker, on bool) {
	if on {
		*k |= 1 << m
	}
}
