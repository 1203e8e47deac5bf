package builder

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/golden"
	"github.com/wbg-guard/wbg-guard/internal/testassets"
	"github.com/wbg-guard/wbg-guard/templates"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

var realDirs = testassets.Corpus

func realDir(t *testing.T, pkg, sub string) string {
	return testassets.CorpusDir{Pkg: pkg, Sub: sub}.Dir(t)
}

func example() string { return filepath.Join(testassets.Root(), "examples", "counter", "pkg") }

func defaults(in, out string) Options {
	return Options{InDir: in, OutDir: out, OnAbort: OnAbortReinit, ReinitMax: 10, ReinitWindow: 60e9, JSErrorsThroughRust: JSErrorsAbort}
}

// TestGoldenGenerated pins the two sources wbg-guard generates (the entry and
// the factory) and the .d.ts and package.json it writes. The bundled .js is
// those plus the runtime (tested on its own) put together by esbuild, so it
// is checked by behaviour, not byte for byte. Factories are pinned for the
// small example only: for real packages they are the glue itself.
func TestGoldenGenerated(t *testing.T) {
	type c struct{ name, dir string }
	cases := []c{{"example-counter", example()}}
	for _, r := range realDirs {
		cases = append(cases, c{r.Name, r.Dir(t)})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Build(defaults(tc.dir, filepath.Join(t.TempDir(), "out")))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "build/"+tc.name+"/entry.js", []byte(res.Entry))
			if tc.name == "example-counter" {
				golden.Check(t, "build/"+tc.name+"/factory.js", []byte(res.Factory))
			}
			if b, ok := res.Files["package.json"]; ok {
				golden.Check(t, "build/"+tc.name+"/package.json", b)
			}
			for name, b := range res.Files {
				if !strings.HasSuffix(name, ".d.ts") {
					continue
				}
				orig, err := os.ReadFile(filepath.Join(tc.dir, name))
				if err != nil {
					t.Fatal(err)
				}
				want := string(orig)
				if !strings.HasSuffix(name, ".wasm.d.ts") {
					extra, _ := templates.FS.ReadFile("package.d.ts")
					want += "\n" + string(extra)
				}
				if string(b) != want {
					t.Errorf("%s should be the original declarations followed by the guard's", name)
				}
				if tc.name == "example-counter" {
					golden.Check(t, "build/"+tc.name+"/"+name, b)
				}
			}
		})
	}
}

// TestDeterministicWithoutAbsolutePaths builds every corpus directory twice
// (with and without source maps) and requires byte-identical output that
// names no directory of this machine.
func TestDeterministicWithoutAbsolutePaths(t *testing.T) {
	for _, r := range realDirs {
		t.Run(r.Name, func(t *testing.T) {
			in := r.Dir(t)
			for _, sm := range []bool{false, true} {
				o := defaults(in, filepath.Join(t.TempDir(), "a"))
				o.Sourcemap = sm
				a, err := Build(o)
				if err != nil {
					t.Fatal(err)
				}
				// The second build runs in another process (esbuild reads the
				// working directory once per process) from another working
				// directory, naming the input by a relative path.
				// (A deeper one than the test's: relative paths differ.)
				elsewhere := filepath.Join(t.TempDir(), "a", "b", "c", "d", "e")
				if err := os.MkdirAll(elsewhere, 0o755); err != nil {
					t.Fatal(err)
				}
				relIn, err := filepath.Rel(elsewhere, in)
				if err != nil {
					t.Fatal(err)
				}
				if fa, fb := fingerprint(a.Files), buildInAnotherProcess(t, elsewhere, relIn, sm); fa != fb {
					t.Fatalf("two builds from different working directories differ (sourcemap=%v):\n%s\n%s", sm, fa, fb)
				}
				home, _ := os.UserHomeDir()
				for name, content := range a.Files {
					if strings.HasSuffix(name, ".wasm") {
						continue
					}
					for _, abs := range []string{testassets.Root(), in, os.TempDir(), home} {
						if abs != "" && abs != "/" && bytes.Contains(content, []byte(abs)) {
							t.Errorf("%s contains the absolute path %s", name, abs)
						}
					}
				}
			}
		})
	}
}

// buildInAnotherProcess runs Build in a child process of the test binary,
// from dir, and returns the fingerprint of its output.
func buildInAnotherProcess(t *testing.T, dir, in string, sourcemap bool) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcessBuild$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "WBGG_HELPER_BUILD="+in, fmt.Sprintf("WBGG_HELPER_SOURCEMAP=%v", sourcemap))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the build in another process failed: %v\n%s", err, out)
	}
	_, rest, ok1 := strings.Cut(string(out), "<<fingerprint\n")
	fp, _, ok2 := strings.Cut(rest, "fingerprint>>")
	if !ok1 || !ok2 {
		t.Fatalf("unexpected output of the build in another process:\n%s", out)
	}
	return fp
}

// TestHelperProcessBuild is not a test: buildInAnotherProcess runs it.
func TestHelperProcessBuild(t *testing.T) {
	in := os.Getenv("WBGG_HELPER_BUILD")
	if in == "" {
		t.Skip("run by buildInAnotherProcess only")
	}
	o := defaults(in, filepath.Join(t.TempDir(), "a"))
	o.Sourcemap = os.Getenv("WBGG_HELPER_SOURCEMAP") == "true"
	res, err := Build(o)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print("<<fingerprint\n" + fingerprint(res.Files) + "fingerprint>>")
}

func fingerprint(files tree) string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sb, "%s %x\n", n, sha256.Sum256(files[n]))
	}
	return sb.String()
}

// treeHash fingerprints a directory on disk, to prove it was not modified.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	var sb strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			fmt.Fprintf(&sb, "%s/ %v\n", rel, info.Mode())
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&sb, "%s %v %x\n", rel, info.Mode(), sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

func copyTree(t *testing.T, from, to string) { testassets.CopyDir(t, from, to) }

func TestBadInputLeavesNothing(t *testing.T) {
	tmp := t.TempDir()
	guarded := filepath.Join(tmp, "guarded")
	if err := Run(defaults(example(), guarded)); err != nil {
		t.Fatal(err)
	}

	mismatched := filepath.Join(tmp, "mismatched")
	copyTree(t, example(), mismatched)
	// A .wasm from another crate under the expected name.
	other, err := os.ReadFile(filepath.Join(realDir(t, "brotli-wasm", "pkg.node"), "brotli_wasm_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(mismatched, "counter_bg.wasm"), other, 0o644)

	unknownShape := filepath.Join(tmp, "unknown-shape")
	copyTree(t, realDir(t, "brotli-wasm", "pkg.web"), unknownShape)
	glue := filepath.Join(unknownShape, "brotli_wasm.js")
	b, _ := os.ReadFile(glue)
	// Early web glue whose loader line differs from every known shape.
	b = bytes.Replace(b, []byte("const { instance, module } = await load(await input, imports);"), []byte("const loaded = await load(await input, imports); const { instance, module } = loaded;"), 1)
	os.WriteFile(glue, b, 0o644)

	notDir := filepath.Join(tmp, "file.txt")
	os.WriteFile(notDir, []byte("x"), 0o644)

	// The directory's one module, which the build maps and parses while it
	// analyses the glue, is not a module.
	corrupt := filepath.Join(tmp, "corrupt")
	copyTree(t, example(), corrupt)
	os.WriteFile(filepath.Join(corrupt, "counter_bg.wasm"), []byte("\x00asm\x01\x00\x00\x00\x01\xff"), 0o644)

	inside := filepath.Join(tmp, "inside")
	copyTree(t, example(), inside)

	cases := []struct {
		name    string
		in, out string
		want    string
	}{
		{"missing input", filepath.Join(tmp, "nope"), filepath.Join(tmp, "o1"), "no such file"},
		{"input is a file", notDir, filepath.Join(tmp, "o2"), "not a directory"},
		{"already guarded", guarded, filepath.Join(tmp, "o3"), "already wbg-guard output"},
		{"wasm does not match glue", mismatched, filepath.Join(tmp, "o4"), "does not match"},
		{"corrupt module", corrupt, filepath.Join(tmp, "o6"), "counter_bg.wasm"},
		{"unknown glue shape", unknownShape, filepath.Join(tmp, "o5"), "no loader patch"},
		{"output is the input", inside, inside, "is the input directory"},
		{"output inside the input", inside, filepath.Join(inside, "dist"), "inside the input"},
		{"output contains the input", inside, tmp, "contains the input"},
		{"output under a file", example(), filepath.Join(notDir, "out"), "file.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before string
			if st, err := os.Stat(c.in); err == nil && st.IsDir() {
				before = treeHash(t, c.in)
			}
			err := Run(defaults(c.in, c.out))
			if err == nil {
				t.Fatal("expected an error")
			}
			if msg := err.Error(); !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q should be one line mentioning %q", msg, c.want)
			}
			if before != "" && treeHash(t, c.in) != before {
				t.Error("the input directory was modified")
			}
			if c.out != c.in && !strings.HasPrefix(c.in, c.out) {
				if _, err := os.Stat(c.out); err == nil {
					t.Errorf("%s was written despite the error", c.out)
				}
			}
			// No temporary directories are left beside the output.
			entries, _ := os.ReadDir(filepath.Dir(c.out))
			for _, e := range entries {
				if strings.Contains(e.Name(), ".wbg-guard-") {
					t.Errorf("leftover temporary %s", e.Name())
				}
			}
		})
	}
}

func TestReplacingOutputIsAtomic(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	withMap := defaults(example(), out)
	withMap.Sourcemap = true
	if err := Run(withMap); err != nil {
		t.Fatal(err)
	}
	before := treeHash(t, out)

	// A failing build leaves the previous output exactly as it was.
	if err := Run(defaults(filepath.Join(t.TempDir(), "missing"), out)); err == nil {
		t.Fatal("expected an error")
	}
	if treeHash(t, out) != before {
		t.Fatal("a failed build changed the existing output")
	}
	// A successful one replaces the earlier output as a whole: the source
	// map the first build wrote is gone, not merged into the new tree.
	if err := Run(defaults(example(), out)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "counter.js.map")); !os.IsNotExist(err) {
		t.Error("the output directory was merged into, not replaced")
	}
}

func TestInputNeverModified(t *testing.T) {
	for _, r := range realDirs {
		in := r.Dir(t)
		before := treeHash(t, in)
		if err := Run(defaults(in, filepath.Join(t.TempDir(), r.Name))); err != nil {
			t.Fatalf("%s: %v", r.Name, err)
		}
		if treeHash(t, in) != before {
			t.Errorf("%s: input modified", r.Name)
		}
	}
}

// TestNoEvalAdded: wbg-guard's own code uses neither eval nor new Function
// (Workers and CSP refuse them). Some glue has `new Function` of its own
// (js-sys Function::new_no_args, js_sys::global()'s last resort); that is the
// crate's behaviour and stays, so the output may have exactly as many.
func TestNoEvalAdded(t *testing.T) {
	for _, r := range realDirs {
		in := r.Dir(t)
		res, err := Build(defaults(in, filepath.Join(t.TempDir(), "o")))
		if err != nil {
			t.Fatal(err)
		}
		var glue []byte
		for _, f := range []string{"*.js", "*.cjs"} {
			matches, _ := filepath.Glob(filepath.Join(in, f))
			for _, m := range matches {
				b, _ := os.ReadFile(m)
				glue = append(glue, b...)
			}
		}
		var out []byte
		for name, b := range res.Files {
			if strings.HasSuffix(name, ".js") || strings.HasSuffix(name, ".cjs") {
				out = append(out, b...)
			}
		}
		for _, bad := range []string{"eval(", "new Function("} {
			if n, m := bytes.Count(out, []byte(bad)), bytes.Count(glue, []byte(bad)); n != m {
				t.Errorf("%s: output has %d of %q, the glue %d", r.Name, n, bad, m)
			}
		}
	}
}

// A library caller's unknown value is refused before anything is read or
// written, naming the value (the CLI checks its flags itself).
func TestOptionsWithUnknownValuesAreRefused(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for _, o := range []Options{
		{Platform: "bun"},
		{Format: "umd"},
		{OnAbort: "retry"},
		{JSErrorsThroughRust: "swallow"},
	} {
		o.InDir, o.OutDir = example(), out
		err := Run(o)
		if err == nil || !strings.Contains(err.Error(), "unknown") {
			t.Errorf("%+v: %v, want an error naming the unknown value", o, err)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused build wrote %s", out)
	}
}

// A workers-rs Durable Object class built for workerd without --reconstruct
// is named in a warning (the real workers-rs build of testdata/workers-rs);
// with the flag, or for another class, there is none.
func TestWarnsAboutDurableObjectsWithoutReconstruct(t *testing.T) {
	in := filepath.Join(testassets.Root(), "testdata", "workers-rs", "out", "abort", "wasm-bindgen")
	var warnings []string
	o := Options{InDir: in, Platform: PlatformWorkerd, Warn: func(s string) { warnings = append(warnings, s) }}
	if _, err := Build(o); err != nil {
		t.Fatal(err)
	}
	var do []string
	for _, w := range warnings {
		if strings.Contains(w, "Durable Object") {
			do = append(do, w)
		}
	}
	if len(do) != 1 || !strings.Contains(do[0], "--reconstruct Counter ") || strings.Contains(do[0], "R2Range") {
		t.Fatalf("warnings %q: want one naming Counter (and no other class)", warnings)
	}
	warnings = nil
	o.Reconstruct = []string{"Counter"}
	if _, err := Build(o); err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		if strings.Contains(w, "Durable Object") {
			t.Errorf("warned with --reconstruct Counter: %s", w)
		}
	}
}

// A glue importing a module of its package (here a helper added to a real
// 0.2.130 web build) would share that module's state between generations in
// swap mode: the build leaves it out, as for snippets; the same build
// without the helper is in swap mode.
func TestSwapModeLeavesOutGlueWithLocalModules(t *testing.T) {
	src := filepath.Join(testassets.Root(), "testdata", "real", "0.2.130", "abort", "web")
	plain, err := Build(defaults(src, filepath.Join(t.TempDir(), "out")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.Entry, `"swap": true`) {
		t.Fatal("the plain build is not in swap mode: the test would prove nothing")
	}
	in := t.TempDir()
	testassets.CopyDir(t, src, in)
	glueFile := filepath.Join(in, "fixture.js")
	text, err := os.ReadFile(glueFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(glueFile, append([]byte("import { note } from './helper.js';\nnote();\n"), text...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "helper.js"), []byte("let calls = 0;\nexport function note() { calls++; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Build(defaults(in, filepath.Join(t.TempDir(), "out")))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.glue.LocalModules; len(got) != 1 || got[0] != "./helper.js" {
		t.Errorf("local modules %q, want [./helper.js]", got)
	}
	if strings.Contains(res.Entry, `"swap"`) {
		t.Error("a glue with a local module is built for swap mode")
	}
}

// A module with a start section runs it inside `new WebAssembly.Instance`,
// before a swap can point the glue at the new memory, so the build leaves
// it out of swap mode. wasm-bindgen never emits one (it exports
// __wbindgen_start instead): the fixture is a real 0.2.130 build with a
// start section added by hand, naming that export's function.
func TestSwapModeLeavesOutModulesWithAStartSection(t *testing.T) {
	src := filepath.Join(testassets.Root(), "testdata", "real", "0.2.130", "abort", "web")
	in := t.TempDir()
	testassets.CopyDir(t, src, in)
	wasmFile := filepath.Join(in, "fixture_bg.wasm")
	b, err := os.ReadFile(wasmFile)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := wasmparse.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	var start uint32
	found := false
	for _, e := range mod.Exports {
		if e.Name == "__wbindgen_start" && e.Kind == wasmparse.KindFunc {
			start, found = e.Index, true
		}
	}
	var at int64 = -1
	for _, s := range mod.Sections {
		if s.ID == wasmparse.SectionExport {
			at = s.Offset + s.Size
		}
	}
	if !found || at < 0 || mod.Start != nil {
		t.Fatal("the fixture no longer has the shape this test needs")
	}
	idx := binary.AppendUvarint(nil, uint64(start))
	section := append([]byte{byte(wasmparse.SectionStart), byte(len(idx))}, idx...)
	withStart := append(append(append([]byte{}, b[:at]...), section...), b[at:]...)
	if m, err := wasmparse.Parse(withStart); err != nil || m.Start == nil || *m.Start != start {
		t.Fatalf("the start section was not added: %v", err)
	}
	if err := os.WriteFile(wasmFile, withStart, 0o644); err != nil {
		t.Fatal(err)
	}
	plain, err := Build(defaults(src, filepath.Join(t.TempDir(), "out")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.Entry, `"swap": true`) {
		t.Fatal("the plain build is not in swap mode: the test would prove nothing")
	}
	res, err := Build(defaults(in, filepath.Join(t.TempDir(), "out")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Entry, `"swap"`) {
		t.Error("a module with a start section is built for swap mode")
	}
}

// CommonJS glue requires its snippets at run time, by a name esbuild does
// not follow (require(String.raw`./snippets/...`)): the output must carry
// them, or the guarded package fails at load (@datadog/wasm-js-rewriter
// 5.0.4 and loro-crdt 1.17.1's nodejs glue did). ES module glue imports
// them, and they are bundled into the entry: none are written.
func TestSnippetsReachTheOutputWhereTheGlueRequiresThem(t *testing.T) {
	cases := []struct {
		dir     string
		snippet string // relative to the directory
		copied  bool
	}{
		{testassets.CorpusPackage(t, "@datadog/wasm-js-rewriter", "wasm"), "snippets/wasm-js-rewriter-05a62ec96126bb1e/tracer_logger.js", true},
		{testassets.CorpusPackage(t, "loro-crdt", "nodejs"), "snippets/loro-wasm-974365e04a0511fb/inline0.js", true},
		{testassets.CorpusPackage(t, "loro-crdt", "web"), "snippets/loro-wasm-974365e04a0511fb/inline0.js", false},
	}
	for _, c := range cases {
		want, err := os.ReadFile(filepath.Join(c.dir, c.snippet))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Build(defaults(c.dir, filepath.Join(t.TempDir(), "out")))
		if err != nil {
			t.Fatalf("%s: %v", c.dir, err)
		}
		got, ok := res.Files[c.snippet]
		switch {
		case c.copied && !ok:
			t.Errorf("%s: the snippet the glue requires is not in the output", c.dir)
		case c.copied && !bytes.Equal(got, want):
			t.Errorf("%s: the output's %s differs from the package's", c.dir, c.snippet)
		case !c.copied && ok:
			t.Errorf("%s: a snippet bundled into the entry is written beside it too", c.dir)
		case !c.copied && !strings.Contains(res.Entry, "stateBinary"):
			t.Errorf("%s: the snippet's code is not in the entry", c.dir)
		}
	}
}

// A threaded build (a shared memory) is guarded with a warning: the guard
// replaces the instance its glue made, not the ones other threads made on
// the same memory. @wasmer/sdk 0.16.0 ships such a build (wasm-bindgen's
// atomics, web target); a module without a shared memory gets no warning.
func TestWarnsAboutThreadedBuilds(t *testing.T) {
	for _, c := range []struct {
		dir    string
		warned bool
	}{
		{testassets.Package(t, "@wasmer/sdk", "pkg"), true},
		{testassets.Package(t, "brotli-wasm", "pkg.web"), false},
	} {
		var warnings []string
		o := defaults(c.dir, filepath.Join(t.TempDir(), "out"))
		o.Warn = func(s string) { warnings = append(warnings, s) }
		if _, err := Build(o); err != nil {
			t.Fatalf("%s: %v", c.dir, err)
		}
		got := slices.ContainsFunc(warnings, func(w string) bool { return strings.Contains(w, "shared memory") })
		if got != c.warned {
			t.Errorf("%s: warnings %q; want a shared-memory warning: %v", c.dir, warnings, c.warned)
		}
	}
}

// A source map the package ships for its glue maps the file the build
// replaced (@cf-wasm/photon 0.4.0 ships dist/lib/photon_rs.js.map): it is
// not copied beside the guarded entry; with --sourcemap the entry's map is
// the build's own. Maps of the package's other files stay.
func TestTheGluesOwnSourceMapIsNotCopied(t *testing.T) {
	dir := testassets.CorpusPackage(t, "@cf-wasm/photon", "dist", "lib")
	for _, f := range []string{"photon_rs.js.map", "photon_rs_bg.wasm.inline.js.map"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("the package no longer ships %s: the test would prove nothing", f)
		}
	}
	res, err := Build(defaults(dir, filepath.Join(t.TempDir(), "out")))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Files["photon_rs.js.map"]; ok {
		t.Error("the glue's own source map is copied beside the guarded entry")
	}
	if _, ok := res.Files["photon_rs_bg.wasm.inline.js.map"]; !ok {
		t.Error("the map of another file of the package is not copied")
	}
	o := defaults(dir, filepath.Join(t.TempDir(), "out"))
	o.Sourcemap = true
	res, err = Build(o)
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Files["photon_rs.js.map"]; !bytes.Contains(m, []byte("wbg-guard-runtime:")) {
		t.Error("with --sourcemap the entry's map is not the build's")
	}
}

// @wasm-fmt/ruff_fmt 0.15.20 ships the bundler glue beside four loaders of
// its authors' (Node's among them, the package's "node" export) that make
// their own instance with the imports of ruff_fmt_bg.js. The output's
// _bg.js used to be a re-export of the guarded API, and those loaders then
// failed to link in every runtime ("function import requires a callable").
// The _bg.js now stays as it was, so they keep working, and the warning
// says they are not guarded. A wrapper that only re-exports the API from
// the _bg.js (brotli's layout) still gets the guarded API there.
func TestLoadersThatInstantiateWithTheBgJSKeepWorking(t *testing.T) {
	dir := testassets.CorpusPackage(t, "@wasm-fmt/ruff_fmt")
	want, err := os.ReadFile(filepath.Join(dir, "ruff_fmt_bg.js"))
	if err != nil {
		t.Fatal(err)
	}
	// The glue found by evidence, and named with --entry.
	for _, entry := range []string{"", "ruff_fmt.js"} {
		o := defaults(dir, filepath.Join(t.TempDir(), "out"))
		o.Entry = entry
		var warnings []string
		o.Warn = func(s string) { warnings = append(warnings, s) }
		res, err := Build(o)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(res.Files["ruff_fmt_bg.js"], want) {
			t.Errorf("--entry %q: ruff_fmt_bg.js, whose imports the loaders instantiate with, is not kept as it was", entry)
		}
		if !strings.Contains(strings.Join(warnings, "\n"), "ruff_fmt_esm.js, ruff_fmt_node.js, ruff_fmt_vite.js, ruff_fmt_web.js make their own instance of ruff_fmt_bg.wasm with the imports of ruff_fmt_bg.js: they are not guarded") {
			t.Errorf("--entry %q: no warning naming the unguarded loaders: %q", entry, warnings)
		}
	}
	in := wrappedLayout(t, "pkg.bundler", "index.mjs", "export { compress, decompress } from './brotli_wasm_bg.js';\n")
	res, err := Build(defaults(in, filepath.Join(t.TempDir(), "out2")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Files["brotli_wasm_bg.js"]), `export * from "./brotli_wasm.js"`) {
		t.Error("a wrapper's _bg.js no longer re-exports the guarded API")
	}
}

// The runtime's messages name the package as its users know it: by the
// name in the directory's package.json (@swc/wasm's crate is called wasm),
// and by the crate where there is none.
func TestMessagesNameThePackage(t *testing.T) {
	for _, c := range []struct{ dir, want string }{
		{realDir(t, "@silvia-odwyer/photon", ""), `"name": "@silvia-odwyer/photon"`},
		{realDir(t, "brotli-wasm", "pkg.node"), `"name": "brotli_wasm"`},
	} {
		res, err := Build(defaults(c.dir, filepath.Join(t.TempDir(), "out")))
		if err != nil {
			t.Fatalf("%s: %v", c.dir, err)
		}
		if !strings.Contains(res.Entry, c.want) {
			t.Errorf("%s: the runtime is not given %s", c.dir, c.want)
		}
	}
}
