package wasmparse

// elementSection reads the element segments. The first u32 of a segment is
// a flags field selecting one of eight encodings:
//
//	bit 0: passive or declarative (else active)
//	bit 1: active with an explicit table index / declarative (with bit 0)
//	bit 2: the items are expressions and the type is a reftype (else
//	       function indices with an elemkind byte)
//
//	0: expr vec(funcidx)                      active, table 0, funcref
//	1: elemkind vec(funcidx)                  passive
//	2: tableidx expr elemkind vec(funcidx)    active
//	3: elemkind vec(funcidx)                  declarative
//	4: expr vec(expr)                         active, table 0, funcref
//	5: reftype vec(expr)                      passive
//	6: tableidx expr reftype vec(expr)        active
//	7: reftype vec(expr)                      declarative
func (p *parser) elementSection(r *reader) error {
	n, err := r.count("element segment", 3)
	if err != nil {
		return err
	}
	p.f.Elements = make([]ElementSegment, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		p.f.Elements = append(p.f.Elements, ElementSegment{})
		if err := p.readElementSegment(r, &p.f.Elements[i]); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) readElementSegment(r *reader, e *ElementSegment) error {
	flagsOff := r.p
	flags, err := r.u32("element segment flags")
	if err != nil {
		return err
	}
	if flags > 7 {
		return r.errf(flagsOff, "invalid element segment flags %d, expected 0..7", flags)
	}
	exprs := flags&4 != 0
	switch {
	case flags&1 == 0:
		e.Mode = ElementActive
		if flags&2 != 0 {
			if e.Table, err = r.u32("table index"); err != nil {
				return err
			}
		}
		if e.Offset, err = p.readConstExpr(r); err != nil {
			return err
		}
	case flags&2 == 0:
		e.Mode = ElementPassive
	default:
		e.Mode = ElementDeclarative
	}
	e.Type = FuncRef
	// Encodings 0 and 4 imply funcref; the others spell out the type.
	if flags&3 != 0 {
		if exprs {
			if e.Type, err = r.readRefType(); err != nil {
				return err
			}
		} else {
			kindOff := r.p
			k, err := r.byte("element kind")
			if err != nil {
				return err
			}
			if k != 0 {
				return r.errf(kindOff, "invalid element kind 0x%02x, expected 0x00 (funcref)", k)
			}
		}
	}
	cnt, err := r.count("element", 1)
	if err != nil {
		return err
	}
	e.Funcs = make([]int64, 0, r.capHint(cnt))
	for j := 0; j < cnt; j++ {
		var fn int64
		if exprs {
			fn, err = p.readFuncRefExpr(r)
		} else {
			var idx uint32
			idx, err = r.u32("function index")
			fn = int64(idx)
		}
		if err != nil {
			return err
		}
		e.Funcs = append(e.Funcs, fn)
	}
	return nil
}
