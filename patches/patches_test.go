package patches

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func TestEmbeddedPatchesAreWellFormed(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 5 {
		t.Fatalf("expected at least 5 patches, found %d", len(all))
	}
	for _, p := range all {
		if p.Why == "" || len(p.Targets) == 0 || len(p.Requires) == 0 || len(p.Edits) == 0 {
			t.Errorf("%s: every patch needs why, targets, requires and edits", p.Name)
		}
	}
}

// Each patch against real glue of the shape it was written for: npm packages
// (testdata/npm) and real builds from source (testdata/real).
func TestPatchesApplyToTheirShapes(t *testing.T) {
	npm := func(p ...string) string { return filepath.Join(append([]string{testassets.NodeModules(t)}, p...)...) }
	real := func(p ...string) string {
		return filepath.Join(append([]string{testassets.Root(), "testdata", "real"}, p...)...)
	}
	cases := []struct {
		patch, target, file, wasm string
		gone                      string // text that must not survive the patch
	}{
		{"web-sync-init-early", "web", npm("brotli-wasm", "pkg.web", "brotli_wasm.js"), "brotli_wasm_bg.wasm", ""},
		{"deno-sync-instance", "deno", npm("@automerge", "automerge-wasm", "deno", "automerge_wasm.js"), "automerge_wasm_bg.wasm", "await"},
		{"deno-instantiate-streaming", "deno", real("0.2.104", "abort", "deno", "fixture.js"), "fixture_bg.wasm", "await WebAssembly"},
		{"deno-instantiate-streaming", "deno", real("0.2.130", "abort", "deno", "fixture.js"), "fixture_bg.wasm", "await WebAssembly"},
		{"module-import-source", "module", real("0.2.104", "abort", "module", "fixture.js"), "fixture_bg.wasm", "import source"},
		{"module-import-source", "module", real("0.2.130", "abort", "module", "fixture.js"), "fixture_bg.wasm", "import source"},
		{"upstream-call-guard", "web", real("0.2.125", "unwind", "web", "fixture.js"), "fixture_bg.wasm", "Module terminated"},
		{"upstream-call-guard", "nodejs", real("0.2.130", "abort-handler", "nodejs", "fixture.js"), "fixture_bg.wasm", "Module terminated"},
		{"upstream-handle-catch", "web", real("0.2.125", "unwind", "web", "fixture.js"), "fixture_bg.wasm", "throw e.getArg"},
	}
	for _, c := range cases {
		t.Run(c.patch+"/"+filepath.Base(c.file), func(t *testing.T) {
			b, err := os.ReadFile(c.file)
			if err != nil {
				t.Fatal(err)
			}
			uses, err := For(c.target, string(b), "", c.wasm)
			if err != nil {
				t.Fatal(err)
			}
			var use *Use
			for i := range uses {
				if uses[i].Name == c.patch {
					use = &uses[i]
				}
			}
			if use == nil {
				t.Fatalf("%s does not match %s", c.patch, c.file)
			}
			out, err := use.Apply(string(b), c.wasm)
			if err != nil {
				t.Fatal(err)
			}
			if out == string(b) {
				t.Fatal("the patch changed nothing")
			}
			if c.gone != "" && strings.Contains(out, c.gone) {
				t.Errorf("%q survived the patch", c.gone)
			}
			// Applying it twice must fail loudly: the anchor is gone.
			if _, err := use.Apply(out, c.wasm); err == nil && use.Edits[0].IsReplace {
				t.Error("re-applying a replace patch should fail: its anchor no longer occurs")
			}
		})
	}
}

func TestPatchesLeaveOtherShapesAlone(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testassets.Package(t, "@oxc-parser/wasm", "web"), "oxc_parser_wasm.js"))
	if err != nil {
		t.Fatal(err)
	}
	// oxc's web glue (0.2.100) has initSync: no loader patch applies.
	uses, err := For("web", string(b), "", "oxc_parser_wasm_bg.wasm")
	if err != nil {
		t.Fatal(err)
	}
	if len(uses) != 0 {
		t.Errorf("expected no patch for oxc's web glue, got %v", uses[0].Name)
	}
}

func TestMissingAnchorIsAnError(t *testing.T) {
	p := Patch{Name: "x", Edits: []Edit{{Anchor: "needle", Replace: "", IsReplace: true}}}
	if _, err := p.Apply("haystack", "a.wasm"); err == nil || !strings.Contains(err.Error(), "occurs 0 times") {
		t.Errorf("want an anchor error, got %v", err)
	}
	if _, err := p.Apply("needle needle", "a.wasm"); err == nil || !strings.Contains(err.Error(), "occurs 2 times") {
		t.Errorf("want an ambiguity error, got %v", err)
	}
}

// Anchors are patterns over tokens, not spellings: deno-style glue that
// reads its module with a readFile of its own (packages that re-bundle the
// glue), or is laid out with other whitespace, is patched all the same.
func TestAnchorsMatchStructureNotSpelling(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testassets.NodeModules(t), "@automerge", "automerge-wasm", "deno", "automerge_wasm.js"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	if !strings.Contains(src, "await Deno.readFile(wasm_url)") {
		t.Fatal("the fixture changed: no Deno.readFile")
	}
	variants := map[string]string{
		"readFile":   strings.Replace(src, "await Deno.readFile(wasm_url)", "await readFile(wasm_url)", 1),
		"whitespace": strings.Replace(strings.Replace(src, "(await WebAssembly.instantiate(wasmCode, imports)).instance", "( await WebAssembly.instantiate( wasmCode,imports ) ).instance", 1), "wasmCode = await Deno.readFile(wasm_url);", "wasmCode = await Deno.readFile( wasm_url );", 1),
	}
	for name, v := range variants {
		uses, err := For("deno", v, "", "automerge_wasm_bg.wasm")
		if err != nil || len(uses) != 1 || uses[0].Name != "deno-sync-instance" {
			t.Fatalf("%s: want deno-sync-instance to apply, got %v %v", name, uses, err)
		}
		out, err := uses[0].Apply(v, "automerge_wasm_bg.wasm")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.Contains(out, "readFile(") || !strings.Contains(out, "new WebAssembly.Instance(__wbgg_host.module(), imports)") {
			t.Errorf("%s: not patched as expected", name)
		}
	}
	// A word never runs into the next: "await" does not match "awaitx".
	if pattern("await {id}(x)", "").MatchString("awaitfoo(x)") {
		t.Error("a placeholder ran into the word before it")
	}
	// What a placeholder matched is reused in the replacement.
	p := Patch{Name: "t", Edits: []Edit{{Anchor: "f({id}, {expr})", Replace: "g({2}, {1})", IsReplace: true}}}
	if got, err := p.Apply("x = f(a.b, c());", ""); err != nil || got != "x = g(c(), a.b);" {
		t.Errorf("got %q, %v", got, err)
	}
}

// The word check before a requirement's pattern only spares work: on every
// real glue file of the test assets, each patch matches exactly where its
// patterns alone match.
func TestWordCheckChangesNoMatch(t *testing.T) {
	var files []string
	for _, root := range []string{filepath.Join(testassets.Root(), "testdata", "real"), filepath.Join(testassets.Root(), "testdata", "npm", "node_modules")} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".cjs") || strings.HasSuffix(p, ".mjs")) {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) < 100 {
		t.Fatalf("found %d glue files: are the test assets installed?", len(files))
	}
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if !strings.Contains(src, "WebAssembly") && !strings.Contains(src, "__wbg") {
			continue // not glue
		}
		for _, p := range all {
			for _, target := range p.Targets {
				got := p.Matches(target, src, "x_bg.wasm")
				want := true
				for _, r := range p.Requires {
					want = want && pattern(r, "x_bg.wasm").MatchString(src)
				}
				for _, a := range p.Absent {
					want = want && !pattern(a, "x_bg.wasm").MatchString(src)
				}
				if got != want {
					t.Errorf("%s, %s as %s: Matches %v, the patterns alone %v", f, p.Name, target, got, want)
				}
				if want {
					matched++
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no patch matched any file: the comparison proves nothing")
	}
	t.Logf("%d files, %d matches", len(files), matched)
	if !hasWords("function __wbg_call_guard() {}", "function __wbg_call_guard()") || hasWords("function f() {}", "function __wbg_call_guard()") {
		t.Error("hasWords")
	}
	if hasWords("await load(x)", "await {id}(wasm_url)") || !hasWords("await load(wasm_url)", "await {id}(wasm_url)") {
		t.Error("hasWords should skip placeholders and find the other words")
	}
}

// All decodes the patches once; what a caller does to the list it got does
// not change what the next caller gets.
func TestAllHandsOutCopies(t *testing.T) {
	a, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) == 0 {
		t.Fatal("no patches")
	}
	name := a[0].Name
	a[0] = Patch{Name: "changed"}
	b, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if b[0].Name != name {
		t.Errorf("the first patch is %q after a caller changed its copy, want %q", b[0].Name, name)
	}
}
