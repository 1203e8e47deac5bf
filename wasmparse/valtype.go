package wasmparse

import "strconv"

// Value type encodings. The abbreviated reference types are the negative
// one-byte s33 codes of their heap types (0x70 = func ...), which is why the
// same byte values appear both as value types and as heap types.
const (
	codeI32     = 0x7F
	codeI64     = 0x7E
	codeF32     = 0x7D
	codeF64     = 0x7C
	codeV128    = 0x7B
	codeI8      = 0x78 // packed storage type (GC), only in struct/array fields
	codeI16     = 0x77
	codeRefNull = 0x63 // (ref null ht)
	codeRef     = 0x64 // (ref ht)

	codeNoExn    = 0x74
	codeNoFunc   = 0x73
	codeNoExtern = 0x72
	codeNone     = 0x71
	codeFunc     = 0x70
	codeExtern   = 0x6F
	codeAny      = 0x6E
	codeEq       = 0x6D
	codeI31      = 0x6C
	codeStruct   = 0x6B
	codeArray    = 0x6A
	codeExn      = 0x69

	blockEmpty = 0x40
)

// Heap types as the negative s33 values they decode to.
const (
	heapExn   = int64(codeExn) - 0x80   // -23
	heapNoExn = int64(codeNoExn) - 0x80 // -12
	heapFunc  = int64(codeFunc) - 0x80  // -16
	heapNoFn  = int64(codeNoFunc) - 0x80
)

// Byte classes for value-type decoding, shared by the section parsers and the
// instruction walker: a table lookup is cheaper than a switch in the walker.
const (
	vtInvalid = iota
	vtSimple  // a complete one-byte value type
	vtExn     // a one-byte exception reference type (exnref, nullexnref)
	vtRef     // 0x63 / 0x64: a heap type follows
)

var valTypeClass = func() (t [256]uint8) {
	for _, c := range []byte{codeI32, codeI64, codeF32, codeF64, codeV128,
		codeNoFunc, codeNoExtern, codeNone, codeFunc, codeExtern, codeAny,
		codeEq, codeI31, codeStruct, codeArray} {
		t[c] = vtSimple
	}
	t[codeExn] = vtExn
	t[codeNoExn] = vtExn
	t[codeRefNull] = vtRef
	t[codeRef] = vtRef
	return t
}()

// isAbstractHeap reports whether a negative s33 heap type is one of the
// abstract heap types (func, extern, any, eq, i31, struct, array, exn, none,
// noextern, nofunc, noexn), which occupy the contiguous codes 0x69..0x74.
func isAbstractHeap(h int64) bool { return h >= heapExn && h <= heapNoExn }

// isExnHeap reports whether a heap type belongs to the exception hierarchy.
func isExnHeap(h int64) bool { return h == heapExn || h == heapNoExn }

// readHeapType reads an s33 heap type: a type index or an abstract heap type.
func (r *reader) readHeapType() (int64, error) {
	start := r.p
	h, err := r.s33("heap type")
	if err != nil {
		return 0, err
	}
	if h < 0 && !isAbstractHeap(h) {
		return 0, r.errf(start, "invalid heap type (s33 value %d)", h)
	}
	return h, nil
}

// readValType reads a value type.
func (r *reader) readValType() (ValType, error) {
	start := r.p
	c, err := r.byte("value type")
	if err != nil {
		return ValType{}, err
	}
	switch valTypeClass[c] {
	case vtSimple, vtExn:
		return ValType{Code: c}, nil
	case vtRef:
		h, err := r.readHeapType()
		if err != nil {
			return ValType{}, err
		}
		return ValType{Code: c, HeapType: h}, nil
	}
	return ValType{}, r.errf(start, "invalid value type 0x%02x", c)
}

// readRefType reads a reference type (table element types, typed element
// segments), rejecting number and vector types.
func (r *reader) readRefType() (ValType, error) {
	start := r.p
	t, err := r.readValType()
	if err != nil {
		return t, err
	}
	if !t.IsRef() {
		return t, r.errf(start, "invalid reference type %s", t)
	}
	return t, nil
}

// IsRef reports whether t is a reference type.
func (t ValType) IsRef() bool {
	switch t.Code {
	case codeI32, codeI64, codeF32, codeF64, codeV128:
		return false
	}
	return valTypeClass[t.Code] != vtInvalid
}

// IsTypedRef reports whether t is a reference type that only the typed
// function references or GC proposals encode: (ref null? ht) (the
// abbreviated funcref and externref are not), or one of GC's abstract heap
// types. Exception references are not (see IsExnRef).
func (t ValType) IsTypedRef() bool {
	switch t.Code {
	case codeRef, codeRefNull:
		return !isExnHeap(t.HeapType)
	case codeAny, codeEq, codeI31, codeStruct, codeArray, codeNone, codeNoExtern, codeNoFunc:
		return true
	}
	return false
}

// IsExnRef reports whether t is an exception reference (exnref, nullexnref,
// or (ref null? exn/noexn)): the types that only the exnref dialect of the
// exception-handling proposal introduces.
func (t ValType) IsExnRef() bool {
	switch t.Code {
	case codeExn, codeNoExn:
		return true
	case codeRef, codeRefNull:
		return isExnHeap(t.HeapType)
	}
	return false
}

// IsFuncRef reports whether t references functions: funcref, nullfuncref or
// (ref null? func/nofunc/$t). Type indices can only name function types
// because Parse rejects the other composite types.
func (t ValType) IsFuncRef() bool {
	switch t.Code {
	case codeFunc, codeNoFunc:
		return true
	case codeRef, codeRefNull:
		return t.HeapType >= 0 || t.HeapType == heapFunc || t.HeapType == heapNoFn
	}
	return false
}

var abstractHeapNames = [...]string{
	codeExn - codeExn:      "exn",
	codeArray - codeExn:    "array",
	codeStruct - codeExn:   "struct",
	codeI31 - codeExn:      "i31",
	codeEq - codeExn:       "eq",
	codeAny - codeExn:      "any",
	codeExtern - codeExn:   "extern",
	codeFunc - codeExn:     "func",
	codeNone - codeExn:     "none",
	codeNoExtern - codeExn: "noextern",
	codeNoFunc - codeExn:   "nofunc",
	codeNoExn - codeExn:    "noexn",
}

func heapTypeString(h int64) string {
	if h >= 0 {
		return "$" + strconv.FormatInt(h, 10)
	}
	if isAbstractHeap(h) {
		return abstractHeapNames[h-heapExn]
	}
	return "heap(" + strconv.FormatInt(h, 10) + ")"
}

// String returns the text-format spelling: i32, funcref, (ref null $3),
// (ref func)...
func (t ValType) String() string {
	switch t.Code {
	case codeI32:
		return "i32"
	case codeI64:
		return "i64"
	case codeF32:
		return "f32"
	case codeF64:
		return "f64"
	case codeV128:
		return "v128"
	case codeFunc:
		return "funcref"
	case codeExtern:
		return "externref"
	case codeAny:
		return "anyref"
	case codeEq:
		return "eqref"
	case codeI31:
		return "i31ref"
	case codeStruct:
		return "structref"
	case codeArray:
		return "arrayref"
	case codeExn:
		return "exnref"
	case codeNone:
		return "nullref"
	case codeNoExtern:
		return "nullexternref"
	case codeNoFunc:
		return "nullfuncref"
	case codeNoExn:
		return "nullexnref"
	case codeRefNull:
		return "(ref null " + heapTypeString(t.HeapType) + ")"
	case codeRef:
		return "(ref " + heapTypeString(t.HeapType) + ")"
	}
	return "ValType(0x" + strconv.FormatUint(uint64(t.Code), 16) + ")"
}

// String formats a signature as "(i32, i32) -> (i32)".
func (ft FuncType) String() string {
	b := make([]byte, 0, 32)
	b = appendValTypes(b, ft.Params)
	b = append(b, " -> "...)
	b = appendValTypes(b, ft.Results)
	return string(b)
}

func appendValTypes(b []byte, ts []ValType) []byte {
	b = append(b, '(')
	for i, t := range ts {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, t.String()...)
	}
	return append(b, ')')
}

// Equal reports whether two signatures have the same params and results.
func (ft FuncType) Equal(o FuncType) bool {
	if len(ft.Params) != len(o.Params) || len(ft.Results) != len(o.Results) {
		return false
	}
	for i := range ft.Params {
		if ft.Params[i] != o.Params[i] {
			return false
		}
	}
	for i := range ft.Results {
		if ft.Results[i] != o.Results[i] {
			return false
		}
	}
	return true
}
