package wasmparse

// dataCountSection reads the number of data segments, which lets
// memory.init and data.drop be validated before the data section is seen.
func (p *parser) dataCountSection(r *reader) error {
	n, err := r.u32("data count")
	if err != nil {
		return err
	}
	p.f.DataCount = &n
	return nil
}
