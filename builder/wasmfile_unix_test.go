//go:build unix

package builder

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/wasmparse"
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

// A mapped module truncated by another process while it is parsed is an
// error, not a crash (reading past the new end of a mapping faults).
func TestTruncatedMappingIsAnError(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(example(), "counter_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	// Large enough that the parse reads pages past the first one.
	big := append([]byte{}, src...)
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, big, 0o644); err != nil {
		t.Fatal(err)
	}
	b, release, err := mapFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if err := os.Truncate(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err = parseModule(b, wasmparse.Options{Serial: true})
	if err == nil || !strings.Contains(err.Error(), "changed while it was read") {
		t.Fatalf("got %v, want the file-changed error", err)
	}
}
