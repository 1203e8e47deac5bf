package wasmparse

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// FuzzParse checks that Parse never panics or hangs, that every error is a
// *FormatError pointing inside the input, and that on success the offsets in
// the File stay inside the input and the helpers do not panic.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"eh_none", "eh_legacy", "eh_exnref", "throw_only", "custom_sections"} {
		b, err := os.ReadFile(testassets.WAT(f, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	// A small real module: wasm-bindgen output with producers.
	oxc, err := os.ReadFile(filepath.Join(testassets.Package(f, "@oxc-parser/wasm", "node"), "oxc_parser_wasm_bg.wasm"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(oxc)
	f.Add(codeCase(0x1f, 0x40, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x0b, 0x0b))
	f.Add(funcModule(bs(0x01, 0x01, 0x63, 0x69), 0x0b))
	f.Add([]byte("\x00asm\x0d\x00\x01\x00"))

	f.Fuzz(func(t *testing.T, in []byte) {
		mod, err := Parse(in)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v (%T) is not a *FormatError", err, err)
			}
			if fe.Offset < 0 || fe.Offset > int64(len(in)) {
				t.Fatalf("error offset %d outside the %d-byte input: %v", fe.Offset, len(in), err)
			}
			_ = err.Error()
			return
		}
		size := int64(len(in))
		for _, s := range mod.Sections {
			if s.Offset < 0 || s.Offset+s.Size > size {
				t.Fatalf("section %v outside the input", s)
			}
		}
		for _, c := range mod.Code {
			if c.Offset < 0 || c.CodeOffset < c.Offset || c.Offset+c.Size > size || c.CodeOffset > c.Offset+c.Size {
				t.Fatalf("function body %+v outside the input", c)
			}
		}
		for _, d := range mod.Data {
			if d.Init < 0 || d.Init+d.Size > size {
				t.Fatalf("data segment %+v outside the input", d)
			}
		}
		// Helpers must cope with whatever indices the module holds.
		n := uint32(mod.ImportedCount(KindFunc) + len(mod.Functions))
		for i := uint32(0); i <= n && i < 1000; i++ {
			if ft, err := mod.FuncType(i); err == nil {
				_ = ft.String()
			}
			_ = mod.FuncName(i)
		}
		for i := uint32(0); i < uint32(mod.ImportedCount(KindTag)+len(mod.Tags))+1 && i < 1000; i++ {
			_, _ = mod.TagType(i)
		}
		for _, e := range mod.Exports {
			_, _ = mod.Export(e.Name)
			_ = e.Kind.String()
		}
		_ = mod.FuncrefTableEntries()
		_, _ = mod.Producer("processed-by", "wasm-bindgen")
		_ = mod.EH.String()
		for _, ft := range mod.Types {
			_ = ft.String()
		}
	})
}
