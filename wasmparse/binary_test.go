package wasmparse

import (
	"testing"
)

// Modules built byte by byte for constructs wat2wasm (wabt 1.0.37) cannot
// write: typed function references, GC instructions, tables with
// initialisers, every element segment encoding, custom page sizes.

func TestTypedFunctionReferences(t *testing.T) {
	refNull0 := bs(0x63, 0x00) // (ref null $0)
	code := cat(
		bs(0x02, 0x40),                   // block
		bs(0x20, 0x00, 0xd5, 0x00),       //   local.get 0, br_on_null 0
		bs(0xd4),                         //   ref.as_non_null
		bs(0x1a),                         //   drop
		bs(0x20, 0x01, 0x20, 0x00),       //   local.get 1, local.get 0
		bs(0x14, 0x00, 0x1a),             //   call_ref $0, drop
		bs(0x20, 0x00, 0xd6, 0x00),       //   local.get 0, br_on_non_null 0
		bs(0x1a),                         //   drop
		bs(0x0b),                         // end
		bs(0x02, 0x64, 0x00),             // block (result (ref $0))
		bs(0xd2, 0x00),                   //   ref.func 0
		bs(0x0b),                         // end
		bs(0xd0, 0x00, 0xd3, 0x1a),       // ref.null $0, ref.eq, drop
		bs(0xd0, 0x70, 0xd1, 0x1a),       // ref.null func, ref.is_null, drop
		bs(0xfb, 0x1c, 0xfb, 0x1d, 0x1a), // i32.const ... ref.i31, i31.get_s, drop (stack typing is not checked)
		bs(0xfb, 0x14, 0x6e, 0x1a),       // ref.test any, drop
		bs(0x02, 0x40, 0xfb, 0x18, 0x03, 0x00, 0x6e, 0x6c, 0x0b), // block br_on_cast 3 0 any i31 end
		bs(0xfb, 0x08, 0x00, 0x02, 0x1a),                         // array.new_fixed $0 2, drop
		bs(0x20, 0x01, 0x20, 0x00, 0x15, 0x00),                   // local.get 1, local.get 0, return_call_ref $0
		bs(0x0b),
	)
	in := newMod().
		section(1, vec(
			bs(0x60, 0x01, 0x7f, 0x01, 0x7f),                    // $0: (i32) -> (i32)
			cat(bs(0x60, 0x02), refNull0, bs(0x7f, 0x01, 0x7f)), // $1: ((ref null $0), i32) -> (i32)
		)).
		section(3, vec(bs(0x01))).
		// table (ref $0) with an initialiser: 0x40 0x00 reftype limits expr
		section(4, vec(bs(0x40, 0x00, 0x64, 0x00, 0x00, 0x01, 0xd2, 0x00, 0x0b))).
		section(10, vec(body(bs(0x01, 0x01, 0x63, 0x00), code...))).
		bytes()
	f, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "type 1", f.Types[1].String(), "((ref null $0), i32) -> (i32)")
	eq(t, "table", f.Tables, []TableType{{Elem: ValType{Code: 0x64, HeapType: 0}, Limits: Limits{Min: 1}}})
	eq(t, "table elem string", f.Tables[0].Elem.String(), "(ref $0)")
	eq(t, "NumLocals", f.Code[0].NumLocals, uint32(1))
	eq(t, "EH", f.EH, EHNone)
	eq(t, "TypedRefs", f.TypedRefs, true)
}

// TestTypedRefsFromDeclaredTypes: File.TypedRefs says a declared type needs
// the typed function references or GC proposals; the abbreviated funcref
// and externref, and exception references, do not.
func TestTypedRefsFromDeclaredTypes(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []byte
		want bool
	}{
		{"a (ref $0) parameter", newMod().section(1, vec(bs(0x60, 0x00, 0x00), bs(0x60, 0x01, 0x64, 0x00, 0x00))).bytes(), true},
		{"a (ref null extern) result", newMod().section(1, vec(bs(0x60, 0x00, 0x01, 0x63, 0x6f))).bytes(), true},
		{"an anyref global", newMod().section(6, vec(bs(0x6e, 0x00, 0xd0, 0x6e, 0x0b))).bytes(), true},
		{"funcref and externref", newMod().section(1, vec(bs(0x60, 0x02, 0x70, 0x6f, 0x01, 0x7f))).section(4, vec(bs(0x70, 0x00, 0x01))).bytes(), false},
		{"an exnref global", newMod().section(6, vec(bs(0x69, 0x00, 0xd0, 0x69, 0x0b))).bytes(), false},
		{"a (ref null exn) parameter", newMod().section(1, vec(bs(0x60, 0x01, 0x63, 0x69, 0x00))).bytes(), false},
	} {
		f, err := Parse(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		eq(t, c.name, f.TypedRefs, c.want)
	}
}

func TestValTypeStrings(t *testing.T) {
	cases := map[ValType]string{
		I32: "i32", I64: "i64", F32: "f32", F64: "f64", V128: "v128",
		FuncRef: "funcref", ExternRef: "externref", ExnRef: "exnref",
		{Code: 0x6e}:                "anyref",
		{Code: 0x74}:                "nullexnref",
		{Code: 0x63, HeapType: 3}:   "(ref null $3)",
		{Code: 0x64, HeapType: -16}: "(ref func)",
		{Code: 0x63, HeapType: -23}: "(ref null exn)",
		{Code: 0x63, HeapType: -17}: "(ref null extern)",
		{Code: 0x01}:                "ValType(0x1)",
		{Code: 0x63, HeapType: -99}: "(ref null heap(-99))",
	}
	for vt, want := range cases {
		eq(t, "String", vt.String(), want)
	}
	eq(t, "FuncType", FuncType{Params: []ValType{I32, I32}, Results: []ValType{I32}}.String(), "(i32, i32) -> (i32)")
	eq(t, "empty FuncType", FuncType{}.String(), "() -> ()")
	for k, want := range map[ExternalKind]string{KindFunc: "func", KindTable: "table", KindMemory: "memory", KindGlobal: "global", KindTag: "tag", 9: "ExternalKind(0x9)"} {
		eq(t, "ExternalKind", k.String(), want)
	}
	for d, want := range map[EHDialect]string{EHNone: "none", EHLegacy: "legacy", EHExnref: "exnref", EHLegacy | EHExnref: "legacy+exnref", EHThrowOnly: "throw-only"} {
		eq(t, "EHDialect", d.String(), want)
	}
	eq(t, "SectionID", SectionTag.String(), "tag")
}

// TestExnrefFromTypes: an exnref anywhere in the declared types marks the
// module as using the exnref dialect even without try_table in the code.
func TestExnrefFromTypes(t *testing.T) {
	global := newMod().section(6, vec(bs(0x69, 0x00, 0xd0, 0x69, 0x0b))).bytes()
	f, err := Parse(global)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "exnref global", f.EH, EHExnref)
	eq(t, "global type", f.Globals[0].Type.String(), "exnref")

	local := funcModule(bs(0x01, 0x01, 0x63, 0x69), 0x0b) // (local (ref null exn))
	if f, err = Parse(local); err != nil {
		t.Fatal(err)
	}
	eq(t, "exn local", f.EH, EHExnref)

	both := funcModule(bs(0x00), 0x06, 0x40, 0x1f, 0x40, 0x00, 0x0b, 0x19, 0x0b, 0x0b) // try (try_table end) catch_all end
	if f, err = Parse(both); err != nil {
		t.Fatal(err)
	}
	eq(t, "both dialects", f.EH, EHLegacy|EHExnref)
	eq(t, "both dialects string", f.EH.String(), "legacy+exnref")
}

func TestElementEncodings(t *testing.T) {
	i32 := func(v int64) []byte { return cat(bs(0x41), sleb(v), bs(0x0b)) }
	refFunc := func(i uint64) []byte { return cat(bs(0xd2), uleb(i), bs(0x0b)) }
	refNull := bs(0xd0, 0x70, 0x0b)
	segs := vec(
		cat(bs(0x00), i32(1), vec(uleb(0), uleb(1))),                            // 0: active table 0, indices
		cat(bs(0x01, 0x00), vec(uleb(1))),                                       // 1: passive, elemkind, indices
		cat(bs(0x02), uleb(1), i32(-2), bs(0x00), vec(uleb(1), uleb(0))),        // 2: active table 1, elemkind, indices
		cat(bs(0x03, 0x00), vec(uleb(0))),                                       // 3: declarative, elemkind, indices
		cat(bs(0x04), i32(4), vec(refFunc(1), refNull)),                         // 4: active table 0, exprs
		cat(bs(0x05, 0x70), vec(refNull, refFunc(0))),                           // 5: passive, reftype, exprs
		cat(bs(0x06), uleb(1), bs(0x23, 0x00, 0x0b), bs(0x70), vec(refFunc(1))), // 6: active table 1 at global 0, exprs
		cat(bs(0x07, 0x70), vec(refFunc(1))),                                    // 7: declarative, reftype, exprs
	)
	in := newMod().
		section(1, vec(bs(0x60, 0x00, 0x00), bs(0x60, 0x01, 0x7f, 0x00))).
		section(3, vec(bs(0x00), bs(0x01))).
		section(4, vec(bs(0x70, 0x00, 0x10), bs(0x70, 0x00, 0x10))).
		section(6, vec(bs(0x7f, 0x00, 0x41, 0x08, 0x0b))). // global 0: immutable i32 8
		section(9, segs).
		section(10, vec(body(bs(0x00), 0x0b), body(bs(0x00), 0x0b))).
		bytes()
	f, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "Elements", f.Elements, []ElementSegment{
		{Mode: ElementActive, Table: 0, Offset: ConstExpr{ConstI32, 1}, Type: FuncRef, Funcs: []int64{0, 1}},
		{Mode: ElementPassive, Type: FuncRef, Funcs: []int64{1}},
		{Mode: ElementActive, Table: 1, Offset: ConstExpr{ConstI32, -2}, Type: FuncRef, Funcs: []int64{1, 0}},
		{Mode: ElementDeclarative, Type: FuncRef, Funcs: []int64{0}},
		{Mode: ElementActive, Table: 0, Offset: ConstExpr{ConstI32, 4}, Type: FuncRef, Funcs: []int64{1, -1}},
		{Mode: ElementPassive, Type: FuncRef, Funcs: []int64{-1, 0}},
		{Mode: ElementActive, Table: 1, Offset: ConstExpr{ConstGlobal, 0}, Type: FuncRef, Funcs: []int64{1}},
		{Mode: ElementDeclarative, Type: FuncRef, Funcs: []int64{1}},
	})
	// i32 offsets are unsigned (-2 is slot 2^32-2); global 0 is an
	// immutable defined global initialised to 8, so segment 6 resolves.
	eq(t, "FuncrefTableEntries", f.FuncrefTableEntries(), []TableEntry{
		{0, 1, 0}, {0, 2, 1},
		{1, 0xfffffffe, 1}, {1, 0xffffffff, 0},
		{0, 4, 1},
		{1, 8, 1},
	})
	ft, err := f.FuncType(1)
	eq(t, "FuncType(1)", ft.String(), "(i32) -> ()")
	eq(t, "err", err, nil)
}

func TestLimitsAndDataModes(t *testing.T) {
	in := newMod().
		section(5, vec(
			bs(0x00, 0x01),                          // min 1
			bs(0x01, 0x01, 0x02),                    // min 1 max 2
			bs(0x03, 0x01, 0x02),                    // shared
			cat(bs(0x05), uleb(1<<40), uleb(1<<41)), // memory64 with u64 bounds
			bs(0x08, 0x01, 0x00),                    // custom page size 2^0
		)).
		section(12, uleb(3)).
		section(11, vec(
			cat(bs(0x00, 0x41, 0x10, 0x0b), str("abc")),
			cat(bs(0x01), str("")),
			cat(bs(0x02, 0x03, 0x42, 0x7f, 0x0b), str("z")),
		)).
		bytes()
	f, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "Memories", f.Memories, []MemoryType{
		{Limits{Min: 1}},
		{Limits{Min: 1, Max: 2, HasMax: true}},
		{Limits{Min: 1, Max: 2, HasMax: true, Shared: true}},
		{Limits{Min: 1 << 40, Max: 1 << 41, HasMax: true, Is64: true}},
		{Limits{Min: 1, PageSize: 1}},
	})
	eq(t, "Data", f.Data, []DataSegment{
		{Mode: DataActive, Memory: 0, Offset: ConstExpr{ConstI32, 16}, Init: f.Data[0].Init, Size: 3},
		{Mode: DataPassive, Init: f.Data[1].Init, Size: 0},
		{Mode: DataActive, Memory: 3, Offset: ConstExpr{ConstI64, -1}, Init: f.Data[2].Init, Size: 1},
	})
	eq(t, "data bytes", string(in[f.Data[0].Init:f.Data[0].Init+3]), "abc")
}
