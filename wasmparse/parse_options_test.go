package wasmparse

import (
	"os"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func TestSkipScanWithoutTags(t *testing.T) {
	parse := func(name string, o Options) *File {
		t.Helper()
		b, err := os.ReadFile(testassets.WAT(t, name))
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseWith(b, o)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	skip := Options{SkipScanWithoutTags: true}
	// Modules with tags are scanned as before: the dialect is still found.
	for _, c := range []struct {
		name string
		want EHDialect
	}{{"eh_legacy", EHLegacy}, {"eh_exnref", EHExnref}, {"throw_only", EHThrowOnly}} {
		if got := parse(c.name, skip).EH; got != c.want {
			t.Errorf("%s: EH %v with the option, want %v", c.name, got, c.want)
		}
	}
	// Without tags the bodies are located but not decoded.
	full, fast := parse("eh_none", Options{}), parse("eh_none", skip)
	if fast.EH != EHNone || len(fast.Code) != len(full.Code) || len(fast.Exports) != len(full.Exports) {
		t.Errorf("eh_none: EH %v, %d bodies, %d exports; full parse: %d bodies, %d exports",
			fast.EH, len(fast.Code), len(fast.Exports), len(full.Code), len(full.Exports))
	}
	if full.Code[0].CodeOffset == 0 || fast.Code[0].CodeOffset != 0 {
		t.Errorf("CodeOffset: full %d, skipped %d (the skipped scan does not decode locals)", full.Code[0].CodeOffset, fast.Code[0].CodeOffset)
	}
}
