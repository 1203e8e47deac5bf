// Package patches holds the loader patches of wbg-guard as data: small,
// anchored edits to wasm-bindgen glue that let a generation be created
// synchronously where a target's own loader cannot be reused as it is
// (top-level await in deno glue, async-only init in early web glue, `import
// source` in module glue). Each patch names the glue shape it applies to;
// the edits live in *.json files beside this one, so that adding support for
// a new shape is a reviewed data change, not string surgery spread through Go.
package patches

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed *.json
var files embed.FS

// Patch is one named set of edits for one glue shape.
type Patch struct {
	Name string `json:"name"`
	Why  string `json:"why"`
	// Shape: the patch applies to glue of one of Targets whose text contains
	// every string of Requires and none of Absent.
	Targets  []string `json:"targets"`
	Requires []string `json:"requires"`
	Absent   []string `json:"absent"`
	// File is which glue file the edits apply to: "entry", "bg", or "any"
	// (each of the two whose text has the shape).
	File  string `json:"file"`
	Edits []Edit `json:"edits"`
}

// Edit replaces, or inserts text before or after, an anchor that must occur
// exactly once in the file: an anchor that is missing or ambiguous means the
// glue is not the shape the patch was written for, which is an error, never
// a silent no-op.
//
// Anchors and requirements are patterns over the glue's tokens, not exact
// spellings: whitespace between tokens may differ, {wasm} stands for the base
// name of the crate's .wasm (e.g. app_bg.wasm), {id} for a name or a member
// chain (wasm_url, Deno.readFile, readFile), and {expr} for a name or a call
// without nested parentheses (imports, __wbg_get_imports()). A replacement
// may reuse what the anchor's placeholders matched as {1}, {2}, ... in order.
type Edit struct {
	Anchor       string `json:"anchor"`
	Replace      string `json:"replace,omitempty"`
	InsertBefore string `json:"insert_before,omitempty"`
	InsertAfter  string `json:"insert_after,omitempty"`
	IsReplace    bool   `json:"-"`
}

// UnmarshalJSON records whether "replace" was given (it may be empty).
func (e *Edit) UnmarshalJSON(b []byte) error {
	type plain Edit
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	_, e.IsReplace = raw["replace"]
	return json.Unmarshal(b, (*plain)(e))
}

// All returns every patch, sorted by name. It fails only if the embedded
// data is malformed, which the package's tests rule out. The data is
// decoded once per process (~0.1 ms, and a build asks up to twice); callers
// get a copy of the list, the patches' slices shared and not to be changed.
func All() ([]Patch, error) {
	allOnce.Do(func() { allPatches, allErr = decodeAll() })
	return slices.Clone(allPatches), allErr
}

var (
	allOnce    sync.Once
	allPatches []Patch
	allErr     error
)

func decodeAll() ([]Patch, error) {
	entries, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var all []Patch
	for _, ent := range entries {
		b, err := files.ReadFile(ent.Name())
		if err != nil {
			return nil, err
		}
		var p Patch
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("patches/%s: %v", ent.Name(), err)
		}
		if want := strings.TrimSuffix(ent.Name(), path.Ext(ent.Name())); p.Name != want {
			return nil, fmt.Errorf("patches/%s: name %q does not match the file name", ent.Name(), p.Name)
		}
		if p.File != "entry" && p.File != "bg" && p.File != "any" {
			return nil, fmt.Errorf("patches/%s: file must be \"entry\", \"bg\" or \"any\"", ent.Name())
		}
		for i, e := range p.Edits {
			n := 0
			if e.IsReplace {
				n++
			}
			if e.InsertBefore != "" {
				n++
			}
			if e.InsertAfter != "" {
				n++
			}
			if e.Anchor == "" || n != 1 {
				return nil, fmt.Errorf("patches/%s: edit %d needs an anchor and exactly one of replace, insert_before, insert_after", ent.Name(), i)
			}
		}
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all, nil
}

// Matches reports whether the patch applies to glue of target whose text is
// src and whose .wasm is named wasm.
func (p *Patch) Matches(target, src, wasm string) bool {
	ok := false
	for _, t := range p.Targets {
		if t == target {
			ok = true
		}
	}
	if !ok {
		return false
	}
	for _, r := range p.Requires {
		if !hasWords(src, r) || !pattern(r, wasm).MatchString(src) {
			return false
		}
	}
	for _, a := range p.Absent {
		if hasWords(src, a) && pattern(a, wasm).MatchString(src) {
			return false
		}
	}
	return true
}

// hasWords reports whether src contains every word (identifier or number)
// of the requirement s outside its placeholders: a match holds them
// literally, so without one there is none. Most glue lacks a patch's
// distinctive names, and this spares compiling and running its pattern
// over the whole text, where a leading "function" starts hundreds of
// attempts (~0.2 ms a build for automerge's 67 KB glue).
func hasWords(src, s string) bool {
	for i := 0; i < len(s); {
		if s[i] == '{' {
			if j := strings.IndexByte(s[i:], '}'); j > 0 {
				i += j + 1
				continue
			}
		}
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if !strings.Contains(src, s[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// Apply returns src with the patch's edits made.
func (p *Patch) Apply(src, wasm string) (string, error) {
	for _, e := range p.Edits {
		re := pattern(e.Anchor, wasm)
		all := re.FindAllStringSubmatchIndex(src, 2)
		if len(all) != 1 {
			n := len(re.FindAllStringIndex(src, -1))
			return "", fmt.Errorf("patch %s: anchor %q occurs %d times, expected once: the glue is not the shape this patch was written for", p.Name, e.Anchor, n)
		}
		m := all[0]
		anchor := src[m[0]:m[1]]
		var groups []string
		for g := 1; 2*g < len(m); g++ {
			groups = append(groups, src[m[2*g]:m[2*g+1]])
		}
		var mid string
		switch {
		case e.IsReplace:
			mid = fill(e.Replace, groups)
		case e.InsertBefore != "":
			mid = fill(e.InsertBefore, groups) + anchor
		default:
			mid = anchor + fill(e.InsertAfter, groups)
		}
		src = src[:m[0]] + mid + src[m[1]:]
	}
	return src, nil
}

// fill puts what an anchor's placeholders matched into a replacement.
func fill(s string, groups []string) string {
	for i, g := range groups {
		s = strings.ReplaceAll(s, "{"+strconv.Itoa(i+1)+"}", g)
	}
	return s
}

const (
	idPattern   = `([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)`
	exprPattern = `([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*(?:\s*\([^()]*\))?)`
)

// pattern compiles an anchor or requirement (see Edit) into a regular
// expression: literal tokens, any whitespace between them, placeholders.
func pattern(s, wasm string) *regexp.Regexp {
	var b strings.Builder
	prevWord := false
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "{wasm}"):
			b.WriteString(`\s*` + regexp.QuoteMeta(wasm))
			i += len("{wasm}")
			prevWord = true
			continue
		case strings.HasPrefix(s[i:], "{id}"):
			b.WriteString(`\s*` + idPattern)
			i += len("{id}")
			prevWord = true
			continue
		case strings.HasPrefix(s[i:], "{expr}"):
			b.WriteString(`\s*` + exprPattern)
			i += len("{expr}")
			prevWord = true
			continue
		}
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			// Whitespace between tokens is optional; within a word it is
			// required.
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			if prevWord && j < len(s) && (isWordByte(s[j]) || s[j] == '{') {
				b.WriteString(`\s+`)
			}
			i = j
			prevWord = false
			continue
		case isWordByte(c):
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if !prevWord {
				b.WriteString(`\s*`)
			}
			b.WriteString(regexp.QuoteMeta(s[i:j]))
			i = j
			prevWord = true
		default:
			b.WriteString(`\s*` + regexp.QuoteMeta(string(c)))
			i++
			prevWord = false
		}
	}
	// No whitespace before the first token: a match starts at the token.
	return regexp.MustCompile(strings.TrimPrefix(b.String(), `\s*`))
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Use is one patch to apply to one file.
type Use struct {
	Patch
	File string // "entry" or "bg"
}

// For returns the patches that apply to glue of target with entry text entry
// and _bg.js text bg (empty when the target has none) whose .wasm is named
// wasm, in name order, each with the file it applies to.
func For(target, entry, bg, wasm string) ([]Use, error) {
	all, err := All()
	if err != nil {
		return nil, err
	}
	var out []Use
	for _, p := range all {
		for _, f := range []struct{ name, src string }{{"entry", entry}, {"bg", bg}} {
			if (p.File == f.name || p.File == "any") && f.src != "" && p.Matches(target, f.src, wasm) {
				out = append(out, Use{Patch: p, File: f.name})
			}
		}
	}
	return out, nil
}
