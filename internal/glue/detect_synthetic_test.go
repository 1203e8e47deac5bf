package glue

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// The one synthetic fixture left (testdata/glue/web-unwind-0.2.114) stands
// in, for the fault matrix's workerd scenario, for an upstream-guard build;
// every target and era is detected on real builds in detect_realrust_test.go.

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
		dir: "web-unwind-0.2.114", name: "web_unwind", target: TargetWeb, era: EraLate, upstream: UpstreamGuard, module: "esm",
		check: func(t *testing.T, g *Glue) {
			k := g.Markers
			if !k.Has(MarkPanicError) || !k.Has(MarkInstanceTerminated) || !k.Has(MarkCallGuard) || !k.Has(MarkHandleCatch) || !k.Has(MarkWrappedJSTag) {
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
