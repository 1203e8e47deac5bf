package wasmparse

// Allocation-free LEB128 skipping for the instruction walker.
//
// The walker threads a single position p through every immediate. On
// failure these helpers return a negative p that encodes where and why the
// failure happened (see failAt), and every helper passes a negative p through
// unchanged, so a chain of skips needs only one check at the end of the
// instruction. The fast paths are small enough for the compiler to inline.

// LEB128 kinds, which differ in length limit and in the last byte's rules.
const (
	lebU32 = iota
	lebS32
	lebS33
	lebU64
	lebS64
)

// Failure reasons carried in a negative position.
const (
	failNone      = iota
	failLEBTrunc  // a LEB128 ran past the end of the body
	failLEBLong   // a LEB128 used more bytes than its type allows
	failLEBBig    // the last byte of a LEB128 has bits outside the type
	failBadImm    // an immediate has an invalid value (block type, heap type, lane, ...)
	failUnknownOp // an opcode this walker does not know
	failTrunc     // the body ended inside an instruction or before its final end
	failLocals    // local declarations too many or longer than the body
)

// failAt encodes a failure at offset off as a negative position. The mask
// keeps the result negative even for offsets too large to shift (inputs over
// 256 MiB on 32-bit platforms), at the cost of a wrong offset in the message.
func failAt(off int, why int) int { return ^((off&maxFailOff)<<3 | why) }

const maxFailOff = int(^uint(0) >> 4)

// decodeFail splits a negative position into offset and reason.
func decodeFail(p int) (off, why int) { x := ^p; return x >> 3, x & 7 }

// lastByteOK reports whether c is a valid final byte for a LEB128 of the
// given kind that used all its allowed bytes.
func lastByteOK(kind int, c byte) bool {
	switch kind {
	case lebU32:
		return c <= 0x0F
	case lebS32:
		return c <= 0x07 || c >= 0x78
	case lebS33:
		return c <= 0x0F || c >= 0x70
	case lebU64:
		return c <= 0x01
	default: // lebS64
		return c == 0x00 || c == 0x7F
	}
}

func skipLEBSlow(b []byte, p int, kind int) int {
	if p < 0 {
		return p
	}
	max := 5
	if kind >= lebU64 {
		max = 10
	}
	for i := 0; i < max; i++ {
		if p+i >= len(b) {
			return failAt(p, failLEBTrunc)
		}
		if c := b[p+i]; c < 0x80 {
			if i == max-1 && !lastByteOK(kind, c) {
				return failAt(p, failLEBBig)
			}
			return p + i + 1
		}
	}
	return failAt(p, failLEBLong)
}

// skipU32 skips an unsigned 32-bit LEB128 (indices, counts).
func skipU32(b []byte, p int) int {
	if uint(p) < uint(len(b)) && b[p] < 0x80 {
		return p + 1
	}
	return skipLEBSlow(b, p, lebU32)
}

// skipS32 skips an i32.const immediate.
func skipS32(b []byte, p int) int {
	if uint(p) < uint(len(b)) && b[p] < 0x80 {
		return p + 1
	}
	return skipLEBSlow(b, p, lebS32)
}

// skipS64 skips an i64.const immediate.
func skipS64(b []byte, p int) int {
	if uint(p) < uint(len(b)) && b[p] < 0x80 {
		return p + 1
	}
	return skipLEBSlow(b, p, lebS64)
}

// readU32 decodes an unsigned 32-bit LEB128 where the walker needs the value
// (vector lengths, sub-opcodes, alignment flags).
func readU32(b []byte, p int) (uint32, int) {
	if uint(p) < uint(len(b)) && b[p] < 0x80 {
		return uint32(b[p]), p + 1
	}
	return readU32Slow(b, p)
}

func readU32Slow(b []byte, p int) (uint32, int) {
	end := skipLEBSlow(b, p, lebU32)
	if end < 0 {
		return 0, end
	}
	var v uint32
	for i := end - 1; i >= p; i-- {
		v = v<<7 | uint32(b[i]&0x7F)
	}
	return v, end
}

// readS33 decodes a signed 33-bit LEB128 (block types, heap types).
func readS33(b []byte, p int) (int64, int) {
	end := skipLEBSlow(b, p, lebS33)
	if end < 0 {
		return 0, end
	}
	var v int64
	for i := end - 1; i >= p; i-- {
		v = v<<7 | int64(b[i]&0x7F)
	}
	if shift := uint(7 * (end - p)); shift < 64 && b[end-1]&0x40 != 0 {
		v |= -1 << shift
	}
	return v, end
}
