package wasmparse

// memorySection reads the defined memories' limits.
func (p *parser) memorySection(r *reader) error {
	n, err := r.count("memory", 2) // flags, min
	if err != nil {
		return err
	}
	p.f.Memories = make([]MemoryType, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		m, err := r.readMemoryType()
		if err != nil {
			return err
		}
		p.f.Memories = append(p.f.Memories, m)
	}
	return nil
}
