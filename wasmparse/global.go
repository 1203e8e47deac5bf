package wasmparse

// globalSection reads each global's type and initialiser.
func (p *parser) globalSection(r *reader) error {
	n, err := r.count("global", 3) // type, mutability, end
	if err != nil {
		return err
	}
	p.f.Globals = make([]GlobalType, 0, r.capHint(n))
	p.f.GlobalInits = make([]ConstExpr, 0, r.capHint(n))
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
