package wasmparse

// importSection reads the import section: module and field names, then one
// of the five external kinds (func, table, memory, global, tag).
func (p *parser) importSection(r *reader) error {
	n, err := r.count("import", 4) // two empty names, kind, one-byte desc
	if err != nil {
		return err
	}
	f := p.f
	f.Imports = make([]Import, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		f.Imports = append(f.Imports, Import{})
		im := &f.Imports[i]
		if im.Module, err = r.name("import module name"); err != nil {
			return err
		}
		if im.Name, err = r.name("import field name"); err != nil {
			return err
		}
		kindOff := r.p
		k, err := r.byte("import kind")
		if err != nil {
			return err
		}
		im.Kind = ExternalKind(k)
		switch im.Kind {
		case KindFunc:
			im.Func, err = r.u32("import type index")
			p.importedFuncs++
		case KindTable:
			im.Table, err = r.readTableType()
		case KindMemory:
			im.Memory, err = r.readMemoryType()
		case KindGlobal:
			im.Global, err = r.readGlobalType()
		case KindTag:
			im.Tag, err = r.readTagType()
		default:
			return r.errf(kindOff, "invalid import kind 0x%02x for %q.%q, expected 0..4 (func, table, memory, global, tag)", k, im.Module, im.Name)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
