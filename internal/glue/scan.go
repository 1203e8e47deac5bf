package glue

import "strings"

// This file is a small JavaScript tokenizer. It is not a parser: it only has
// to be exact about the things that would otherwise derail a structural scan
// of generated glue, namely where strings, template literals, comments and
// regular expression literals begin and end, so that a brace or the text
// `wasm.foo` inside one of them is never mistaken for code. Every bracket is
// paired with its partner so callers can hop over whole blocks.
//
// The scanner never fails: malformed input (an unterminated string, a stray
// closer) yields a best-effort token stream, never a panic.

type tokKind uint8

const (
	tIdent   tokKind = iota + 1 // identifiers and keywords
	tNum                        // numeric literals
	tStr                        // '...' or "..."; val is the unescaped contents
	tTmpl                       // a whole template literal; val is the raw text between the backticks
	tRegex                      // a regular expression literal, flags included
	tPunct                      // operators and brackets
	tPrivate                    // #name
)

type token struct {
	kind  tokKind
	val   string
	pos   int // byte offset of the first character
	end   int // byte offset just past the last character
	match int // for ( [ { and their closers: index of the partner token, -1 when unpaired
}

type comment struct {
	pos, end int
	text     string // the whole comment, delimiters included
}

// scanned is the token stream of one JavaScript source.
type scanned struct {
	src      string
	toks     []token
	comments []comment
	// nested holds the tokens of template-literal substitutions (`${...}`).
	// They are kept apart from toks so that the bracket structure of the
	// surrounding code stays intact, but they are still code: searches for
	// `wasm.X` look at them too.
	nested []token
}

// maxTemplateDepth bounds the recursion into `${ `${ ... } }`. Generated glue
// nests at most once or twice; the bound only exists so hostile input cannot
// grow the goroutine stack without limit.
const maxTemplateDepth = 64

type lexer struct {
	src string
	p   int
	out *scanned
}

// scan tokenizes src.
func scan(src string) *scanned {
	// Sized for real glue (one token per 5.6-6.2 bytes of the corpora's
	// glue), so the token slice is allocated once instead of grown.
	s := &scanned{src: src, toks: make([]token, 0, len(src)/5+16)}
	lx := &lexer{src: src, out: s}
	if strings.HasPrefix(src, "#!") { // hashbang line
		for lx.p < len(src) && src[lx.p] != '\n' {
			lx.p++
		}
		s.comments = append(s.comments, comment{0, lx.p, src[:lx.p]})
	}
	lx.run(&s.toks, false, 0)
	pairBrackets(s.toks)
	return s
}

// run appends tokens to *dst until the end of input or, when inTemplate is
// set, until the `}` that closes a template substitution (which it consumes).
// dst is a pointer because substitutions nested in substitutions append to
// the same nested list.
func (lx *lexer) run(dst *[]token, inTemplate bool, depth int) {
	src := lx.src
	braces := 0
	// The last significant token, for the regex-or-division decision. A copy
	// (prevTok), not the address of the loop's token: that would move every
	// token to the heap (most of the scanner's allocations, measured).
	var prevTok token
	var prev *token
	for lx.p < len(src) {
		c := src[lx.p]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			lx.p++
			continue
		case c == '/' && lx.p+1 < len(src) && src[lx.p+1] == '/':
			start := lx.p
			for lx.p < len(src) && src[lx.p] != '\n' {
				lx.p++
			}
			if !inTemplate {
				lx.out.comments = append(lx.out.comments, comment{start, lx.p, src[start:lx.p]})
			}
			continue
		case c == '/' && lx.p+1 < len(src) && src[lx.p+1] == '*':
			start := lx.p
			e := strings.Index(src[lx.p+2:], "*/")
			if e < 0 {
				lx.p = len(src)
			} else {
				lx.p += 2 + e + 2
			}
			if !inTemplate {
				lx.out.comments = append(lx.out.comments, comment{start, lx.p, src[start:lx.p]})
			}
			continue
		}

		start := lx.p
		var t token
		switch {
		case isIdentStart(c):
			for lx.p < len(src) && isIdentPart(src[lx.p]) {
				lx.p++
			}
			t = token{kind: tIdent, val: src[start:lx.p]}
		case c >= '0' && c <= '9' || c == '.' && lx.p+1 < len(src) && src[lx.p+1] >= '0' && src[lx.p+1] <= '9':
			lx.p++
			for lx.p < len(src) {
				d := src[lx.p]
				if isIdentPart(d) || d == '.' {
					lx.p++
					continue
				}
				// exponent sign: 1e-7, 2E+3
				if (d == '+' || d == '-') && (src[lx.p-1] == 'e' || src[lx.p-1] == 'E') && !strings.HasPrefix(src[start:], "0x") && !strings.HasPrefix(src[start:], "0X") {
					lx.p++
					continue
				}
				break
			}
			t = token{kind: tNum, val: src[start:lx.p]}
		case c == '"' || c == '\'':
			t = token{kind: tStr, val: lx.quoted(c)}
		case c == '`':
			t = token{kind: tTmpl, val: lx.template(depth)}
		case c == '#':
			lx.p++
			for lx.p < len(src) && isIdentPart(src[lx.p]) {
				lx.p++
			}
			t = token{kind: tPrivate, val: src[start:lx.p]}
		case c == '/' && regexAllowed(prev):
			lx.regex()
			t = token{kind: tRegex, val: src[start:lx.p]}
		default:
			op := punctAt(src, lx.p)
			lx.p += len(op)
			if inTemplate {
				switch op {
				case "{":
					braces++
				case "}":
					if braces == 0 {
						return // end of the substitution; the `}` is consumed
					}
					braces--
				}
			}
			t = token{kind: tPunct, val: op}
		}
		t.pos, t.end, t.match = start, lx.p, -1
		*dst = append(*dst, t)
		prevTok = t
		prev = &prevTok
	}
}

// quoted consumes a '...' or "..." literal and returns its contents with the
// simple escapes (\\, \', \", \n, \t) resolved; other escapes are kept as
// written, which is enough for the module names and keys glue uses.
func (lx *lexer) quoted(q byte) string {
	src := lx.src
	lx.p++ // opening quote
	var b strings.Builder
	for lx.p < len(src) {
		c := src[lx.p]
		switch {
		case c == q:
			lx.p++
			return b.String()
		case c == '\n': // unterminated: stop at the line end
			return b.String()
		case c == '\\' && lx.p+1 < len(src):
			n := src[lx.p+1]
			switch n {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case '\\', '\'', '"':
				b.WriteByte(n)
			case '\n': // line continuation
			default:
				b.WriteByte('\\')
				b.WriteByte(n)
			}
			lx.p += 2
		default:
			b.WriteByte(c)
			lx.p++
		}
	}
	return b.String()
}

// template consumes a template literal, descending into `${...}`
// substitutions, whose tokens go to the nested list. It returns the raw text
// between the backticks.
func (lx *lexer) template(depth int) string {
	src := lx.src
	start := lx.p
	lx.p++ // opening backtick
	for lx.p < len(src) {
		c := src[lx.p]
		switch {
		case c == '\\':
			lx.p += 2
		case c == '`':
			lx.p++
			return src[start+1 : lx.p-1]
		case c == '$' && lx.p+1 < len(src) && src[lx.p+1] == '{':
			lx.p += 2
			if depth < maxTemplateDepth {
				lx.run(&lx.out.nested, true, depth+1)
			}
		default:
			lx.p++
		}
	}
	if lx.p > len(src) {
		lx.p = len(src)
	}
	return src[min(start+1, len(src)):]
}

// regex consumes a regular expression literal: a `/` inside a character
// class does not end it, and a line end means it was not a regex after all
// (the scan resumes there, which keeps the damage local).
func (lx *lexer) regex() {
	src := lx.src
	lx.p++ // opening slash
	inClass := false
	for lx.p < len(src) {
		c := src[lx.p]
		switch {
		case c == '\\':
			lx.p += 2
			continue
		case c == '\n':
			return
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			lx.p++
			for lx.p < len(src) && isIdentPart(src[lx.p]) {
				lx.p++
			}
			return
		}
		lx.p++
	}
	if lx.p > len(src) {
		lx.p = len(src)
	}
}

// regexAllowed reports whether a `/` after prev starts a regular expression
// rather than a division: after an operator, an opening bracket or one of the
// keywords that take an expression, a value cannot precede it.
func regexAllowed(prev *token) bool {
	if prev == nil {
		return true
	}
	switch prev.kind {
	case tPunct:
		switch prev.val {
		case ")", "]", "}", "++", "--":
			return false
		}
		return true
	case tIdent:
		switch prev.val {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void",
			"throw", "case", "do", "else", "yield", "await":
			return true
		}
	}
	return false
}

// puncts lists the multi-character operators the analysis cares to keep
// whole (so that `=` is never confused with `==`, `===` or `=>`), longest first.
var puncts = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=",
	"*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
}

// punctsByFirst lists the operators of puncts by their first byte, longest
// first (puncts' order), so punctAt tries only the few that can match.
var punctsByFirst = func() (t [256][]string) {
	for _, op := range puncts {
		t[op[0]] = append(t[op[0]], op)
	}
	return t
}()

func punctAt(src string, p int) string {
	rest := src[p:]
	// Brackets and separators, most punctuation in glue, start no longer
	// operator: answered before the list is tried (a third of the scan's
	// time went to that loop).
	switch rest[0] {
	case '(', ')', '[', ']', '{', '}', ';', ',', ':', '~', '@':
		return rest[:1]
	case '.':
		if !strings.HasPrefix(rest, "...") {
			return rest[:1]
		}
	}
	for _, op := range punctsByFirst[rest[0]] {
		if strings.HasPrefix(rest, op) {
			if op == "?." && len(rest) > 2 && rest[2] >= '0' && rest[2] <= '9' {
				continue // `a ?.5 : b` is a conditional, not optional chaining
			}
			return op
		}
	}
	return rest[:1]
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || c >= 0x80 || c == '\\'
}

func isIdentPart(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// pairBrackets fills in token.match for (), [] and {}. A closer that does not
// fit the innermost opener is paired with the nearest opener of its own sort
// (the openers skipped on the way stay unpaired), or left unpaired. Counting
// the open brackets of each sort keeps hostile input (`(((...]]]`) linear:
// a closer with no opener of its sort on the stack does not search it.
func pairBrackets(toks []token) {
	var stack []int
	// Open brackets on the stack, per kind: ( [ { (an array, not a map: this
	// loop runs once per token of every glue file).
	var open [3]int
	for i := range toks {
		t := &toks[i]
		if t.kind != tPunct {
			continue
		}
		switch t.val {
		case "(", "[", "{":
			stack = append(stack, i)
			open[bracketKind(t.val)]++
		case ")", "]", "}":
			want := opener(t.val)
			if open[bracketKind(want)] == 0 {
				continue
			}
			for j := len(stack) - 1; j >= 0; j-- {
				o := toks[stack[j]].val
				if o == want {
					toks[stack[j]].match = i
					t.match = stack[j]
					open[bracketKind(o)]--
					stack = stack[:j]
					break
				}
				open[bracketKind(o)]-- // skipped: stays unpaired
			}
		}
	}
}

// bracketKind numbers the openers: ( 0, [ 1, { 2.
func bracketKind(opener string) int {
	switch opener {
	case "(":
		return 0
	case "[":
		return 1
	}
	return 2
}

func opener(closer string) string {
	switch closer {
	case ")":
		return "("
	case "]":
		return "["
	}
	return "{"
}
