package glue

import (
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
	g, err := DetectEntry(dir, "brotli_wasm.js")
	if err != nil {
		t.Fatal(err)
	}
	if g.Entry != "brotli_wasm.js" || g.Wasm != "brotli_wasm_bg.wasm" || g.Chosen != "--entry brotli_wasm.js" {
		t.Errorf("got %s, %s, %q", g.Entry, g.Wasm, g.Chosen)
	}
	for _, bad := range []string{"missing.js", "../brotli_wasm.js", "brotli_wasm_bg.wasm"} {
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
