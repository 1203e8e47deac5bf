package glue

import (
	"sort"
	"strings"
)

// Small helpers over a token stream. Every accessor tolerates an index out of
// range (it reports "no"), so pattern matches near the end of a truncated
// file cannot panic.

func (s *scanned) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

func (s *scanned) punct(i int, v string) bool {
	t := s.tok(i)
	return t != nil && t.kind == tPunct && t.val == v
}

func (s *scanned) ident(i int, v string) bool {
	t := s.tok(i)
	return t != nil && t.kind == tIdent && t.val == v
}

// name returns the identifier at i, or "".
func (s *scanned) name(i int) string {
	if t := s.tok(i); t != nil && t.kind == tIdent {
		return t.val
	}
	return ""
}

// str returns the contents of the string literal at i.
func (s *scanned) str(i int) (string, bool) {
	if t := s.tok(i); t != nil && t.kind == tStr {
		return t.val, true
	}
	return "", false
}

// propName returns a property name written as an identifier, a string or a
// number (object keys, member names).
func (s *scanned) propName(i int) (string, bool) {
	t := s.tok(i)
	if t == nil {
		return "", false
	}
	switch t.kind {
	case tIdent, tStr, tNum:
		return t.val, true
	}
	return "", false
}

// skip returns the index after the token at i, hopping over a whole bracket
// group when i opens one. It always moves forward.
func (s *scanned) skip(i int) int {
	t := s.tok(i)
	if t != nil && t.kind == tPunct && t.match > i {
		switch t.val {
		case "(", "[", "{":
			return t.match + 1
		}
	}
	return i + 1
}

// closeOf returns the index of the closer paired with the opener at i, or
// hi when it has none (a truncated file): callers then treat the rest of the
// range as the group's contents.
func (s *scanned) closeOf(i, hi int) int {
	if t := s.tok(i); t != nil && t.match > i && t.match <= hi {
		return t.match
	}
	return hi
}

// afterDot reports whether the token at i is a property name (`x.i`), which
// keeps `foo.wasm.x`, `obj.exports.x` and `a.function` from matching
// patterns anchored on a bare identifier.
func (s *scanned) afterDot(i int) bool {
	return s.punct(i-1, ".") || s.punct(i-1, "?.")
}

// items splits the bracket group opened at open into its top-level,
// comma-separated items, returned as [lo, hi) token ranges.
func (s *scanned) items(open int) [][2]int {
	end := s.closeOf(open, len(s.toks))
	var out [][2]int
	lo := open + 1
	for i := lo; i < end; {
		if s.punct(i, ",") {
			if i > lo {
				out = append(out, [2]int{lo, i})
			}
			i++
			lo = i
			continue
		}
		i = s.skip(i)
	}
	if lo < end {
		out = append(out, [2]int{lo, end})
	}
	return out
}

// hasComma reports whether the bracket group opened at open has a top-level
// comma (more than one item), stopping at the first.
func (s *scanned) hasComma(open int) bool {
	end := s.closeOf(open, len(s.toks))
	for i := open + 1; i < end; i = s.skip(i) {
		if s.punct(i, ",") {
			return true
		}
	}
	return false
}

// text returns the source text of tokens [lo, hi).
func (s *scanned) text(lo, hi int) string {
	if lo >= hi || lo < 0 || hi > len(s.toks) {
		return ""
	}
	return s.src[s.toks[lo].pos:s.toks[hi-1].end]
}

// params returns the parameter names of the list opened at open: the
// identifier of each item (`a`, `a = 1`, `...rest`), or the item's source
// text for destructuring patterns.
func (s *scanned) params(open int) []string {
	if !s.punct(open, "(") {
		return nil
	}
	var out []string
	for _, it := range s.items(open) {
		lo, hi := it[0], it[1]
		switch {
		case s.punct(lo, "...") && s.name(lo+1) != "":
			out = append(out, "..."+s.name(lo+1))
		case s.name(lo) != "" && (lo+1 == hi || s.punct(lo+1, "=")):
			out = append(out, s.name(lo))
		default:
			out = append(out, s.text(lo, hi))
		}
	}
	return out
}

// objectProps returns the top-level properties of the object literal opened
// at open: key and the token range of its value. Shorthand properties
// (`{ initSync }`) have an empty value range; spreads and computed keys are
// left out.
type prop struct {
	key    string
	lo, hi int // value tokens
}

func (s *scanned) objectProps(open int) []prop {
	if !s.punct(open, "{") {
		return nil
	}
	var out []prop
	for _, it := range s.items(open) {
		lo, hi := it[0], it[1]
		key, ok := s.propName(lo)
		if !ok {
			continue
		}
		switch {
		case s.punct(lo+1, ":"):
			out = append(out, prop{key, lo + 2, hi})
		case lo+1 == hi:
			out = append(out, prop{key, hi, hi})
		case s.punct(lo+1, "("): // method shorthand
			out = append(out, prop{key, lo + 1, hi})
		}
	}
	return out
}

// wasmRefs collects X for every `wasm.X` among tokens [lo, hi), including
// template substitutions that lie within them.
func (s *scanned) wasmRefs(lo, hi int, into map[string]bool) {
	lo, hi = max(lo, 0), min(hi, len(s.toks))
	if lo >= hi {
		return
	}
	refsIn(s.toks[lo:hi], into)
	from, to := s.toks[lo].pos, s.toks[hi-1].end
	k := sort.Search(len(s.nested), func(k int) bool { return s.nested[k].pos >= from })
	j := k
	for j < len(s.nested) && s.nested[j].pos < to {
		j++
	}
	refsIn(s.nested[k:j], into)
}

// allWasmRefs collects every `wasm.X` of the file.
func (s *scanned) allWasmRefs(into map[string]bool) {
	refsIn(s.toks, into)
	refsIn(s.nested, into)
}

func refsIn(list []token, into map[string]bool) {
	for i := 0; i+2 < len(list); i++ {
		if list[i].kind != tIdent || list[i].val != "wasm" {
			continue
		}
		if i > 0 && list[i-1].kind == tPunct && (list[i-1].val == "." || list[i-1].val == "?.") {
			continue
		}
		if list[i+1].kind == tPunct && list[i+1].val == "." && list[i+2].kind == tIdent {
			into[list[i+2].val] = true
		}
	}
}

// hasIdent reports whether the identifier name occurs as a token in
// [lo, hi) (in a nested function too: an over-approximation, which for
// `arguments` only costs a variadic forwarder).
func (s *scanned) hasIdent(lo, hi int, name string) bool {
	for i := lo; i < hi && i < len(s.toks); i++ {
		if s.toks[i].kind == tIdent && s.toks[i].val == name {
			return true
		}
	}
	return false
}

// bodyCalls returns the sorted Wasm exports called within tokens [lo, hi).
func (s *scanned) bodyCalls(lo, hi int) []string {
	m := map[string]bool{}
	s.wasmRefs(lo, hi, m)
	return sortedKeys(m)
}

// docBefore returns the comment that ends right before byte offset pos
// (only whitespace between), or "".
func (s *scanned) docBefore(pos int) string {
	k := sort.Search(len(s.comments), func(k int) bool { return s.comments[k].end > pos }) - 1
	if k < 0 {
		return ""
	}
	c := s.comments[k]
	if strings.TrimSpace(s.src[c.end:pos]) != "" {
		return ""
	}
	return c.text
}

// leadingComments returns the comments that come before the first token.
func (s *scanned) leadingComments() []comment {
	first := len(s.src)
	if len(s.toks) > 0 {
		first = s.toks[0].pos
	}
	var out []comment
	for _, c := range s.comments {
		if c.pos < first {
			out = append(out, c)
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedUnique(xs []string) []string {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return sortedKeys(m)
}

// ForwardArity is how many arguments a forwarder of a function with these
// parameters (as params lists them) may pass it, or -1 where it must pass
// exactly those its caller gave: a rest parameter collects the undefineds a
// fixed-arity forwarder would add for missing arguments (the tagged
// template functions biscuit-wasm's authors wrote in its glue entry,
// `fact(strings, ...values)`, then saw one value too many).
func ForwardArity(params []string) int {
	for _, p := range params {
		if strings.HasPrefix(p, "...") {
			return -1
		}
	}
	return len(params)
}

// JSLength is the `length` JavaScript gives a function with these
// parameters: those before a rest parameter. (A default value ends the
// count too; params does not keep it, and wasm-bindgen writes none.)
func JSLength(params []string) int {
	for i, p := range params {
		if strings.HasPrefix(p, "...") {
			return i
		}
	}
	return len(params)
}
