package glue

import (
	"path"
	"strings"
)

// This file walks the top level of one JS file (and, for no-modules output,
// the body of its IIFE) and records what it declares, exports, imports and
// re-exports. Turning those records into Export values is exports.go's job.

// decl is a declaration at the walked level.
type decl struct {
	kind  string // "function", "class" or "var"
	at    int    // token index: the `function`/`class` keyword, or a var's initializer
	start int    // token index where the statement starts (for its doc comment)
	async bool
}

// exportRef is one name the file exports.
type exportRef struct {
	name  string // exported name ("default" for the default export)
	local string // local binding it refers to, when exported by name
	at    int    // token index of the exported value, when given inline (-1 otherwise)
	start int    // token index where the statement starts
	cjs   bool   // module.exports.X / exports.X assignment
}

// reexport is `export { a as b } from "spec"` (names) or `export * from "spec"` (all).
type reexport struct {
	spec  string
	all   bool
	names [][2]string // {imported, exported}
}

type modInfo struct {
	s            *scanned
	decls        map[string]decl
	exports      []exportRef
	reexports    []reexport
	nsImports    map[string]string // local name -> specifier (import * as X / const X = require(...))
	wasmImport   string            // specifier of a static `import ... from "x.wasm"`, bundler style
	importSrc    string            // specifier of `import source X from "..."`
	protoDispose map[string]bool   // X.prototype[Symbol.dispose] = ... at the walked level
	hasESM       bool              // top-level import/export statements
	iife         bool              // the file is a script wrapping its body in (function(){...})
	iifeGlobal   string            // the global such a script assigns
	specs        []string          // every module specifier imported or required

	idents     map[string]bool  // lazily: every identifier in the file
	tla        *bool            // lazily: top-level await seen
	keyCache   map[int][]string // object literal keys by opening token
	classCache map[int]*Class   // class descriptions by `class` token
}

func analyzeModule(s *scanned) *modInfo {
	m := &modInfo{
		s:            s,
		decls:        map[string]decl{},
		nsImports:    map[string]string{},
		protoDispose: map[string]bool{},
	}
	m.walk(0, len(s.toks), true)
	for i := range s.toks {
		if s.ident(i, "require") && !s.afterDot(i) && s.punct(i+1, "(") {
			if spec, ok := s.str(i + 2); ok {
				m.specs = append(m.specs, spec)
			}
		}
	}
	return m
}

// walk scans tokens [lo, hi) at one nesting level. top is set for the
// file's top level, where an IIFE's body is walked as well.
func (m *modInfo) walk(lo, hi int, top bool) {
	s := m.s
	for i := lo; i < hi; {
		t := s.toks[i]
		if t.kind == tPunct && t.val == "(" && top {
			m.maybeIIFE(i)
		}
		if t.kind != tIdent || s.afterDot(i) {
			i = s.skip(i)
			continue
		}
		switch t.val {
		case "export":
			if top {
				m.hasESM = true
			}
			i = m.exportStmt(i, hi)
			continue
		case "import":
			if s.punct(i+1, "(") || s.punct(i+1, ".") { // import() / import.meta
				i++
				continue
			}
			if top {
				m.hasESM = true
			}
			i = m.importStmt(i, hi)
			continue
		case "async":
			if s.ident(i+1, "function") {
				i = m.declFunction(i+1, i, true)
				continue
			}
		case "function":
			i = m.declFunction(i, i, false)
			continue
		case "class":
			i = m.declClass(i, i)
			continue
		case "const", "let", "var":
			i = m.variable(i, hi)
			continue
		case "module":
			if s.punct(i+1, ".") && s.ident(i+2, "exports") && s.punct(i+3, ".") && s.name(i+4) != "" && s.punct(i+5, "=") {
				m.exports = append(m.exports, exportRef{name: s.name(i + 4), at: i + 6, start: i, cjs: true})
				i += 6
				continue
			}
		case "exports", "__exports":
			if s.punct(i+1, ".") && s.name(i+2) != "" && s.punct(i+3, "=") {
				m.exports = append(m.exports, exportRef{name: s.name(i + 2), at: i + 4, start: i, cjs: true})
				i += 4
				continue
			}
		case "self", "globalThis", "window":
			// self.wasm_bindgen = Object.assign(init, __exports): early no-modules
			if !top && s.punct(i+1, ".") && s.name(i+2) != "" && s.punct(i+3, "=") && m.objectAssign(i+4) {
				m.iifeGlobal = s.name(i + 2)
			}
		default:
			// wasm_bindgen = Object.assign(__wbg_init, { initSync }, __exports)
			if !top && s.punct(i+1, "=") && m.objectAssign(i+2) {
				m.iifeGlobal = t.val
			}
			// X.prototype[Symbol.dispose] = X.prototype.free
			if s.punct(i+1, ".") && s.ident(i+2, "prototype") && s.punct(i+3, "[") &&
				s.ident(i+4, "Symbol") && s.punct(i+5, ".") && s.ident(i+6, "dispose") && s.punct(i+7, "]") {
				m.protoDispose[t.val] = true
			}
		}
		i++
	}
}

// maybeIIFE recognises `(function (...) { body })(...)` at the top level, the
// wrapper of no-modules output, and walks its body as if it were the top
// level of a module.
func (m *modInfo) maybeIIFE(open int) {
	s := m.s
	f := open + 1
	if s.ident(f, "async") {
		f++
	}
	if !s.ident(f, "function") {
		return
	}
	p := f + 1
	if s.name(p) != "" {
		p++
	}
	if !s.punct(p, "(") {
		return
	}
	body := s.skip(p)
	if !s.punct(body, "{") {
		return
	}
	end := s.closeOf(body, len(s.toks))
	// It must be called: `(function(){...})(` or `(function(){...}(`.
	close := s.closeOf(open, len(s.toks))
	if !s.punct(close+1, "(") && !s.punct(end+1, "(") {
		return
	}
	m.iife = true
	// let wasm_bindgen = (function(exports) { ... })({ __proto__: null })
	if s.punct(open-1, "=") && s.name(open-2) != "" && (s.ident(open-3, "let") || s.ident(open-3, "var") || s.ident(open-3, "const")) {
		m.iifeGlobal = s.name(open - 2)
	}
	m.walk(body+1, end, false)
}

func (m *modInfo) objectAssign(i int) bool {
	return m.s.ident(i, "Object") && m.s.punct(i+1, ".") && m.s.ident(i+2, "assign") && m.s.punct(i+3, "(")
}

// exportStmt handles `export ...` at i and returns where to continue.
func (m *modInfo) exportStmt(i, hi int) int {
	s := m.s
	j := i + 1
	switch {
	case s.ident(j, "default"):
		k := j + 1
		switch {
		case s.ident(k, "function") || s.ident(k, "class") || s.ident(k, "async") && s.ident(k+1, "function"):
			m.exports = append(m.exports, exportRef{name: "default", at: k, start: i})
			if n := s.name(k + 1); n != "" && !s.ident(k, "async") {
				m.exports[len(m.exports)-1].local = n
			}
			return k // let the walk record the declaration too
		case s.name(k) != "" && (s.punct(k+1, ";") || k+1 >= hi || s.tok(k+1).kind == tIdent):
			m.exports = append(m.exports, exportRef{name: "default", local: s.name(k), at: -1, start: i})
			return k + 1
		default:
			m.exports = append(m.exports, exportRef{name: "default", at: k, start: i})
			return k
		}
	case s.ident(j, "async") && s.ident(j+1, "function"), s.ident(j, "function"), s.ident(j, "class"):
		k := j
		if s.ident(k, "async") {
			k++
		}
		nameAt := k + 1
		if s.punct(nameAt, "*") {
			nameAt++
		}
		if n := s.name(nameAt); n != "" {
			m.exports = append(m.exports, exportRef{name: n, local: n, at: -1, start: i})
		}
		return j
	case s.ident(j, "const") || s.ident(j, "let") || s.ident(j, "var"):
		if n := s.name(j + 1); n != "" {
			m.exports = append(m.exports, exportRef{name: n, local: n, at: -1, start: i})
		}
		return j
	case s.punct(j, "{"):
		end := s.closeOf(j, hi)
		var pairs [][2]string // {local/imported, exported}
		for _, it := range s.items(j) {
			a := s.name(it[0])
			if a == "" {
				if str, ok := s.str(it[0]); ok {
					a = str
				}
			}
			b := a
			if s.ident(it[0]+1, "as") {
				if n, ok := s.propName(it[0] + 2); ok {
					b = n
				}
			}
			if a != "" {
				pairs = append(pairs, [2]string{a, b})
			}
		}
		k := end + 1
		if s.ident(k, "from") {
			if spec, ok := s.str(k + 1); ok {
				m.reexports = append(m.reexports, reexport{spec: spec, names: pairs})
			}
			return k + 2
		}
		for _, p := range pairs {
			m.exports = append(m.exports, exportRef{name: p[1], local: p[0], at: -1, start: i})
		}
		return k
	case s.punct(j, "*"):
		k := j + 1
		if s.ident(k, "as") { // export * as ns from "x": one name
			if n, ok := s.propName(k + 1); ok {
				m.exports = append(m.exports, exportRef{name: n, at: -1, start: i})
			}
			k += 2
		} else if s.ident(k, "from") {
			if spec, ok := s.str(k + 1); ok {
				m.reexports = append(m.reexports, reexport{spec: spec, all: true})
			}
		}
		return k + 2
	}
	return j
}

// importStmt records namespace imports and static imports of .wasm files.
func (m *modInfo) importStmt(i, hi int) int {
	s := m.s
	j := i + 1
	// import source wasmModule from "./x_bg.wasm"
	if s.ident(j, "source") && s.name(j+1) != "" && s.ident(j+2, "from") {
		if spec, ok := s.str(j + 3); ok {
			m.importSrc = spec
			m.specs = append(m.specs, spec)
		}
		return j + 4
	}
	// import * as X from "spec"
	if s.punct(j, "*") && s.ident(j+1, "as") && s.name(j+2) != "" && s.ident(j+3, "from") {
		if spec, ok := s.str(j + 4); ok {
			m.nsImports[s.name(j+2)] = spec
			m.specs = append(m.specs, spec)
			m.noteWasmImport(spec)
		}
		return j + 5
	}
	// import "spec"; import X from "spec"; import { ... } from "spec"
	for k := j; k < hi && k < j+64; k = s.skip(k) {
		if spec, ok := s.str(k); ok {
			m.specs = append(m.specs, spec)
			m.noteWasmImport(spec)
			return k + 1
		}
		if s.punct(k, ";") {
			return k + 1
		}
	}
	return j
}

func (m *modInfo) noteWasmImport(spec string) {
	if hasSuffixFold(spec, ".wasm") && m.wasmImport == "" {
		m.wasmImport = spec
	}
}

// declFunction records a function declaration whose keyword is at f; start is
// where the statement began (the async keyword if any).
func (m *modInfo) declFunction(f, start int, async bool) int {
	s := m.s
	k := f + 1
	if s.punct(k, "*") {
		k++
	}
	if n := s.name(k); n != "" {
		if _, dup := m.decls[n]; !dup {
			m.decls[n] = decl{kind: "function", at: f, start: m.stmtStart(start), async: async}
		}
		k++
	}
	return k
}

// declClass records a class declaration at c and continues after its body.
func (m *modInfo) declClass(c, start int) int {
	s := m.s
	n := s.name(c + 1)
	if n != "" && n != "extends" {
		if _, dup := m.decls[n]; !dup {
			m.decls[n] = decl{kind: "class", at: c, start: m.stmtStart(start)}
		}
	}
	return c + 1
}

// variable records `const X = ...` (first declarator only; glue never
// declares several exported values in one statement).
func (m *modInfo) variable(v, hi int) int {
	s := m.s
	n := s.name(v + 1)
	if n == "" || !s.punct(v+2, "=") {
		return v + 1
	}
	if _, dup := m.decls[n]; !dup {
		m.decls[n] = decl{kind: "var", at: v + 3, start: m.stmtStart(v)}
	}
	// const X = require("spec")
	if s.ident(v+3, "require") && s.punct(v+4, "(") {
		if spec, ok := s.str(v + 5); ok && s.punct(v+6, ")") {
			m.nsImports[n] = spec
		}
	}
	return v + 3
}

// stmtStart extends a declaration's start back over a preceding `export`.
func (m *modInfo) stmtStart(i int) int {
	if m.s.ident(i-1, "export") {
		return i - 1
	}
	if m.s.ident(i-1, "default") && m.s.ident(i-2, "export") {
		return i - 2
	}
	return i
}

func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(tail); i++ {
		a, b := tail[i], suffix[i]
		if a >= 'A' && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// names reports whether the module imports, requires or re-exports the file
// of the same directory named file ("x_bg.js"), with or without its
// extension (old nodejs glue requires "./x_bg").
func (m *modInfo) names(file string) bool {
	bare := strings.TrimSuffix(file, path.Ext(file))
	match := func(spec string) bool {
		if !isRelative(spec) {
			return false
		}
		p := path.Clean(spec)
		return p == file || p == bare
	}
	for _, spec := range m.specs {
		if match(spec) {
			return true
		}
	}
	for _, r := range m.reexports {
		if match(r.spec) {
			return true
		}
	}
	return false
}
