package wasmparse

import (
	"errors"
	"os"
	"reflect"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// openFixture compiles testdata/wat/<name>.wat and parses it.
func openFixture(t testing.TB, name string) (*File, []byte) {
	t.Helper()
	path := testassets.WAT(t, name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f, b
}

func sigs(t *testing.T, f *File, get func(uint32) (FuncType, error), idx ...uint32) []string {
	t.Helper()
	var out []string
	for _, i := range idx {
		ft, err := get(i)
		if err != nil {
			t.Fatalf("index %d: %v", i, err)
		}
		out = append(out, ft.String())
	}
	return out
}

func eq[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}

func TestFixtureEHLegacy(t *testing.T) {
	f, _ := openFixture(t, "eh_legacy")
	eq(t, "EH", f.EH, EHLegacy)
	eq(t, "EH.String", f.EH.String(), "legacy")
	eq(t, "Imports", f.Imports, []Import{
		{Module: "env", Name: "__cpp_exception", Kind: KindTag, Tag: TagType{Attribute: 0, TypeIndex: 0}},
		{Module: "env", Name: "log", Kind: KindFunc, Func: 0},
	})
	eq(t, "ImportedCount(tag)", f.ImportedCount(KindTag), 1)
	eq(t, "ImportedCount(func)", f.ImportedCount(KindFunc), 1)
	eq(t, "ImportedCount(memory)", f.ImportedCount(KindMemory), 0)
	eq(t, "Functions", f.Functions, []uint32{0, 3, 2, 2})
	eq(t, "Tags", f.Tags, []TagType{{0, 1}, {0, 2}})
	eq(t, "tag signatures", sigs(t, f, f.TagType, 0, 1, 2), []string{"(i32) -> ()", "(i64, f32) -> ()", "() -> ()"})
	if _, err := f.TagType(3); err == nil {
		t.Error("TagType(3) succeeded; the module has 3 tags")
	}
	eq(t, "func signatures", sigs(t, f, f.FuncType, 0, 1, 2, 3, 4),
		[]string{"(i32) -> ()", "(i32) -> ()", "(i32) -> (i32)", "() -> ()", "() -> ()"})
	if _, err := f.FuncType(5); err == nil {
		t.Error("FuncType(5) succeeded; the module has 5 functions")
	}
	eq(t, "Exports", f.Exports, []Export{
		{"my_tag", KindTag, 2}, {"memory", KindMemory, 0}, {"may_throw", KindFunc, 1},
		{"catcher", KindFunc, 2}, {"delegator", KindFunc, 4},
	})
	if e, ok := f.Export("my_tag"); !ok || e.Kind.String() != "tag" || e.Index != 2 {
		t.Errorf(`Export("my_tag") = %v, %v`, e, ok)
	}
	if _, ok := f.Export("nope"); ok {
		t.Error(`Export("nope") found`)
	}
	eq(t, "FuncName(1)", f.FuncName(1), "may_throw")
	eq(t, "FuncName(0)", f.FuncName(0), "log")
	eq(t, "FuncName(99)", f.FuncName(99), "")
	eq(t, "tag names", f.Names.Tags, map[uint32]string{0: "cpp_exception", 1: "local", 2: "exported"})
	eq(t, "memories", f.Memories, []MemoryType{{Limits{Min: 1}}})
	// Body sizes as wasm-objdump reports them.
	var sizes []int64
	for _, c := range f.Code {
		sizes = append(sizes, c.Size)
	}
	eq(t, "body sizes", sizes, []int64{12, 22, 16, 13})
}

func TestFixtureEHExnref(t *testing.T) {
	f, _ := openFixture(t, "eh_exnref")
	eq(t, "EH", f.EH, EHExnref)
	eq(t, "EH.String", f.EH.String(), "exnref")
	eq(t, "types", []string{f.Types[0].String(), f.Types[1].String(), f.Types[2].String()},
		[]string{"(i32) -> ()", "(i32) -> (i32)", "() -> (i32, exnref)"})
	eq(t, "Exports", f.Exports, []Export{{"e", KindTag, 0}, {"thrower", KindFunc, 0}, {"handler", KindFunc, 1}})
	eq(t, "locals of handler", f.Code[1].NumLocals, uint32(1))
	eq(t, "locals of thrower", f.Code[0].NumLocals, uint32(0))
	eq(t, "TagType(0)", sigs(t, f, f.TagType, 0), []string{"(i32) -> ()"})
	eq(t, "Names.Module", f.Names.Module, "")
}

func TestFixtureThrowOnly(t *testing.T) {
	f, _ := openFixture(t, "throw_only")
	eq(t, "EH", f.EH, EHThrowOnly)
	eq(t, "EH.String", f.EH.String(), "throw-only")
	eq(t, "TagType(0)", sigs(t, f, f.TagType, 0), []string{"(i32, i32) -> ()"})
	eq(t, "Exports", f.Exports, []Export{{"abort_tag", KindTag, 0}, {"fail", KindFunc, 0}})
}

func TestFixtureEHNone(t *testing.T) {
	f, b := openFixture(t, "eh_none")
	eq(t, "EH", f.EH, EHNone)
	eq(t, "EH.String", f.EH.String(), "none")
	eq(t, "Imports", f.Imports, []Import{
		{Module: "env", Name: "abort", Kind: KindFunc, Func: 1},
		{Module: "env", Name: "table_base", Kind: KindGlobal, Global: GlobalType{Type: I32}},
	})
	eq(t, "Memories", f.Memories, []MemoryType{
		{Limits{Min: 1, Max: 2, HasMax: true, Shared: true}},
		{Limits{Min: 1, Is64: true}},
	})
	eq(t, "Tables", f.Tables, []TableType{{Elem: FuncRef, Limits: Limits{Min: 8}}})
	eq(t, "Globals", f.Globals, []GlobalType{{I32, true}, {I64, false}, {V128, false}, {FuncRef, false}})
	eq(t, "GlobalInits", f.GlobalInits, []ConstExpr{{ConstI32, 42}, {ConstI64, -1}, {ConstOther, 0}, {ConstOther, 0}})
	if f.Start == nil || *f.Start != 4 {
		t.Errorf("Start = %v, want 4", f.Start)
	}
	eq(t, "Elements", f.Elements, []ElementSegment{
		{Mode: ElementActive, Table: 0, Offset: ConstExpr{ConstI32, 1}, Type: FuncRef, Funcs: []int64{1, 2}},
		{Mode: ElementActive, Table: 0, Offset: ConstExpr{ConstGlobal, 0}, Type: FuncRef, Funcs: []int64{2}},
		{Mode: ElementPassive, Type: FuncRef, Funcs: []int64{1, -1}},
		{Mode: ElementDeclarative, Type: FuncRef, Funcs: []int64{4}},
	})
	// The segment at global.get $table_base (an import) is unknown until
	// instantiation and left out.
	entries := f.FuncrefTableEntries()
	eq(t, "FuncrefTableEntries", entries, []TableEntry{{0, 1, 1}, {0, 2, 2}})
	for _, e := range entries {
		ft, err := f.FuncType(e.Func)
		if err != nil || ft.String() != "(i32, i32) -> (i32)" {
			t.Errorf("FuncType(%d) = %v, %v", e.Func, ft, err)
		}
	}
	if f.DataCount == nil || *f.DataCount != 3 {
		t.Errorf("DataCount = %v, want 3", f.DataCount)
	}
	if len(f.Data) != 3 {
		t.Fatalf("%d data segments, want 3", len(f.Data))
	}
	eq(t, "data modes", []DataMode{f.Data[0].Mode, f.Data[1].Mode, f.Data[2].Mode}, []DataMode{DataActive, DataPassive, DataActive})
	eq(t, "data memories", []uint32{f.Data[0].Memory, f.Data[1].Memory, f.Data[2].Memory}, []uint32{0, 0, 1})
	eq(t, "data offsets", []ConstExpr{f.Data[0].Offset, f.Data[2].Offset}, []ConstExpr{{ConstI32, 16}, {ConstI64, 0}})
	for i, want := range []string{"hello", "passive bytes", "m64"} {
		d := f.Data[i]
		eq(t, "data bytes", string(b[d.Init:d.Init+d.Size]), want)
	}
	eq(t, "signatures", sigs(t, f, f.FuncType, 0, 1, 5, 6, 8),
		[]string{"(i32) -> ()", "(i32, i32) -> (i32)", "(i32) -> (i32, i32)", "(i32, i32, i32) -> (i32)", "(i32) -> (i32)"})
	eq(t, "FuncName(10)", f.FuncName(10), "atomics")
	eq(t, "len(Exports)", len(f.Exports), 8)
	eq(t, "locals", []uint32{f.Code[4].NumLocals, f.Code[7].NumLocals}, []uint32{1, 1})
	// Section order as written by wat2wasm, data count before code.
	var ids []SectionID
	for _, s := range f.Sections {
		ids = append(ids, s.ID)
	}
	eq(t, "section ids", ids, []SectionID{SectionType, SectionImport, SectionFunction, SectionTable, SectionMemory,
		SectionGlobal, SectionExport, SectionStart, SectionElement, SectionDataCount, SectionCode, SectionData, SectionCustom})
}

func TestFixtureCustomSections(t *testing.T) {
	f, _ := openFixture(t, "custom_sections")
	eq(t, "Producers", f.Producers, []ProducerField{
		{Name: "language", Values: []ProducerValue{{"Rust", ""}}},
		{Name: "processed-by", Values: []ProducerValue{{"rustc", "1.80.0"}, {"walrus", "0.20.3"}, {"wasm-bindgen", "0.2.92 (abcdef)"}}},
	})
	v, ok := f.Producer("processed-by", "wasm-bindgen")
	eq(t, "Producer(processed-by, wasm-bindgen)", v, "0.2.92 (abcdef)")
	eq(t, "found", ok, true)
	if _, ok := f.Producer("processed-by", "wasm-opt"); ok {
		t.Error("Producer(processed-by, wasm-opt) found")
	}
	eq(t, "TargetFeatures", f.TargetFeatures, []Feature{{'+', "mutable-globals"}, {'+', "sign-ext"}, {'-', "exception-handling"}})
	var unknown *SectionHeader
	for i, s := range f.Sections {
		if s.ID == SectionCustom && s.Name == "wbg-guard-unknown" {
			unknown = &f.Sections[i]
		}
	}
	if unknown == nil {
		t.Fatal("unknown custom section not listed in Sections")
	}
	// Payload = name length byte + 17-byte name + 4 bytes.
	eq(t, "unknown section size", unknown.Size, int64(1+17+4))
	eq(t, "EH", f.EH, EHNone)
}

// TestRealPackages pins facts about the real wasm-bindgen modules.
func TestRealPackages(t *testing.T) {
	cases := []struct {
		pkg, sub, file string
		funcs          int
		wasmBindgen    string
	}{
		{"@biomejs/wasm-nodejs", "", "biome_wasm_bg.wasm", 35823, "0.2.117 (fb403cfef)"},
		{"@oxc-parser/wasm", "node", "oxc_parser_wasm_bg.wasm", 805, "0.2.100 (2405ec2b4)"},
		{"brotli-wasm", "pkg.node", "brotli_wasm_bg.wasm", 944, "0.2.80 (4caa98165)"},
		{"@automerge/automerge-wasm", "nodejs", "automerge_wasm_bg.wasm", 2257, "0.2.92"},
	}
	for _, c := range cases {
		t.Run(c.pkg, func(t *testing.T) {
			path := testassets.Package(t, c.pkg, c.sub) + "/" + c.file
			f, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "functions", len(f.Functions), c.funcs)
			eq(t, "code bodies", len(f.Code), c.funcs)
			v, _ := f.Producer("processed-by", "wasm-bindgen")
			eq(t, "wasm-bindgen version", v, c.wasmBindgen)
			eq(t, "EH", f.EH, EHNone)
			entries := f.FuncrefTableEntries()
			if len(entries) == 0 {
				t.Error("no funcref table entries")
			}
			for _, e := range entries {
				if _, err := f.FuncType(e.Func); err != nil {
					t.Fatalf("table entry %+v: %v", e, err)
				}
			}
			for _, e := range f.Exports {
				if e.Kind == KindFunc {
					if _, err := f.FuncType(e.Index); err != nil {
						t.Fatalf("export %q: %v", e.Name, err)
					}
				}
			}
		})
	}
}

func TestOpenWrapsErrors(t *testing.T) {
	path := t.TempDir() + "/bad.wasm"
	if err := os.WriteFile(path, []byte("\x00asm\x01\x00\x00\x00\x01\x05\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	var fe *FormatError
	if !errors.As(err, &fe) {
		t.Fatalf("Open error %v is not a *FormatError", err)
	}
	want := path + ": wasm type section at offset 9: section length 5 runs past the end of the file (payload at offset 10, file size 11)"
	eq(t, "error", err.Error(), want)
	if _, err := Open(t.TempDir() + "/missing.wasm"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v, want ErrNotExist", err)
	}
}
