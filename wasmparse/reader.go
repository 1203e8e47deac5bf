package wasmparse

import (
	"fmt"
	"unicode/utf8"
)

// reader decodes the primitive encodings of the binary format (bytes,
// LEB128 integers, vectors, names) for the section parsers. b is the input
// cut at the end of the section being read, so running out of b means the
// section, not the file, ended early; p is an absolute offset into the input
// so that every error can name the byte where it was found.
//
// The section parsers are not the hot path (the instruction walker in code.go
// is), so these methods favour exact error messages over speed.
type reader struct {
	b       []byte
	p       int
	section string
}

func (r *reader) errf(off int, format string, args ...any) *FormatError {
	return &FormatError{Section: r.section, Offset: int64(off), Msg: fmt.Sprintf(format, args...)}
}

// remaining is the number of bytes left in the current section.
func (r *reader) remaining() int { return len(r.b) - r.p }

func (r *reader) eof() bool { return r.p >= len(r.b) }

func (r *reader) truncated(what string) *FormatError {
	return r.errf(r.p, "unexpected end of section (at offset %d) while reading %s", len(r.b), what)
}

func (r *reader) byte(what string) (byte, error) {
	if r.p >= len(r.b) {
		return 0, r.truncated(what)
	}
	c := r.b[r.p]
	r.p++
	return c, nil
}

// bytes returns the next n bytes without copying them.
func (r *reader) bytes(n int, what string) ([]byte, error) {
	if n < 0 || n > r.remaining() {
		return nil, r.errf(r.p, "%s of %d bytes runs past the end of the section (%d bytes left)", what, n, r.remaining())
	}
	s := r.b[r.p : r.p+n : r.p+n]
	r.p += n
	return s, nil
}

// uleb decodes an unsigned LEB128 integer of at most bits bits (32 or 64).
// The spec bounds the encoding to ceil(bits/7) bytes and requires the unused
// high bits of the last byte to be zero.
//
// what and suffix name the value in error messages; they are concatenated
// only when there is an error, so callers can pass "function name" + " index"
// without allocating on the success path.
func (r *reader) uleb(bits uint, what, suffix string) (uint64, error) {
	start := r.p
	maxBytes := int(bits+6) / 7
	var v uint64
	var shift uint
	for i := 0; ; i++ {
		if r.p >= len(r.b) {
			return 0, r.errf(start, "truncated u%d LEB128 %s%s (section ends at offset %d)", bits, what, suffix, len(r.b))
		}
		c := r.b[r.p]
		r.p++
		if i == maxBytes-1 {
			if c&0x80 != 0 {
				return 0, r.errf(start, "u%d LEB128 %s%s is longer than %d bytes", bits, what, suffix, maxBytes)
			}
			if unused := bits - shift; unused < 7 && c>>unused != 0 {
				return 0, r.errf(start, "u%d LEB128 %s%s overflows %d bits", bits, what, suffix, bits)
			}
		}
		v |= uint64(c&0x7F) << shift
		if c&0x80 == 0 {
			return v, nil
		}
		shift += 7
	}
}

// sleb decodes a signed LEB128 integer of at most bits bits (32, 33 or 64).
// In the last allowed byte the bits above the value must all equal its sign
// bit.
func (r *reader) sleb(bits uint, what string) (int64, error) {
	start := r.p
	maxBytes := int(bits+6) / 7
	var v int64
	var shift uint
	for i := 0; ; i++ {
		if r.p >= len(r.b) {
			return 0, r.errf(start, "truncated s%d LEB128 %s (section ends at offset %d)", bits, what, len(r.b))
		}
		c := r.b[r.p]
		r.p++
		if i == maxBytes-1 {
			if c&0x80 != 0 {
				return 0, r.errf(start, "s%d LEB128 %s is longer than %d bytes", bits, what, maxBytes)
			}
			if used := bits - shift; used < 7 {
				// Bits used-1 .. 6 must all be copies of the sign bit.
				hi := int8(c<<1) >> (used) // sign-extended bits from used-1 upward
				if hi != 0 && hi != -1 {
					return 0, r.errf(start, "s%d LEB128 %s overflows %d bits", bits, what, bits)
				}
			}
		}
		v |= int64(c&0x7F) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, nil
		}
	}
}

func (r *reader) u32(what string) (uint32, error) { return r.u32s(what, "") }

// u32s is u32 with the name split in two (see uleb).
func (r *reader) u32s(what, suffix string) (uint32, error) {
	if r.p < len(r.b) && r.b[r.p] < 0x80 { // the common one-byte case
		c := r.b[r.p]
		r.p++
		return uint32(c), nil
	}
	v, err := r.uleb(32, what, suffix)
	return uint32(v), err
}

func (r *reader) u64(what string) (uint64, error) { return r.uleb(64, what, "") }
func (r *reader) s32(what string) (int64, error)  { return r.sleb(32, what) }
func (r *reader) s33(what string) (int64, error)  { return r.sleb(33, what) }
func (r *reader) s64(what string) (int64, error)  { return r.sleb(64, what) }

// count reads a vector length and checks it against the bytes left in the
// section, given that each element takes at least minSize bytes. Callers
// size allocations by the result, so an absurd count from a hostile file
// must fail here rather than in make.
func (r *reader) count(what string, minSize int) (int, error) {
	start := r.p
	n, err := r.u32s(what, " count")
	if err != nil {
		return 0, err
	}
	if minSize < 1 {
		minSize = 1
	}
	if uint64(n)*uint64(minSize) > uint64(r.remaining()) {
		return 0, r.errf(start, "%s count %d is larger than the %d bytes left in the section allow", what, n, r.remaining())
	}
	return int(n), nil
}

// name reads a length-prefixed UTF-8 string.
func (r *reader) name(what string) (string, error) {
	b, err := r.nameBytes(what)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// nameBytes is name without the copy, for callers that slice names out of a
// string they already hold.
func (r *reader) nameBytes(what string) ([]byte, error) {
	start := r.p
	n, err := r.u32s(what, " length")
	if err != nil {
		return nil, err
	}
	if int64(n) > int64(r.remaining()) {
		return nil, r.errf(start, "%s length %d runs past the end of the section (%d bytes left)", what, n, r.remaining())
	}
	b := r.b[r.p : r.p+int(n)]
	if !utf8.Valid(b) {
		return nil, r.errf(r.p, "%s is not valid UTF-8", what)
	}
	r.p += int(n)
	return b, nil
}

// expectEnd checks that a section's contents consumed exactly its declared
// length.
func (r *reader) expectEnd() error {
	if r.p != len(r.b) {
		return r.errf(r.p, "section contents end %d bytes before the declared section end (offset %d)", len(r.b)-r.p, len(r.b))
	}
	return nil
}

// capHint bounds the initial capacity of a slice whose length n comes from
// the input. count has checked n against the bytes left, but an entry in
// memory can be tens of times larger than its minimal encoding, so the hint
// is also held to a sixteenth of those bytes (plus a little): a plausible
// module gets its exact size at once, and a hostile count can make the
// parser reserve at most a few times the section's size before append has
// to grow the slice with entries that really parsed.
func (r *reader) capHint(n int) int { return min(n, 1024+r.remaining()/16) }
