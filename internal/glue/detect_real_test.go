package glue

import (
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// The expectations below were read off the installed glue files by hand
// (testdata/npm/node_modules/...), not copied from Detect's output.

type realCase struct {
	pkg     string
	sub     []string
	name    string
	target  Target
	era     string
	entry   string
	bgJS    string
	wasm    string
	dts     string
	wasmDTS string
	module  string
	check   func(t *testing.T, g *Glue)
}

var realCases = []realCase{
	{
		pkg: "brotli-wasm", sub: []string{"pkg.bundler"},
		name: "brotli_wasm", target: TargetBundler, era: EraEarly, module: "esm",
		entry: "brotli_wasm.js", bgJS: "brotli_wasm_bg.js", wasm: "brotli_wasm_bg.wasm",
		dts: "brotli_wasm.d.ts", wasmDTS: "brotli_wasm_bg.wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			brotliAPI(t, g)
			wantContains(t, "provides", g.Provides["./brotli_wasm_bg.js"], "__wbindgen_throw", "__wbg_new_693216e109162396", "__wbindgen_json_serialize")
		},
	},
	{
		pkg: "brotli-wasm", sub: []string{"pkg.node"},
		name: "brotli_wasm", target: TargetNodeJS, era: EraEarly, module: "cjs",
		entry: "brotli_wasm.js", wasm: "brotli_wasm_bg.wasm",
		dts: "brotli_wasm.d.ts", wasmDTS: "brotli_wasm_bg.wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			brotliAPI(t, g)
			if !g.Markers.Has(MarkModuleExportsWasm) {
				t.Error("module.exports.__wasm = wasm not noticed")
			}
			wantContains(t, "provides", g.Provides["__wbindgen_placeholder__"], "__wbindgen_throw", "__wbg_error_09919627ac0992f5")
			noExport(t, g, "__wasm")
		},
	},
	{
		pkg: "brotli-wasm", sub: []string{"pkg.web"},
		name: "brotli_wasm", target: TargetWeb, era: EraEarly, module: "esm",
		entry: "brotli_wasm.js", wasm: "brotli_wasm_bg.wasm",
		dts: "brotli_wasm.d.ts", wasmDTS: "brotli_wasm_bg.wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			brotliAPI(t, g)
			// 0.2.80 web glue: `async function init(input)`, `export default init;`, no initSync
			d := export(t, g, "default")
			if d.Kind != "init" || !d.Async {
				t.Errorf("default export = %+v, want the async init loader", d)
			}
			wantSame(t, "init params", d.Params, []string{"input"})
			noExport(t, g, "initSync")
			wantContains(t, "provides", g.Provides["wbg"], "__wbindgen_is_undefined", "__wbindgen_throw")
		},
	},
	{
		pkg:  "@silvia-odwyer/photon",
		name: "photon_rs", target: TargetBundler, era: EraEarly, module: "esm",
		entry: "photon_rs.js", bgJS: "photon_rs_bg.js", wasm: "photon_rs_bg.wasm", dts: "photon_rs.d.ts",
		check: func(t *testing.T, g *Glue) {
			if len(g.Exports) != 122 { // grep -E '^export (function|const|class) ' photon_rs_bg.js | grep -v __wb
				t.Errorf("%d exports, want 122", len(g.Exports))
			}
			c := class(t, g, "PhotonImage")
			if !c.Constructor || !c.Free {
				t.Errorf("PhotonImage: constructor %v free %v", c.Constructor, c.Free)
			}
			wantSame(t, "PhotonImage constructor", c.ConstructorParams, []string{"raw_pixels", "width", "height"})
			wantSame(t, "PhotonImage statics", c.Statics, []string{"new_from_base64", "new_from_byteslice"})
			wantContains(t, "PhotonImage methods", c.Methods, "free", "get_width", "get_raw_pixels", "get_base64", "set_imgdata")
			wantSame(t, "PhotonImage.new_from_byteslice calls", c.Calls["static new_from_byteslice"], []string{"__wbindgen_malloc", "photonimage_new_from_byteslice"})
			wantSame(t, "Rgba.get_blue calls", class(t, g, "Rgba").Calls["get_blue"], []string{"rgb_get_blue"}) // sic: the glue reuses Rgb's export
			e := export(t, g, "SamplingFilter")
			if e.Kind != "enum" {
				t.Errorf("SamplingFilter is a %s", e.Kind)
			}
			wantSame(t, "SamplingFilter", e.Values, []string{"Nearest", "Triangle", "CatmullRom", "Gaussian", "Lanczos3"})
			crop := export(t, g, "crop")
			wantSame(t, "crop params", crop.Params, []string{"photon_image", "x1", "y1", "x2", "y2"})
			wantSame(t, "run calls", export(t, g, "run").Calls, []string{"run"})
			// `export const __wbg_... = handleError(function ...)` shims are plumbing
			noExport(t, g, "__wbg_createElement_5bdf88a5af9f17c5")
			wantContains(t, "provides", g.Provides["./photon_rs_bg.js"], "__wbg_createElement_5bdf88a5af9f17c5", "__wbindgen_rethrow")
			wantContains(t, "wasm refs", g.WasmRefs, "__wbindgen_export_2", "photonimage_new")
		},
	},
	{
		pkg: "@automerge/automerge-wasm", sub: []string{"bundler"},
		name: "automerge_wasm", target: TargetBundler, era: EraMiddle, module: "esm",
		entry: "automerge_wasm.js", bgJS: "automerge_wasm_bg.js", wasm: "automerge_wasm_bg.wasm",
		check: func(t *testing.T, g *Glue) {
			automergeAPI(t, g)
			if !g.Markers.Has(MarkSetWasmFn) || !g.Markers.Has(MarkWbgPtr) || !g.Markers.Has(MarkCachedUint8Memory) {
				t.Errorf("markers %+v: want __wbg_set_wasm, __wbg_ptr, cachedUint8Memory0", g.Markers)
			}
			noExport(t, g, "__wbg_set_wasm")
		},
	},
	{
		pkg: "@automerge/automerge-wasm", sub: []string{"deno"},
		name: "automerge_wasm", target: TargetDeno, era: EraMiddle, module: "esm",
		entry: "automerge_wasm.js", wasm: "automerge_wasm_bg.wasm",
		check: func(t *testing.T, g *Glue) {
			automergeAPI(t, g)
			if !g.Markers.Has(MarkTopLevelAwait) {
				t.Error("top-level await not noticed")
			}
			wantContains(t, "provides", g.Provides["__wbindgen_placeholder__"], "__wbindgen_object_drop_ref", "__wbindgen_memory")
		},
	},
	{
		pkg: "@automerge/automerge-wasm", sub: []string{"nodejs"},
		name: "automerge_wasm", target: TargetNodeJS, era: EraMiddle, module: "cjs",
		entry: "automerge_wasm.cjs", wasm: "automerge_wasm_bg.wasm",
		check: automergeAPI,
	},
	{
		// web/ also holds the package's own index.js (initSync(WASM) and a
		// re-export), which is not glue and must not count as a second crate.
		pkg: "@automerge/automerge-wasm", sub: []string{"web"},
		name: "automerge_wasm", target: TargetWeb, era: EraMiddle, module: "esm",
		entry: "automerge_wasm.js", wasm: "automerge_wasm_bg.wasm",
		check: func(t *testing.T, g *Glue) {
			automergeAPI(t, g)
			if e := export(t, g, "initSync"); e.Kind != "init" {
				t.Errorf("initSync kind %s", e.Kind)
			}
			if e := export(t, g, "default"); e.Kind != "init" || !e.Async {
				t.Errorf("default export %+v", e)
			}
			wantContains(t, "provides", g.Provides["wbg"], "__wbindgen_object_drop_ref")
		},
	},
	{
		pkg: "@oxc-parser/wasm", sub: []string{"node"},
		name: "oxc_parser_wasm", target: TargetNodeJS, era: EraMiddle, module: "cjs",
		entry: "oxc_parser_wasm.js", wasm: "oxc_parser_wasm_bg.wasm",
		dts: "oxc_parser_wasm.d.ts", wasmDTS: "oxc_parser_wasm_bg.wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			oxcAPI(t, g)
			if !g.Markers.Has(MarkCachedUint8ArrayMemory) || !g.Markers.Has(MarkFreeTwoArgs) {
				t.Errorf("markers %+v: want cachedUint8ArrayMemory0 and free(ptr, 0)", g.Markers)
			}
		},
	},
	{
		pkg: "@oxc-parser/wasm", sub: []string{"web"},
		name: "oxc_parser_wasm", target: TargetWeb, era: EraMiddle, module: "esm",
		entry: "oxc_parser_wasm.js", wasm: "oxc_parser_wasm_bg.wasm",
		dts: "oxc_parser_wasm.d.ts", wasmDTS: "oxc_parser_wasm_bg.wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			oxcAPI(t, g)
			if !g.Markers.Has(MarkInitSyncObject) || !g.Markers.Has(MarkGetImportsFn) {
				t.Errorf("markers %+v: want initSync({ module }) and __wbg_get_imports", g.Markers)
			}
			wantSame(t, "initSync params", export(t, g, "initSync").Params, []string{"module"})
		},
	},
	{
		pkg:  "@biomejs/wasm-nodejs",
		name: "biome_wasm", target: TargetNodeJS, era: EraLate, module: "cjs",
		entry: "biome_wasm.js", wasm: "biome_wasm_bg.wasm", dts: "biome_wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			biomeAPI(t, g)
			noExport(t, g, "default")
		},
	},
	{
		pkg:  "@biomejs/wasm-web",
		name: "biome_wasm", target: TargetWeb, era: EraLate, module: "esm",
		entry: "biome_wasm.js", wasm: "biome_wasm_bg.wasm", dts: "biome_wasm.d.ts",
		check: func(t *testing.T, g *Glue) {
			biomeAPI(t, g)
			// export { initSync, __wbg_init as default };
			if e := export(t, g, "default"); e.Kind != "init" || !e.Async {
				t.Errorf("default export %+v", e)
			}
			if e := export(t, g, "initSync"); e.Kind != "init" {
				t.Errorf("initSync %+v", e)
			}
		},
	},
}

func brotliAPI(t *testing.T, g *Glue) {
	t.Helper()
	compress := export(t, g, "compress")
	if compress.Kind != "function" || compress.Async {
		t.Errorf("compress = %+v", compress)
	}
	wantSame(t, "compress params", compress.Params, []string{"buf", "raw_options"})
	wantSame(t, "compress calls", compress.Calls, []string{"__wbindgen_add_to_stack_pointer", "__wbindgen_free", "__wbindgen_malloc", "compress"})
	wantSame(t, "decompress params", export(t, g, "decompress").Params, []string{"buf"})

	code := export(t, g, "BrotliStreamResultCode")
	if code.Kind != "enum" {
		t.Errorf("BrotliStreamResultCode is a %s", code.Kind)
	}
	wantSame(t, "BrotliStreamResultCode", code.Values, []string{"ResultSuccess", "NeedsMoreInput", "NeedsMoreOutput"})

	r := class(t, g, "BrotliStreamResult")
	wantSame(t, "BrotliStreamResult getters", r.Getters, []string{"code", "buf", "input_offset"})
	wantSame(t, "BrotliStreamResult setters", r.Setters, []string{"code", "buf", "input_offset"})
	if r.Constructor {
		t.Error("BrotliStreamResult has no constructor")
	}
	wantSame(t, "get code calls", r.Calls["get code"], []string{"__wbg_get_brotlistreamresult_code"})

	cs := class(t, g, "CompressStream")
	if !cs.Constructor || !cs.Free || cs.Dispose {
		t.Errorf("CompressStream %+v", cs)
	}
	wantSame(t, "CompressStream constructor", cs.ConstructorParams, []string{"quality"})
	wantSame(t, "CompressStream methods", cs.Methods, []string{"free", "compress", "total_out"})
	wantSame(t, "CompressStream internal", cs.Internal, []string{"static __wrap", "__destroy_into_raw"})
	wantSame(t, "CompressStream.compress calls", cs.Calls["compress"], []string{"__wbindgen_add_to_stack_pointer", "__wbindgen_malloc", "compressstream_compress"})

	ds := class(t, g, "DecompressStream")
	if !ds.Constructor || len(ds.ConstructorParams) != 0 {
		t.Errorf("DecompressStream constructor %v %q", ds.Constructor, ds.ConstructorParams)
	}
	wantSame(t, "DecompressStream methods", ds.Methods, []string{"free", "decompress", "total_out"})

	if !g.Markers.Has(MarkCacheGetMemory) || !g.Markers.Has(MarkThisPtr) || g.Markers.Has(MarkWbgPtr) {
		t.Errorf("markers %+v: want cachegetUint8Memory0 and this.ptr only", g.Markers)
	}
	wantContains(t, "wasm refs", g.WasmRefs, "memory", "compress", "decompressstream_new", "__wbindgen_realloc")
}

func automergeAPI(t *testing.T, g *Glue) {
	t.Helper()
	a := class(t, g, "Automerge")
	if a.Constructor {
		t.Error("Automerge is built by the static new(), it has no constructor")
	}
	wantSame(t, "Automerge statics", a.Statics, []string{"new"})
	// get/put are plain methods here, not accessors
	wantContains(t, "Automerge methods", a.Methods, "free", "clone", "fork", "get", "put", "getAll", "materialize")
	if len(a.Getters) != 0 {
		t.Errorf("Automerge getters %q", a.Getters)
	}
	wantSame(t, "Automerge.get calls", a.Calls["get"], []string{"__wbindgen_add_to_stack_pointer", "automerge_get"})

	s := class(t, g, "SyncState")
	wantSame(t, "SyncState getters", s.Getters, []string{"sharedHeads", "lastSentHeads"})
	wantSame(t, "SyncState setters", s.Setters, []string{"lastSentHeads", "sentHashes"})
	wantSame(t, "SyncState methods", s.Methods, []string{"free", "clone"})

	tr := export(t, g, "TextRepresentation")
	wantSame(t, "TextRepresentation", tr.Values, []string{"Array", "String"})
	wantSame(t, "create params", export(t, g, "create").Params, []string{"options"})
	wantSame(t, "load params", export(t, g, "load").Params, []string{"data", "options"})
	if e := export(t, g, "initSyncState"); e.Kind != "function" || len(e.Params) != 0 {
		t.Errorf("initSyncState %+v", e)
	}
}

func oxcAPI(t *testing.T, g *Glue) {
	t.Helper()
	p := export(t, g, "parseSync")
	wantSame(t, "parseSync params", p.Params, []string{"source_text", "options"})
	r := class(t, g, "ParseResult")
	// `get program()` is a hand-added accessor over the `__program;` field
	wantSame(t, "ParseResult getters", r.Getters, []string{"program", "programJson", "comments", "errors"})
	wantSame(t, "ParseResult methods", r.Methods, []string{"free"})
	wantContains(t, "ParseResult internal", r.Internal, "__program", "static __wrap")
	wantSame(t, "get errors calls", r.Calls["get errors"], []string{"__wbg_get_parseresult_errors", "__wbindgen_add_to_stack_pointer", "__wbindgen_export_3"})
}

func biomeAPI(t *testing.T, g *Glue) {
	t.Helper()
	if !g.Markers.Has(MarkTsSelfTypes) || !g.Markers.Has(MarkGetImportsFn) || !g.Markers.Has(MarkImportsProtoNull) || !g.Markers.Has(MarkWbindgenStart) {
		t.Errorf("markers %+v: want @ts-self-types, __wbg_get_imports, __proto__: null, __wbindgen_start", g.Markers)
	}
	d := class(t, g, "DiagnosticPrinter")
	wantSame(t, "DiagnosticPrinter constructor", d.ConstructorParams, []string{"file_name", "file_source"})
	wantSame(t, "DiagnosticPrinter methods", d.Methods, []string{"free", "finish", "print_simple", "print_verbose"})
	if !d.Dispose { // if (Symbol.dispose) DiagnosticPrinter.prototype[Symbol.dispose] = ...
		t.Error("DiagnosticPrinter dispose not noticed")
	}
	m := class(t, g, "MemoryFileSystem")
	if !m.Constructor || len(m.ConstructorParams) != 0 {
		t.Errorf("MemoryFileSystem %+v", m)
	}
	wantSame(t, "MemoryFileSystem methods", m.Methods, []string{"free", "insert", "remove"})
	w := class(t, g, "Workspace")
	wantSame(t, "Workspace statics", w.Statics, []string{"withFileSystem"})
	wantContains(t, "Workspace methods", w.Methods, "openProject", "pullDiagnostics", "formatFile")
	wantSame(t, "main calls", export(t, g, "main").Calls, []string{"main"})
	p := g.Provides["./biome_wasm_bg.js"]
	wantContains(t, "provides", p, "__wbindgen_init_externref_table", "__wbg_Error_2e59b1b37a9a34c3")
	for _, n := range p {
		if n == "__proto__" {
			t.Error("__proto__ listed as a provided import")
		}
	}
}

func TestDetectRealPackages(t *testing.T) {
	for _, c := range realCases {
		name := c.pkg
		for _, s := range c.sub {
			name += "/" + s
		}
		t.Run(name, func(t *testing.T) {
			g := detect(t, testassets.Package(t, c.pkg, c.sub...))
			if g.Name != c.name || g.Target != c.target || g.Era.Name != c.era || g.Module != c.module {
				t.Errorf("name/target/era/module = %s/%s/%s/%s, want %s/%s/%s/%s (target evidence %q, era evidence %q)",
					g.Name, g.Target, g.Era.Name, g.Module, c.name, c.target, c.era, c.module, g.TargetEvidence, g.Era.Evidence)
			}
			if g.Entry != c.entry || g.BgJS != c.bgJS || g.Wasm != c.wasm || g.DTS != c.dts || g.WasmDTS != c.wasmDTS {
				t.Errorf("files entry=%q bg=%q wasm=%q dts=%q wasmdts=%q, want %q %q %q %q %q",
					g.Entry, g.BgJS, g.Wasm, g.DTS, g.WasmDTS, c.entry, c.bgJS, c.wasm, c.dts, c.wasmDTS)
			}
			if g.Era.Upstream != UpstreamNone || g.Markers.Has(MarkWbgGuard) || g.GlobalName != "" || len(g.Snippets) != 0 {
				t.Errorf("upstream %s, wbg-guard %v, global %q, snippets %q", g.Era.Upstream, g.Markers.Has(MarkWbgGuard), g.GlobalName, g.Snippets)
			}
			for _, e := range g.Exports {
				if isPlumbing(e.Name) {
					t.Errorf("plumbing %s in the public API", e.Name)
				}
			}
			if c.check != nil {
				c.check(t, g)
			}
		})
	}
}
