package glue

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// Packages ship other loaders beside the glue. These layouts are assembled
// from brotli-wasm's real bundler output, after packages of the second
// corpus (testdata/corpus): tiktoken ships <n>.cjs and <n>_bg.cjs copies and
// init.js/load.js loaders beside its bundler glue.

func bundlerLayout(t *testing.T) string {
	t.Helper()
	src := testassets.Package(t, "brotli-wasm", "pkg.bundler")
	dir := t.TempDir()
	for _, f := range []string{"brotli_wasm.js", "brotli_wasm_bg.js", "brotli_wasm_bg.wasm", "brotli_wasm.d.ts"} {
		copyFile(t, filepath.Join(src, f), filepath.Join(dir, f))
	}
	// Bundled CommonJS copies, and a loader that names wasm-bindgen's
	// intrinsics without being the glue.
	copyFile(t, filepath.Join(src, "brotli_wasm.js"), filepath.Join(dir, "brotli_wasm.cjs"))
	copyFile(t, filepath.Join(src, "brotli_wasm_bg.js"), filepath.Join(dir, "brotli_wasm_bg.cjs"))
	writeFile(t, filepath.Join(dir, "init.js"), "import * as imports from './brotli_wasm_bg.js';\nexport function setup(exports) { imports.__wbg_set_wasm(exports); }\n")
	return dir
}

func TestGlueChosenByEvidenceAmongOtherLoaders(t *testing.T) {
	dir := bundlerLayout(t)
	g, err := Detect(dir)
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "brotli_wasm.js" || g.BgJS != "brotli_wasm_bg.js" || g.Wasm != "brotli_wasm_bg.wasm" || g.Target != TargetBundler {
		t.Fatalf("chose %s/%s/%s (%s)", g.Entry, g.BgJS, g.Wasm, g.Target)
	}
	if !strings.Contains(g.Chosen, "brotli_wasm.js is the glue") || !strings.Contains(g.Chosen, "brotli_wasm_bg.wasm") {
		t.Errorf("the choice is not explained: %q", g.Chosen)
	}
	for _, f := range []string{"brotli_wasm.cjs", "brotli_wasm_bg.cjs", "init.js"} {
		if !strings.Contains(strings.Join(g.OtherLoaders, " "), f) {
			t.Errorf("%s not reported as another loader: %q", f, g.OtherLoaders)
		}
	}
}

func TestEntryNamedByTheUser(t *testing.T) {
	dir := bundlerLayout(t)
	// Two modules: the evidence cannot decide, and the error says what to do.
	copyFile(t, filepath.Join(dir, "brotli_wasm.js"), filepath.Join(dir, "other.js"))
	copyFile(t, filepath.Join(dir, "brotli_wasm_bg.wasm"), filepath.Join(dir, "other_bg.wasm"))
	_, err := Detect(dir)
	if err == nil || !strings.Contains(err.Error(), "--entry FILE") || !strings.Contains(err.Error(), "brotli_wasm_bg.wasm, other_bg.wasm") {
		t.Fatalf("want an error naming both modules and --entry, got %v", err)
	}
	if !strings.Contains(err.Error(), "(brotli_wasm.js, other.js)") {
		t.Errorf("the error does not name the entries --entry can take: %v", err)
	}
	// The crate's name, as the error lists the crates, names its glue.
	g, err := DetectEntry(dir, "other")
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "other.js" || g.Wasm != "other_bg.wasm" {
		t.Errorf("--entry other: got %s, %s", g.Entry, g.Wasm)
	}
	// wasmbuild names its glue <crate>.generated.js.
	if err := os.Rename(filepath.Join(dir, "other.js"), filepath.Join(dir, "other.generated.js")); err != nil {
		t.Fatal(err)
	}
	g, err = DetectEntry(dir, "other")
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "other.generated.js" || g.Wasm != "other_bg.wasm" {
		t.Errorf("--entry other (wasmbuild): got %s, %s", g.Entry, g.Wasm)
	}
	g, err = DetectEntry(dir, "brotli_wasm.js")
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "brotli_wasm.js" || g.Wasm != "brotli_wasm_bg.wasm" || g.Chosen != "--entry brotli_wasm.js" {
		t.Errorf("got %s, %s, %q", g.Entry, g.Wasm, g.Chosen)
	}
	for _, bad := range []string{"missing.js", "missing", "../brotli_wasm.js", "brotli_wasm_bg.wasm"} {
		if _, err := DetectEntry(dir, bad); err == nil || !strings.Contains(err.Error(), "--entry "+bad) {
			t.Errorf("--entry %s: want an error naming it, got %v", bad, err)
		}
	}
}

func TestLayoutRefusalsSayWhatWasFoundAndWhatToDo(t *testing.T) {
	src := testassets.Package(t, "brotli-wasm", "pkg.bundler")
	// An entry-less pkg/ whose wrappers import _bg.js and instantiate the
	// module themselves (matrix-sdk-crypto-wasm ships this).
	entryless := t.TempDir()
	copyFile(t, filepath.Join(src, "brotli_wasm_bg.js"), filepath.Join(entryless, "brotli_wasm_bg.js"))
	copyFile(t, filepath.Join(src, "brotli_wasm_bg.js"), filepath.Join(entryless, "brotli_wasm_bg.cjs"))
	copyFile(t, filepath.Join(src, "brotli_wasm_bg.wasm"), filepath.Join(entryless, "brotli_wasm_bg.wasm"))
	_, err := Detect(entryless)
	if err == nil || !strings.Contains(err.Error(), "wrappers instantiate the module") || !strings.Contains(err.Error(), "--entry") {
		t.Errorf("entry-less layout: %v", err)
	}
	// Glue that embeds its module as base64 (rustbn-wasm, bbs-signatures).
	inline := t.TempDir()
	web := testassets.Package(t, "brotli-wasm", "pkg.web")
	b, err := os.ReadFile(filepath.Join(web, "brotli_wasm.js"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(inline, "brotli_wasm.js"), string(b)+"\nconst embedded = 'AGFzbQEAAAABBQFgAAF/';\n")
	_, err = Detect(inline)
	if err == nil || !strings.Contains(err.Error(), "embeds its Wasm module as base64") {
		t.Errorf("inline module: %v", err)
	}
}

// @silvia-odwyer/photon-node 0.3.4 ships its nodejs glue beside a stale
// photon_rs_bg.js, a bundler build's file that nothing loads and that names
// exports (__wbindgen_add_to_stack_pointer) the nodejs module lacks. Taken
// for the glue's _bg.js, it made the build refuse the package.
func TestBgJSTheEntryNeverLoadsIsLeftOut(t *testing.T) {
	dir := testassets.CorpusPackage(t, "@silvia-odwyer/photon-node")
	if _, err := os.Stat(filepath.Join(dir, "photon_rs_bg.js")); err != nil {
		t.Fatalf("the package no longer ships the stale _bg.js: the test would prove nothing (%v)", err)
	}
	g, err := Detect(dir)
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "photon_rs.js" || g.BgJS != "" || g.Target != TargetNodeJS {
		t.Fatalf("entry %q, _bg.js %q, target %s; want photon_rs.js, none, nodejs", g.Entry, g.BgJS, g.Target)
	}
	for _, r := range g.WasmRefs {
		if r == "__wbindgen_add_to_stack_pointer" {
			t.Error("the stale _bg.js's references were taken for the glue's")
		}
	}
}

// A function its authors wrote into a glue entry may read `arguments`
// instead of declaring a rest parameter; it too must be forwarded exactly
// the arguments given. (Hand-written: no glue found on npm has one; the
// biscuit entry above uses rest parameters.)
func TestFunctionsReadingArgumentsAreVariadic(t *testing.T) {
	m := analyzeModule(scan("export function join(sep) {\n  return Array.prototype.slice.call(arguments, 1).join(sep);\n}\n" +
		"export function add(a, b) {\n  const ret = wasm.add(a, b);\n  return ret >>> 0;\n}\n"))
	got := map[string]bool{}
	for _, e := range m.publicExports() {
		got[e.Name] = e.ReadsArguments
	}
	if want := map[string]bool{"join": true, "add": false}; !maps.Equal(got, want) {
		t.Errorf("reads arguments: %v, want %v", got, want)
	}
}

// A _bg.js the entry does load stays part of the glue, whichever way the
// entry names it: imported (bundler), re-exported, or required without its
// extension (early nodejs glue: require('./x_bg')).
func TestBgJSTheEntryLoadsIsKept(t *testing.T) {
	for _, tc := range []struct{ name, entry string }{
		{"import", "import * as wasm from './x_bg.wasm';\nimport { __wbg_set_wasm } from './x_bg.js';\n__wbg_set_wasm(wasm);\n"},
		{"re-export", "export * from \"./x_bg.js\";\n"},
		{"require without extension", "module.exports = require('./x_bg');\n"},
	} {
		m := analyzeModule(scan(tc.entry))
		if !m.names("x_bg.js") {
			t.Errorf("%s: the entry's _bg.js not recognised", tc.name)
		}
		if m.names("y_bg.js") {
			t.Errorf("%s: another file taken for the entry's _bg.js", tc.name)
		}
	}
}

// biscuit-wasm's glue entry holds its authors' tagged templates, whose
// values are a rest parameter: they must be forwarded exactly the
// arguments given (a fixed-arity forwarder passed one undefined value too
// many, and every template without values threw), with JavaScript's length
// (the parameters before the rest). wasm-bindgen's own exports keep their
// fixed arity.
func TestRestParametersAreForwardedAsGiven(t *testing.T) {
	g, err := Detect(testassets.CorpusPackage(t, "@biscuit-auth/biscuit-wasm", "module"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{"fact": {-1, 1}, "biscuit": {-1, 1}, "prepareTerm": {1, 1}, "bytesToHex": {1, 1}}
	for _, e := range g.Exports {
		w, ok := want[e.Name]
		if !ok {
			continue
		}
		delete(want, e.Name)
		if got := [2]int{ForwardArity(e.Params), JSLength(e.Params)}; got != w {
			t.Errorf("%s%v: forward arity and length %v, want %v", e.Name, e.Params, got, w)
		}
	}
	for name := range want {
		t.Errorf("export %s not found", name)
	}
	for _, e := range g.Exports {
		if e.Class == nil {
			continue
		}
		for m, n := range e.Class.Arity {
			if n < 0 {
				t.Errorf("%s.%s: a method wasm-bindgen wrote taken for one with a rest parameter", e.Name, m)
			}
		}
	}
}
