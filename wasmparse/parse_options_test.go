package wasmparse

import (
	"os"
	"strings"
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
	// Without tags the bodies are not even located.
	full, fast := parse("eh_none", Options{}), parse("eh_none", skip)
	if fast.EH != EHNone || fast.Code != nil || len(full.Code) == 0 || len(fast.Exports) != len(full.Exports) || len(fast.Functions) != len(full.Functions) {
		t.Errorf("eh_none: EH %v, %d bodies, %d exports, %d functions; full parse: %d bodies, %d exports, %d functions",
			fast.EH, len(fast.Code), len(fast.Exports), len(fast.Functions), len(full.Code), len(full.Exports), len(full.Functions))
	}
	// Their count is still checked.
	b, err := os.ReadFile(testassets.WAT(t, "eh_none"))
	if err != nil {
		t.Fatal(err)
	}
	var codeCount int64 = -1
	for _, sec := range full.Sections {
		if sec.ID == SectionCode {
			codeCount = sec.Offset
		}
	}
	if codeCount < 0 || b[codeCount] != byte(len(full.Code)) {
		t.Fatalf("cannot find the code section's count byte (%d)", codeCount)
	}
	bad := append([]byte{}, b...)
	bad[codeCount]++
	if _, err := ParseWith(bad, skip); err == nil || !strings.Contains(err.Error(), "function bodies") {
		t.Errorf("a code section with one body too many: %v, want the count mismatch", err)
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

func TestSkipNamesWithoutTags(t *testing.T) {
	opts := Options{SkipNamesWithoutTags: true}
	for _, c := range []struct {
		name      string
		wantNames bool
	}{{"eh_legacy", true}, {"eh_none", false}} {
		b, err := os.ReadFile(testassets.WAT(t, c.name))
		if err != nil {
			t.Fatal(err)
		}
		full, err := Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if full.Names == nil {
			t.Fatalf("%s: the fixture has a name section (wat2wasm --debug-names)", c.name)
		}
		f, err := ParseWith(b, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Names != nil; got != c.wantNames {
			t.Errorf("%s (%d tags): names read = %v, want %v", c.name, len(f.Tags)+f.ImportedCount(KindTag), got, c.wantNames)
		}
	}
}
