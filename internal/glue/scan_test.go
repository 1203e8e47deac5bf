package glue

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

func refs(src string) []string {
	m := map[string]bool{}
	scan(src).allWasmRefs(m)
	return sortedKeys(m)
}

func TestScanSkipsNonCode(t *testing.T) {
	src := `
const a = "wasm.inString { \" }";
const b = 'it\'s wasm.single {';
// wasm.lineComment {
/* wasm.blockComment { */
const re = /wasm.regex[/{]}/g;
const t = ` + "`wasm.template ${ wasm.inSubst + `${ {x: wasm.deep} }` } {`" + `;
const d = total / wasm.divided / 2;
const e = obj.wasm.notOurs;
wasm.real();
`
	wantSame(t, "refs", refs(src), []string{"deep", "divided", "inSubst", "real"})
	s := scan(src)
	// Braces inside literals and comments never reach the bracket structure.
	for i, tk := range s.toks {
		if tk.kind == tPunct && (tk.val == "{" || tk.val == "}") {
			t.Errorf("stray brace token %d at %d", i, tk.pos)
		}
	}
	if len(s.comments) != 2 {
		t.Errorf("%d comments, want 2", len(s.comments))
	}
}

func TestScanRegexOrDivision(t *testing.T) {
	cases := map[string][]tokKind{
		"a / b / c":             {tIdent, tPunct, tIdent, tPunct, tIdent},
		"f(x) / 2":              {tIdent, tPunct, tIdent, tPunct, tPunct, tNum},
		"return /x{/.test(s)":   {tIdent, tRegex, tPunct, tIdent, tPunct, tIdent, tPunct},
		"x = /[/]/g":            {tIdent, tPunct, tRegex},
		"typeof /a/":            {tIdent, tRegex},
		"a[0] / 4":              {tIdent, tPunct, tNum, tPunct, tPunct, tNum},
		"1e-5 / x":              {tNum, tPunct, tIdent},
		"obj?.a ?? b":           {tIdent, tPunct, tIdent, tPunct, tIdent},
		"#priv in this":         {tPrivate, tIdent, tIdent},
		"x => x === y":          {tIdent, tPunct, tIdent, tPunct, tIdent},
		"'unterminated\nnext":   {tStr, tIdent},
		"/* open comment":       {},
		"`open ${template":      {tTmpl},
		"/unterminated regex\n": {tRegex},
	}
	for src, want := range cases {
		var got []tokKind
		for _, tk := range scan(src).toks {
			got = append(got, tk.kind)
		}
		if !slices.Equal(got, want) {
			t.Errorf("scan(%q) kinds = %v, want %v", src, got, want)
		}
	}
}

func TestScanStrings(t *testing.T) {
	s := scan(`imports['./snippets/a b/inline0.js'] = x; "q\"uote"; 'back\\slash'`)
	var strs []string
	for _, tk := range s.toks {
		if tk.kind == tStr {
			strs = append(strs, tk.val)
		}
	}
	wantSame(t, "strings", strs, []string{"./snippets/a b/inline0.js", `q"uote`, `back\slash`})
}

func TestPairBrackets(t *testing.T) {
	s := scan("a({[x]}) ) } { (")
	for i, tk := range s.toks {
		if tk.match >= 0 && s.toks[tk.match].match != i {
			t.Errorf("token %d pairs with %d, which pairs with %d", i, tk.match, s.toks[tk.match].match)
		}
	}
	if s.toks[1].match != 7 { // ( ... )
		t.Errorf("( pairs with %d", s.toks[1].match)
	}
	if last := s.toks[len(s.toks)-1]; last.match != -1 {
		t.Errorf("unclosed ( pairs with %d", last.match)
	}
}

func analyze(src string) *modInfo { return analyzeModule(scan(src)) }

func find(t *testing.T, xs []Export, name string) Export {
	t.Helper()
	for _, e := range xs {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no export %s in %+v", name, xs)
	return Export{}
}

func TestExportForms(t *testing.T) {
	m := analyze(`
import * as ns from "./snippets/x/inline0.js";
export function plain(a, b = 2, ...rest) { return wasm.plain(a); }
export async function later({ x, y }) { await wasm.later(); }
/** @returns {Promise<void>} */
export function promised() { return wasm.promised(); }
export const arrow = (p, q) => { wasm.arrow(p, q); };
export const one = v => v;
export const wrapped = handleError(function (e0) { wasm.wrapped(); });
export const E = Object.freeze({
    /** doc */
    A: 0, "0": "A",
    B: 1, "1": "B",
});
export const K = 42;
function local(z) { wasm.local(z); }
class Hidden {}
export { local as renamed, Hidden };
export default function init(input) {}
export * from "./other.js";
export * as nsx from "./other.js";
export { a as b } from "./third.js";
export function __wbg_log_0123456789abcdef() {}
export function __wbindgen_throw() {}
export function __wbg_reset_state() {}
`)
	ex := m.publicExports()
	wantSame(t, "plain params", find(t, ex, "plain").Params, []string{"a", "b", "...rest"})
	wantSame(t, "plain calls", find(t, ex, "plain").Calls, []string{"plain"})
	if e := find(t, ex, "later"); !e.Async || e.Params[0] != "{ x, y }" {
		t.Errorf("later = %+v", e)
	}
	if !find(t, ex, "promised").Async {
		t.Error("@returns {Promise<void>} not read as async")
	}
	if e := find(t, ex, "arrow"); e.Kind != "function" || !slices.Equal(e.Params, []string{"p", "q"}) || !slices.Equal(e.Calls, []string{"arrow"}) {
		t.Errorf("arrow = %+v", e)
	}
	wantSame(t, "one params", find(t, ex, "one").Params, []string{"v"})
	wantSame(t, "wrapped params", find(t, ex, "wrapped").Params, []string{"e0"})
	wantSame(t, "E", find(t, ex, "E").Values, []string{"A", "B"})
	if find(t, ex, "K").Kind != "const" {
		t.Error("K is a const")
	}
	if e := find(t, ex, "renamed"); e.Kind != "function" || !slices.Equal(e.Calls, []string{"local"}) {
		t.Errorf("renamed = %+v", e)
	}
	if find(t, ex, "Hidden").Kind != "class" {
		t.Error("Hidden is a class")
	}
	if e := find(t, ex, "default"); e.Kind != "init" {
		t.Errorf("default = %+v", e)
	}
	find(t, ex, "nsx")
	find(t, ex, "__wbg_reset_state")
	for _, n := range []string{"__wbg_log_0123456789abcdef", "__wbindgen_throw", "local"} {
		for _, e := range ex {
			if e.Name == n {
				t.Errorf("%s exported", n)
			}
		}
	}
	if len(m.reexports) != 2 || !m.reexports[0].all || m.reexports[1].names[0] != [2]string{"a", "b"} {
		t.Errorf("reexports %+v", m.reexports)
	}
	if m.nsImports["ns"] != "./snippets/x/inline0.js" {
		t.Errorf("ns imports %v", m.nsImports)
	}
}

func TestCommonJSExports(t *testing.T) {
	m := analyze(`
class Thing { constructor(a) { wasm.thing_new(a); } }
module.exports.Thing = Thing;
module.exports.run = function(x) { wasm.run(x); };
exports.go = go;
function go() {}
module.exports.__wasm = wasm;
`)
	ex := m.publicExports()
	if len(ex) != 3 {
		t.Errorf("exports %+v", ex)
	}
	wantSame(t, "Thing ctor", find(t, ex, "Thing").Class.ConstructorParams, []string{"a"})
	wantSame(t, "run params", find(t, ex, "run").Params, []string{"x"})
	if find(t, ex, "go").Kind != "function" {
		t.Error("go is a function")
	}
}

func TestClassMembers(t *testing.T) {
	m := analyze(`
export class C extends Base {
    static __wrap(ptr) { return wasm.wrap(ptr); }
    __inner;
    count = 0;
    #secret = 1;
    static { setup(); }
    constructor(a, b) { super(); wasm.c_new(a, b); }
    get(key) { return wasm.c_get(key); }
    set(key, v) { wasm.c_set(key, v); }
    get size() { return wasm.c_size(this.__wbg_ptr); }
    set size(v) { wasm.c_set_size(this.__wbg_ptr, v); }
    static get version() { return 1; }
    static make() { return wasm.c_make(); }
    async *items() {}
    #hidden() { wasm.c_hidden(); }
    [Symbol.dispose]() { this.free(); }
    free() { wasm.__wbg_c_free(this.__wbg_ptr, 0); }
    'quoted name'() {}
}
`)
	c := find(t, m.publicExports(), "C").Class
	if c.Extends != "Base" || !c.Constructor || !c.Free || !c.Dispose {
		t.Errorf("class %+v", c)
	}
	wantSame(t, "ctor", c.ConstructorParams, []string{"a", "b"})
	wantSame(t, "methods", c.Methods, []string{"get", "set", "items", "free", "quoted name"})
	wantSame(t, "statics", c.Statics, []string{"make"})
	wantSame(t, "getters", c.Getters, []string{"size"})
	wantSame(t, "static getters", c.StaticGetters, []string{"version"})
	wantSame(t, "setters", c.Setters, []string{"size"})
	wantSame(t, "fields", c.Fields, []string{"count"})
	wantSame(t, "internal", c.Internal, []string{"static __wrap", "__inner"})
	wantSame(t, "get calls", c.Calls["get"], []string{"c_get"})
	wantSame(t, "get size calls", c.Calls["get size"], []string{"c_size"})
	wantSame(t, "static make calls", c.Calls["static make"], []string{"c_make"})
	if !m.markers().Has(MarkFreeTwoArgs) {
		t.Error("free(ptr, 0) not noticed")
	}
}

func TestProvisionShapes(t *testing.T) {
	m := analyze(`
import * as star0 from './snippets/s/inline0.js';
const imports = {};
imports.wbg = {};
imports.wbg.__wbg_a_1 = function() {};
imports['wbg'].__wbg_b_2 = function() {};
imports['./snippets/s/inline0.js'] = star0;
imports['./snippets/s/inline1.js'] = require('./snippets/s/inline1.js');
imports.custom = { f: 1, g() {} };
imports['mystery'] = makeImports();
function __wbg_get_imports() {
    const import0 = { __proto__: null, x: function() {}, "y": 1 };
    const import1 = { z: 2 };
    return { __proto__: null, "./a_bg.js": import0, other: import1, "inline": { w: 3 } };
}
`)
	p := m.provisions()
	got := map[string][]string{}
	for mod, fs := range p.fields {
		got[mod] = sortedKeys(fs)
	}
	wantSame(t, "wbg", got["wbg"], []string{"__wbg_a_1", "__wbg_b_2"})
	wantSame(t, "custom", got["custom"], []string{"f", "g"})
	wantSame(t, "./a_bg.js", got["./a_bg.js"], []string{"x", "y"})
	wantSame(t, "other", got["other"], []string{"z"})
	wantSame(t, "inline", got["inline"], []string{"w"})
	if p.forwards["./snippets/s/inline0.js"] != "./snippets/s/inline0.js" || p.forwards["./snippets/s/inline1.js"] != "./snippets/s/inline1.js" || p.forwards["mystery"] != unknownForward {
		t.Errorf("forwards %v", p.forwards)
	}
}

func TestTopLevelAwait(t *testing.T) {
	for src, want := range map[string]bool{
		"const x = await f();":                                              true,
		"switch (u) { case 1: y = await g(); }":                             true,
		"async function f() { await g(); }":                                 false,
		"const f = async () => { await g(); };":                             false,
		"class A { async m() { await g(); } }":                              false,
		"(async function() { await g(); })();":                              false,
		"if (a) { await g(); }":                                             true,
		"const o = { async m() { await g(); } };":                           false,
		"const wasmInstance = (await WebAssembly.instantiate(b)).instance;": true,
	} {
		if got := analyze(src).topAwait(); got != want {
			t.Errorf("topLevelAwait(%q) = %v, want %v", src, got, want)
		}
	}
}

// FuzzScan feeds arbitrary text through the tokenizer and every analysis;
// none of them may panic, and the token stream must stay well-formed.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"", "`${", "`${`${`${", "/", "/[", "'", "\\", "#", "a?.5:1", "}}}{{{", "export { a as",
		"class {", "class A { get", "module.exports.", "imports['", "let wasm_bindgen = (function(",
		"export default", "export * as", "import source", "Object.freeze({", "(function(){ x = Object.assign(",
	} {
		f.Add(s)
	}
	// excerpts of real glue shapes as seeds (whole files make the fuzzer
	// spend its time minimising kilobytes of input)
	f.Add("export class A {\n static __wrap(ptr) { const obj = Object.create(A.prototype); obj.__wbg_ptr = ptr; return obj; }\n get x() { return wasm.a_x(this.__wbg_ptr); }\n}\nif (Symbol.dispose) A.prototype[Symbol.dispose] = A.prototype.free;")
	f.Add("imports.wbg.__wbg_log_1 = function(arg0, arg1) { console.log(getStringFromWasm0(arg0, arg1)); };\nconst re = /\\[object ([^\\]]+)\\]/.exec(x); return `${val}`;")
	f.Add("let wasm_bindgen = (function(exports) { function f(a) { wasm.f(a); } exports.f = f; return Object.assign(__wbg_init, { initSync }, exports); })({ __proto__: null });")
	f.Add("function __wbg_get_imports() { const import0 = { __proto__: null, a: function() {}, }; return { __proto__: null, \"./x_bg.js\": import0 }; }")
	f.Add("module.exports.run = function(x) { wasm.run(x); };\nconst path = require('path').join(__dirname, 'x_bg.wasm');")
	f.Fuzz(func(t *testing.T, src string) {
		s := scan(src)
		prev := -1
		for i, tk := range s.toks {
			if tk.pos < prev || tk.end < tk.pos || tk.end > len(src) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (len %d)", i, tk.pos, tk.end, len(src))
			}
			prev = tk.end
			if tk.match >= 0 && (tk.match >= len(s.toks) || s.toks[tk.match].match != i) {
				t.Fatalf("token %d pairs with %d inconsistently", i, tk.match)
			}
		}
		m := analyzeModule(s)
		m.publicExports()
		m.exportNames()
		m.provisions()
		m.markers()
		_, _, _ = decideTarget(m, "fuzz.js")
		s.guardedRefs(map[string]bool{})
		loadedWasm(s, "fuzz")
	})
}

// Hostile shapes must stay linear: each of these would take minutes with a
// quadratic pass, and takes milliseconds without one.
func TestAnalysisStaysLinear(t *testing.T) {
	const n = 200_000
	inputs := map[string]string{
		"openers then wrong closers": strings.Repeat("(", n) + "[" + strings.Repeat("]", n),
		"chained import assignments": strings.Repeat("imports.a=", n/10),
		"nested free calls":          strings.Repeat("wasm.__wbg_a_free(", n/20) + strings.Repeat(")", n/20),
		"deep templates":             strings.Repeat("`${", n/10),
		"one class, many names":      "class A { m() { wasm.x(); wasm.y(); } }\nexport {" + manyAliases("A", n/20) + "};",
		"unterminated everything":    strings.Repeat("/[", n/4) + strings.Repeat("'", n/4),
	}
	for name, src := range inputs {
		start := time.Now()
		m := analyzeModule(scan(src))
		m.publicExports()
		m.provisions()
		m.markers()
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(src))
		}
	}
}

func manyAliases(local string, k int) string {
	var b strings.Builder
	for i := range k {
		fmt.Fprintf(&b, "%s as a%d, ", local, i)
	}
	return b.String()
}

// BenchmarkScanRealGlue scans every glue file of the committed real builds
// (testdata/real, the example, the workers-rs builds): the tokenizer alone,
// then with the module analysis the detection runs on it.
func BenchmarkScanRealGlue(b *testing.B) {
	root := testassets.Root()
	var files []string
	for _, pattern := range []string{"testdata/real/*/*/*/*.js", "examples/counter/pkg/*.js", "testdata/workers-rs/out/*/*/index.js"} {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, m...)
	}
	var srcs []string
	size := 0
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(s))
		size += len(s)
	}
	if len(srcs) < 100 {
		b.Fatalf("found %d glue files, expected the committed real builds", len(srcs))
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, s := range srcs {
				scan(s)
			}
		}
	})
	b.Run("scan+analyze", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, s := range srcs {
				m := analyze(s)
				m.markers()
			}
		}
	})
}
