package wasmparse

// Limits flag bits (memory and table types).
const (
	limitsHasMax   = 1 << 0
	limitsShared   = 1 << 1 // threads
	limitsIs64     = 1 << 2 // memory64 / table64
	limitsPageSize = 1 << 3 // custom-page-sizes (memories only)
)

// readLimits reads a limits flags byte and the bounds. allowed is the set of
// flag bits valid in this position; 64-bit limits use u64 bounds.
func (r *reader) readLimits(allowed byte, what string) (Limits, error) {
	start := r.p
	flags, err := r.byte("limits flags")
	if err != nil {
		return Limits{}, err
	}
	if flags&^allowed != 0 {
		return Limits{}, r.errf(start, "invalid %s limits flags 0x%02x (allowed bits 0x%02x)", what, flags, allowed)
	}
	l := Limits{HasMax: flags&limitsHasMax != 0, Shared: flags&limitsShared != 0, Is64: flags&limitsIs64 != 0}
	bits := uint(32)
	if l.Is64 {
		bits = 64
	}
	if l.Min, err = r.uleb(bits, what, " minimum"); err != nil {
		return l, err
	}
	if l.HasMax {
		if l.Max, err = r.uleb(bits, what, " maximum"); err != nil {
			return l, err
		}
	}
	if flags&limitsPageSize != 0 {
		off := r.p
		log2, err := r.u32("page size log2")
		if err != nil {
			return l, err
		}
		if log2 > 16 {
			return l, r.errf(off, "page size 2^%d is larger than 64 KiB", log2)
		}
		l.PageSize = 1 << log2
	}
	return l, nil
}

// readTableType reads a reftype followed by limits.
func (r *reader) readTableType() (TableType, error) {
	elem, err := r.readRefType()
	if err != nil {
		return TableType{}, err
	}
	lim, err := r.readLimits(limitsHasMax|limitsIs64, "table")
	return TableType{Elem: elem, Limits: lim}, err
}

func (r *reader) readMemoryType() (MemoryType, error) {
	lim, err := r.readLimits(limitsHasMax|limitsShared|limitsIs64|limitsPageSize, "memory")
	return MemoryType{Limits: lim}, err
}

func (r *reader) readGlobalType() (GlobalType, error) {
	t, err := r.readValType()
	if err != nil {
		return GlobalType{}, err
	}
	off := r.p
	m, err := r.byte("global mutability")
	if err != nil {
		return GlobalType{}, err
	}
	if m > 1 {
		return GlobalType{}, r.errf(off, "invalid global mutability 0x%02x, expected 0 or 1", m)
	}
	return GlobalType{Type: t, Mutable: m == 1}, nil
}

// readTagType reads an exception tag: attribute 0 and a type index.
func (r *reader) readTagType() (TagType, error) {
	off := r.p
	a, err := r.byte("tag attribute")
	if err != nil {
		return TagType{}, err
	}
	if a != 0 {
		return TagType{}, r.errf(off, "invalid tag attribute 0x%02x, expected 0 (exception)", a)
	}
	ti, err := r.u32("tag type index")
	return TagType{Attribute: a, TypeIndex: ti}, err
}
