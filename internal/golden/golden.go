// Package golden compares test output with reviewed files under golden/.
// `go test ./... -update` rewrites them; the diff is then reviewed like code.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

var update = flag.Bool("update", false, "rewrite the golden files under golden/ with the current output")

// Check compares got with golden/<name>, or rewrites the file with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join(testassets.Root(), "golden", filepath.FromSlash(name))
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file missing: %v (run the test with -update and review the new file)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from golden/%s (run with -update and review the diff):\n%s", name, firstDifference(string(want), string(got)))
	}
}

// firstDifference shows the first differing line with a little context.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(only trailing differences)"
}
