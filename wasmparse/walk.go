package wasmparse

import (
	"encoding/binary"
	"math/bits"
)

// walk decodes the instruction sequence that starts at p and returns the
// position just after the end that closes it, together with the
// exception-handling evidence (eh* bits) it saw. b must end where the
// enclosing body or section ends. Every opcode is decoded and its immediates
// skipped exactly; nothing is searched for by byte value, since an opcode
// byte such as 0x06 (try) is just as likely to be an index or a constant.
//
// On failure the returned position is negative (see failAt) and opOff is the
// offset of the instruction being decoded, for the error message.
func walk(b []byte, p int) (end int, flags uint8, opOff int) {
	ensureFastPairs()
	return walkFrom(b, p, 0)
}

// walkFrom is walk starting inside depth open blocks (its caller has
// called ensureFastPairs).
func walkFrom(b []byte, p, depth int) (end int, flags uint8, opOff int) {
	opOff = p
	for {
		p, depth = fastRun(b, p, depth)
		if p >= len(b) {
			// Ran off the end: before the end that closes the
			// expression, or (p > len) inside the fixed-size immediate
			// of the instruction at opOff.
			if p == len(b) {
				opOff = p
			}
			return failAt(opOff, failTrunc), flags, opOff
		}
		opOff = p
		var f uint8
		var done bool
		p, depth, f, done = step(b, p, depth)
		flags |= f
		if p < 0 || done {
			return p, flags, opOff
		}
	}
}

// fastRun advances over the instructions that make up nine in ten of real
// code: no immediates, or one- and two-byte immediates whose bytes table
// lookups can vouch for (a one-byte LEB128, a one-byte alignment, a one-byte
// block type), and, on a slower branch, LEB128 immediates of two to four
// bytes. It stops, without consuming it, at the first instruction it cannot
// handle, including the end that closes the expression, and leaves that to
// step. Its branches almost always go the same way, so the mix of opcodes
// does not defeat the branch predictor the way a switch does.
func fastRun(b []byte, p, depth int) (int, int) {
	n := len(b) - 2
	for p < n {
		pair := binary.LittleEndian.Uint16(b[p:])
		e := fastPairs[pair]
		if e&(b[p+2]|pairSlow)&(pairSlow|pairCheck3) != 0 {
			np := skipLongLEB(b, p, pair)
			if np < 0 {
				break
			}
			p = np
			continue
		}
		d := depth + int(e>>2&3) - 1
		if d < 0 {
			break
		}
		depth = d
		p += int(e & 3)
	}
	return p, depth
}

// skipLongLEB handles, for fastRun, an instruction whose immediate is a
// LEB128 of two to four bytes (an index, a constant or a memarg offset): it
// finds the last byte among the next eight (the one with the stop bit
// clear). It returns -1 for anything else, including five-byte encodings,
// which need the range check that step does. pair holds b[p] and b[p+1].
func skipLongLEB(b []byte, p int, pair uint16) int {
	leb := int(lebOffset[uint8(pair)])
	q := p + leb
	if leb == 0 || q+8 > len(b) || (leb == 2 && pair >= 0x40<<8) {
		return -1
	}
	last := bits.TrailingZeros64(^binary.LittleEndian.Uint64(b[q:])&0x8080808080) >> 3
	if last >= 4 {
		return -1
	}
	return q + last + 1
}

// step decodes the one instruction at p (p < len(b)) with the general
// decoder. It returns the next position (negative on failure, see failAt),
// the new block depth, the EH evidence, and whether the instruction was the
// end that closes the expression. A position past len(b) means a fixed-size
// immediate ran off the end.
func step(b []byte, p, depth int) (next, newDepth int, flags uint8, done bool) {
	n := len(b)
	opOff := p
	c := b[p]
	p++
	switch opClass[c] {
	case opNone:
	case opIdx:
		p = skipU32(b, p)
	case opEnd:
		if depth == 0 {
			return p, 0, flags, true
		}
		depth--
	case opMem:
		p = skipMemarg(b, p)
	case opI32:
		p = skipS32(b, p)
	case opBlock:
		depth++
		if uint(p) < uint(n) {
			if c := b[p]; c == blockEmpty || valTypeClass[c] == vtSimple {
				return p + 1, depth, 0, false
			}
		}
		var f uint8
		p, f = skipBlockType(b, p)
		flags |= f
	case opIdxIdx:
		p = skipU32(b, skipU32(b, p))
	case opI64:
		p = skipS64(b, p)
	case opF32:
		p += 4
	case opF64:
		p += 8
	case opBrTable:
		var cnt uint32
		cnt, p = readU32(b, p)
		if p < 0 {
			break
		}
		if uint64(cnt) >= uint64(n-p) { // each label takes a byte, plus the default
			p = failAt(opOff, failTrunc)
			break
		}
		for i := uint32(0); i <= cnt && p >= 0; i++ {
			p = skipU32(b, p)
		}
	case opSelectT:
		var f uint8
		p, f = skipValTypeVec(b, p, opOff)
		flags |= f
	case opRefNull:
		var f uint8
		p, f = skipHeapType(b, p)
		flags |= f
	case opTry:
		flags |= ehLegacy
		depth++
		var f uint8
		p, f = skipBlockType(b, p)
		flags |= f
	case opCatch, opRethrow:
		flags |= ehLegacy
		p = skipU32(b, p)
	case opCatchAll:
		flags |= ehLegacy
	case opDelegate:
		// delegate closes its try block like end does. A delegate with
		// no open block is a validation error, not a decoding one: it
		// leaves the depth alone, so it cannot end the expression.
		flags |= ehLegacy
		p = skipU32(b, p)
		if depth > 0 {
			depth--
		}
	case opThrow:
		flags |= ehThrow
		p = skipU32(b, p)
	case opThrowRef:
		flags |= ehExnref
	case opTryTable:
		flags |= ehExnref
		depth++
		var f uint8
		p, f = skipBlockType(b, p)
		flags |= f
		p = skipCatchClauses(b, p, opOff)
	case opPrefixMisc:
		p = skipMisc(b, p, opOff)
	case opPrefixSIMD:
		p = skipSIMD(b, p, opOff)
	case opPrefixAtomic:
		p = skipAtomic(b, p, opOff)
	case opPrefixGC:
		var f uint8
		p, f = skipGC(b, p, opOff)
		flags |= f
	default:
		p = failAt(opOff, failUnknownOp)
	}
	return p, depth, flags, false
}

// skipMemarg skips a memory argument: alignment flags, a memory index when
// flag bit 6 is set (multi-memory), and the offset (u64 for memory64).
func skipMemarg(b []byte, p int) int {
	if uint(p+1) < uint(len(b)) && b[p] < 0x40 && b[p+1] < 0x80 {
		return p + 2
	}
	return skipMemargSlow(b, p)
}

func skipMemargSlow(b []byte, p int) int {
	var align uint32
	align, p = readU32(b, p)
	if align&0x40 != 0 {
		p = skipU32(b, p)
	}
	if uint(p) < uint(len(b)) && b[p] < 0x80 {
		return p + 1
	}
	return skipLEBSlow(b, p, lebU64)
}

// skipBlockType skips a block type: 0x40 (empty), a value type, or a
// non-negative s33 type index (multi-value signatures).
func skipBlockType(b []byte, p int) (int, uint8) {
	if uint(p) >= uint(len(b)) {
		if p < 0 {
			return p, 0
		}
		return failAt(p, failTrunc), 0
	}
	c := b[p]
	if c == blockEmpty {
		return p + 1, 0
	}
	switch valTypeClass[c] {
	case vtSimple:
		return p + 1, 0
	case vtExn:
		return p + 1, ehExnref
	case vtRef:
		return skipHeapType(b, p+1)
	}
	v, np := readS33(b, p)
	if np >= 0 && v < 0 {
		return failAt(p, failBadImm), 0
	}
	return np, 0
}

// skipHeapType skips an s33 heap type: an abstract heap type or a type index.
func skipHeapType(b []byte, p int) (int, uint8) {
	h, np := readS33(b, p)
	if np < 0 {
		return np, 0
	}
	if h < 0 {
		if !isAbstractHeap(h) {
			return failAt(p, failBadImm), 0
		}
		if isExnHeap(h) {
			return np, ehExnref
		}
	}
	return np, 0
}

// skipValType skips one value type.
func skipValType(b []byte, p int) (int, uint8) {
	if uint(p) >= uint(len(b)) {
		if p < 0 {
			return p, 0
		}
		return failAt(p, failTrunc), 0
	}
	switch valTypeClass[b[p]] {
	case vtSimple:
		return p + 1, 0
	case vtExn:
		return p + 1, ehExnref
	case vtRef:
		return skipHeapType(b, p+1)
	}
	return failAt(p, failBadImm), 0
}

// skipValTypeVec skips the vec(valtype) of a typed select.
func skipValTypeVec(b []byte, p, opOff int) (int, uint8) {
	cnt, p := readU32(b, p)
	if p < 0 {
		return p, 0
	}
	if uint64(cnt) > uint64(len(b)-p) {
		return failAt(opOff, failTrunc), 0
	}
	var flags uint8
	for i := uint32(0); i < cnt && p >= 0; i++ {
		var f uint8
		p, f = skipValType(b, p)
		flags |= f
	}
	return p, flags
}

// skipCatchClauses skips try_table's vec(catch): kinds 0 (catch tag label)
// and 1 (catch_ref tag label) name a tag, kinds 2 (catch_all label) and 3
// (catch_all_ref label) do not.
func skipCatchClauses(b []byte, p, opOff int) int {
	cnt, p := readU32(b, p)
	if p < 0 {
		return p
	}
	if uint64(cnt)*2 > uint64(len(b)-p) {
		return failAt(opOff, failTrunc)
	}
	for i := uint32(0); i < cnt && p >= 0; i++ {
		kind := b[p] // in bounds: the count check left two bytes per clause
		switch kind {
		case 0, 1:
			p = skipU32(b, skipU32(b, p+1))
		case 2, 3:
			p = skipU32(b, p+1)
		default:
			return failAt(p, failBadImm)
		}
		if p >= 0 && i+1 < cnt && p >= len(b) {
			return failAt(opOff, failTrunc)
		}
	}
	return p
}

// skipMisc skips a 0xFC-prefixed instruction: saturating truncation (0-7),
// bulk memory and table operations (8-17) and wide arithmetic (19-22).
func skipMisc(b []byte, p, opOff int) int {
	sub, p := readU32(b, p)
	if p < 0 {
		return p
	}
	switch sub {
	case 0, 1, 2, 3, 4, 5, 6, 7, 19, 20, 21, 22:
		return p
	case 9, 11, 13, 15, 16, 17: // data.drop, memory.fill, elem.drop, table.grow/size/fill
		return skipU32(b, p)
	case 8, 10, 12, 14: // memory.init, memory.copy, table.init, table.copy
		return skipU32(b, skipU32(b, p))
	}
	return failAt(opOff, failUnknownOp)
}

// skipSIMD skips a 0xFD-prefixed instruction (SIMD and relaxed SIMD).
func skipSIMD(b []byte, p, opOff int) int {
	sub, p := readU32(b, p)
	if p < 0 {
		return p
	}
	if sub >= uint32(len(simdClass)) {
		return failAt(opOff, failUnknownOp)
	}
	switch simdClass[sub] {
	case simdNone:
		return p
	case simdMem:
		return skipMemarg(b, p)
	case simdMemLane:
		p = skipMemarg(b, p)
		if p < 0 {
			return p
		}
		return p + 1
	case simdBytes16:
		return p + 16
	case simdLane:
		return p + 1
	}
	return failAt(opOff, failUnknownOp)
}

// skipAtomic skips a 0xFE-prefixed instruction (threads): notify and wait
// (0-2), atomic.fence (3, a reserved zero byte) and the atomic loads, stores
// and read-modify-write operations (0x10-0x4E), all with a memarg.
func skipAtomic(b []byte, p, opOff int) int {
	sub, p := readU32(b, p)
	if p < 0 {
		return p
	}
	switch {
	case sub <= 2 || (sub >= 0x10 && sub <= 0x4E):
		return skipMemarg(b, p)
	case sub == 3:
		if uint(p) < uint(len(b)) && b[p] != 0 {
			return failAt(p, failBadImm)
		}
		return p + 1
	}
	return failAt(opOff, failUnknownOp)
}

// skipGC skips a 0xFB-prefixed instruction (GC proposal).
func skipGC(b []byte, p, opOff int) (int, uint8) {
	sub, p := readU32(b, p)
	if p < 0 {
		return p, 0
	}
	switch {
	case sub == 15 || (sub >= 26 && sub <= 30): // array.len, conversions, i31
		return p, 0
	case sub <= 1 || sub == 6 || sub == 7 || (sub >= 11 && sub <= 14) || sub == 16:
		return skipU32(b, p), 0
	case sub <= 5 || (sub >= 8 && sub <= 10) || (sub >= 17 && sub <= 19):
		return skipU32(b, skipU32(b, p)), 0
	case sub <= 23: // ref.test, ref.cast (nullable or not): heap type
		return skipHeapType(b, p)
	case sub <= 25: // br_on_cast, br_on_cast_fail: flags, label, two heap types
		if uint(p) >= uint(len(b)) {
			return failAt(opOff, failTrunc), 0
		}
		if b[p] > 3 {
			return failAt(p, failBadImm), 0
		}
		p = skipU32(b, p+1)
		p, f1 := skipHeapType(b, p)
		p, f2 := skipHeapType(b, p)
		return p, f1 | f2
	}
	return failAt(opOff, failUnknownOp), 0
}
