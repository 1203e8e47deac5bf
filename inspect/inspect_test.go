package inspect

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/golden"
	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// relPath makes a path relative to the test's working directory, so that
// reports (which print the path as given) carry no absolute path.
func relPath(t *testing.T, p string) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	r, err := filepath.Rel(wd, p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

func realDir(t *testing.T, pkg, sub string) string {
	return relPath(t, testassets.CorpusDir{Pkg: pkg, Sub: sub}.Dir(t))
}

func render(t *testing.T, r *Report) (text, js []byte) {
	t.Helper()
	var tb, jb bytes.Buffer
	if err := r.WriteText(&tb); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&jb); err != nil {
		t.Fatal(err)
	}
	return tb.Bytes(), jb.Bytes()
}

func TestGoldenRealPackages(t *testing.T) {
	for _, c := range testassets.Corpus {
		t.Run(c.Name, func(t *testing.T) {
			r, err := Path(realDir(t, c.Pkg, c.Sub))
			if err != nil {
				t.Fatal(err)
			}
			text, js := render(t, r)
			golden.Check(t, "inspect/"+c.Name+".txt", text)
			golden.Check(t, "inspect/"+c.Name+".json", js)
		})
	}
}

func TestGoldenWATFixtures(t *testing.T) {
	for _, name := range []string{"eh_legacy", "eh_exnref", "eh_none", "throw_only"} {
		t.Run(name, func(t *testing.T) {
			r, err := Path(relPath(t, testassets.WAT(t, name)))
			if err != nil {
				t.Fatal(err)
			}
			// The compiled file's name carries a hash of the source; the
			// golden file names the fixture instead.
			r.Path, r.Wasm.File = name+".wasm", name+".wasm"
			text, js := render(t, r)
			golden.Check(t, "inspect/wat-"+name+".txt", text)
			golden.Check(t, "inspect/wat-"+name+".json", js)
		})
	}
}

// TestGoldenSyntheticGlue covers the synthetic glue left in testdata/glue
// (compiled into a temporary directory); real builds of every target and era
// are in TestGoldenRealBuilds.
func TestGoldenSyntheticGlue(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(testassets.Root(), "testdata", "glue"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			r, err := Path(testassets.GlueCase(t, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			r.Path = "testdata/glue/" + e.Name() // the compiled copy lives in a temporary directory
			text, js := render(t, r)
			golden.Check(t, "inspect/glue-"+e.Name()+".txt", text)
			golden.Check(t, "inspect/glue-"+e.Name()+".json", js)
		})
	}
	if n < 1 {
		t.Fatalf("found %d synthetic glue cases, expected at least 1", n)
	}
}

// TestGoldenRealBuilds: inspect of real wasm-bindgen output built from
// source, one directory per shape that reads differently (the 0.2.104 and
// 0.2.130 eras, an exnref unwind build with upstream's guard, a legacy-EH
// one, the module and no-modules targets); the other directories differ only
// in the glue's loader, which the real-build tests of internal/glue cover.
func TestGoldenRealBuilds(t *testing.T) {
	for _, rel := range []string{
		"0.2.104/abort/nodejs", "0.2.130/abort/web", "0.2.130/unwind/web", "0.2.125/unwind-legacy/bundler",
		"0.2.130/abort/module", "0.2.110/abort/no-modules",
	} {
		t.Run(rel, func(t *testing.T) {
			r, err := Path(relPath(t, filepath.Join(testassets.Root(), "testdata", "real", filepath.FromSlash(rel))))
			if err != nil {
				t.Fatal(err)
			}
			text, js := render(t, r)
			name := "inspect/real-" + strings.ReplaceAll(rel, "/", "-")
			golden.Check(t, name+".txt", text)
			golden.Check(t, name+".json", js)
		})
	}
}

func TestGoldenExample(t *testing.T) {
	r, err := Path(relPath(t, filepath.Join(testassets.Root(), "examples", "counter", "pkg")))
	if err != nil {
		t.Fatal(err)
	}
	text, js := render(t, r)
	golden.Check(t, "inspect/example-counter.txt", text)
	golden.Check(t, "inspect/example-counter.json", js)
}

// TestFactsOfRealPackages asserts facts read by hand from the packages'
// files (package.json, the glue, wasm-objdump), independent of the golden files.
func TestFactsOfRealPackages(t *testing.T) {
	cases := []struct {
		pkg, sub, target, era, bindgen, format string
		export                                 string // one JS export and its kind, "name:kind"
	}{
		{"brotli-wasm", "pkg.node", "nodejs", "<0.2.84", "0.2.80 (4caa98165)", "cjs", "compress:function"},
		{"brotli-wasm", "pkg.web", "web", "<0.2.84", "0.2.80 (4caa98165)", "esm", "default:init"},
		{"@silvia-odwyer/photon", "", "bundler", "<0.2.84", "0.2.68 (a04e18971)", "esm", "PhotonImage:class"},
		{"@automerge/automerge-wasm", "deno", "deno", "0.2.84-0.2.106", "0.2.92", "esm", "create:function"},
		{"@oxc-parser/wasm", "node", "nodejs", "0.2.84-0.2.106", "0.2.100 (2405ec2b4)", "cjs", "parseSync:function"},
		{"@biomejs/wasm-nodejs", "", "nodejs", "0.2.107+", "0.2.117 (fb403cfef)", "cjs", "Workspace:class"},
	}
	for _, c := range cases {
		t.Run(c.pkg+"/"+c.sub, func(t *testing.T) {
			r, err := Path(realDir(t, c.pkg, c.sub))
			if err != nil {
				t.Fatal(err)
			}
			g := r.Glue
			if g.Target != c.target || g.Era != c.era || r.WasmBindgen != c.bindgen || g.ModuleFormat != c.format {
				t.Errorf("got target=%s era=%s wasm-bindgen=%q format=%s, want %s %s %q %s",
					g.Target, g.Era, r.WasmBindgen, g.ModuleFormat, c.target, c.era, c.bindgen, c.format)
			}
			name, kind, _ := strings.Cut(c.export, ":")
			found := false
			for _, e := range g.Exports {
				if e.Name == name {
					found = true
					if e.Kind != kind {
						t.Errorf("export %s: kind %s, want %s", name, e.Kind, kind)
					}
				}
			}
			if !found {
				t.Errorf("export %s missing", name)
			}
			if len(r.Problems) != 0 {
				t.Errorf("real glue and module should agree, got %v", r.Problems)
			}
			if r.Wasm.EHDialect != "none" {
				t.Errorf("eh dialect %s, want none (no package in the corpus uses exceptions)", r.Wasm.EHDialect)
			}
		})
	}
}

// TestAgainstNode cross-checks the export and import lists of every real
// module with an independent reader: Node's WebAssembly.Module.exports and
// .imports, which see the module exactly as V8 does.
func TestAgainstNode(t *testing.T) {
	for _, c := range testassets.Corpus {
		t.Run(c.Name, func(t *testing.T) {
			r, err := Path(realDir(t, c.Pkg, c.Sub))
			if err != nil {
				t.Fatal(err)
			}
			wasm := filepath.Join(realDir(t, c.Pkg, c.Sub), r.Wasm.File)
			out, err := exec.Command("node", "-e", `
const m = new WebAssembly.Module(require('fs').readFileSync(process.argv[1]));
console.log(JSON.stringify({exports: WebAssembly.Module.exports(m), imports: WebAssembly.Module.imports(m)}));`, wasm).Output()
			if err != nil {
				t.Fatalf("node: %v", err)
			}
			var v struct {
				Exports []struct{ Name, Kind string }
				Imports []struct{ Module, Name, Kind string }
			}
			if err := json.Unmarshal(out, &v); err != nil {
				t.Fatal(err)
			}
			kind := map[string]string{"function": "func", "table": "table", "memory": "memory", "global": "global", "tag": "tag"}
			if len(v.Exports) != len(r.Wasm.Exports) || len(v.Imports) != len(r.Wasm.Imports) {
				t.Fatalf("node sees %d exports, %d imports; inspect %d, %d", len(v.Exports), len(v.Imports), len(r.Wasm.Exports), len(r.Wasm.Imports))
			}
			for i, e := range v.Exports {
				if got := r.Wasm.Exports[i]; got.Name != e.Name || got.Kind != kind[e.Kind] {
					t.Errorf("export %d: node %s %s, inspect %s %s", i, e.Kind, e.Name, got.Kind, got.Name)
				}
			}
			for i, im := range v.Imports {
				if got := r.Wasm.Imports[i]; got.Module != im.Module || got.Name != im.Name || got.Kind != kind[im.Kind] {
					t.Errorf("import %d: node %s %s.%s, inspect %s %s.%s", i, im.Kind, im.Module, im.Name, got.Kind, got.Module, got.Name)
				}
			}
		})
	}
}

// TestRuntimeClaimsHoldOnNode20 checks what inspect says about Node against
// the Node on this machine: modules it says Node 20 can run must compile
// there, and exnref modules and one with typed function references, which
// it says need a newer Node, must not.
func TestRuntimeClaimsHoldOnNode20(t *testing.T) {
	testassets.Tier2(t, "Node 20")
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "v20.") {
		t.Fatalf("this test checks the claims about Node 20 and needs Node 20 (found %s)", strings.TrimSpace(string(out)))
	}
	type module struct {
		name string
		path func(*testing.T) string
	}
	var modules []module
	for _, name := range []string{"eh_legacy", "eh_exnref", "eh_none", "throw_only"} {
		modules = append(modules, module{name, func(t *testing.T) string { return testassets.WAT(t, name) }})
	}
	// A real module declaring (ref $0) parameters (typed function references).
	modules = append(modules, module{"minify-html", func(t *testing.T) string {
		return filepath.Join(testassets.CorpusPackage(t, "@minify-html/wasm", "."), "index_bg.wasm")
	}})
	for _, m := range modules {
		t.Run(m.name, func(t *testing.T) {
			p := m.path(t)
			r, err := Path(p)
			if err != nil {
				t.Fatal(err)
			}
			var node Runtime
			for _, rt := range r.Runtimes {
				if rt.Name == "node" {
					node = rt
				}
			}
			claimsNode20 := node.Runs && !strings.Contains(node.Requires, "not Node 20")
			err = exec.Command("node", "-e", `new WebAssembly.Module(require('fs').readFileSync(process.argv[1]))`, p).Run()
			if claimsNode20 != (err == nil) {
				t.Errorf("inspect says Node 20 runs it: %v (%q); Node 20 compiling it: %v", claimsNode20, node.Requires, err)
			}
		})
	}
}

// TestEraDisagreementIsAProblem: brotli's early-era nodejs glue next to
// oxc's .wasm (wasm-bindgen 0.2.100) under brotli's name.
func TestEraDisagreementIsAProblem(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mixed")
	testassets.CopyDir(t, testassets.Package(t, "brotli-wasm", "pkg.node"), dir)
	b, err := os.ReadFile(filepath.Join(testassets.Package(t, "@oxc-parser/wasm", "node"), "oxc_parser_wasm_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "brotli_wasm_bg.wasm"), b, 0o644)
	r, err := Path(dir)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range r.Problems {
		if strings.Contains(p, "same build") && strings.Contains(p, "0.2.100") {
			found = true
		}
	}
	if !found {
		t.Errorf("expected an era disagreement among %q", r.Problems)
	}
}

// "runs on" agrees with build: glue that uses WebAssembly.JSTag (real
// 0.2.110 unwind builds, legacy EH included) cannot load on Node 20, while
// 0.2.125+ make a tag of their own and load there.
func TestRunsOnCountsTheGlue(t *testing.T) {
	real := func(p string) string {
		return filepath.Join(testassets.Root(), "testdata", "real", filepath.FromSlash(p))
	}
	r, err := Path(real("0.2.110/unwind-legacy/nodejs"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Runtimes[0].Name != "node" || !strings.Contains(r.Runtimes[0].Requires, "not Node 20") {
		t.Errorf("0.2.110 unwind glue: node %+v", r.Runtimes[0])
	}
	r, err = Path(real("0.2.130/unwind-legacy/nodejs"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Runtimes[0].Requires != "" {
		t.Errorf("0.2.130 legacy-EH unwind glue runs on Node 20, got %+v", r.Runtimes[0])
	}
}

// Without exception tags the bodies are left undecoded unless asked, and
// the report says which.
func TestScanCodeOption(t *testing.T) {
	p := testassets.WAT(t, "eh_none")
	fast, err := Path(p)
	if err != nil {
		t.Fatal(err)
	}
	full, err := PathWith(p, Options{ScanCode: true})
	if err != nil {
		t.Fatal(err)
	}
	if fast.Wasm.CodeScanned || !full.Wasm.CodeScanned {
		t.Errorf("code_scanned: %v without --scan-code, %v with it; want false, true", fast.Wasm.CodeScanned, full.Wasm.CodeScanned)
	}
	if fast.Wasm.EHDialect != full.Wasm.EHDialect {
		t.Errorf("eh_dialect %s without the scan, %s with it", fast.Wasm.EHDialect, full.Wasm.EHDialect)
	}
	// A module with tags is always scanned.
	tagged, err := Path(testassets.WAT(t, "eh_legacy"))
	if err != nil {
		t.Fatal(err)
	}
	if !tagged.Wasm.CodeScanned || tagged.Wasm.EHDialect != "legacy" {
		t.Errorf("eh_legacy: code_scanned %v, eh_dialect %s", tagged.Wasm.CodeScanned, tagged.Wasm.EHDialect)
	}
}
