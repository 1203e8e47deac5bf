package wasmparse

// tableSection reads the defined tables. A table is either a table type, or
// (function references proposal) 0x40 0x00 followed by a table type and an
// initialiser expression for non-nullable element types.
func (p *parser) tableSection(r *reader) error {
	n, err := r.count("table", 3) // reftype, flags, min
	if err != nil {
		return err
	}
	p.f.Tables = make([]TableType, 0, r.capHint(n))
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
