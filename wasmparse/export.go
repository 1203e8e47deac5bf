package wasmparse

// exportSection reads the exports: name, kind and index.
func (p *parser) exportSection(r *reader) error {
	n, err := r.count("export", 3) // empty name, kind, index
	if err != nil {
		return err
	}
	p.f.Exports = make([]Export, 0, r.capHint(n))
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
