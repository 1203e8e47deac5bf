package glue

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, p, text string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDetectErrors(t *testing.T) {
	web := testassets.Package(t, "brotli-wasm", "pkg.web")
	photon := testassets.Package(t, "@silvia-odwyer/photon")

	cases := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to Detect
		want  []string                              // substrings of the one-line error
	}{
		{
			name:  "empty directory",
			setup: func(t *testing.T, dir string) string { return dir },
			want:  []string{"no wasm-bindgen output"},
		},
		{
			name: "no glue, only unrelated files",
			setup: func(t *testing.T, dir string) string {
				// the root of brotli-wasm: package.json and wrapper scripts, glue in subdirectories
				for _, f := range []string{"index.node.js", "index.web.js", "package.json"} {
					copyFile(t, filepath.Join(testassets.Package(t, "brotli-wasm"), f), filepath.Join(dir, f))
				}
				return dir
			},
			want: []string{"no wasm-bindgen output"},
		},
		{
			name: "not a directory",
			setup: func(t *testing.T, dir string) string {
				return filepath.Join(web, "brotli_wasm.js")
			},
			want: []string{"brotli_wasm.js", "is not a directory"},
		},
		{
			name:  "does not exist",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "nope") },
			want:  []string{"nope"},
		},
		{
			name: "glue whose wasm is missing",
			setup: func(t *testing.T, dir string) string {
				copyFile(t, filepath.Join(web, "brotli_wasm.js"), filepath.Join(dir, "brotli_wasm.js"))
				return dir
			},
			want: []string{"brotli_wasm.js", "loads brotli_wasm_bg.wasm", "missing"},
		},
		{
			name: "bundler glue whose wasm is missing",
			setup: func(t *testing.T, dir string) string {
				for _, f := range []string{"photon_rs.js", "photon_rs_bg.js"} {
					copyFile(t, filepath.Join(photon, f), filepath.Join(dir, f))
				}
				return dir
			},
			want: []string{"photon_rs_bg.wasm", "missing"},
		},
		{
			name: "wasm without its glue",
			setup: func(t *testing.T, dir string) string {
				copyFile(t, filepath.Join(web, "brotli_wasm_bg.wasm"), filepath.Join(dir, "brotli_wasm_bg.wasm"))
				return dir
			},
			want: []string{"brotli_wasm_bg.wasm", "brotli_wasm.js"},
		},
		{
			name: "several crates",
			setup: func(t *testing.T, dir string) string {
				for _, f := range []string{"brotli_wasm.js", "brotli_wasm_bg.wasm"} {
					copyFile(t, filepath.Join(web, f), filepath.Join(dir, f))
				}
				for _, f := range []string{"photon_rs.js", "photon_rs_bg.js", "photon_rs_bg.wasm"} {
					copyFile(t, filepath.Join(photon, f), filepath.Join(dir, f))
				}
				return dir
			},
			want: []string{"several wasm-bindgen crates", "brotli_wasm, photon_rs"},
		},
		{
			name: "a JS file of an unknown shape",
			setup: func(t *testing.T, dir string) string {
				writeFile(t, filepath.Join(dir, "odd.js"), "console.log('hello');\n")
				copyFile(t, filepath.Join(web, "brotli_wasm_bg.wasm"), filepath.Join(dir, "odd_bg.wasm"))
				return dir
			},
			want: []string{"odd.js", "not wasm-bindgen glue of a known shape"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.setup(t, t.TempDir())
			g, err := Detect(p)
			if err == nil {
				t.Fatalf("Detect(%s) = %s/%s, want an error", p, g.Name, g.Target)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans several lines: %q", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not mention %q", msg, w)
				}
			}
		})
	}
}

// The marker wbg-guard writes at the top of its own output is detected on
// real glue too, so `build` can refuse to guard its output again.
func TestDetectOwnOutputMarker(t *testing.T) {
	web := testassets.Package(t, "@oxc-parser/wasm", "web")
	dir := t.TempDir()
	for _, f := range []string{"oxc_parser_wasm_bg.wasm"} {
		copyFile(t, filepath.Join(web, f), filepath.Join(dir, f))
	}
	b, err := os.ReadFile(filepath.Join(web, "oxc_parser_wasm.js"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "oxc_parser_wasm.js"), "/* wbg-guard: v0 */\n"+string(b))
	g := detect(t, dir)
	if !g.Markers.Has(MarkWbgGuard) {
		t.Error("WbgGuard marker not set")
	}
	if g.Target != TargetWeb {
		t.Errorf("target %s", g.Target)
	}
	if detect(t, web).Markers.Has(MarkWbgGuard) {
		t.Error("WbgGuard set on unmodified glue")
	}
}

// Each file of the input is read once per build: the texts the detection
// read are the ones the build's later steps get, even if the file changes
// on disk in between.
func TestGlueTextsAreReadOnce(t *testing.T) {
	dir := t.TempDir()
	testassets.CopyDir(t, filepath.Join(testassets.Root(), "examples", "counter", "pkg"), dir)
	g, err := Detect(dir)
	if err != nil {
		t.Fatal(err)
	}
	before, ok := g.Cached(g.Entry)
	if !ok || !strings.Contains(before, "__wbg_") {
		t.Fatalf("the entry's text was not kept by the detection")
	}
	if err := os.WriteFile(filepath.Join(dir, g.Entry), []byte("// changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	after, err := g.Text(g.Entry)
	if err != nil || after != before {
		t.Errorf("Text read the entry again (%d bytes, %v)", len(after), err)
	}
}
