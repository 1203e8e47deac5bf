package wasmparse

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// TestCommittedWATBinaries: each testdata/wat/<name>.wasm, which the unit
// tests read so that they need only Go, is what wabt's wat2wasm compiles its
// reviewed text to. (This test needs wabt, from testdata/npm.)
func TestCommittedWATBinaries(t *testing.T) {
	wats, err := filepath.Glob(filepath.Join(testassets.Root(), "testdata", "wat", "*.wat"))
	if err != nil || len(wats) == 0 {
		t.Fatalf("no WAT fixtures: %v", err)
	}
	for _, w := range wats {
		name := strings.TrimSuffix(filepath.Base(w), ".wat")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(testassets.WATFile(t, w))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(strings.TrimSuffix(w, ".wat") + ".wasm")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("testdata/wat/%s.wasm is not what %s.wat compiles to: wat2wasm --enable-all --debug-names testdata/wat/%s.wat -o testdata/wat/%s.wasm", name, name, name, name)
			}
		})
	}
}
