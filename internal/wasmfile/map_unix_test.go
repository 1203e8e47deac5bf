//go:build unix

package wasmfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// A mapped module truncated by another process while it is parsed is an
// error, not a crash (reading past the new end of a mapping faults).
func TestTruncatedMappingIsAnError(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "examples", "counter", "pkg", "counter_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	// Large enough that the parse reads pages past the first one.
	big := append([]byte{}, src...)
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, big, 0o644); err != nil {
		t.Fatal(err)
	}
	b, release, err := Map(p)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if err := os.Truncate(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err = Parse(b, wasmparse.Options{Serial: true})
	if err == nil || !strings.Contains(err.Error(), "changed while it was read") {
		t.Fatalf("got %v, want the file-changed error", err)
	}
}
