package wasmparse

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// codeSection reads the body sizes and starts decoding every body's locals
// and instructions. A large section is decoded in the background, in
// parallel, while the main goroutine goes on with the data and custom
// sections; parse joins it before returning (see parser.joinScan).
func (p *parser) codeSection(r *reader) error {
	p.haveCode = true
	countOff := r.p
	n, err := r.count("function body", 3) // size, locals count, end
	if err != nil {
		return err
	}
	if n != len(p.f.Functions) {
		return r.errf(countOff, "code section has %d function bodies but the function section declares %d functions", n, len(p.f.Functions))
	}
	if p.opts.SkipScanWithoutTags && !p.f.hasTags() {
		// Nothing to scan for: the bodies are not even located, so that
		// none of their bytes is touched (on a mapped file, every page
		// read is a fault). Their count was checked above; the section's
		// size was checked by the caller.
		r.p = len(r.b)
		return nil
	}
	// capHint and append, rather than n entries up front, keep memory
	// proportional to the bodies that are really there.
	bodies := make([]FuncBody, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		sizeOff := r.p
		size, err := r.u32("function body size")
		if err != nil {
			return err
		}
		if int64(size) > int64(r.remaining()) {
			return r.errf(sizeOff, "function %d: body size %d runs past the end of the section (%d bytes left)", int(p.importedFuncs)+i, size, r.remaining())
		}
		bodies = append(bodies, FuncBody{Offset: int64(r.p), Size: int64(size)})
		r.p += int(size)
	}
	p.f.Code = bodies
	total := r.p - countOff
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || total < parallelScanMin || len(bodies) < 2 || p.opts.Serial {
		flags, err := scanRange(p.in, bodies, p.importedFuncs)
		p.flags |= flags
		return err
	}
	done := make(chan scanResult, 1)
	go func() {
		flags, err := scanParallel(p.in, bodies, p.importedFuncs, total, workers)
		done <- scanResult{flags, err}
	}()
	p.scan = done
	return nil
}

type scanResult struct {
	flags uint8
	err   error
}

// joinScan waits for a background code scan. Its error takes precedence
// over err, which can only come from a later section.
func (p *parser) joinScan(err error) error {
	if p.scan == nil {
		return err
	}
	res := <-p.scan
	p.scan = nil
	p.flags |= res.flags
	if res.err != nil {
		return res.err
	}
	return err
}

// Below this much code the goroutine start-up costs more than it saves.
const parallelScanMin = 1 << 20

// scanParallel decodes every function body with several goroutines. The
// section is split into chunks of consecutive bodies of roughly equal byte
// size, taken in order by the workers. The result does not depend on
// scheduling: flags are OR-ed, and the error reported is that of the first
// failing body in file order (chunks are handed out in order and every chunk
// before a failing one is finished, so the first failure is always found).
func scanParallel(in []byte, bodies []FuncBody, firstFunc uint32, total, workers int) (uint8, error) {
	// About 8 chunks per worker balances uneven bodies without making the
	// per-chunk bookkeeping noticeable.
	target := total / (workers * 8)
	var starts []int
	acc := target
	for i, b := range bodies {
		if acc >= target {
			starts = append(starts, i)
			acc = 0
		}
		acc += int(b.Size) + 1
	}
	starts = append(starts, len(bodies))
	nchunks := len(starts) - 1
	results := make([]scanResult, nchunks)
	var next atomic.Int32
	var failed atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < min(workers, nchunks); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				c := int(next.Add(1)) - 1
				if c >= nchunks {
					return
				}
				lo, hi := starts[c], starts[c+1]
				f, err := scanRange(in, bodies[lo:hi], firstFunc+uint32(lo))
				results[c] = scanResult{f, err}
				if err != nil {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	var flags uint8
	for _, res := range results {
		if res.err != nil {
			return 0, res.err
		}
		flags |= res.flags
	}
	return flags, nil
}

// skipLocals skips the local declarations, vec((count u32, valtype)), and
// returns the total number of locals. The spec bounds the total by 2^32-1;
// engines that allocate per local rely on that.
func skipLocals(b []byte, p int) (int, uint32, uint8) {
	start := p
	cnt, p := readU32(b, p)
	if p < 0 {
		return p, 0, 0
	}
	if uint64(cnt)*2 > uint64(len(b)-p) {
		return failAt(start, failLocals), 0, 0
	}
	var total uint64
	var flags uint8
	for i := uint32(0); i < cnt; i++ {
		var n uint32
		n, p = readU32(b, p)
		total += uint64(n)
		var f uint8
		p, f = skipValType(b, p)
		flags |= f
		if p < 0 {
			return p, 0, 0
		}
	}
	if total > 0xFFFFFFFF {
		return failAt(start, failLocals), 0, 0
	}
	return p, uint32(total), flags
}

// walkError turns a failed walk into a FormatError. ctx names the function
// or expression; p is the encoded failure; opOff is where the instruction
// being decoded starts, or -1 for a function's local declarations.
func walkError(b []byte, section, ctx string, p, opOff int) *FormatError {
	off, why := decodeFail(p)
	what := "the local declarations"
	if opOff >= 0 {
		what = opcodeName(b, opOff) + " at offset " + strconv.FormatInt(int64(opOff), 10)
	}
	var msg string
	switch why {
	case failLEBTrunc:
		msg = fmt.Sprintf("%s: truncated LEB128 in %s (body or expression ends at offset %d)", ctx, what, len(b))
	case failLEBLong:
		msg = fmt.Sprintf("%s: LEB128 in %s is longer than its type allows", ctx, what)
	case failLEBBig:
		msg = fmt.Sprintf("%s: LEB128 in %s overflows its type", ctx, what)
	case failBadImm:
		msg = fmt.Sprintf("%s: invalid immediate of %s: expected a valid block type, heap type, value type, catch kind or zero byte", ctx, what)
	case failUnknownOp:
		msg = fmt.Sprintf("%s: unknown %s", ctx, what)
	case failTrunc:
		if opOff >= len(b) {
			msg = fmt.Sprintf("%s: body or expression ends at offset %d before the end opcode that closes it", ctx, len(b))
		} else {
			msg = fmt.Sprintf("%s: body or expression ends (at offset %d) inside %s or before the end that closes it", ctx, len(b), what)
		}
	case failLocals:
		msg = fmt.Sprintf("%s: malformed local declarations: more entries than the body has bytes, or more than 2^32-1 locals", ctx)
	default:
		msg = fmt.Sprintf("%s: malformed %s", ctx, what)
	}
	return &FormatError{Section: section, Offset: int64(off), Msg: msg}
}

// opcodeName spells the opcode at off as "opcode 0x10" or, for prefixed
// opcodes, "opcode 0xfd 0x0c".
func opcodeName(b []byte, off int) string {
	if off < 0 || off >= len(b) {
		return "instruction"
	}
	c := b[off]
	switch c {
	case 0xFB, 0xFC, 0xFD, 0xFE:
		if sub, p := readU32(b, off+1); p >= 0 {
			return fmt.Sprintf("opcode 0x%02x 0x%02x", c, sub)
		}
	}
	return fmt.Sprintf("opcode 0x%02x", c)
}
