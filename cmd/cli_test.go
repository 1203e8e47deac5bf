package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/builder"
	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func run(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Execute(args, &out, &errb)
	return code, out.String(), errb.String()
}

func copyDir(t *testing.T, from, to string) { testassets.CopyDir(t, from, to) }

func example(t *testing.T) string {
	return filepath.Join(testassets.Root(), "examples", "counter", "pkg")
}

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// header is a valid module preamble: magic and version 1.
var header = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

func TestBadInputOneLineExitOne(t *testing.T) {
	tmp := t.TempDir()
	wasm, err := os.ReadFile(filepath.Join(example(t), "counter_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}

	empty := filepath.Join(tmp, "empty")
	os.Mkdir(empty, 0o755)

	several := filepath.Join(tmp, "several")
	copyDir(t, example(t), several)
	for _, f := range []string{"counter.js", "counter_bg.wasm"} {
		b, _ := os.ReadFile(filepath.Join(example(t), f))
		writeFile(t, several, strings.Replace(f, "counter", "other", 1), b)
	}

	noWasm := filepath.Join(tmp, "nowasm")
	copyDir(t, example(t), noWasm)
	os.Remove(filepath.Join(noWasm, "counter_bg.wasm"))

	cases := []struct {
		name string
		path string
		want []string // substrings of the one stderr line
	}{
		{"missing path", filepath.Join(tmp, "nope"), []string{"nope", "no such file"}},
		{"empty directory", empty, []string{"empty", "no wasm-bindgen output"}},
		{"several crates", several, []string{"several", "counter", "other"}},
		{"glue without its wasm", noWasm, []string{"counter_bg.wasm"}},
		{"truncated wasm", writeFile(t, tmp, "trunc.wasm", wasm[:len(wasm)/2]), []string{"trunc.wasm", "offset"}},
		{"empty file", writeFile(t, tmp, "zero.wasm", nil), []string{"zero.wasm"}},
		{"not wasm", writeFile(t, tmp, "text.wasm", []byte("export const x = 1;\n")), []string{"text.wasm", "magic"}},
		{"wrong version", writeFile(t, tmp, "v2.wasm", []byte{0, 'a', 's', 'm', 2, 0, 0, 0}), []string{"v2.wasm", "version"}},
		{"component", writeFile(t, tmp, "comp.wasm", []byte{0, 'a', 's', 'm', 0x0d, 0, 1, 0}), []string{"comp.wasm", "component"}},
		{"section past end", writeFile(t, tmp, "long.wasm", append(append([]byte{}, header...), 1, 0x20, 0x00)), []string{"long.wasm", "offset 9", "past the end"}},
		{"unknown section id", writeFile(t, tmp, "id.wasm", append(append([]byte{}, header...), 0x2a, 0x00)), []string{"id.wasm", "offset 8", "section id"}},
		{"LEB128 overflow", writeFile(t, tmp, "leb.wasm", append(append([]byte{}, header...), 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)), []string{"leb.wasm", "offset 9", "LEB128"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := run("inspect", c.path)
			if code != 1 {
				t.Errorf("exit code %d, want 1 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout should be empty on error, got %q", stdout)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "wbg-guard: ") {
				t.Fatalf("want one line starting 'wbg-guard: ', got %q", stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(strings.ToLower(lines[0]), strings.ToLower(w)) {
					t.Errorf("error line %q should mention %q", lines[0], w)
				}
			}
		})
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"inspect"},
		{"inspect", "a", "b"},
		{"inspect", "--nope", "x"},
		{"frobnicate"},
		{"build", "pkg"},
		{"build", "pkg", "--out-dir", "o", "--platform", "mars"},
		{"build", "pkg", "--out-dir", "o", "--format", "umd"},
		{"build", "pkg", "--out-dir", "o", "--on-abort", "retry"},
		{"build", "pkg", "--out-dir", "o", "--reinit-limit", "ten"},
		{"build", "pkg", "--out-dir", "o", "--reinit-limit", "10/-1s"},
		{"build", "pkg", "--out-dir", "o", "--js-errors-through-rust", "maybe"},
		{"version", "extra"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, _, stderr := run(args...)
			if code != 2 {
				t.Errorf("exit code %d, want 2 (stderr %q)", code, stderr)
			}
			if n := strings.Count(stderr, "\n"); n != 1 || !strings.HasPrefix(stderr, "wbg-guard: ") {
				t.Errorf("want one 'wbg-guard: ' line, got %q", stderr)
			}
		})
	}
}

func TestInspectJSONOnExample(t *testing.T) {
	code, stdout, stderr := run("inspect", "--json", example(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var v struct {
		Schema int `json:"schema"`
		Glue   struct {
			Target  string `json:"target"`
			Exports []struct {
				Name string `json:"name"`
			} `json:"exports"`
		} `json:"glue"`
		Wasm struct {
			EH string `json:"eh_dialect"`
		} `json:"wasm"`
	}
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("inspect --json is not JSON: %v", err)
	}
	if v.Schema != 1 || v.Glue.Target != "nodejs" || v.Wasm.EH != "none" || len(v.Glue.Exports) != 4 {
		t.Errorf("unexpected document: %+v", v)
	}
}

func TestVersionAndHelp(t *testing.T) {
	code, stdout, _ := run("version")
	// A test binary records no dependency versions, so only the shape is
	// checked here; a built binary prints "esbuild v0.28.2".
	if code != 0 || !strings.HasPrefix(stdout, "wbg-guard ") || !strings.Contains(stdout, "(esbuild ") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
	code, stdout, _ = run("build", "--help")
	if code != 0 || !strings.Contains(stdout, "--on-abort") || !strings.Contains(stdout, "PanicError") {
		t.Errorf("build --help: exit %d, %q", code, stdout)
	}
	code, stdout, _ = run("completion", "bash")
	if code != 0 || !strings.Contains(stdout, "wbg-guard") {
		t.Errorf("completion bash: exit %d", code)
	}
}

// TestBuildWarnsWhenThePlatformCannotRunTheModule: an exnref module built for
// Node gets a warning (Node 20 cannot run it), and the build still succeeds.
func TestBuildWarnsWhenThePlatformCannotRunTheModule(t *testing.T) {
	in := filepath.Join(testassets.Root(), "testdata", "real", "0.2.130", "unwind", "web")
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run("build", in, "--out-dir", out, "--platform", "node")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "warning:") || !strings.Contains(stderr, "exnref") || !strings.Contains(stderr, "Node 20") {
		t.Errorf("expected an exnref warning, got %q", stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "fixture.js")); err != nil {
		t.Error(err)
	}
	// Built for the browser, the same module gets no Node warning.
	code, _, stderr = run("build", in, "--out-dir", filepath.Join(t.TempDir(), "b"), "--quiet")
	if code != 0 || stderr != "" {
		t.Errorf("browser build: exit %d, stderr %q", code, stderr)
	}
	// A real module declaring (ref $0) parameters: typed function references.
	t.Run("typed function references", func(t *testing.T) {
		minify := testassets.CorpusPackage(t, "@minify-html/wasm")
		code, _, stderr := run("build", minify, "--out-dir", filepath.Join(t.TempDir(), "m"), "--platform", "node")
		if code != 0 || !strings.Contains(stderr, "warning: index_bg.wasm uses typed function references, which Node 20 cannot run; it needs Node 22+") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}

// TestBuildInspectRebuild is the flow a build pipeline runs: build, inspect
// the result, and (by mistake) build the result again.
func TestBuildInspectRebuild(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "dist")
	if code, stdout, stderr := run("build", example(t), "--out-dir", out, "--quiet"); code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("build: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr := run("inspect", "--json", out)
	if code != 0 {
		t.Fatalf("inspect of the output: exit %d: %s", code, stderr)
	}
	var v struct {
		Glue struct {
			Guard struct {
				WbgGuard bool `json:"wbg_guard"`
			} `json:"guard"`
		} `json:"glue"`
	}
	if err := json.Unmarshal([]byte(stdout), &v); err != nil || !v.Glue.Guard.WbgGuard {
		t.Errorf("inspect should report wbg-guard's own output (err %v): %s", err, stdout)
	}
	again := filepath.Join(tmp, "again")
	code, _, stderr = run("build", out, "--out-dir", again)
	if code != 1 || !strings.Contains(stderr, "already wbg-guard output") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("rebuilding the output: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(again); !os.IsNotExist(err) {
		t.Errorf("%s should not exist", again)
	}
	// Running the same build twice is safe and gives the same bytes.
	before, _ := os.ReadFile(filepath.Join(out, "counter.js"))
	if code, _, stderr := run("build", example(t), "--out-dir", out); code != 0 {
		t.Fatalf("second build: %s", stderr)
	}
	after, _ := os.ReadFile(filepath.Join(out, "counter.js"))
	if string(before) != string(after) {
		t.Error("rebuilding gave different output")
	}
}

// `build --out-dir .` used to try to rename the working directory away and
// fail with "device or resource busy"; a directory of the user's own was
// deleted. Both are refused with one line that says what is wrong.
func TestBuildRefusesOutDirsItDidNotWrite(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "lib.rs"), []byte("// mine\n"), 0o644)
	t.Chdir(src)
	for _, c := range []struct{ out, want string }{
		{".", "is the current directory"},
		{src, "is the current directory"},
		{filepath.Dir(src), "contains the current directory"},
	} {
		code, stdout, stderr := run("build", example(t), "--out-dir", c.out)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if code != 1 || stdout != "" || len(lines) != 1 || !strings.Contains(lines[0], c.want) {
			t.Errorf("--out-dir %s: exit %d, stderr %q; want exit 1 and one line saying %q", c.out, code, stderr, c.want)
		}
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "Cargo.toml"), []byte("[package]\n"), 0o644)
	code, _, stderr := run("build", example(t), "--out-dir", other)
	if code != 1 || !strings.Contains(stderr, "Cargo.toml") || !strings.Contains(stderr, "did not write") {
		t.Errorf("a directory with a file of the user's: exit %d, stderr %q", code, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(other, "Cargo.toml")); err != nil || string(b) != "[package]\n" {
		t.Error("the user's file was changed or deleted")
	}
	if b, err := os.ReadFile(filepath.Join(src, "lib.rs")); err != nil || string(b) != "// mine\n" {
		t.Error("a file of the working directory was changed or deleted")
	}
}

// A build tool in a pipeline: --version, one summary line on success,
// --quiet, --json, and messages that name the flag or default at fault.
func TestBuildInPipelines(t *testing.T) {
	code, stdout, _ := run("--version")
	if code != 0 || !strings.HasPrefix(stdout, "wbg-guard ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	out := filepath.Join(t.TempDir(), "o")
	code, stdout, stderr := run("build", example(t), "--out-dir", out)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if code != 0 || stdout != "" || len(lines) != 1 || !strings.Contains(lines[0], "wbg-guard: built "+out) ||
		!strings.Contains(lines[0], "nodejs target") || !strings.Contains(lines[0], "1 class guarded") || !strings.Contains(lines[0], " ms") {
		t.Errorf("summary: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = run("build", example(t), "--out-dir", out, "--quiet")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("--quiet: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = run("build", example(t), "--out-dir", out, "--json")
	var r struct {
		Schema             int
		Target, Entry      string
		Functions, Classes int
		Files              []struct{ Name string }
		Bytes              int64
	}
	if code != 0 || stderr != "" || json.Unmarshal([]byte(stdout), &r) != nil || r.Schema != 1 || r.Target != "nodejs" ||
		r.Entry != "counter.js" || r.Classes != 1 || len(r.Files) == 0 || r.Bytes == 0 {
		t.Errorf("--json: exit %d, stderr %q, report %+v from %q", code, stderr, r, stdout)
	}
	// nodejs glue is CommonJS: for the browser, the message names the flag
	// that was given, and the default that caused the conflict.
	code, _, stderr = run("build", example(t), "--out-dir", filepath.Join(t.TempDir(), "b"), "--platform", "browser", "--inline-wasm")
	if code != 1 || !strings.Contains(stderr, "default --format cjs") || !strings.Contains(stderr, "--platform browser") || strings.Count(stderr, "wbg-guard:") != 1 {
		t.Errorf("default format: exit %d, %q", code, stderr)
	}
	code, _, stderr = run("build", example(t), "--out-dir", filepath.Join(t.TempDir(), "b"), "--platform", "browser")
	if code != 1 || !strings.Contains(stderr, "reads its .wasm with Node's fs") || !strings.Contains(stderr, "--platform browser") {
		t.Errorf("nodejs glue for the browser: exit %d, %q", code, stderr)
	}
	code, _, stderr = run("build", example(t), "--out-dir", filepath.Join(t.TempDir(), "b"), "--platform", "browser", "--inline-wasm", "--format", "cjs")
	if code != 1 || !strings.Contains(stderr, "--format cjs needs --platform node") {
		t.Errorf("explicit format: exit %d, %q", code, stderr)
	}
}

func TestBuildReconstructNamesAClass(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run("build", example(t), "--out-dir", out, "--reconstruct", "Counter,Nope")
	if code != 1 || !strings.Contains(stderr, "--reconstruct Nope") || !strings.Contains(stderr, "its classes: Counter") {
		t.Fatalf("a name that is not a class: exit %d, stderr %q; want exit 1 naming the flag and the classes", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused build wrote %s", out)
	}
	if code, _, stderr := run("build", example(t), "--out-dir", out, "--reconstruct", "Counter", "-q"); code != 0 {
		t.Fatalf("--reconstruct Counter: exit %d: %s", code, stderr)
	}
	js, err := os.ReadFile(filepath.Join(out, "counter.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"reconstruct": true`) && !strings.Contains(string(js), `"reconstruct":true`) {
		t.Errorf("the Counter facade is not configured to reconstruct")
	}
}

// A library user's zero Options must build what the CLI builds without
// flags: the same defaults, not zero values that mean something else (a
// zero reinit limit once meant "no limit" while the CLI's is 10/60s).
func TestZeroOptionsAreTheCLIDefaults(t *testing.T) {
	tmp := t.TempDir()
	cli, lib := filepath.Join(tmp, "cli"), filepath.Join(tmp, "lib")
	if code, _, stderr := run("build", example(t), "--out-dir", cli, "-q"); code != 0 {
		t.Fatalf("CLI build: exit %d: %s", code, stderr)
	}
	if err := builder.Run(builder.Options{InDir: example(t), OutDir: lib}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(cli)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		a, _ := os.ReadFile(filepath.Join(cli, e.Name()))
		b, err := os.ReadFile(filepath.Join(lib, e.Name()))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between the CLI's defaults and builder.Options{} (%v)", e.Name(), err)
		}
	}
	if libEntries, _ := os.ReadDir(lib); len(libEntries) != len(entries) {
		t.Errorf("the CLI wrote %d files, builder.Options{} %d", len(entries), len(libEntries))
	}
	// And the limit itself is there: --reinit-limit 0 is the one way to
	// have none.
	js, _ := os.ReadFile(filepath.Join(lib, "counter.js"))
	// (esbuild prints 60000 as 6e4)
	if !regexp.MustCompile(`"reinitLimit": \{\s*"max": 10,\s*"windowMs": (60000|6e4)\s*\}`).Match(js) {
		t.Errorf("builder.Options{} has no 10/60s reinit limit")
	}
	none := filepath.Join(tmp, "none")
	if code, _, stderr := run("build", example(t), "--out-dir", none, "-q", "--reinit-limit", "0"); code != 0 {
		t.Fatalf("--reinit-limit 0: exit %d: %s", code, stderr)
	}
	js, _ = os.ReadFile(filepath.Join(none, "counter.js"))
	if !regexp.MustCompile(`"reinitLimit": \{\s*"max": 0,\s*"windowMs": 0\s*\}`).Match(js) {
		t.Errorf("--reinit-limit 0 still has a limit")
	}
}
