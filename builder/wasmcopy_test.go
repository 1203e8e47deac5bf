package builder

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The written module is a copy of the input file, byte for byte, although
// the build only mapped it.
func TestMappedModuleIsCopiedWhole(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := Run(Options{InDir: example(), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(example(), "counter_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "counter_bg.wasm"))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("the output's .wasm differs from the input's (%d vs %d bytes, %v)", len(got), len(want), err)
	}
	// The copy made while the build ran was moved into the output, not
	// left beside it; so is one whose build then fails (TestBadInputLeavesNothing).
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "out" {
			t.Errorf("left beside the output: %s", e.Name())
		}
	}
}
