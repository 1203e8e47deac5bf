package wasmparse

// custom reads a custom section's name and, for the three sections this
// tool understands, its contents. Others are kept as headers only. A
// malformed name, producers or target_features section is an error even
// though engines ignore custom sections: a checker that silently dropped
// them would report "no producers" for a module that claims some.
func (p *parser) custom(r *reader) error {
	r.section = "custom"
	name, err := r.name("custom section name")
	if err != nil {
		return err
	}
	p.f.Sections[len(p.f.Sections)-1].Name = name
	switch name {
	case "name":
		skip := p.opts.SkipNames || p.opts.SkipNamesWithoutTags && !p.f.hasTags()
		if p.f.Names == nil && !skip { // the first one counts, as in engines
			r.section = "custom:name"
			return p.nameSection(r)
		}
	case "producers":
		if p.f.Producers == nil {
			r.section = "custom:producers"
			return p.producersSection(r)
		}
	case "target_features":
		if p.f.TargetFeatures == nil {
			r.section = "custom:target_features"
			return p.targetFeaturesSection(r)
		}
	}
	r.p = len(r.b)
	return nil
}

// Name subsection ids.
const (
	nameModule    = 0
	nameFunctions = 1
	nameTags      = 11
)

// nameSection reads the module, function and tag names subsections and
// skips the others (locals, labels, types, tables, memories, globals, element
// and data segments, fields).
func (p *parser) nameSection(r *reader) error {
	ns := &NameSection{}
	for !r.eof() {
		idOff := r.p
		id, err := r.byte("name subsection id")
		if err != nil {
			return err
		}
		size, err := r.u32("name subsection size")
		if err != nil {
			return err
		}
		if int64(size) > int64(r.remaining()) {
			return r.errf(idOff, "name subsection %d: size %d runs past the end of the section (%d bytes left)", id, size, r.remaining())
		}
		end := r.p + int(size)
		sr := &reader{b: r.b[:end], p: r.p, section: r.section}
		switch id {
		case nameModule:
			if ns.Module, err = sr.name("module name"); err != nil {
				return err
			}
		case nameFunctions:
			if ns.Functions, err = sr.readNameMap("function name"); err != nil {
				return err
			}
		case nameTags:
			if ns.Tags, err = sr.readNameMap("tag name"); err != nil {
				return err
			}
		default:
			sr.p = end
		}
		if err := sr.expectEnd(); err != nil {
			return err
		}
		r.p = end
	}
	p.f.Names = ns
	return nil
}

// readNameMap reads vec((index u32, name)). All names are sliced from one
// string copy of the subsection: a large module has tens of thousands of
// function names, and one allocation beats one per name.
func (r *reader) readNameMap(what string) (map[uint32]string, error) {
	base := r.p
	all := string(r.b[base:])
	n, err := r.count(what, 2)
	if err != nil {
		return nil, err
	}
	m := make(map[uint32]string, min(n, r.remaining()/16+1))
	for i := 0; i < n; i++ {
		idx, err := r.u32s(what, " index")
		if err != nil {
			return nil, err
		}
		nb, err := r.nameBytes(what)
		if err != nil {
			return nil, err
		}
		off := r.p - len(nb) - base
		m[idx] = all[off : off+len(nb)]
	}
	return m, nil
}

// producersSection reads vec(field name, vec(value name, version)).
func (p *parser) producersSection(r *reader) error {
	n, err := r.count("producers field", 2)
	if err != nil {
		return err
	}
	fields := make([]ProducerField, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		var pf ProducerField
		if pf.Name, err = r.name("producers field name"); err != nil {
			return err
		}
		m, err := r.count("producers value", 2)
		if err != nil {
			return err
		}
		pf.Values = make([]ProducerValue, 0, r.capHint(m))
		for j := 0; j < m; j++ {
			var v ProducerValue
			if v.Name, err = r.name("producer name"); err != nil {
				return err
			}
			if v.Version, err = r.name("producer version"); err != nil {
				return err
			}
			pf.Values = append(pf.Values, v)
		}
		fields = append(fields, pf)
	}
	p.f.Producers = fields
	return nil
}

// targetFeaturesSection reads vec(prefix byte, feature name), where the
// prefix is '+' (used), '-' (must not be used) or '=' (required).
func (p *parser) targetFeaturesSection(r *reader) error {
	n, err := r.count("target feature", 2)
	if err != nil {
		return err
	}
	feats := make([]Feature, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		off := r.p
		prefix, err := r.byte("target feature prefix")
		if err != nil {
			return err
		}
		if prefix != '+' && prefix != '-' && prefix != '=' {
			return r.errf(off, "invalid target feature prefix 0x%02x, expected '+', '-' or '='", prefix)
		}
		name, err := r.name("target feature name")
		if err != nil {
			return err
		}
		feats = append(feats, Feature{Prefix: prefix, Name: name})
	}
	p.f.TargetFeatures = feats
	return nil
}
