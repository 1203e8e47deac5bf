package glue

import (
	"sort"
	"strings"
)

// This file turns the export records of a walked file (module.go) into the
// Export values of the public API: what kind of value each name is, its
// parameters, the class members, the enum members and the Wasm exports each
// body calls.

// maxResolve bounds alias chains (`exports.A = B; const B = C; ...`).
const maxResolve = 8

// publicExports describes every export of the file except the glue's own
// plumbing (see isPlumbing), sorted by name.
func (m *modInfo) publicExports() []Export {
	seen := map[string]bool{}
	var out []Export
	for _, r := range m.exports {
		if isPlumbing(r.name) || seen[r.name] {
			continue
		}
		seen[r.name] = true
		out = append(out, m.exportOf(r))
	}
	sortExports(out)
	return out
}

// exportNames lists every name the file exports, plumbing included: for a
// _bg.js these are the fields it offers a Wasm instance that imports it.
func (m *modInfo) exportNames() []string {
	var out []string
	for _, r := range m.exports {
		out = append(out, r.name)
	}
	return sortedUnique(out)
}

// isPlumbing reports whether an exported name is wasm-bindgen machinery
// rather than user API: the import shims (__wbg_<name>_<hash>, and the
// __wbindgen_* intrinsics), the __wbg_set_wasm hand-over of the bundler
// split, and the raw exports object node glue publishes as __wasm.
// __wbg_reset_state is API: users of --experimental-reset-state-function
// call it.
func isPlumbing(name string) bool {
	switch name {
	case "__wbg_reset_state":
		return false
	case "__wasm", "__wbindgen_wasm_module":
		return true
	}
	return strings.HasPrefix(name, "__wbg_") || strings.HasPrefix(name, "__wbindgen_")
}

func sortExports(xs []Export) {
	sort.Slice(xs, func(a, b int) bool { return xs[a].Name < xs[b].Name })
}

func (m *modInfo) exportOf(r exportRef) Export {
	var e Export
	if r.at >= 0 {
		e = m.describe(r.at, r.start, 0)
	} else if r.local != "" {
		e = m.resolve(r.local, 0)
	} else {
		e = Export{Kind: "const"}
	}
	e.Name = r.name
	// The loaders: the default export of web output (init / __wbg_init) and
	// initSync. A user function that happens to be called init is not one.
	if e.Kind == "function" && (r.name == "initSync" && r.local == "initSync" ||
		r.name == "default" && (isInitName(r.local) || m.isInitFunc(r))) {
		e.Kind = "init"
	}
	if e.Class != nil && m.protoDispose[firstNonEmpty(r.local, r.name)] {
		e.Class.Dispose = true
	}
	return e
}

// isInitName recognises the loader functions of web and no-modules output.
func isInitName(n string) bool {
	switch n {
	case "init", "__wbg_init", "initSync":
		return true
	}
	return false
}

// isInitFunc reports whether an inline default export is the loader
// (`export default async function init(...)`, older glue).
func (m *modInfo) isInitFunc(r exportRef) bool {
	return r.at >= 0 && (isInitName(m.s.name(r.at+1)) || m.s.ident(r.at, "async") && isInitName(m.s.name(r.at+2)))
}

// resolve describes the value bound to a local name.
func (m *modInfo) resolve(local string, depth int) Export {
	d, ok := m.decls[local]
	if !ok || depth > maxResolve {
		return Export{Kind: "const"}
	}
	switch d.kind {
	case "function":
		e := m.function(d.at, d.start)
		e.Async = e.Async || d.async
		return e
	case "class":
		return Export{Kind: "class", Class: m.class(d.at)}
	}
	return m.describe(d.at, d.start, depth+1)
}

// describe classifies the expression starting at token at.
func (m *modInfo) describe(at, start, depth int) Export {
	s := m.s
	switch {
	case s.ident(at, "async") && s.ident(at+1, "function"):
		e := m.function(at+1, start)
		e.Async = true
		return e
	case s.ident(at, "function"):
		return m.function(at, start)
	case s.ident(at, "class"):
		return Export{Kind: "class", Class: m.class(at)}
	case s.ident(at, "Object") && s.punct(at+1, ".") && s.ident(at+2, "freeze") && s.punct(at+3, "(") && s.punct(at+4, "{"):
		return Export{Kind: "enum", Values: m.enumValues(at + 4)}
	case s.ident(at, "async") && (s.punct(at+1, "(") || s.name(at+1) != "" && s.punct(at+2, "=>")):
		e := m.arrow(at+1, start)
		e.Async = true
		return e
	case s.punct(at, "(") && s.punct(s.skip(at), "=>"), s.name(at) != "" && s.punct(at+1, "=>"):
		return m.arrow(at, start)
	case s.name(at) != "" && s.punct(at+1, "(") && (s.ident(at+2, "function") || s.ident(at+2, "async") && s.ident(at+3, "function")):
		// handleError(function (...) {...}): a wrapped function
		e := m.describe(at+2, start, depth+1)
		return e
	case s.name(at) != "" && endsExpr(s, at+1):
		if depth < maxResolve {
			return m.resolve(s.name(at), depth+1)
		}
	}
	return Export{Kind: "const"}
}

// endsExpr reports whether the expression before i is complete at i.
func endsExpr(s *scanned, i int) bool {
	t := s.tok(i)
	if t == nil {
		return true
	}
	if t.kind == tPunct {
		switch t.val {
		case ";", ",", "}", ")", "]":
			return true
		}
		return false
	}
	// a new statement on the next line (no semicolon)
	return strings.Contains(s.src[s.toks[i-1].end:t.pos], "\n")
}

// function describes a function whose `function` keyword is at f.
func (m *modInfo) function(f, start int) Export {
	s := m.s
	p := f + 1
	if s.punct(p, "*") {
		p++
	}
	if s.name(p) != "" {
		p++
	}
	e := Export{Kind: "function", Params: s.params(p)}
	if body := s.skip(p); s.punct(body, "{") {
		end := s.closeOf(body, len(s.toks))
		e.Calls = s.bodyCalls(body, end)
		e.ReadsArguments = s.hasIdent(body, end, "arguments")
	}
	e.Async = m.documentedAsync(start)
	return e
}

// arrow describes `(a, b) => ...` or `a => ...` starting at at.
func (m *modInfo) arrow(at, start int) Export {
	s := m.s
	e := Export{Kind: "function"}
	var after int
	if s.punct(at, "(") {
		e.Params = s.params(at)
		after = s.skip(at) + 1
	} else {
		e.Params = []string{s.name(at)}
		after = at + 2
	}
	if s.punct(after, "{") {
		e.Calls = s.bodyCalls(after, s.closeOf(after, len(s.toks)))
	}
	e.Async = m.documentedAsync(start)
	return e
}

// documentedAsync reads the JSDoc wasm-bindgen writes above each export:
// async Rust functions are plain JS functions documented as returning a
// Promise.
func (m *modInfo) documentedAsync(start int) bool {
	t := m.s.tok(start)
	if t == nil {
		return false
	}
	doc := m.s.docBefore(t.pos)
	return strings.Contains(doc, "@returns {Promise<") || strings.Contains(doc, "@returns {Promise}")
}

// enumValues lists the member names of an Object.freeze({...}) enum. Numeric
// enums map both ways (`A: 0, "0": "A"`); the reverse, numeric keys are not
// members.
func (m *modInfo) enumValues(open int) []string {
	var out []string
	for _, p := range m.s.objectProps(open) {
		if p.key == "__proto__" || isNumeric(p.key) {
			continue
		}
		out = append(out, p.key)
	}
	return out
}

func isNumeric(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// class describes the class whose `class` keyword is at c. Descriptions are
// cached: a class may be exported under several names.
func (m *modInfo) class(c int) *Class {
	if cl, ok := m.classCache[c]; ok {
		return cl
	}
	if m.classCache == nil {
		m.classCache = map[int]*Class{}
	}
	cl := &Class{}
	m.classCache[c] = cl
	m.classBody(cl, c)
	return cl
}

func (m *modInfo) classBody(cl *Class, c int) {
	s := m.s
	k := c + 1
	if s.name(k) != "" && !s.ident(k, "extends") {
		k++
	}
	if s.ident(k, "extends") {
		e := k + 1
		for e < len(s.toks) && !s.punct(e, "{") {
			e = s.skip(e)
		}
		cl.Extends = s.text(k+1, e)
		k = e
	}
	if !s.punct(k, "{") {
		return
	}
	m.members(cl, k+1, s.closeOf(k, len(s.toks)))
}

// members walks a class body [lo, hi).
func (m *modInfo) members(cl *Class, lo, hi int) {
	s := m.s
	calls := map[string][]string{}
	for i := lo; i < hi; {
		if s.punct(i, ";") {
			i++
			continue
		}
		static, accessor := false, ""
		if s.ident(i, "static") && !s.punct(i+1, "(") && !s.punct(i+1, "=") && !s.punct(i+1, ";") {
			static = true
			i++
			if s.punct(i, "{") { // static initialization block
				i = s.skip(i)
				continue
			}
		}
		if s.ident(i, "async") && !s.punct(i+1, "(") && !s.punct(i+1, "=") {
			i++
		}
		if s.punct(i, "*") {
			i++
		}
		if (s.ident(i, "get") || s.ident(i, "set")) && !s.punct(i+1, "(") && !s.punct(i+1, "=") && !s.punct(i+1, ";") && !s.punct(i+1, "}") {
			accessor = s.name(i)
			i++
		}
		var name string
		switch t := s.tok(i); {
		case t == nil:
			return
		case t.kind == tIdent || t.kind == tStr || t.kind == tNum || t.kind == tPrivate:
			name = t.val
			i++
		case t.kind == tPunct && t.val == "[":
			inner := s.text(i+1, s.closeOf(i, hi))
			name = "[" + strings.Join(strings.Fields(inner), "") + "]"
			i = s.skip(i)
		default:
			i = s.skip(i) // not a member start; resynchronise
			continue
		}
		if !s.punct(i, "(") {
			// a field: `name;` or `name = value;`
			if !static && !strings.HasPrefix(name, "#") {
				if strings.HasPrefix(name, "__") {
					cl.Internal = append(cl.Internal, name)
				} else {
					cl.Fields = append(cl.Fields, name)
				}
			}
			for i < hi && !s.punct(i, ";") && !s.punct(i, "}") {
				i = s.skip(i)
			}
			continue
		}
		params := s.params(i)
		body := s.skip(i)
		var called []string
		if s.punct(body, "{") {
			called = s.bodyCalls(body, s.closeOf(body, hi))
			i = s.skip(body)
		} else {
			i = body
		}
		key := name
		switch {
		case name == "constructor" && !static && accessor == "":
			cl.Constructor = true
			cl.ConstructorParams = params
		case name == "[Symbol.dispose]":
			cl.Dispose = true
		case strings.HasPrefix(name, "#"):
			continue // private: not reachable from outside
		case strings.HasPrefix(name, "__"):
			if static {
				key = "static " + name
			}
			cl.Internal = append(cl.Internal, key)
		case accessor == "get" && static:
			key = "static get " + name
			cl.StaticGetters = append(cl.StaticGetters, name)
		case accessor == "set" && static:
			key = "static set " + name
			cl.StaticSetters = append(cl.StaticSetters, name)
		case accessor == "get":
			key = "get " + name
			cl.Getters = append(cl.Getters, name)
		case accessor == "set":
			key = "set " + name
			cl.Setters = append(cl.Setters, name)
		case static:
			key = "static " + name
			cl.Statics = append(cl.Statics, name)
			cl.setArity(key, ForwardArity(params))
		default:
			cl.Methods = append(cl.Methods, name)
			cl.setArity(name, ForwardArity(params))
			if name == "free" {
				cl.Free = true
			}
		}
		if len(called) > 0 {
			calls[key] = called
		}
	}
	if len(calls) > 0 {
		cl.Calls = calls
	}
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// setArity records how many parameters a method or static declares.
func (c *Class) setArity(key string, n int) {
	if c.Arity == nil {
		c.Arity = map[string]int{}
	}
	c.Arity[key] = n
}
