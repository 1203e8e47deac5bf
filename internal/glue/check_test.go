package glue

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// Every real package agrees with its own .wasm, and the era read from the
// glue matches the wasm-bindgen version in the module's producers section.
func TestCheckRealPairs(t *testing.T) {
	for _, c := range realCases {
		name := c.pkg
		for _, s := range c.sub {
			name += "/" + s
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			g := detect(t, testassets.Package(t, c.pkg, c.sub...))
			f := openWasm(t, g)
			for _, m := range g.Check(FactsOf(g.Wasm, f)) {
				t.Errorf("mismatch: %s", m)
			}
			checkProducerEra(t, g, f)
		})
	}
}

func TestCheckSyntheticPairs(t *testing.T) {
	for _, c := range synthCases {
		t.Run(c.dir, func(t *testing.T) {
			g := detect(t, fixture(t, c.dir))
			f := openWasm(t, g)
			for _, m := range g.Check(FactsOf(g.Wasm, f)) {
				t.Errorf("mismatch: %s", m)
			}
			if _, ok := f.Producer("processed-by", "wasm-bindgen"); ok {
				checkProducerEra(t, g, f)
			}
		})
	}
}

func checkProducerEra(t *testing.T, g *Glue, f *wasmparse.File) {
	t.Helper()
	v, ok := f.Producer("processed-by", "wasm-bindgen")
	if !ok {
		t.Fatalf("%s records no wasm-bindgen version", g.Wasm)
	}
	if want := EraOfVersion(v); want != g.Era.Name {
		t.Errorf("glue era %s (%q), but %s was processed by wasm-bindgen %s (era %s)", g.Era.Name, g.Era.Evidence, g.Wasm, v, want)
	}
}

func hasMismatch(ms []Mismatch, kind, module, name string) bool {
	return slices.ContainsFunc(ms, func(m Mismatch) bool {
		return m.Kind == kind && m.Module == module && m.Name == name
	})
}

// brotli's bundler glue against photon's module: neither side fits.
func TestCheckWrongModule(t *testing.T) {
	g := detect(t, testassets.Package(t, "brotli-wasm", "pkg.bundler"))
	photon := detect(t, testassets.Package(t, "@silvia-odwyer/photon"))
	f := openWasm(t, photon)
	ms := g.Check(FactsOf("photon_rs_bg.wasm", f))
	if !hasMismatch(ms, MissingExport, "", "compress") || !hasMismatch(ms, MissingExport, "", "compressstream_new") {
		t.Errorf("brotli's wasm.compress / wasm.compressstream_new not reported: %v", ms)
	}
	// with the bundler target the Wasm module imports ./photon_rs_bg.js
	// itself, which brotli's directory does not have
	if !slices.ContainsFunc(ms, func(m Mismatch) bool {
		return m.Kind == MissingFile && m.Message == "photon_rs_bg.wasm imports from ./photon_rs_bg.js, which is missing"
	}) {
		t.Errorf("photon's import of ./photon_rs_bg.js not reported: %v", ms)
	}
	want := "brotli_wasm_bg.js references wasm.compress, which photon_rs_bg.wasm does not export"
	if !slices.ContainsFunc(ms, func(m Mismatch) bool { return m.String() == want }) {
		t.Errorf("no mismatch reads %q; got %v", want, ms)
	}
	// wasm.memory is exported by both
	if hasMismatch(ms, MissingExport, "", "memory") {
		t.Error("memory reported missing")
	}
}

// A copy of real output whose module lost an export and gained an import
// the glue does not provide, made by editing the facts the way a stale or
// hand-edited .wasm would present them.
func TestCheckEditedFacts(t *testing.T) {
	g := detect(t, testassets.Package(t, "@oxc-parser/wasm", "node"))
	f := openWasm(t, g)
	facts := FactsOf(g.Wasm, f)
	facts.Exports = slices.DeleteFunc(slices.Clone(facts.Exports), func(e wasmparse.Export) bool { return e.Name == "parseSync" })
	facts.Imports = append(slices.Clone(facts.Imports),
		wasmparse.Import{Module: "__wbindgen_placeholder__", Name: "__wbg_gone_0123456789abcdef", Kind: wasmparse.KindFunc},
		wasmparse.Import{Module: "env", Name: "abort", Kind: wasmparse.KindFunc})
	ms := g.Check(facts)
	want := map[string]bool{
		"oxc_parser_wasm.js references wasm.parseSync, which oxc_parser_wasm_bg.wasm does not export":                                     true,
		"oxc_parser_wasm_bg.wasm imports __wbindgen_placeholder__.__wbg_gone_0123456789abcdef, which oxc_parser_wasm.js does not provide": true,
		`oxc_parser_wasm_bg.wasm imports env.abort, but oxc_parser_wasm.js provides no import module "env"`:                               true,
	}
	for _, m := range ms {
		if !want[m.Message] {
			t.Errorf("unexpected mismatch %q", m.Message)
		}
		delete(want, m.Message)
	}
	for w := range want {
		t.Errorf("missing mismatch %q", w)
	}
	// env supplied by the host: not the glue's business
	facts.External = []string{"env"}
	if hasMismatch(g.Check(facts), MissingImport, "env", "abort") {
		t.Error("External module still reported")
	}
}

// The bundler target resolves the module's imports as JS files: a renamed
// shim in a temp copy of the _bg.js is reported against that file, and a
// missing snippet file is reported once.
func TestCheckBundlerCopy(t *testing.T) {
	src := testassets.Package(t, "brotli-wasm", "pkg.bundler")
	dir := t.TempDir()
	for _, f := range []string{"brotli_wasm.js", "brotli_wasm_bg.wasm"} {
		copyFile(t, filepath.Join(src, f), filepath.Join(dir, f))
	}
	bg, err := os.ReadFile(filepath.Join(src, "brotli_wasm_bg.js"))
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(bg), "export function __wbindgen_throw(", "export function __wbindgen_throw_renamed(", 1)
	writeFile(t, filepath.Join(dir, "brotli_wasm_bg.js"), edited)
	g := detect(t, dir)
	f := openWasm(t, g)
	facts := FactsOf(g.Wasm, f)
	facts.Imports = append(slices.Clone(facts.Imports),
		wasmparse.Import{Module: "./snippets/brotli-0123/inline0.js", Name: "helper"},
		wasmparse.Import{Module: "./snippets/brotli-0123/inline0.js", Name: "other"},
		wasmparse.Import{Module: "some-npm-package", Name: "anything"})
	ms := g.Check(facts)
	if len(ms) != 2 {
		t.Errorf("got %d mismatches, want 2: %v", len(ms), ms)
	}
	if !hasMismatch(ms, MissingImport, "./brotli_wasm_bg.js", "__wbindgen_throw") {
		t.Errorf("renamed shim not reported: %v", ms)
	}
	if !hasMismatch(ms, MissingFile, "./snippets/brotli-0123/inline0.js", "helper") {
		t.Errorf("missing snippet not reported: %v", ms)
	}
}

// A snippet forwarded whole must export every field the module imports from it.
func TestCheckForwardedSnippet(t *testing.T) {
	dir := fixture(t, "module-0.2.102")
	g := detect(t, dir)
	f := openWasm(t, g)
	facts := FactsOf(g.Wasm, f)
	const snip = "./snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js"
	facts.Imports = append(slices.Clone(facts.Imports), wasmparse.Import{Module: snip, Name: "not_there"})
	ms := g.Check(facts)
	if len(ms) != 1 || !hasMismatch(ms, MissingImport, snip, "not_there") {
		t.Errorf("got %v, want one missing import of not_there", ms)
	}
	if err := os.RemoveAll(filepath.Join(dir, "snippets")); err != nil {
		t.Fatal(err)
	}
	// A new detection: a Glue reads each file once, so the first one still
	// holds the snippet's text.
	g = detect(t, dir)
	ms = g.Check(FactsOf(g.Wasm, f))
	if len(ms) != 1 || ms[0].Kind != MissingFile {
		t.Errorf("got %v, want the missing snippet file", ms)
	}
}

// Names only probed with typeof/in may be absent from the module.
func TestCheckGuardedReference(t *testing.T) {
	dir := t.TempDir()
	testassets.CopyDir(t, filepath.Join(testassets.Root(), "testdata", "real", "0.2.130", "abort", "deno"), dir)
	p := filepath.Join(dir, "fixture.js")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b) + "\nif (typeof wasm.__optional_hook === 'function') wasm.__optional_hook();\nif ('__other_hook' in wasm) { }\n"
	writeFile(t, p, src)
	g := detect(t, dir)
	wantSame(t, "guarded", g.WasmRefsGuarded, []string{"__optional_hook", "__other_hook"})
	if ms := g.Check(FactsOf(g.Wasm, openWasm(t, g))); len(ms) != 0 {
		t.Errorf("guarded reference reported: %v", ms)
	}
}

func TestEraOfVersion(t *testing.T) {
	for v, want := range map[string]string{
		"0.2.68 (a04e18971)":  EraEarly,
		"0.2.83":              EraEarly,
		"0.2.84":              EraMiddle,
		"0.2.100 (2405ec2b4)": EraMiddle,
		"0.2.106":             EraMiddle,
		"0.2.107":             EraLate,
		"0.2.117 (fb403cfef)": EraLate,
		"0.3.0":               EraLate,
		"0.1.9":               EraEarly,
		"":                    "",
		"garbage":             "",
		"1.x.0":               "",
	} {
		if got := EraOfVersion(v); got != want {
			t.Errorf("EraOfVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

// The era a glue's shape tells agrees with the version its module records.
// snappy-wasm 0.3.0 (wasm-bindgen 0.2.83) makes its memory caches
// cachedUint8Memory0 as empty arrays; from 0.2.84 on they start as null
// (@jsquash/png, 0.2.89). Taken for the middle era, the first was reported
// as glue and module "from another build".
func TestMemoryCachesTellTheirEra(t *testing.T) {
	for _, c := range []struct {
		pkg, dir, era string
	}{
		{"snappy-wasm", "cjs", EraEarly},
		{"snappy-wasm", "es", EraEarly},
		{"@jsquash/png", "codec/pkg", EraMiddle},
	} {
		g := detect(t, testassets.CorpusPackage(t, c.pkg, c.dir))
		if g.Era.Name != c.era {
			t.Errorf("%s/%s: era %s (%v), want %s", c.pkg, c.dir, g.Era.Name, g.Era.Evidence, c.era)
		}
		v, _ := openWasm(t, g).Producer("processed-by", "wasm-bindgen")
		if EraOfVersion(v) != c.era {
			t.Errorf("%s/%s: the module records wasm-bindgen %s, of era %s, not %s", c.pkg, c.dir, v, EraOfVersion(v), c.era)
		}
	}
}

// @iota/identity-wasm 1.5.1's glue has a class for an imported JS type that
// Rust extends (JwkStorage): wasm-bindgen writes its free() and finalizer
// calling __wbg_jwkstorage_free, which the module does not export. The pair
// is what wasm-bindgen made; the package works. Any other missing export is
// still reported (TestCheckEditedFacts), a struct's destructor included
// when the module is the wrong one (TestCheckWrongModule).
func TestCheckAcceptsAClassFreeTheModuleNeverHad(t *testing.T) {
	g := detect(t, testassets.CorpusPackage(t, "@iota/identity-wasm", "node"))
	if !slices.Contains(g.WasmRefs, "__wbg_jwkstorage_free") {
		t.Fatal("the glue no longer references __wbg_jwkstorage_free: the test would prove nothing")
	}
	f := openWasm(t, g)
	facts := FactsOf(g.Wasm, f)
	if slices.ContainsFunc(facts.Exports, func(e wasmparse.Export) bool { return e.Name == "__wbg_jwkstorage_free" }) {
		t.Fatal("the module exports __wbg_jwkstorage_free: the test would prove nothing")
	}
	for _, m := range g.Check(facts) {
		t.Errorf("mismatch: %s", m)
	}
	// A name of that form the glue calls for something else is not exempt.
	for _, n := range []string{"__wbg__free", "__wbg_free", "wbg_x_free"} {
		if isFreeFunction(n) {
			t.Errorf("%s taken for a class destructor", n)
		}
	}
}
