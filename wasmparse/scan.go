package wasmparse

import "fmt"

// scanRange decodes consecutive bodies; bodies[0] is function firstFunc in
// the function index space. It fills in each body's CodeOffset and NumLocals
// and returns the EH evidence, or the error of the first malformed body.
func scanRange(in []byte, bodies []FuncBody, firstFunc uint32) (uint8, error) {
	ensureFastPairs()
	var flags uint8
	for i := range bodies {
		body := &bodies[i]
		begin := int(body.Offset)
		b := in[:begin+int(body.Size)]
		p, nlocals, f := skipLocals(b, begin)
		flags |= f
		if p < 0 {
			return 0, walkError(b, "code", funcCtx(firstFunc, i), p, -1)
		}
		body.CodeOffset = int64(p)
		body.NumLocals = nlocals
		// walk, inlined so that the state stays in registers across the
		// switches between the fast path and the general decoder.
		depth, opOff := 0, p
		for {
			p, depth = fastRun(b, p, depth)
			if p >= len(b) {
				// Ran off the end: before the final end, or (p > len)
				// inside a fixed-size immediate of the instruction at
				// opOff.
				if p == len(b) {
					opOff = p
				}
				return 0, walkError(b, "code", funcCtx(firstFunc, i), failAt(opOff, failTrunc), opOff)
			}
			opOff = p
			var done bool
			p, depth, f, done = step(b, p, depth)
			flags |= f
			if p < 0 {
				return 0, walkError(b, "code", funcCtx(firstFunc, i), p, opOff)
			}
			if done {
				break
			}
		}
		if p != len(b) {
			return 0, &FormatError{Section: "code", Offset: int64(p),
				Msg: fmt.Sprintf("%s: %d bytes after the end of the body's expression (body ends at offset %d)", funcCtx(firstFunc, i), len(b)-p, len(b))}
		}
	}
	return flags, nil
}

func funcCtx(firstFunc uint32, i int) string {
	return fmt.Sprintf("function %d", int64(firstFunc)+int64(i))
}
