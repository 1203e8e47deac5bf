package wasmparse

import "fmt"

// ImportedCount returns the number of imports of the given kind. In each
// index space the imports come first, so this is also the index of the first
// defined entity of that kind.
func (f *File) ImportedCount(kind ExternalKind) int {
	n := 0
	for i := range f.Imports {
		if f.Imports[i].Kind == kind {
			n++
		}
	}
	return n
}

// typeAt returns the function type with the given type index.
func (f *File) typeAt(ti uint32, what string) (FuncType, error) {
	if uint64(ti) >= uint64(len(f.Types)) {
		return FuncType{}, fmt.Errorf("wasm: %s has type index %d, but the module has %d types", what, ti, len(f.Types))
	}
	return f.Types[ti], nil
}

// FuncType returns the signature of the function with the given index in the
// function index space (imported functions first, then defined ones).
func (f *File) FuncType(funcIndex uint32) (FuncType, error) {
	ti, err := f.funcTypeIndex(funcIndex)
	if err != nil {
		return FuncType{}, err
	}
	return f.typeAt(ti, fmt.Sprintf("function %d", funcIndex))
}

// FuncTypeIndex returns the type index of the function with the given index
// in the function index space.
func (f *File) FuncTypeIndex(funcIndex uint32) (uint32, error) {
	return f.funcTypeIndex(funcIndex)
}

func (f *File) funcTypeIndex(funcIndex uint32) (uint32, error) {
	i := uint64(funcIndex)
	for _, im := range f.Imports {
		if im.Kind != KindFunc {
			continue
		}
		if i == 0 {
			return im.Func, nil
		}
		i--
	}
	if i < uint64(len(f.Functions)) {
		return f.Functions[i], nil
	}
	return 0, fmt.Errorf("wasm: function index %d out of range (%d imported + %d defined functions)",
		funcIndex, f.ImportedCount(KindFunc), len(f.Functions))
}

// TagType returns the signature of the exception tag with the given index in
// the tag index space (imported tags first). The params are the exception's
// payload; results are always empty.
func (f *File) TagType(tagIndex uint32) (FuncType, error) {
	i := uint64(tagIndex)
	for _, im := range f.Imports {
		if im.Kind != KindTag {
			continue
		}
		if i == 0 {
			return f.typeAt(im.Tag.TypeIndex, fmt.Sprintf("tag %d", tagIndex))
		}
		i--
	}
	if i < uint64(len(f.Tags)) {
		return f.typeAt(f.Tags[i].TypeIndex, fmt.Sprintf("tag %d", tagIndex))
	}
	return FuncType{}, fmt.Errorf("wasm: tag index %d out of range (%d imported + %d defined tags)",
		tagIndex, f.ImportedCount(KindTag), len(f.Tags))
}

// Export returns the export with the given name.
func (f *File) Export(name string) (Export, bool) {
	for _, e := range f.Exports {
		if e.Name == name {
			return e, true
		}
	}
	return Export{}, false
}

// FuncName returns the function's name from the "name" custom section, or ""
// when the module does not name it.
func (f *File) FuncName(funcIndex uint32) string {
	if f.Names == nil {
		return ""
	}
	return f.Names.Functions[funcIndex]
}

// Producer returns the version recorded for a tool in the "producers"
// custom section, e.g. Producer("processed-by", "wasm-bindgen").
func (f *File) Producer(field, name string) (version string, ok bool) {
	for _, pf := range f.Producers {
		if pf.Name != field {
			continue
		}
		for _, v := range pf.Values {
			if v.Name == name {
				return v.Version, true
			}
		}
	}
	return "", false
}

// TableEntry is one function reference that an active element segment
// stores into a table at instantiation.
type TableEntry struct {
	Table uint32 // table index (imported tables first)
	Slot  uint64 // position in the table
	Func  uint32 // function index; its signature is File.FuncType(Func)
}

// FuncrefTableEntries returns the function references that active element
// segments place into funcref tables, in segment order. Only segments whose
// offset is known without instantiating are included: an i32/i64 constant,
// or global.get of a defined immutable global initialised by a constant (an
// imported global, such as Emscripten's __table_base, is unknown until
// instantiation). Null entries (ref.null and other non-ref.func
// expressions) are left out.
func (f *File) FuncrefTableEntries() []TableEntry {
	var out []TableEntry
	for _, seg := range f.Elements {
		if seg.Mode != ElementActive {
			continue
		}
		elem, ok := f.tableElemType(seg.Table)
		if !ok || !elem.IsFuncRef() {
			continue
		}
		base, ok := f.constOffset(seg.Offset)
		if !ok {
			continue
		}
		for i, fn := range seg.Funcs {
			if fn < 0 || fn > 0xFFFFFFFF {
				continue
			}
			out = append(out, TableEntry{Table: seg.Table, Slot: base + uint64(i), Func: uint32(fn)})
		}
	}
	return out
}

// Table returns the type of a table in the table index space (imported
// tables first, then defined ones).
func (f *File) Table(tableIndex uint32) (TableType, bool) {
	i := uint64(tableIndex)
	for _, im := range f.Imports {
		if im.Kind != KindTable {
			continue
		}
		if i == 0 {
			return im.Table, true
		}
		i--
	}
	if i < uint64(len(f.Tables)) {
		return f.Tables[i], true
	}
	return TableType{}, false
}

// hasTags: the module imports or defines an exception tag (as far as the
// sections parsed so far tell; the tag sections come before code and names).
func (f *File) hasTags() bool {
	return len(f.Tags) > 0 || f.ImportedCount(KindTag) > 0
}

// Memory returns the type of a memory in the memory index space (imported
// memories first, then defined ones).
func (f *File) Memory(memoryIndex uint32) (MemoryType, bool) {
	i := uint64(memoryIndex)
	for _, im := range f.Imports {
		if im.Kind != KindMemory {
			continue
		}
		if i == 0 {
			return im.Memory, true
		}
		i--
	}
	if i < uint64(len(f.Memories)) {
		return f.Memories[i], true
	}
	return MemoryType{}, false
}

// Global returns the type of a global in the global index space (imported
// globals first, then defined ones).
func (f *File) Global(globalIndex uint32) (GlobalType, bool) {
	i := uint64(globalIndex)
	for _, im := range f.Imports {
		if im.Kind != KindGlobal {
			continue
		}
		if i == 0 {
			return im.Global, true
		}
		i--
	}
	if i < uint64(len(f.Globals)) {
		return f.Globals[i], true
	}
	return GlobalType{}, false
}

// tableElemType returns the element type of a table in the table index space.
func (f *File) tableElemType(tableIndex uint32) (ValType, bool) {
	t, ok := f.Table(tableIndex)
	return t.Elem, ok
}

// constOffset evaluates a segment offset when it is known statically. i32
// offsets are unsigned 32-bit values stored as their signed decoding.
func (f *File) constOffset(e ConstExpr) (uint64, bool) {
	switch e.Kind {
	case ConstI32:
		return uint64(uint32(e.Value)), true
	case ConstI64:
		return uint64(e.Value), true
	case ConstGlobal:
		imported := uint64(f.ImportedCount(KindGlobal))
		g := uint64(e.Value)
		if g < imported || g-imported >= uint64(len(f.Globals)) || g-imported >= uint64(len(f.GlobalInits)) {
			return 0, false
		}
		if f.Globals[g-imported].Mutable {
			return 0, false
		}
		init := f.GlobalInits[g-imported]
		if init.Kind == ConstGlobal { // global.get of another global: not followed, to keep this simple
			return 0, false
		}
		return f.constOffset(init)
	}
	return 0, false
}
