// Package testassets finds the test inputs that are installed rather than
// committed: the real wasm-bindgen packages and the wabt tools from
// testdata/npm (installed by `npm ci --prefix testdata/npm`, see .ci/run), and
// the synthetic WAT fixtures in testdata/wat, compiled on demand with wabt.
//
// Tests come in two tiers. Tier 1 needs nothing but Go and the repository:
// `go test -short ./...` runs it on a fresh clone. Tier 2 needs installed
// assets (the npm packages and wabt, Node, the other runtimes): under -short
// its tests are skipped, each saying what it needs; without -short (as
// .ci/run runs them) a missing asset fails the test with the command that
// installs it: a test that silently skipped because the corpus was absent
// would report coverage it did not have.
package testassets

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Root is the repository root, found from this file's location so that tests
// in any package agree on it.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Tier2 marks a test that needs installed assets (what: e.g. "Node", "the
// npm test assets"): skipped under -short, run otherwise.
func Tier2(tb testing.TB, what string) {
	tb.Helper()
	if testing.Short() {
		tb.Skipf("tier 2: needs %s (skipped under -short; .ci/run installs it and runs this tier)", what)
	}
}

// NodeModules returns testdata/npm/node_modules, failing the test if the npm
// assets are not installed (tier 2).
func NodeModules(tb testing.TB) string {
	tb.Helper()
	Tier2(tb, "the npm test assets (npm ci --prefix testdata/npm)")
	dir := filepath.Join(Root(), "testdata", "npm", "node_modules")
	if _, err := os.Stat(filepath.Join(dir, "wabt")); err != nil {
		tb.Fatalf("test assets are not installed: run `npm ci --prefix testdata/npm` (%v)", err)
	}
	return dir
}

// Package returns the directory of an installed npm package, e.g.
// Package(t, "brotli-wasm", "pkg.node").
func Package(tb testing.TB, name string, sub ...string) string {
	tb.Helper()
	dir := filepath.Join(append([]string{NodeModules(tb), name}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("npm test asset %s is missing: run `npm ci --prefix testdata/npm` (%v)", name, err)
	}
	return dir
}

// CorpusPackage returns the directory of a package of the second corpus
// (testdata/corpus, installed by `npm ci --prefix testdata/corpus`), e.g.
// CorpusPackage(t, "loro-crdt", "nodejs"); tier 2.
func CorpusPackage(tb testing.TB, name string, sub ...string) string {
	tb.Helper()
	Tier2(tb, "the second corpus (npm ci --prefix testdata/corpus)")
	dir := filepath.Join(append([]string{Root(), "testdata", "corpus", "node_modules", name}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("second-corpus package %s is missing: run `npm ci --prefix testdata/corpus` (%v)", name, err)
	}
	return dir
}

// Tool returns the path of a wabt command-line tool (wat2wasm, wasm-objdump...).
func Tool(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(NodeModules(tb), ".bin", name)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("tool %s is missing: run `npm ci --prefix testdata/npm` (%v)", name, err)
	}
	return p
}

var compileMu sync.Mutex

// WAT returns the path of testdata/wat/<name>.wasm, the committed binary of
// testdata/wat/<name>.wat (wat2wasm --enable-all --debug-names), so that the
// parser's unit tests need nothing but Go. wasmparse's
// TestCommittedWATBinaries keeps each binary equal to what wabt compiles its
// text to.
func WAT(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(Root(), "testdata", "wat", name+".wasm")
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("WAT fixture: %v (compile it: wat2wasm --enable-all --debug-names testdata/wat/%s.wat -o %s)", err, name, p)
	}
	return p
}

// WATFile compiles the .wat file at path (absolute, or relative to the
// repository root) the way WAT does, for fixtures that live next to other
// files rather than in testdata/wat (e.g. testdata/glue/<case>/<n>_bg.wat).
// The result is cached in testdata/wat/build under the file's base name and
// the hash of its text.
func WATFile(tb testing.TB, path string) string {
	tb.Helper()
	if !filepath.IsAbs(path) {
		path = filepath.Join(Root(), path)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("WAT fixture: %v", err)
	}
	sum := sha256.Sum256(text)
	base := strings.TrimSuffix(filepath.Base(path), ".wat")
	out := filepath.Join(Root(), "testdata", "wat", "build", base+"-"+hex.EncodeToString(sum[:6])+".wasm")
	compileMu.Lock()
	defer compileMu.Unlock()
	if _, err := os.Stat(out); err == nil {
		return out
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		tb.Fatal(err)
	}
	tmp := out + ".tmp"
	cmd := exec.Command(Tool(tb, "wat2wasm"), "--enable-all", "--debug-names", path, "-o", tmp)
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("wat2wasm %s: %v\n%s", path, err, strings.TrimSpace(string(msg)))
	}
	if err := os.Rename(tmp, out); err != nil {
		tb.Fatal(err)
	}
	return out
}

// GlueCase copies the synthetic glue case testdata/glue/<name> into a
// temporary directory and compiles its <n>_bg.wat into <n>_bg.wasm there, so
// that the directory looks like real wasm-bindgen output.
func GlueCase(tb testing.TB, name string) string {
	tb.Helper()
	src := filepath.Join(Root(), "testdata", "glue", name)
	dst := filepath.Join(tb.TempDir(), name)
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		if strings.HasSuffix(p, "_bg.wat") {
			out = strings.TrimSuffix(out, ".wat") + ".wasm"
			p = WATFile(tb, p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dst
}

// CorpusDir is one target directory of the npm corpus (testdata/npm).
type CorpusDir struct {
	Name     string // short name used in test and golden file names
	Pkg, Sub string // npm package and the directory in it ("" for the root)
}

// Corpus lists every target directory the npm test assets ship.
var Corpus = []CorpusDir{
	{"brotli-bundler", "brotli-wasm", "pkg.bundler"},
	{"brotli-nodejs", "brotli-wasm", "pkg.node"},
	{"brotli-web", "brotli-wasm", "pkg.web"},
	{"photon-bundler", "@silvia-odwyer/photon", ""},
	{"automerge-bundler", "@automerge/automerge-wasm", "bundler"},
	{"automerge-deno", "@automerge/automerge-wasm", "deno"},
	{"automerge-nodejs", "@automerge/automerge-wasm", "nodejs"},
	{"automerge-web", "@automerge/automerge-wasm", "web"},
	{"oxc-nodejs", "@oxc-parser/wasm", "node"},
	{"oxc-web", "@oxc-parser/wasm", "web"},
	{"biome-nodejs", "@biomejs/wasm-nodejs", ""},
	{"biome-web", "@biomejs/wasm-web", ""},
}

// Dir returns the installed directory of c.
func (c CorpusDir) Dir(tb testing.TB) string {
	tb.Helper()
	if c.Sub == "" {
		return Package(tb, c.Pkg)
	}
	return Package(tb, c.Pkg, c.Sub)
}

// CopyDir copies a directory tree (small fixtures only).
func CopyDir(tb testing.TB, from, to string) {
	tb.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
}
