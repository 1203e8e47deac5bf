package builder

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// The factory pass started on a guess is taken only when the analysis gives
// the pass the same input: every field buildFactory reads but Read (the
// same files' texts, from memory) must be compared. A field added to
// factoryInput without a comparison fails here.
func TestSameFactoryInputComparesEveryField(t *testing.T) {
	base := factoryInput{InDir: "/in", Entry: "a.js", Patched: map[string]string{}}
	if !sameFactoryInput(base, base) {
		t.Fatal("an input differs from itself")
	}
	v := reflect.ValueOf(&base).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if name == "Read" {
			continue
		}
		changed := base
		f := reflect.ValueOf(&changed).Elem().Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("other")
		case reflect.Bool:
			f.SetBool(!f.Bool())
		case reflect.Map:
			f.Set(reflect.ValueOf(map[string]string{"a.js": "patched"}))
		case reflect.Func:
			f.Set(reflect.ValueOf(func(string) (string, error) { return "", nil }))
		default:
			t.Fatalf("field %s of kind %s: teach this test (and sameFactoryInput) about it", name, f.Kind())
		}
		if sameFactoryInput(base, changed) || sameFactoryInput(changed, base) {
			t.Errorf("a different %s is taken for the same input", name)
		}
	}
}

// Where the guess is taken (automerge's glues here, deno's with its loader
// patch applied by the guess), the output is the one the build makes
// without it, byte for byte.
func TestEarlyFactorySameOutput(t *testing.T) {
	for _, sub := range []string{"nodejs", "web", "deno"} {
		dir := realDir(t, "@automerge/automerge-wasm", sub)
		absIn, _ := filepath.Abs(dir)
		o := defaults(dir, filepath.Join(t.TempDir(), "out"))
		ents, _ := os.ReadDir(dir)
		g := startEarlyFactory(o, absIn, ents)
		if g == nil {
			t.Fatalf("%s: no guess made: the test would prove nothing", sub)
		}
		if (sub == "deno") != (len(g.in.Patched) == 1) {
			t.Errorf("%s: guessed patches %d", sub, len(g.in.Patched))
		}
		if _, err := g.result(); err != nil {
			t.Fatal(err)
		}
		with, err := Build(o)
		if err != nil {
			t.Fatal(err)
		}
		noEarlyFactory = true
		without, err := Build(o)
		noEarlyFactory = false
		if err != nil {
			t.Fatal(err)
		}
		if with.Factory != without.Factory || len(with.Files) != len(without.Files) {
			t.Fatalf("%s: the factories differ", sub)
		}
		for name, b := range with.Files {
			if !bytes.Equal(b, without.Files[name]) {
				t.Errorf("%s: %s differs", sub, name)
			}
		}
	}
}

// The guess stays out of the shapes the analysis must decide: the bundler
// target (its glue imports the .wasm), early web glue (patched by a patch
// the guess does not apply), small glues (no gain), and a module beside a
// _bg.js.
func TestEarlyFactoryGuessesOnlyPlainShapes(t *testing.T) {
	real := func(p ...string) string {
		return filepath.Join(append([]string{testassets.Root(), "testdata", "real"}, p...)...)
	}
	for _, dir := range []string{
		realDir(t, "@automerge/automerge-wasm", "bundler"),
		realDir(t, "brotli-wasm", "pkg.web"),
		realDir(t, "@oxc-parser/wasm", "node"),
		real("0.2.130", "abort", "deno"),
		real("0.2.130", "abort", "bundler"),
	} {
		absIn, _ := filepath.Abs(dir)
		ents, _ := os.ReadDir(dir)
		if g := startEarlyFactory(defaults(dir, ""), absIn, ents); g != nil {
			t.Errorf("%s: guessed %+v", dir, g.in)
		}
	}
	if !topLevelAwait("const x = 1;\nconst wasm = (await WebAssembly.instantiateStreaming(fetch(u), i)).instance;\n") ||
		topLevelAwait("export function async_panic_after_await(a) {\n    await x;\n}\n") {
		t.Error("topLevelAwait")
	}
	if !importsWasm("import * as wasm from \"./a_bg.wasm\";\n") || importsWasm("const p = require('path').join(__dirname, 'a_bg.wasm');\n") {
		t.Error("importsWasm")
	}
}

// The guess's loader patches (deno glue) are handed to the build when the
// analysis asks for the same ones: the patterns run over the glue once.
// Without a guess, or for glue the guess patches nothing of, the build
// runs them itself, once.
func TestGuessedPatchesAreReused(t *testing.T) {
	for _, c := range []struct {
		sub     string
		noGuess bool
	}{{"deno", false}, {"deno", true}, {"nodejs", false}} {
		dir := realDir(t, "@automerge/automerge-wasm", c.sub)
		noEarlyFactory = c.noGuess
		before := patchRuns.Load()
		_, err := Build(defaults(dir, filepath.Join(t.TempDir(), "out")))
		runs := patchRuns.Load() - before
		noEarlyFactory = false
		if err != nil {
			t.Fatal(err)
		}
		if runs != 1 {
			t.Errorf("%s (guess off: %v): the patches ran %d times, want once", c.sub, c.noGuess, runs)
		}
	}
}
