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

func TestSkipNames(t *testing.T) {
	b, err := os.ReadFile(testassets.WAT(t, "eh_legacy"))
	if err != nil {
		t.Fatal(err)
	}
	full, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if full.Names == nil {
		t.Fatal("the fixture has a name section (wat2wasm --debug-names)")
	}
	f, err := ParseWith(b, Options{SkipNames: true})
	if err != nil {
		t.Fatal(err)
	}
	if f.Names != nil {
		t.Error("SkipNames still read the name section")
	}
	found := false
	for _, s := range f.Sections {
		found = found || s.Name == "name"
	}
	if !found {
		t.Error("the name section's header should still be listed")
	}
}
