package wasmparse

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// TestParallelScanDeterministic corrupts two bodies of the Biome module
// (large enough for the parallel scan) and checks that Parse always reports
// the earlier one, exactly as a sequential scan does.
func TestParallelScanDeterministic(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join(testassets.Package(t, "@biomejs/wasm-nodejs"), "biome_wasm_bg.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(orig)
	if err != nil {
		t.Fatal(err)
	}
	imported := f.ImportedCount(KindFunc)
	early, late := len(f.Code)/3, len(f.Code)*9/10
	b := append([]byte(nil), orig...)
	b[f.Code[late].CodeOffset] = 0x17 // not an opcode
	b[f.Code[early].CodeOffset] = 0x17
	want := &FormatError{Section: "code", Offset: f.Code[early].CodeOffset,
		Msg: "function " + strconv.FormatInt(int64(imported+early), 10) + ": unknown opcode 0x17 at offset " + strconv.FormatInt(f.Code[early].CodeOffset, 10)}
	_, seqErr := scanRange(b, append([]FuncBody(nil), f.Code...), uint32(imported))
	if seqErr == nil || seqErr.Error() != want.Error() {
		t.Fatalf("sequential scan: %v, want %v", seqErr, want)
	}
	for i := 0; i < 5; i++ {
		_, err := Parse(b)
		if err == nil || err.Error() != want.Error() {
			t.Fatalf("run %d: %v, want %v", i, err, want)
		}
	}
	// Only the late body broken: that one is reported.
	b[f.Code[early].CodeOffset] = orig[f.Code[early].CodeOffset]
	if _, err := Parse(b); err == nil || err.(*FormatError).Offset != f.Code[late].CodeOffset {
		t.Fatalf("late corruption: %v", err)
	}
}
