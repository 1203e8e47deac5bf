package wasmparse

import (
	"fmt"
	"os"
)

// Open reads and parses the named file. Errors carry the file name, as in
// "path: wasm type section at offset 12: ..."; errors.As still finds the
// *FormatError.
func Open(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err // *PathError already names the file
	}
	f, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Parse parses a core WebAssembly module. The returned File holds offsets
// into b, not copies of the code and data payloads; names and other small
// values are copied, so the File does not keep b alive.
//
// Parse decodes every function body (see File.EH). A large code section is
// decoded by GOMAXPROCS goroutines while the later sections are parsed; the
// result, errors included, does not depend on their scheduling.
func Parse(b []byte) (*File, error) {
	return ParseWith(b, Options{})
}

// Options tune ParseWith; the zero value is what Parse does.
type Options struct {
	// SkipScanWithoutTags leaves the function bodies unread when the
	// module neither imports nor defines an exception tag: only their count
	// is checked against the function section, and File.Code stays nil.
	// Exception handling as compilers emit it always involves a tag (Rust
	// and C++ throw __cpp_exception; wasm-bindgen imports its JS tags), so
	// File.EH is then EHNone, or EHExnref if an exnref type shows in the
	// type, import or global sections. The price: a malformed body goes
	// unnoticed, and a (tag-less) catch_all would not be seen. For tools
	// that need the module's interface only: on a 45 MB module the scan is
	// most of the parse, and even locating every body touches every page of
	// the code section (each a fault when the input is a mapped file).
	SkipScanWithoutTags bool
	// SkipNames leaves the "name" custom section unread (File.Names stays
	// nil; the section's header is still listed). Its bytes are then never
	// touched, which matters when the input is a memory-mapped file.
	SkipNames bool
	// SkipNamesWithoutTags leaves the "name" section unread (as SkipNames)
	// when the module neither imports nor defines an exception tag: for
	// tools that want the names of tags only.
	SkipNamesWithoutTags bool
	// Serial decodes the function bodies in the calling goroutine only, so
	// that every read of b happens there: for input whose reads may fault
	// (a memory-mapped file truncated meanwhile) and whose caller recovers
	// such faults (runtime/debug.SetPanicOnFault is per goroutine).
	Serial bool
}

// ParseWith is Parse with options.
func ParseWith(b []byte, o Options) (*File, error) {
	p := &parser{in: b, f: &File{Size: int64(len(b))}, opts: o}
	err := p.parse()
	// A code scan may still be running, whether parse failed after the
	// code section or succeeded; its error comes first in the file.
	if err = p.joinScan(err); err == nil {
		err = p.finish()
	}
	if err != nil {
		return nil, err
	}
	return p.f, nil
}

// Internal exception-handling evidence, folded into File.EH at the end.
const (
	ehLegacy = 1 << iota // try, catch, catch_all, delegate, rethrow
	ehExnref             // try_table, throw_ref, or an exnref value type
	ehThrow              // throw
)

type parser struct {
	in    []byte
	opts  Options
	f     *File
	flags uint8 // eh* evidence found so far

	// Counts of imported entities, needed to turn positions in the
	// definition sections into index-space indices for error messages.
	importedFuncs uint32

	haveCode bool
	haveData bool

	// scan delivers the result of a code section decoded in the
	// background; nil when there is none pending.
	scan chan scanResult
}

// sectionRank gives the position each non-custom section must respect; the
// ids are not in file order (tag and data count were added later).
var sectionRank = [...]int{
	SectionType:      1,
	SectionImport:    2,
	SectionFunction:  3,
	SectionTable:     4,
	SectionMemory:    5,
	SectionTag:       6,
	SectionGlobal:    7,
	SectionExport:    8,
	SectionStart:     9,
	SectionElement:   10,
	SectionDataCount: 11,
	SectionCode:      12,
	SectionData:      13,
}

func (p *parser) parse() error {
	if err := p.header(); err != nil {
		return err
	}
	f, in := p.f, p.in
	f.Version = 1
	pos := 8
	var lastID SectionID
	lastRank := 0
	var seen [len(sectionRank)]bool
	for pos < len(in) {
		idOff := pos
		id := SectionID(in[pos])
		pos++
		if int(id) >= len(sectionRank) {
			return &FormatError{Section: "unknown", Offset: int64(idOff),
				Msg: fmt.Sprintf("unknown section id %d (expected 0..13)", id)}
		}
		name := id.String()
		hr := reader{b: in, p: pos, section: name}
		size, err := hr.u32("section length")
		if err != nil {
			return err
		}
		payload := hr.p
		if int64(size) > int64(len(in)-payload) {
			return &FormatError{Section: name, Offset: int64(pos),
				Msg: fmt.Sprintf("section length %d runs past the end of the file (payload at offset %d, file size %d)", size, payload, len(in))}
		}
		end := payload + int(size)
		if id != SectionCustom {
			if seen[id] {
				return &FormatError{Section: name, Offset: int64(idOff), Msg: "duplicate " + name + " section"}
			}
			if sectionRank[id] < lastRank {
				return &FormatError{Section: name, Offset: int64(idOff),
					Msg: fmt.Sprintf("%s section must come before the %s section", name, lastID)}
			}
			seen[id] = true
			lastRank = sectionRank[id]
			lastID = id
		}
		f.Sections = append(f.Sections, SectionHeader{ID: id, Offset: int64(payload), Size: int64(size)})
		r := &reader{b: in[:end], p: payload, section: name}
		if err := p.section(id, r); err != nil {
			return err
		}
		if err := r.expectEnd(); err != nil {
			return err
		}
		pos = end
	}
	return nil
}

// header checks the magic number and version.
func (p *parser) header() error {
	in := p.in
	herr := func(off int, format string, args ...any) error {
		return &FormatError{Section: "header", Offset: int64(off), Msg: fmt.Sprintf(format, args...)}
	}
	n := min(len(in), 4)
	if string(in[:n]) != "\x00asm"[:n] {
		return herr(0, "bad magic % x, expected 00 61 73 6d (\"\\0asm\")", in[:n])
	}
	if len(in) < 8 {
		return herr(len(in), "file is %d bytes, shorter than the 8-byte header (magic and version)", len(in))
	}
	version := uint32(in[4]) | uint32(in[5])<<8 | uint32(in[6])<<16 | uint32(in[7])<<24
	if version == 1 {
		return nil
	}
	// The component model reuses the magic and splits the version field
	// into a 16-bit version and a 16-bit layer; layer 1 is a component.
	if in[6] == 1 && in[7] == 0 {
		return herr(4, "this is a WebAssembly component (component-model layer 1, version 0x%x), not a core module; only core modules are supported", uint16(version))
	}
	return herr(4, "unsupported binary version %d, expected 1", version)
}

func (p *parser) section(id SectionID, r *reader) error {
	switch id {
	case SectionCustom:
		return p.custom(r)
	case SectionType:
		return p.typeSection(r)
	case SectionImport:
		return p.importSection(r)
	case SectionFunction:
		return p.functionSection(r)
	case SectionTable:
		return p.tableSection(r)
	case SectionMemory:
		return p.memorySection(r)
	case SectionTag:
		return p.tagSection(r)
	case SectionGlobal:
		return p.globalSection(r)
	case SectionExport:
		return p.exportSection(r)
	case SectionStart:
		return p.startSection(r)
	case SectionElement:
		return p.elementSection(r)
	case SectionDataCount:
		return p.dataCountSection(r)
	case SectionCode:
		return p.codeSection(r)
	case SectionData:
		return p.dataSection(r)
	}
	return nil // unreachable: ids were checked by the caller
}

// finish runs the checks that span sections and folds the exception-handling
// evidence into File.EH.
func (p *parser) finish() error {
	f := p.f
	if !p.haveCode && len(f.Functions) > 0 {
		return &FormatError{Section: "code", Offset: f.Size,
			Msg: fmt.Sprintf("function section declares %d functions but there is no code section", len(f.Functions))}
	}
	if !p.haveData && f.DataCount != nil && *f.DataCount != 0 {
		return &FormatError{Section: "data", Offset: f.Size,
			Msg: fmt.Sprintf("data count section declares %d segments but there is no data section", *f.DataCount)}
	}
	if p.declaredTypesUse(ValType.IsExnRef) {
		p.flags |= ehExnref
	}
	f.TypedRefs = p.declaredTypesUse(ValType.IsTypedRef)
	f.EH = EHDialect(p.flags & (ehLegacy | ehExnref))
	if f.EH == EHNone && p.flags&ehThrow != 0 {
		f.EH = EHThrowOnly
	}
	return nil
}

// declaredTypesUse reports whether a value type that is(t) holds for shows
// in the declared types of functions, tags, imports, tables, globals and
// element segments (locals and instruction immediates are the code
// walker's: for exception references it covers them).
func (p *parser) declaredTypesUse(is func(ValType) bool) bool {
	f := p.f
	some := func(ts []ValType) bool {
		for _, t := range ts {
			if is(t) {
				return true
			}
		}
		return false
	}
	for _, ft := range f.Types {
		if some(ft.Params) || some(ft.Results) {
			return true
		}
	}
	for _, im := range f.Imports {
		if (im.Kind == KindGlobal && is(im.Global.Type)) || (im.Kind == KindTable && is(im.Table.Elem)) {
			return true
		}
	}
	for _, t := range f.Tables {
		if is(t.Elem) {
			return true
		}
	}
	for _, g := range f.Globals {
		if is(g.Type) {
			return true
		}
	}
	for _, e := range f.Elements {
		if is(e.Type) {
			return true
		}
	}
	return false
}
