package wasmparse

import "sync"

// Immediate classes of the one-byte opcodes: step, the general decoder,
// switches on them, and the fast path's tables are built from them.
const (
	opInvalid = iota
	opNone    // no immediates
	opBlock   // block, loop, if: a block type; opens a block
	opEnd     // end: closes a block, or the expression
	opIdx     // one u32 index (local, global, func, label, table, memory, type)
	opIdxIdx  // two u32 indices (call_indirect: type, table)
	opMem     // memarg
	opI32     // s32
	opI64     // s64
	opF32     // 4 bytes
	opF64     // 8 bytes
	opBrTable // vec(label) label
	opSelectT // vec(valtype)
	opRefNull // heap type
	opTry     // legacy try: block type; opens a block
	opCatch   // legacy catch: tag index
	opCatchAll
	opRethrow  // legacy rethrow: label
	opDelegate // legacy delegate: label; closes the try block
	opThrow    // throw: tag index
	opThrowRef
	opTryTable // try_table: block type, vec(catch clause); opens a block
	opPrefixGC
	opPrefixMisc
	opPrefixSIMD
	opPrefixAtomic
)

var opClass = func() (t [256]uint8) {
	set := func(class uint8, ops ...byte) {
		for _, op := range ops {
			t[op] = class
		}
	}
	span := func(class uint8, lo, hi byte) {
		for op := int(lo); op <= int(hi); op++ {
			t[op] = class
		}
	}
	set(opNone, 0x00, 0x01, 0x05, 0x0F, 0x1A, 0x1B, 0xD1, 0xD3, 0xD4)
	set(opBlock, 0x02, 0x03, 0x04)
	set(opEnd, 0x0B)
	set(opIdx,
		0x0C, 0x0D, // br, br_if
		0x10, 0x12, // call, return_call
		0x14, 0x15, // call_ref, return_call_ref
		0x25, 0x26, // table.get, table.set
		0x3F, 0x40, // memory.size, memory.grow (memory index)
		0xD2,       // ref.func
		0xD5, 0xD6) // br_on_null, br_on_non_null
	span(opIdx, 0x20, 0x24)   // local.get/set/tee, global.get/set
	set(opIdxIdx, 0x11, 0x13) // call_indirect, return_call_indirect
	span(opMem, 0x28, 0x3E)   // loads and stores
	set(opI32, 0x41)
	set(opI64, 0x42)
	set(opF32, 0x43)
	set(opF64, 0x44)
	span(opNone, 0x45, 0xC4) // numeric instructions, sign extension
	set(opBrTable, 0x0E)
	set(opSelectT, 0x1C)
	set(opRefNull, 0xD0)
	set(opTry, 0x06)
	set(opCatch, 0x07)
	set(opCatchAll, 0x19)
	set(opRethrow, 0x09)
	set(opDelegate, 0x18)
	set(opThrow, 0x08)
	set(opThrowRef, 0x0A)
	set(opTryTable, 0x1F)
	set(opPrefixGC, 0xFB)
	set(opPrefixMisc, 0xFC)
	set(opPrefixSIMD, 0xFD)
	set(opPrefixAtomic, 0xFE)
	return t
}()

// Immediate classes of the 0xFD (SIMD) sub-opcodes.
const (
	simdInvalid = iota
	simdNone
	simdMem     // memarg
	simdMemLane // memarg, lane index byte
	simdBytes16 // v128.const, i8x16.shuffle: 16 bytes
	simdLane    // extract/replace lane: lane index byte
)

// simdClass covers 0x00..0xFF and relaxed SIMD 0x100..0x113. The gaps in
// 0x9A..0xEE are opcodes that were assigned during the proposal and later
// removed; they stay invalid.
var simdClass = func() (t [0x114]uint8) {
	for i := range t {
		t[i] = simdNone
	}
	for i := 0x00; i <= 0x0B; i++ {
		t[i] = simdMem // v128.load .. v128.store
	}
	t[0x0C] = simdBytes16
	t[0x0D] = simdBytes16
	for i := 0x15; i <= 0x22; i++ {
		t[i] = simdLane
	}
	for i := 0x54; i <= 0x5B; i++ {
		t[i] = simdMemLane
	}
	t[0x5C] = simdMem // v128.load32_zero
	t[0x5D] = simdMem // v128.load64_zero
	for _, i := range []int{0x9A, 0xA2, 0xA5, 0xA6, 0xAF, 0xB0, 0xB2, 0xB3, 0xB4, 0xBB,
		0xC2, 0xC5, 0xC6, 0xCF, 0xD0, 0xD2, 0xD3, 0xD4, 0xE2, 0xEE} {
		t[i] = simdInvalid
	}
	return t
}()

// fastPairs drives the walker's fast path. It is indexed by an opcode and
// the byte after it, as a little-endian 16-bit load gives them
// (next<<8 | opcode), which together settle most
// instructions: whether the immediate is in its short form (a one-byte
// LEB128, a one-byte alignment without the memory-index flag, a one-byte
// block type) and so how long the instruction is. Each entry holds:
//
//	bits 0-1  length of the instruction, 1 to 3
//	bits 2-3  block depth change plus one (0: end, 1: none, 2: block)
//	bit  6    pairSlow: the fast path cannot decode this instruction
//	bit  7    pairCheck3: the third byte must be a one-byte LEB128
//	          (a memarg offset)
//
// The table is 64 KiB, but real code touches a small part of it.
const (
	pairSlow   = 1 << 6
	pairCheck3 = 1 << 7
)

var fastPairs [1 << 16]uint8

// The table is filled on the first walk, not at the process's start: its
// 16 pages, first touched, cost ~0.2 ms there (a tenth of the start-up of
// a `build`, which walks no code for most modules). It is filled a row of
// 256 opcodes per next byte, in memory order (by opcode, writes 256 bytes
// apart took ~60 µs warm).
var fastPairsOnce sync.Once

func ensureFastPairs() { fastPairsOnce.Do(fillFastPairs) }

func fillFastPairs() {
	t := &fastPairs
	for next := 0; next < 256; next++ {
		// Block types: empty, a one-byte value type (exception references
		// are left to step, which records them), or a type index below 64
		// (a one-byte s33).
		oneByteBlockType := next == blockEmpty || valTypeClass[next] == vtSimple || next < 0x40
		row := t[next<<8 : next<<8+256]
		for op := range row {
			e := uint8(pairSlow)
			switch opClass[op] {
			case opNone:
				e = 1 | 1<<2
			case opEnd:
				e = 1
			case opIdx, opI32, opI64:
				if next < 0x80 {
					e = 2 | 1<<2
				}
			case opMem:
				if next < 0x40 {
					e = 3 | 1<<2 | pairCheck3
				}
			case opBlock:
				if oneByteBlockType {
					e = 2 | 2<<2
				}
			}
			row[op] = e
		}
	}
}

// lebOffset is, for the opcodes whose one immediate (or memarg offset) is a
// LEB128 that the fast path can take in its multi-byte form, the offset of
// that LEB128 from the opcode; 0 for the others.
var lebOffset = func() (t [256]uint8) {
	for op := 0; op < 256; op++ {
		switch opClass[op] {
		case opIdx, opI32, opI64:
			t[op] = 1
		case opMem:
			t[op] = 2
		}
	}
	return t
}()
