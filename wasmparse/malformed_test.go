package wasmparse

import (
	"errors"
	"os"
	"strings"
	"testing"
)

var hdr = []byte("\x00asm\x01\x00\x00\x00")

func withHdr(b ...byte) []byte { return append(append([]byte{}, hdr...), b...) }

// wantFormatError asserts that Parse fails with a *FormatError for the given
// section, offset and message fragment.
func wantFormatError(t *testing.T, name string, in []byte, section string, offset int64, msg string) {
	t.Helper()
	f, err := Parse(in)
	if err == nil {
		t.Errorf("%s: Parse succeeded (%d sections), want a %s error at %d", name, len(f.Sections), section, offset)
		return
	}
	var fe *FormatError
	if !errors.As(err, &fe) {
		t.Errorf("%s: error %v (%T) is not a *FormatError", name, err, err)
		return
	}
	if fe.Section != section || fe.Offset != offset || !strings.Contains(fe.Msg, msg) {
		t.Errorf("%s:\n got %q (section %q, offset %d)\nwant section %q, offset %d, message containing %q",
			name, err, fe.Section, fe.Offset, section, offset, msg)
	}
}

func TestMalformedHandComputed(t *testing.T) {
	cases := []struct {
		name    string
		in      []byte
		section string
		offset  int64
		msg     string
	}{
		{"empty file", nil, "header", 0, "file is 0 bytes"},
		{"short magic", []byte("\x00as"), "header", 3, "file is 3 bytes"},
		{"bad magic", []byte("\x7fELF\x01\x00\x00\x00"), "header", 0, "bad magic 7f 45 4c 46"},
		{"magic only", []byte("\x00asm\x01"), "header", 5, "shorter than the 8-byte header"},
		{"wrong version", []byte("\x00asm\x02\x00\x00\x00"), "header", 4, "unsupported binary version 2, expected 1"},
		{"component", []byte("\x00asm\x0d\x00\x01\x00"), "header", 4, "WebAssembly component"},
		{"section length past end", withHdr(0x01, 0x05, 0x01), "type", 9, "section length 5 runs past the end of the file"},
		{"unknown section id", withHdr(0x0e, 0x00), "unknown", 8, "unknown section id 14"},
		{"section id only", withHdr(0x01), "type", 9, "truncated u32 LEB128 section length"},
		{"overlong section length", withHdr(0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), "type", 9, "longer than 5 bytes"},
		{"section length overflows u32", withHdr(0x01, 0xff, 0xff, 0xff, 0xff, 0x1f), "type", 9, "overflows 32 bits"},
		{"count larger than section", withHdr(0x01, 0x02, 0x7f, 0x60), "type", 10, "type count 127 is larger than the 1 bytes left"},
		{"trailing bytes in section", withHdr(0x01, 0x05, 0x01, 0x60, 0x00, 0x00, 0x00), "type", 14, "section contents end 1 bytes before"},
		{"section contents truncated", withHdr(0x01, 0x04, 0x01, 0x60, 0x02, 0x7f), "type", 12, "param count 2 is larger than the 1 bytes left"},
		{"invalid value type", withHdr(0x01, 0x04, 0x01, 0x60, 0x01, 0x55, 0x00), "type", 13, "invalid value type 0x55"},
		{"GC struct type", withHdr(0x01, 0x04, 0x01, 0x5f, 0x00, 0x00), "type", 11, "struct type (0x5f, GC proposal) is not supported"},
		{"GC rec group", withHdr(0x01, 0x04, 0x01, 0x4e, 0x00, 0x00), "type", 11, "recursive type group"},
		{"import kind", withHdr(0x02, 0x05, 0x01, 0x00, 0x00, 0x05, 0x00), "import", 13, "invalid import kind 0x05"},
		{"invalid UTF-8 export name", withHdr(0x07, 0x05, 0x01, 0x01, 0xff, 0x00, 0x00), "export", 12, "export name is not valid UTF-8"},
		{"invalid UTF-8 custom name", withHdr(0x00, 0x02, 0x01, 0xc3), "custom", 11, "custom section name is not valid UTF-8"},
		{"duplicate section", withHdr(0x01, 0x01, 0x00, 0x01, 0x01, 0x00), "type", 11, "duplicate type section"},
		{"out of order", withHdr(0x02, 0x01, 0x00, 0x01, 0x01, 0x00), "type", 11, "type section must come before the import section"},
		{"tag after global", withHdr(0x06, 0x01, 0x00, 0x0d, 0x01, 0x00), "tag", 11, "tag section must come before the global section"},
		{"data count after code", withHdr(0x0a, 0x01, 0x00, 0x0c, 0x01, 0x00), "datacount", 11, "datacount section must come before the code section"},
		{"functions without code", withHdr(0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00), "code", 18, "declares 1 functions but there is no code section"},
		{"code count mismatch", withHdr(0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b), "code", 10, "code section has 1 function bodies but the function section declares 0"},
		{"data count mismatch", withHdr(0x0c, 0x01, 0x02, 0x0b, 0x03, 0x01, 0x01, 0x00), "data", 13, "data section has 1 segments but the data count section declares 2"},
		{"tag attribute", withHdr(0x0d, 0x03, 0x01, 0x01, 0x00), "tag", 11, "invalid tag attribute 0x01"},
		{"memory flags", withHdr(0x05, 0x03, 0x01, 0x10, 0x00), "memory", 11, "invalid memory limits flags 0x10"},
		{"element flags", withHdr(0x09, 0x04, 0x01, 0x08, 0x00, 0x00), "element", 11, "invalid element segment flags 8"},
		{"data flags", withHdr(0x0b, 0x03, 0x01, 0x03, 0x00), "data", 11, "invalid data segment flags 3"},
		{"name subsection past end", withHdr(0x00, 0x08, 0x04, 'n', 'a', 'm', 'e', 0x01, 0x09, 0x00), "custom:name", 15, "name subsection 1: size 9 runs past"},
		{"producers truncated", withHdr(0x00, 0x0b, 0x09, 'p', 'r', 'o', 'd', 'u', 'c', 'e', 'r', 's', 0x01), "custom:producers", 20, "producers field count 1 is larger"},
		{"target feature prefix", withHdr(0x00, 0x13, 0x0f, 't', 'a', 'r', 'g', 'e', 't', '_', 'f', 'e', 'a', 't', 'u', 'r', 'e', 's', 0x01, '*', 0x00),
			"custom:target_features", 27, "invalid target feature prefix 0x2a"},
	}
	for _, c := range cases {
		wantFormatError(t, c.name, c.in, c.section, c.offset, c.msg)
	}
}

// codeCase builds a module with one () -> () function whose body is code
// (which must end with its own end), laid out so that the first instruction
// is at offset 23: header (8), type section (6), function section (4), code
// section id, size, count, body size and an empty locals vector.
func codeCase(code ...byte) []byte {
	if len(code)+2 >= 0x80 {
		panic("codeCase: body too long for the fixed layout")
	}
	return funcModule(bs(0), code...)
}

func TestMalformedCode(t *testing.T) {
	const first = 23 // offset of the first instruction, see codeCase
	cases := []struct {
		name   string
		in     []byte
		offset int64
		msg    string
	}{
		{"unknown opcode", codeCase(0x17, 0x0b), first, "function 0: unknown opcode 0x17"},
		{"unknown SIMD opcode", codeCase(0xfd, 0x9a, 0x01, 0x0b), first, "unknown opcode 0xfd 0x9a"},
		{"unknown misc opcode", codeCase(0xfc, 0x12, 0x0b), first, "unknown opcode 0xfc 0x12"},
		{"unknown atomic opcode", codeCase(0xfe, 0x04, 0x0b), first, "unknown opcode 0xfe 0x04"},
		{"atomic.fence reserved byte", codeCase(0xfe, 0x03, 0x01, 0x0b), first + 2, "invalid immediate of opcode 0xfe 0x03"},
		{"missing end", codeCase(0x01), first + 1, "ends at offset 24 before the end opcode"},
		{"unclosed block", codeCase(0x02, 0x40, 0x0b), first + 3, "before the end opcode"},
		{"bytes after end", codeCase(0x0b, 0x01), first + 1, "1 bytes after the end of the body's expression"},
		{"truncated f64", codeCase(0x44, 0x00, 0x00), first, "inside opcode 0x44"},
		{"overlong i32.const", codeCase(0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b), first + 1, "longer than its type allows"},
		{"i32.const overflow", codeCase(0x41, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b), first + 1, "overflows its type"},
		{"call index overflow", codeCase(0x10, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x0b), first + 1, "overflows its type"},
		{"truncated LEB", codeCase(0x10, 0x80), first + 1, "truncated LEB128 in opcode 0x10"},
		{"bad block type", codeCase(0x02, 0x50, 0x0b, 0x0b), first + 1, "invalid immediate of opcode 0x02"},
		{"negative block type index", codeCase(0x02, 0x80, 0x7f, 0x0b, 0x0b), first + 1, "invalid immediate of opcode 0x02"},
		{"bad heap type", codeCase(0xd0, 0x50, 0x1a, 0x0b), first + 1, "invalid immediate of opcode 0xd0"},
		{"br_table count too large", codeCase(0x0e, 0x7f, 0x00, 0x0b), first, "inside opcode 0x0e"},
		{"try_table catch kind", codeCase(0x1f, 0x40, 0x01, 0x04, 0x00, 0x0b, 0x0b), first + 3, "invalid immediate of opcode 0x1f"},
		{"memarg memory index truncated", codeCase(0x28, 0x40), first + 2, "truncated LEB128 in opcode 0x28"},
		{"select type vector too long", codeCase(0x1c, 0x7f, 0x7f, 0x0b), first, "inside opcode 0x1c"},
		{"locals count too large", funcModule(bs(0x7f), 0x0b), 22, "malformed local declarations"},
		{"too many locals", funcModule(cat(bs(0x02), uleb(0xffffffff), bs(0x7f), uleb(0xffffffff), bs(0x7f)), 0x0b), 22, "more than 2^32-1 locals"},
		{"bad local type", funcModule(bs(0x01, 0x01, 0x40), 0x0b), 24, "invalid immediate of the local declarations"},
	}
	for _, c := range cases {
		wantFormatError(t, c.name, c.in, "code", c.offset, c.msg)
	}
}

func TestMalformedConstExpr(t *testing.T) {
	// global section: count 1, type i32 immutable, expression.
	global := func(expr ...byte) []byte {
		payload := cat(bs(0x01, 0x7f, 0x00), expr)
		return withHdr(cat(bs(0x06), uleb(uint64(len(payload))), payload)...)
	}
	wantFormatError(t, "unknown opcode in init", global(0x17, 0x0b), "global", 13, "constant expression: unknown opcode 0x17")
	wantFormatError(t, "unterminated init", global(0x41, 0x01), "global", 15, "ends at offset 15 before the end opcode")
	wantFormatError(t, "overlong i32.const init", global(0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b), "global", 14, "longer than its type allows")
	// Extended constant expressions are walked, not rejected.
	f, err := Parse(global(0x41, 0x01, 0x41, 0x02, 0x6a, 0x0b))
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "extended const", f.GlobalInits, []ConstExpr{{Kind: ConstOther}})
}

// TestTruncatedPrefixes cuts fixtures at every length. Every cut must fail
// with a *FormatError, except cuts exactly at a section boundary that leave
// a complete module (a module may stop after any section).
func TestTruncatedPrefixes(t *testing.T) {
	for _, name := range []string{"eh_none", "eh_legacy", "eh_exnref", "custom_sections"} {
		full, b := openFixture(t, name)
		boundary := map[int]bool{8: true}
		for _, s := range full.Sections {
			boundary[int(s.Offset+s.Size)] = true
		}
		for n := 0; n < len(b); n++ {
			f, err := Parse(b[:n])
			if err == nil {
				if !boundary[n] {
					t.Errorf("%s cut at %d: Parse succeeded (%d sections)", name, n, len(f.Sections))
				}
				continue
			}
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Errorf("%s cut at %d: %v is not a *FormatError", name, n, err)
			} else if fe.Offset < 0 || fe.Offset > int64(n) {
				t.Errorf("%s cut at %d: error offset %d outside the input", name, n, fe.Offset)
			}
		}
	}
}

// TestCorruptedBytes flips every byte of a fixture to a few values: Parse
// must not panic, and any error must be a *FormatError within the input.
func TestCorruptedBytes(t *testing.T) {
	_, b := openFixture(t, "eh_none")
	mut := make([]byte, len(b))
	for i := range b {
		for _, v := range []byte{0x00, 0x0b, 0x40, 0x7f, 0x80, 0xff, b[i] ^ 0x01} {
			copy(mut, b)
			mut[i] = v
			_, err := Parse(mut)
			if err == nil {
				continue
			}
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Offset < 0 || fe.Offset > int64(len(b)) {
				t.Fatalf("byte %d = 0x%02x: %v", i, v, err)
			}
		}
	}
}

func TestFormatErrorString(t *testing.T) {
	e := &FormatError{Section: "type", Offset: 12, Msg: "boom"}
	eq(t, "Error()", e.Error(), "wasm type section at offset 12: boom")
	_, err := Parse([]byte("nope"))
	eq(t, "bad magic", err.Error(), `wasm header section at offset 0: bad magic 6e 6f 70 65, expected 00 61 73 6d ("\0asm")`)
	_ = os.ErrNotExist
}
