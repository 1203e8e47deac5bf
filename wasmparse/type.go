package wasmparse

// typeSection reads the type section. Only function types (0x60) are
// accepted: File.Types is indexed by type index, and the GC proposal's
// recursive groups, subtypes, structs and arrays have no place in it.
func (p *parser) typeSection(r *reader) error {
	n, err := r.count("type", 3) // 0x60, two empty vectors
	if err != nil {
		return err
	}
	p.f.Types = make([]FuncType, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		ft, err := r.readTypeDef()
		if err != nil {
			return err
		}
		p.f.Types = append(p.f.Types, ft)
	}
	return nil
}

func (r *reader) readTypeDef() (FuncType, error) {
	start := r.p
	form, err := r.byte("type form")
	if err != nil {
		return FuncType{}, err
	}
	switch form {
	case 0x60:
		return r.readFuncSig()
	case 0x4E:
		return FuncType{}, r.errf(start, "recursive type group (0x4e rec, GC proposal) is not supported; only function types (0x60) are")
	case 0x50, 0x4F:
		return FuncType{}, r.errf(start, "subtype declaration (0x%02x sub, GC proposal) is not supported; only function types (0x60) are", form)
	case 0x5F:
		return FuncType{}, r.errf(start, "struct type (0x5f, GC proposal) is not supported; only function types (0x60) are")
	case 0x5E:
		return FuncType{}, r.errf(start, "array type (0x5e, GC proposal) is not supported; only function types (0x60) are")
	}
	return FuncType{}, r.errf(start, "invalid type form 0x%02x, expected 0x60 (func)", form)
}

// readFuncSig reads the params and results vectors of a function type.
func (r *reader) readFuncSig() (FuncType, error) {
	params, err := r.readValTypes("param")
	if err != nil {
		return FuncType{}, err
	}
	results, err := r.readValTypes("result")
	if err != nil {
		return FuncType{}, err
	}
	return FuncType{Params: params, Results: results}, nil
}

func (r *reader) readValTypes(what string) ([]ValType, error) {
	n, err := r.count(what, 1)
	if err != nil || n == 0 {
		return nil, err
	}
	ts := make([]ValType, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		t, err := r.readValType()
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}
