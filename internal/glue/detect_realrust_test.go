package glue

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// Detection on real Rust built by the real wasm-bindgen CLI (testdata/real):
// every version, profile and target the fixtures cover. The fixture crate's
// API is known (testdata/rust/fixture/src/lib.rs), so every fact is checked
// against it, not against what the detector happened to say.
func TestDetectRealBuilds(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(testassets.Root(), "testdata", "real", "*", "*", "*"))
	if err != nil || len(dirs) < 40 {
		t.Fatalf("expected the real fixtures in testdata/real, found %d (%v)", len(dirs), err)
	}
	for _, dir := range dirs {
		target := filepath.Base(dir)
		profile := filepath.Base(filepath.Dir(dir))
		version := filepath.Base(filepath.Dir(filepath.Dir(dir)))
		t.Run(version+"/"+profile+"/"+target, func(t *testing.T) {
			g := detect(t, dir)
			if string(g.Target) != target {
				t.Errorf("target %s (evidence %q)", g.Target, g.TargetEvidence)
			}
			wantEra := EraLate
			if version == "0.2.104" {
				wantEra = EraMiddle
			}
			if g.Era.Name != wantEra {
				t.Errorf("era %s, want %s (evidence %q)", g.Era.Name, wantEra, g.Era.Evidence)
			}
			// Upstream's abort handling: unwind builds from 0.2.114, and
			// --force-enable-abort-handler.
			wantUp := UpstreamNone
			if version >= "0.2.114" && version != "0.2.104" && profile != "abort" && profile != "split-debug" {
				wantUp = UpstreamGuard
			}
			if g.Era.Upstream != wantUp {
				t.Errorf("upstream %s, want %s", g.Era.Upstream, wantUp)
			}
			wantModule := map[string]string{"nodejs": "cjs", "no-modules": "script"}[target]
			if wantModule == "" {
				wantModule = "esm"
			}
			if g.Module != wantModule || g.Name != "fixture" || g.Entry != "fixture.js" || g.Wasm != "fixture_bg.wasm" {
				t.Errorf("module %s name %s entry %s wasm %s", g.Module, g.Name, g.Entry, g.Wasm)
			}
			if _, err := os.Stat(filepath.Join(dir, "fixture_bg.js")); (err == nil) != (g.BgJS == "fixture_bg.js") {
				t.Errorf("_bg.js %q", g.BgJS)
			}
			if target == "no-modules" && g.GlobalName != "wasm_bindgen" {
				t.Errorf("global %q", g.GlobalName)
			}
			if target == "deno" && !g.Markers.Has(MarkTopLevelAwait) {
				t.Error("deno's top-level await not noticed")
			}
			if target == "module" && !g.Markers.Has(MarkImportSource) {
				t.Error("the module target's import source not noticed")
			}
			if profile == "reset-state" && !g.Markers.Has(MarkResetState) {
				t.Error("--experimental-reset-state-function not noticed")
			}
			if profile == "split-debug" {
				if _, err := os.Stat(filepath.Join(dir, "fixture_bg.debug.wasm")); err != nil {
					t.Error(err)
				}
			}

			// The fixture's API.
			c := class(t, g, "Counter")
			if !c.Constructor || !c.Free || !c.Dispose {
				t.Errorf("Counter %+v", c)
			}
			wantContains(t, "Counter methods", c.Methods, "increment", "increment_later", "increment_then_panic", "increment_with_callback")
			wantContains(t, "Counter statics", c.Statics, "with_value", "create_later")
			wantSame(t, "Counter getters", c.Getters, []string{"value"})
			wantSame(t, "Counter setters", c.Setters, []string{"value"})
			for _, f := range []string{"add", "bump", "count", "checked_div", "parse_u32", "throw_message", "unwrap_none", "panic_now",
				"trap_unreachable", "out_of_bounds", "oom_huge", "oom_leak", "stack_overflow", "call_js", "call_js_uncaught", "make_adder"} {
				if e := export(t, g, f); e.Kind != "function" || e.Async {
					t.Errorf("%s: %+v", f, e)
				}
			}
			for _, f := range []string{"sleep_then", "await_promise", "async_trap_after_await", "async_panic_after_await"} {
				if e := export(t, g, f); !e.Async {
					t.Errorf("%s is async (documented as returning a Promise): %+v", f, e)
				}
			}
			wantSame(t, "add params", export(t, g, "add").Params, []string{"a", "b"})
			noExport(t, g, "__wbg_set_wasm")
			if strings.Contains(strings.Join(g.WasmRefs, " "), "__wbg_counter_free") == false {
				t.Errorf("wasm refs %v lack the class's free", g.WasmRefs)
			}
		})
	}
}
