// Package examples holds the example packages that README.md runs. The test
// keeps each committed .wasm equal to what its WAT source compiles to, so the
// binary in the repository can always be rebuilt from reviewed text.
package examples

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func TestCommittedWasmMatchesWAT(t *testing.T) {
	for _, c := range []struct{ wat, wasm string }{
		{"counter/counter.wat", "counter/counter_bg.wasm"},
	} {
		out := filepath.Join(t.TempDir(), "out.wasm")
		cmd := exec.Command(testassets.Tool(t, "wat2wasm"), c.wat, "-o", out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("wat2wasm %s: %v\n%s", c.wat, err, msg)
		}
		want, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(c.wasm)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what %s compiles to: rebuild it with `wat2wasm %s -o %s`", c.wasm, c.wat, c.wat, c.wasm)
		}
	}
}
