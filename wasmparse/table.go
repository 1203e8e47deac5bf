package wasmparse

// tableSection reads the defined tables. A table is either a table type, or
// (function references proposal) 0x40 0x00 followed by a table type and an
// initialiser expression for non-nullable element types.
func (p *parser) tableSection(r *reader) error {
	n, err := r.count("table", 3) // reftype, flags, min
	if err != nil {
		return err
	}
	p.f.Tables = make([]TableType, 0, prealloc(n))
	for i := 0; i < n; i++ {
		p.f.Tables = append(p.f.Tables, TableType{})
		withInit := false
		if !r.eof() && r.b[r.p] == 0x40 {
			off := r.p + 1
			r.p++
			if z, err := r.byte("table reserved byte"); err != nil {
				return err
			} else if z != 0 {
				return r.errf(off, "invalid byte 0x%02x after 0x40 in table with initialiser, expected 0x00", z)
			}
			withInit = true
		}
		if p.f.Tables[i], err = r.readTableType(); err != nil {
			return err
		}
		if withInit {
			if _, err := p.readConstExpr(r); err != nil {
				return err
			}
		}
	}
	return nil
}

func (p *parser) memorySection(r *reader) error {
	n, err := r.count("memory", 2) // flags, min
	if err != nil {
		return err
	}
	p.f.Memories = make([]MemoryType, 0, prealloc(n))
	for i := 0; i < n; i++ {
		m, err := r.readMemoryType()
		if err != nil {
			return err
		}
		p.f.Memories = append(p.f.Memories, m)
	}
	return nil
}

// tagSection reads the defined exception tags (exception handling).
func (p *parser) tagSection(r *reader) error {
	n, err := r.count("tag", 2) // attribute, type index
	if err != nil {
		return err
	}
	p.f.Tags = make([]TagType, 0, prealloc(n))
	for i := 0; i < n; i++ {
		t, err := r.readTagType()
		if err != nil {
			return err
		}
		p.f.Tags = append(p.f.Tags, t)
	}
	return nil
}

// globalSection reads each global's type and initialiser.
func (p *parser) globalSection(r *reader) error {
	n, err := r.count("global", 3) // type, mutability, end
	if err != nil {
		return err
	}
	p.f.Globals = make([]GlobalType, 0, prealloc(n))
	p.f.GlobalInits = make([]ConstExpr, 0, prealloc(n))
	for i := 0; i < n; i++ {
		g, err := r.readGlobalType()
		if err != nil {
			return err
		}
		init, err := p.readConstExpr(r)
		if err != nil {
			return err
		}
		p.f.Globals = append(p.f.Globals, g)
		p.f.GlobalInits = append(p.f.GlobalInits, init)
	}
	return nil
}

func (p *parser) exportSection(r *reader) error {
	n, err := r.count("export", 3) // empty name, kind, index
	if err != nil {
		return err
	}
	p.f.Exports = make([]Export, 0, prealloc(n))
	for i := 0; i < n; i++ {
		p.f.Exports = append(p.f.Exports, Export{})
		e := &p.f.Exports[i]
		if e.Name, err = r.name("export name"); err != nil {
			return err
		}
		kindOff := r.p
		k, err := r.byte("export kind")
		if err != nil {
			return err
		}
		if k > byte(KindTag) {
			return r.errf(kindOff, "invalid export kind 0x%02x for %q, expected 0..4 (func, table, memory, global, tag)", k, e.Name)
		}
		e.Kind = ExternalKind(k)
		if e.Index, err = r.u32("export index"); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) startSection(r *reader) error {
	idx, err := r.u32("start function index")
	if err != nil {
		return err
	}
	p.f.Start = &idx
	return nil
}

func (p *parser) dataCountSection(r *reader) error {
	n, err := r.u32("data count")
	if err != nil {
		return err
	}
	p.f.DataCount = &n
	return nil
}
