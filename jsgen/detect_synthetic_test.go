package jsgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// Synthetic fixtures (testdata/glue/<case>) stand in for the targets and eras
// no npm package ships; see the comment at the top of each JS file.

type synthCase struct {
	dir      string
	name     string
	target   Target
	era      string
	upstream string
	module   string
	bgJS     string
	check    func(t *testing.T, g *Glue)
}

var synthCases = []synthCase{
	{
		dir: "no-modules-0.2.100", name: "nm_mid", target: TargetNoModules, era: EraMiddle, module: "script",
		check: func(t *testing.T, g *Glue) {
			if g.GlobalName != "wasm_bindgen" {
				t.Errorf("global %q", g.GlobalName)
			}
			counterClass(t, g, true)
			wantSame(t, "Mode", export(t, g, "Mode").Values, []string{"Fast", "Small"})
			wantSame(t, "add params", export(t, g, "add").Params, []string{"a", "b"})
			if e := export(t, g, "default"); e.Kind != "init" || !e.Async {
				t.Errorf("default (the global itself) = %+v", e)
			}
			if e := export(t, g, "initSync"); e.Kind != "init" {
				t.Errorf("initSync = %+v", e)
			}
			wantSame(t, "provides wbg", g.Provides["wbg"], []string{"__wbg_log_8a3c1f0e9d2b4c5a", "__wbindgen_throw"})
		},
	},
	{
		dir: "no-modules-0.2.107", name: "nm_late", target: TargetNoModules, era: EraLate, module: "script",
		check: func(t *testing.T, g *Glue) {
			if g.GlobalName != "wasm_bindgen" {
				t.Errorf("global %q", g.GlobalName)
			}
			c := class(t, g, "Counter")
			if !c.Dispose {
				t.Error("Counter.prototype[Symbol.dispose] not noticed")
			}
			wantSame(t, "add calls", export(t, g, "add").Calls, []string{"add"})
			wantSame(t, "provides", g.Provides["./nm_late_bg.js"], []string{"__wbg_log_5e1f0c2d3b4a6978", "__wbindgen_init_externref_table"})
			export(t, g, "initSync")
		},
	},
	{
		dir: "module-0.2.102", name: "mod_mid", target: TargetModule, era: EraMiddle, module: "esm",
		check: func(t *testing.T, g *Glue) {
			wantSame(t, "snippets", g.Snippets, []string{"snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js"})
			const snip = "./snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js"
			if g.Forwards[snip] != snip {
				t.Errorf("forwards = %v, want the snippet passed through whole", g.Forwards)
			}
			wantSame(t, "provides", g.Provides["__wbindgen_placeholder__"], []string{"__wbg_log_0b7c2e4f6a8d1e3c", "__wbindgen_throw"})
			wantSame(t, "Mode", export(t, g, "Mode").Values, []string{"Fast", "Small"})
			if !g.Markers.ImportSource {
				t.Error("import source not noticed")
			}
		},
	},
	{
		dir: "module-0.2.107", name: "mod_late", target: TargetModule, era: EraLate, module: "esm",
		check: func(t *testing.T, g *Glue) {
			if !g.Markers.ResetState || !g.Markers.TsSelfTypes {
				t.Errorf("markers %+v: want reset state and @ts-self-types", g.Markers)
			}
			// users of --experimental-reset-state-function call it: it is API
			if e := export(t, g, "__wbg_reset_state"); e.Kind != "function" {
				t.Errorf("__wbg_reset_state %+v", e)
			}
			wantSame(t, "greet params", export(t, g, "greet").Params, []string{"name"})
			if g.DTS != "mod_late.d.ts" {
				t.Errorf("dts %q", g.DTS)
			}
		},
	},
	{
		dir: "enm-0.2.100", name: "enm_mid", target: TargetNodeModule, era: EraMiddle, module: "esm", bgJS: "enm_mid_bg.js",
		check: func(t *testing.T, g *Glue) {
			// API re-exported from the _bg.js with export *
			c := class(t, g, "Counter")
			wantSame(t, "Counter statics", c.Statics, []string{"withStart"})
			if c.Constructor {
				t.Error("Counter has no constructor")
			}
			if e := export(t, g, "later"); !e.Async {
				t.Error("later() is documented as returning a Promise")
			}
			if e := export(t, g, "add"); e.Async {
				t.Error("add() is not async")
			}
			noExport(t, g, "__wasm")
			noExport(t, g, "__wbg_set_wasm")
			if g.Forwards["./enm_mid_bg.js"] != "./enm_mid_bg.js" {
				t.Errorf("forwards %v", g.Forwards)
			}
		},
	},
	{
		dir: "enm-0.2.107", name: "enm_late", target: TargetNodeModule, era: EraLate, module: "esm",
		check: func(t *testing.T, g *Glue) {
			wantSame(t, "Level", export(t, g, "Level").Values, []string{"Low", "Mid", "High"})
			wantSame(t, "checksum calls", export(t, g, "checksum").Calls, []string{"__wbindgen_malloc", "checksum"})
		},
	},
	{
		dir: "web-unwind-0.2.114", name: "web_unwind", target: TargetWeb, era: EraLate, upstream: UpstreamGuard, module: "esm",
		check: func(t *testing.T, g *Glue) {
			k := g.Markers
			if !k.PanicError || !k.InstanceTerminated || !k.CallGuard || !k.HandleCatch || !k.WrappedJSTag {
				t.Errorf("markers %+v: want the upstream guard set", k)
			}
			counterClass(t, g, false)
			c := class(t, g, "Counter")
			wantSame(t, "Counter statics", c.Statics, []string{"withStart"})
			if !c.Dispose {
				t.Error("dispose not noticed")
			}
			if e := export(t, g, "fetch_text"); !e.Async {
				t.Error("fetch_text is documented as returning a Promise")
			}
			noExport(t, g, "PanicError")
			wantContains(t, "provides", g.Provides["./web_unwind_bg.js"], "__wbindgen_jstag", "__wbindgen_wrapped_jstag", "__wbg___wbindgen_panic_error_7d1c3e5a9b0f2468")
			wantContains(t, "refs", g.WasmRefs, "__instance_terminated")
		},
	},
	{
		dir: "bundler-0.2.107", name: "bundler_late", target: TargetBundler, era: EraLate, module: "esm", bgJS: "bundler_late_bg.js",
		check: func(t *testing.T, g *Glue) {
			// export { Counter, add } from "./bundler_late_bg.js"
			if len(g.Exports) != 2 {
				t.Errorf("exports %v, want Counter and add", g.Exports)
			}
			if !class(t, g, "Counter").Dispose {
				t.Error("dispose not noticed")
			}
			wantContains(t, "provides", g.Provides["./bundler_late_bg.js"], "__wbg_log_9e0a2c4e6f8b1d3f", "__wbindgen_init_externref_table")
		},
	},
	{
		dir: "deno-0.2.107", name: "deno_late", target: TargetDeno, era: EraLate, module: "esm",
		check: func(t *testing.T, g *Glue) {
			if !g.Markers.TopLevelAwait {
				t.Error("top-level await not noticed")
			}
			wantSame(t, "provides", g.Provides["./deno_late_bg.js"], []string{"__wbg_random_1c3e5a7b9d0f2e4a", "__wbindgen_init_externref_table"})
		},
	},
	{
		dir: "wbg-guard-output", name: "guarded", target: TargetWeb, era: EraLate, module: "esm",
		check: func(t *testing.T, g *Glue) {
			if !g.Markers.WbgGuard {
				t.Error("our own /* wbg-guard: */ marker not noticed")
			}
		},
	},
}

// counterClass checks the Counter class most fixtures share.
func counterClass(t *testing.T, g *Glue, accessors bool) {
	t.Helper()
	c := class(t, g, "Counter")
	if !c.Constructor || !c.Free {
		t.Errorf("Counter %+v", c)
	}
	wantSame(t, "Counter constructor", c.ConstructorParams, []string{"start"})
	wantContains(t, "Counter methods", c.Methods, "free", "increment")
	wantSame(t, "Counter.increment calls", c.Calls["increment"], []string{"counter_increment"})
	if accessors {
		wantSame(t, "Counter getters", c.Getters, []string{"value"})
		wantSame(t, "Counter setters", c.Setters, []string{"value"})
		wantSame(t, "set value calls", c.Calls["set value"], []string{"__wbg_set_counter_value"})
	}
}

func TestDetectSynthetic(t *testing.T) {
	for _, c := range synthCases {
		t.Run(c.dir, func(t *testing.T) {
			g := detect(t, fixture(t, c.dir))
			up := c.upstream
			if up == "" {
				up = UpstreamNone
			}
			if g.Name != c.name || g.Target != c.target || g.Era.Name != c.era || g.Era.Upstream != up || g.Module != c.module {
				t.Errorf("name/target/era/upstream/module = %s/%s/%s/%s/%s, want %s/%s/%s/%s/%s (evidence %q %q)",
					g.Name, g.Target, g.Era.Name, g.Era.Upstream, g.Module, c.name, c.target, c.era, up, c.module, g.TargetEvidence, g.Era.Evidence)
			}
			if g.Entry != c.name+".js" || g.Wasm != c.name+"_bg.wasm" || g.BgJS != c.bgJS {
				t.Errorf("files entry=%q wasm=%q bg=%q", g.Entry, g.Wasm, g.BgJS)
			}
			if c.check != nil {
				c.check(t, g)
			}
		})
	}
}

// Every synthetic JS file says at its top that it is synthetic.
func TestSyntheticFixturesAreLabelled(t *testing.T) {
	root := filepath.Join(testassets.Root(), "testdata", "glue")
	n := 0
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".wat")) {
			return err
		}
		n++
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		head := string(b[:min(len(b), 400)])
		if !strings.Contains(head, "SYNTHETIC") {
			t.Errorf("%s does not say at its top that it is synthetic", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no fixtures found")
	}
}

// A crate too small to show any era's shapes (no classes, no memory caches)
// is reported as unknown rather than guessed.
func TestDetectUnknownEra(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "tiny.js"), `// SYNTHETIC: minimal nodejs glue
let imports = {};
imports['__wbindgen_placeholder__'] = module.exports;
let wasm;
module.exports.add = function(a, b) {
    const ret = wasm.add(a, b);
    return ret;
};
const path = require('path').join(__dirname, 'tiny_bg.wasm');
const bytes = require('fs').readFileSync(path);
const wasmModule = new WebAssembly.Module(bytes);
const wasmInstance = new WebAssembly.Instance(wasmModule, imports);
wasm = wasmInstance.exports;
module.exports.__wasm = wasm;
`)
	writeFile(t, filepath.Join(dir, "tiny_bg.wasm"), "\x00asm\x01\x00\x00\x00")
	g := detect(t, dir)
	if g.Target != TargetNodeJS || g.Era.Name != EraUnknown || len(g.Era.Evidence) != 0 {
		t.Errorf("target %s era %+v", g.Target, g.Era)
	}
	if len(g.Exports) != 1 || g.Exports[0].Name != "add" || g.Exports[0].Kind != "function" {
		t.Errorf("exports %+v", g.Exports)
	}
	wantSame(t, "placeholder", g.Provides["__wbindgen_placeholder__"], []string{"__wasm", "add"})
}
