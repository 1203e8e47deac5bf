package glue

// This file finds the imports object the glue hands to WebAssembly
// instantiation, in the shapes wasm-bindgen has used over time:
//
//	imports.wbg.__wbg_x_123 = function(...) {...}          web/no-modules up to 0.2.106
//	imports['__wbindgen_placeholder__'] = module.exports     nodejs (fields: module.exports.X)
//	imports['./snippets/a/inline0.js'] = __wbg_star0          a whole ES module passed through
//	const imports = { __wbindgen_placeholder__: {...} }      deno, module (0.2.9x-0.2.106)
//	function __wbg_get_imports() { const import0 = {...};    every target from 0.2.107
//	    return { __proto__: null, "./x_bg.js": import0 } }
//
// The bundler split has no imports object: the Wasm module imports the
// _bg.js file itself, so its exports are what it provides (see detect.go).

// unknownForward marks an import object whose source the analysis cannot
// see (an expression it does not model). Check does not flag its fields.
const unknownForward = "?"

type provision struct {
	fields   map[string]map[string]bool
	forwards map[string]string
}

func (p *provision) add(mod string, names ...string) {
	if p.fields[mod] == nil {
		p.fields[mod] = map[string]bool{}
	}
	for _, n := range names {
		if n != "" && n != "__proto__" {
			p.fields[mod][n] = true
		}
	}
}

// provisions collects what the file provides to the instance.
func (m *modInfo) provisions() *provision {
	s := m.s
	p := &provision{fields: map[string]map[string]bool{}, forwards: map[string]string{}}
	objVars := m.objectVars()
	for i := 0; i < len(s.toks); i++ {
		if !s.ident(i, "imports") || s.afterDot(i) {
			continue
		}
		switch {
		// imports.wbg.X = ... / imports.wbg = ...
		case s.punct(i+1, ".") && s.name(i+2) != "":
			mod := s.name(i + 2)
			if s.punct(i+3, ".") && s.name(i+4) != "" && s.punct(i+5, "=") {
				p.add(mod, s.name(i+4))
			} else if s.punct(i+3, "=") {
				m.provideValue(p, mod, i+4, endOfValue(s, i+4), objVars)
			}
		// imports['mod'].X = ... / imports['mod'] = ...
		case s.punct(i+1, "[") && s.punct(i+3, "]"):
			mod, ok := s.str(i + 2)
			if !ok {
				continue
			}
			if s.punct(i+4, ".") && s.name(i+5) != "" && s.punct(i+6, "=") {
				p.add(mod, s.name(i+5))
			} else if s.punct(i+4, "=") {
				m.provideValue(p, mod, i+5, endOfValue(s, i+5), objVars)
			}
		}
	}
	// const imports = { mod: {...}, ... }
	if open, ok := objVars["imports"]; ok {
		m.provideObject(p, open, objVars)
	}
	// function __wbg_get_imports() { ...; return { "mod": import0, ... } }
	if d, ok := m.decls["__wbg_get_imports"]; ok && d.kind == "function" {
		body := s.skip(d.at + 2) // function NAME ( ... ) {
		if s.punct(body, "{") {
			end := s.closeOf(body, len(s.toks))
			for i := body + 1; i < end; i = s.skip(i) {
				if s.ident(i, "return") && s.punct(i+1, "{") {
					m.provideObject(p, i+1, objVars)
				}
			}
		}
	}
	return p
}

// provideObject reads an object literal whose keys are import module names.
func (m *modInfo) provideObject(p *provision, open int, objVars map[string]int) {
	for _, pr := range m.s.objectProps(open) {
		if pr.key == "__proto__" {
			continue
		}
		if pr.lo == pr.hi { // shorthand { wbg }
			if o, ok := objVars[pr.key]; ok {
				p.add(pr.key, m.keys(o)...)
			} else {
				p.forwards[pr.key] = unknownForward
			}
			continue
		}
		m.provideValue(p, pr.key, pr.lo, pr.hi, objVars)
	}
}

// provideValue records what the expression [lo, hi) provides as module mod.
func (m *modInfo) provideValue(p *provision, mod string, lo, hi int, objVars map[string]int) {
	s := m.s
	switch {
	case s.punct(lo, "{"):
		p.add(mod, m.keys(lo)...)
	case s.ident(lo, "module") && s.punct(lo+1, ".") && s.ident(lo+2, "exports") && lo+3 >= hi:
		// nodejs: the module's own exports object is the import object
		var names []string
		for _, r := range m.exports {
			if r.cjs {
				names = append(names, r.name)
			}
		}
		p.add(mod, names...)
	case s.ident(lo, "require") && s.punct(lo+1, "("):
		if spec, ok := s.str(lo + 2); ok {
			p.forwards[mod] = spec
		} else {
			p.forwards[mod] = unknownForward
		}
	case s.name(lo) != "" && lo+1 >= hi:
		n := s.name(lo)
		if spec, ok := m.nsImports[n]; ok {
			p.forwards[mod] = spec
		} else if o, ok := objVars[n]; ok {
			p.add(mod, m.keys(o)...)
		} else {
			p.forwards[mod] = unknownForward
		}
	default:
		p.forwards[mod] = unknownForward
	}
}

// keys lists the property names of the object literal at open (cached: one
// import object may be referenced many times).
func (m *modInfo) keys(open int) []string {
	if k, ok := m.keyCache[open]; ok {
		return k
	}
	var out []string
	for _, pr := range m.s.objectProps(open) {
		out = append(out, pr.key)
	}
	if m.keyCache == nil {
		m.keyCache = map[int][]string{}
	}
	m.keyCache[open] = out
	return out
}

// objectVars maps each `const|let|var NAME = {` (at any depth) to the index
// of its `{`; the first declaration of a name wins.
func (m *modInfo) objectVars() map[string]int {
	s := m.s
	out := map[string]int{}
	for i := 0; i+3 < len(s.toks); i++ {
		if (s.ident(i, "const") || s.ident(i, "let") || s.ident(i, "var")) && s.name(i+1) != "" && s.punct(i+2, "=") && s.punct(i+3, "{") {
			if _, dup := out[s.name(i+1)]; !dup {
				out[s.name(i+1)] = i + 3
			}
		}
	}
	return out
}

// endOfValue returns the end of the assigned expression starting at lo: the
// next `;` or `,` at the same level, a closing bracket, or a line break after
// a complete value. Only short values (an identifier, module.exports,
// require("x"), an object literal) are of interest, so the search gives up
// after a few tokens; a longer expression then reads as one the analysis
// does not model.
func endOfValue(s *scanned, lo int) int {
	const enough = 8
	i := lo
	for n := 0; i < len(s.toks) && n < enough; n++ {
		t := s.toks[i]
		if t.kind == tPunct {
			switch t.val {
			case ";", ",", ")", "]", "}":
				return i
			}
		}
		next := s.skip(i)
		if next < len(s.toks) && endsExpr(s, next) && s.toks[next].kind != tPunct {
			return next
		}
		i = next
	}
	return i
}
