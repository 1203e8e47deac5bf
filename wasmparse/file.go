// Package wasmparse reads WebAssembly core-module binaries: the header, every
// known section, custom sections that describe the producer, the signatures
// of exported functions and funcref table entries, and which exception
// handling dialect the code uses.
//
// The API follows debug/elf: Parse or Open return a *File whose fields are
// plain typed values; malformed input returns a *FormatError naming the
// section, the byte offset and what was expected. The parser never panics and
// never copies the code or data payloads; it keeps offsets into the input.
package wasmparse

import "strconv"

// File is a parsed WebAssembly module.
type File struct {
	Version  uint32          // binary format version; 1 for every module this tool accepts
	Size     int64           // size of the input in bytes
	Sections []SectionHeader // every section in file order, custom ones included

	Types     []FuncType   // type section (function types only; other composite types are rejected)
	Imports   []Import     // import section
	Functions []uint32     // function section: type index of each defined function
	Tables    []TableType  // table section (defined tables only)
	Memories  []MemoryType // memory section (defined memories only)
	Tags      []TagType    // tag section (defined tags only)
	Globals   []GlobalType // global section (defined globals only)
	Exports   []Export     // export section
	Start     *uint32      // start function index, nil when absent
	Elements  []ElementSegment
	DataCount *uint32 // data count section, nil when absent
	Code      []FuncBody
	Data      []DataSegment

	Names          *NameSection    // "name" custom section, nil when absent
	Producers      []ProducerField // "producers" custom section, nil when absent
	TargetFeatures []Feature       // "target_features" custom section, nil when absent

	EH EHDialect // exception-handling instructions found in the code
	// TypedRefs: a declared type (of a function type, import, table,
	// global or element segment) is one only the typed function references
	// or GC proposals encode: (ref null? ht) or an abstract heap type of
	// GC's (any, eq, i31, struct, array, none, noextern, nofunc). Engines
	// before them refuse the module (V8 before 11.9: Node 20). Exception
	// references are EH's instead. Locals are not looked at.
	TypedRefs bool

	// GlobalInits is the initialiser of each defined global, parallel to
	// Globals (imported globals have none).
	GlobalInits []ConstExpr
}

// SectionID is the one-byte id of a section.
type SectionID byte

const (
	SectionCustom    SectionID = 0
	SectionType      SectionID = 1
	SectionImport    SectionID = 2
	SectionFunction  SectionID = 3
	SectionTable     SectionID = 4
	SectionMemory    SectionID = 5
	SectionGlobal    SectionID = 6
	SectionExport    SectionID = 7
	SectionStart     SectionID = 8
	SectionElement   SectionID = 9
	SectionCode      SectionID = 10
	SectionData      SectionID = 11
	SectionDataCount SectionID = 12
	SectionTag       SectionID = 13
)

// SectionHeader locates one section in the input.
type SectionHeader struct {
	ID     SectionID
	Name   string // custom sections only
	Offset int64  // offset of the section's payload (after id and size)
	Size   int64  // payload size in bytes
}

// ValType is a value type. Number and vector types and the abbreviated
// reference types are one byte; (ref null? ht) carries its heap type.
type ValType struct {
	Code     byte  // 0x7F i32 ... 0x6F externref, 0x69 exnref, 0x63/0x64 for (ref null? ht)
	HeapType int64 // for 0x63/0x64: a type index (>= 0) or an abstract heap type code (negative s33)
}

var (
	I32       = ValType{Code: 0x7F}
	I64       = ValType{Code: 0x7E}
	F32       = ValType{Code: 0x7D}
	F64       = ValType{Code: 0x7C}
	V128      = ValType{Code: 0x7B}
	FuncRef   = ValType{Code: 0x70}
	ExternRef = ValType{Code: 0x6F}
	ExnRef    = ValType{Code: 0x69}
)

// FuncType is a function signature.
type FuncType struct {
	Params  []ValType
	Results []ValType
}

// ExternalKind is the kind byte of an import or export.
type ExternalKind byte

const (
	KindFunc   ExternalKind = 0x00
	KindTable  ExternalKind = 0x01
	KindMemory ExternalKind = 0x02
	KindGlobal ExternalKind = 0x03
	KindTag    ExternalKind = 0x04
)

// Limits bound a table or memory.
type Limits struct {
	Min    uint64
	Max    uint64
	HasMax bool
	Shared bool // threads proposal
	Is64   bool // memory64 / table64

	// PageSize is the page size in bytes declared with the custom-page-sizes
	// proposal; 0 when not declared (the default 64 KiB pages).
	PageSize uint32
}

type TableType struct {
	Elem   ValType
	Limits Limits
}

type MemoryType struct {
	Limits Limits
}

// TagType is an exception tag: attribute 0 (exception) and a function type
// whose params are the exception's payload.
type TagType struct {
	Attribute byte
	TypeIndex uint32
}

type GlobalType struct {
	Type    ValType
	Mutable bool
}

// Import is one entry of the import section. Exactly one of the typed fields
// is meaningful, selected by Kind.
type Import struct {
	Module string
	Name   string
	Kind   ExternalKind
	Func   uint32 // KindFunc: type index
	Table  TableType
	Memory MemoryType
	Global GlobalType
	Tag    TagType
}

// Export is one entry of the export section; Index is in the index space of Kind
// (imports first, then definitions).
type Export struct {
	Name  string
	Kind  ExternalKind
	Index uint32
}

// ElementSegment is one entry of the element section. Funcs holds the
// function indices when the segment lists them (either as indices or as
// ref.func expressions); entries that are other expressions are -1.
type ElementSegment struct {
	Mode   ElementMode
	Table  uint32
	Offset ConstExpr // active segments only
	Type   ValType
	Funcs  []int64
}

type ElementMode byte

const (
	ElementActive ElementMode = iota
	ElementPassive
	ElementDeclarative
)

// ConstExpr is a constant expression as far as this tool needs it: a single
// i32/i64 constant, a global.get, or something else (Kind=ConstOther).
type ConstExpr struct {
	Kind  ConstKind
	Value int64 // ConstI32/ConstI64: the value; ConstGlobal: the global index
}

type ConstKind byte

const (
	ConstOther ConstKind = iota
	ConstI32
	ConstI64
	ConstGlobal
)

// FuncBody locates one function body in the code section.
type FuncBody struct {
	Offset int64 // offset of the body (after its size prefix)
	Size   int64

	// CodeOffset is the offset of the first instruction, after the local
	// declarations; the instructions run to Offset+Size.
	CodeOffset int64
	NumLocals  uint32 // total number of locals declared (parameters excluded)
}

// DataSegment locates one data segment; the bytes are not copied.
type DataSegment struct {
	Mode   DataMode
	Memory uint32
	Offset ConstExpr // active segments only
	Init   int64     // offset of the initialiser bytes in the input
	Size   int64
}

type DataMode byte

const (
	DataActive DataMode = iota
	DataPassive
)

// NameSection holds the "name" custom section subsections this tool uses.
type NameSection struct {
	Module    string
	Functions map[uint32]string
	Tags      map[uint32]string
}

// ProducerField is one field of the "producers" custom section, e.g.
// {Name: "processed-by", Values: [{"wasm-bindgen", "0.2.100 (abc)"}, ...]}.
type ProducerField struct {
	Name   string
	Values []ProducerValue
}

type ProducerValue struct {
	Name    string
	Version string
}

// Feature is one entry of the "target_features" custom section.
type Feature struct {
	Prefix byte // '+', '-' or '='
	Name   string
}

// EHDialect says which exception-handling instructions a module's code uses.
type EHDialect byte

const (
	EHNone   EHDialect = 0
	EHLegacy EHDialect = 1 << 0 // try/catch/catch_all/delegate/rethrow (0x06 0x07 0x19 0x18 0x09)
	EHExnref EHDialect = 1 << 1 // try_table/throw_ref (0x1F 0x0A), exnref values
	// A module with throw (0x08) but neither kind of handler is EHThrowOnly.
	EHThrowOnly EHDialect = 1 << 2
)

// FormatError reports malformed input.
type FormatError struct {
	Section string // "header", "type", "code", "custom:name", ...
	Offset  int64  // byte offset in the input where the problem was found
	Msg     string // what was expected, e.g. "section length 1234 runs past the end of the file (size 1000)"
}

func (e *FormatError) Error() string {
	return "wasm " + e.Section + " section at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Msg
}
