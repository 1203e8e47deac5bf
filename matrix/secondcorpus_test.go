package matrix

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// TestSecondCorpus runs testdata/corpus/run.mjs: 34 real npm packages that
// ship wasm-bindgen output nobody here wrote, each directory guarded as the
// package ships it, each package's own workload run on the original and on
// the guarded copy in separate Node processes. Every build's outcome must be
// the reviewed one in testdata/corpus/expected.json.
func TestSecondCorpus(t *testing.T) {
	testassets.Tier2(t, "the second corpus (npm ci --prefix testdata/corpus) and Node")
	runSecondCorpus(t)
}

// TestSecondCorpusInDeno runs the same workloads in Deno (its Node
// compatibility layer), original and guarded: every outcome must be the
// one Node gives, which expected.json records, except those its "deno"
// section records (a deno-target glue, which Node cannot load).
func TestSecondCorpusInDeno(t *testing.T) {
	testassets.Tier2(t, "the second corpus (npm ci --prefix testdata/corpus) and Deno (npm ci --prefix testdata/matrix)")
	deno := filepath.Join(testassets.Root(), "testdata", "matrix", "node_modules", "@deno", "linux-x64-glibc", "deno")
	if _, err := os.Stat(deno); err != nil {
		t.Fatalf("deno is missing: run `npm ci --prefix testdata/matrix` (%v)", err)
	}
	runSecondCorpus(t, "--deno", deno)
}

// TestSecondCorpusInBun runs the same workloads in Bun. Where an original
// cannot run there (bundler-target glue importing its .wasm as an ES
// module), expected.json's "bun" section says so; every other outcome must
// be Node's. (JavaScriptCore's quotation of the calling expression at the
// end of a trap's message is left out of the comparison: run.mjs.)
func TestSecondCorpusInBun(t *testing.T) {
	testassets.Tier2(t, "the second corpus (npm ci --prefix testdata/corpus) and Bun (npm ci --prefix testdata/matrix)")
	bun := filepath.Join(testassets.Root(), "testdata", "matrix", "node_modules", ".bin", "bun")
	if _, err := os.Stat(bun); err != nil {
		t.Fatalf("bun is missing: run `npm ci --prefix testdata/matrix` (%v)", err)
	}
	runSecondCorpus(t, "--bun", bun)
}

// runSecondCorpus runs run.mjs (with extra arguments) on a fresh build of
// wbg-guard and checks every outcome against expected.json.
func runSecondCorpus(t *testing.T, extra ...string) {
	root := testassets.Root()
	corpus := filepath.Join(root, "testdata", "corpus")
	if _, err := os.Stat(filepath.Join(corpus, "node_modules")); err != nil {
		t.Fatalf("the second corpus is not installed: run `npm ci --prefix testdata/corpus` (%v)", err)
	}
	bin := filepath.Join(t.TempDir(), "wbg-guard")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	results := filepath.Join(t.TempDir(), "results.json")
	run := exec.Command("node", append([]string{"run.mjs", "--bin", bin, "--results", results}, extra...)...)
	run.Dir = corpus
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("run.mjs: %v\n%s", err, out)
	}
	t.Logf("%s", lastLines(string(out), 3))

	var got struct {
		Results []struct {
			Name, Pkg, Dir, Status, Error string
			Flags                         []string
			Isolated                      []string
		}
	}
	var want struct {
		Builds map[string]struct{ Status, Reason string }
		Bun    map[string]struct{ Status, Reason string }
		Deno   map[string]struct{ Status, Reason string }
	}
	readJSON(t, results, &got)
	readJSON(t, filepath.Join(corpus, "expected.json"), &want)
	// The runtime's section of expected.json replaces the outcomes that
	// differ there.
	if len(extra) > 0 {
		section, name := want.Bun, "bun"
		if extra[0] == "--deno" {
			section, name = want.Deno, "deno"
		}
		for label, w := range section {
			if _, ok := want.Builds[label]; !ok {
				t.Errorf("%s: in the %s section of expected.json, not among its builds", label, name)
			}
			want.Builds[label] = w
		}
	}

	seen := map[string]bool{}
	for _, r := range got.Results {
		label := r.Name + " " + r.Pkg + "/" + r.Dir
		if len(r.Flags) > 0 {
			label += " [" + strings.Join(r.Flags, " ") + "]"
		}
		if len(r.Isolated) > 0 {
			label += " [isolated: " + strings.Join(r.Isolated, " ") + "]"
		}
		seen[label] = true
		w, ok := want.Builds[label]
		if !ok {
			t.Errorf("%s: %s, and expected.json has no entry for it", label, r.Status)
			continue
		}
		if r.Status != w.Status {
			t.Errorf("%s: %s (%s), expected %s", label, r.Status, firstLine(r.Error), w.Status)
			continue
		}
		if w.Reason != "" && !strings.Contains(r.Error, w.Reason) {
			t.Errorf("%s: %s for another reason: %q, expected %q", label, r.Status, firstLine(r.Error), w.Reason)
		}
	}
	var missing []string
	for label := range want.Builds {
		if !seen[label] {
			missing = append(missing, label)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("%s: expected in the run, not there", m)
	}
}

func readJSON(t *testing.T, p string, v any) {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(fmt.Errorf("%s: %v", p, err))
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
