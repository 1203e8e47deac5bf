package wasmparse

// functionSection reads the type index of each defined function; the
// bodies come later in the code section and must match in number.
func (p *parser) functionSection(r *reader) error {
	n, err := r.count("function", 1)
	if err != nil {
		return err
	}
	fs := make([]uint32, n)
	for i := range fs {
		if fs[i], err = r.u32("function type index"); err != nil {
			return err
		}
	}
	p.f.Functions = fs
	return nil
}
