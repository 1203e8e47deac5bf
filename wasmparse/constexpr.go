package wasmparse

// readConstExpr reads a constant expression through its end opcode. The
// three shapes this tool interprets (i32.const, i64.const, global.get) are
// decoded directly; anything else (extended-const arithmetic, ref.func,
// ref.null, v128.const, GC allocations) is walked like a function body so
// the section stays in sync, and reported as ConstOther.
func (p *parser) readConstExpr(r *reader) (ConstExpr, error) {
	start := r.p
	if e, ok := r.simpleConstExpr(); ok {
		return e, nil
	}
	r.p = start
	end, flags, opOff := walk(r.b, start)
	if end < 0 {
		return ConstExpr{}, walkError(r.b, r.section, "constant expression", end, opOff)
	}
	p.flags |= flags
	r.p = end
	return ConstExpr{Kind: ConstOther}, nil
}

// simpleConstExpr decodes "i32.const v end", "i64.const v end" or
// "global.get i end". It reports false (leaving r.p anywhere) for every
// other shape, including malformed ones, which the walker then reports.
func (r *reader) simpleConstExpr() (ConstExpr, bool) {
	op, err := r.byte("constant expression")
	if err != nil {
		return ConstExpr{}, false
	}
	var e ConstExpr
	switch op {
	case 0x41:
		e.Kind = ConstI32
		e.Value, err = r.s32("i32.const")
	case 0x42:
		e.Kind = ConstI64
		e.Value, err = r.s64("i64.const")
	case 0x23:
		var g uint32
		e.Kind = ConstGlobal
		g, err = r.u32("global index")
		e.Value = int64(g)
	default:
		return ConstExpr{}, false
	}
	if err != nil || r.eof() || r.b[r.p] != 0x0B {
		return ConstExpr{}, false
	}
	r.p++
	return e, true
}

// readFuncRefExpr reads one element expression. "ref.func i end" yields i;
// any other expression (ref.null, global.get ...) yields -1.
func (p *parser) readFuncRefExpr(r *reader) (int64, error) {
	start := r.p
	if r.remaining() >= 3 && r.b[r.p] == 0xD2 {
		r.p++
		if idx, err := r.u32("function index"); err == nil && !r.eof() && r.b[r.p] == 0x0B {
			r.p++
			return int64(idx), nil
		}
	}
	r.p = start
	if _, err := p.readConstExpr(r); err != nil {
		return 0, err
	}
	return -1, nil
}
