package wasmparse

// dataSection reads the data segments without copying their bytes:
//
//	0: expr vec(byte)            active, memory 0
//	1: vec(byte)                 passive
//	2: memidx expr vec(byte)     active
func (p *parser) dataSection(r *reader) error {
	p.haveData = true
	countOff := r.p
	n, err := r.count("data segment", 2) // flags, empty vector
	if err != nil {
		return err
	}
	if dc := p.f.DataCount; dc != nil && uint64(*dc) != uint64(n) {
		return r.errf(countOff, "data section has %d segments but the data count section declares %d", n, *dc)
	}
	p.f.Data = make([]DataSegment, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		p.f.Data = append(p.f.Data, DataSegment{})
		d := &p.f.Data[i]
		flagsOff := r.p
		flags, err := r.u32("data segment flags")
		if err != nil {
			return err
		}
		switch flags {
		case 0:
			d.Mode = DataActive
		case 1:
			d.Mode = DataPassive
		case 2:
			d.Mode = DataActive
			if d.Memory, err = r.u32("memory index"); err != nil {
				return err
			}
		default:
			return r.errf(flagsOff, "invalid data segment flags %d, expected 0..2", flags)
		}
		if d.Mode == DataActive {
			if d.Offset, err = p.readConstExpr(r); err != nil {
				return err
			}
		}
		sizeOff := r.p
		size, err := r.u32("data segment size")
		if err != nil {
			return err
		}
		if int64(size) > int64(r.remaining()) {
			return r.errf(sizeOff, "data segment %d: size %d runs past the end of the section (%d bytes left)", i, size, r.remaining())
		}
		d.Init = int64(r.p)
		d.Size = int64(size)
		r.p += int(size)
	}
	return nil
}
