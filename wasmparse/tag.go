package wasmparse

// tagSection reads the defined exception tags (exception handling).
func (p *parser) tagSection(r *reader) error {
	n, err := r.count("tag", 2) // attribute, type index
	if err != nil {
		return err
	}
	p.f.Tags = make([]TagType, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		t, err := r.readTagType()
		if err != nil {
			return err
		}
		p.f.Tags = append(p.f.Tags, t)
	}
	return nil
}
