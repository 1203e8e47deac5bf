package wasmparse

// startSection reads the index of the function run at instantiation.
func (p *parser) startSection(r *reader) error {
	idx, err := r.u32("start function index")
	if err != nil {
		return err
	}
	p.f.Start = &idx
	return nil
}
