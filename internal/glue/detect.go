package glue

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// maxJSSize bounds how much of a JS file is read. Glue is tens of kilobytes;
// the bound only keeps a stray huge file from being slurped whole.
const maxJSSize = 64 << 20

// crate is what the directory listing says about one <n>.
type crate struct {
	name   string
	entry  string // <n>.js / .mjs / .cjs
	bgJS   string // <n>_bg.js
	wasm   string // <n>_bg.wasm
	why    string // how the entry was chosen, when there was a choice
	others []string
}

// Detect finds the wasm-bindgen output in dir (one crate's files, as
// wasm-bindgen writes them into --out-dir, or as a package ships them, with
// wrappers and other loaders beside) and describes it.
//
// It fails with one line naming the problem when dir is not a directory,
// holds no glue, holds the glue of several modules, when the glue's .wasm is
// missing, or when the entry is not glue of a known shape.
func Detect(dir string) (*Glue, error) { return DetectEntry(dir, "") }

// DetectEntry is Detect with the glue's entry file named by the user
// (relative to dir), for a directory whose evidence is ambiguous; "" lets the
// evidence decide.
func DetectEntry(dir, entryFile string) (*Glue, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory (expected a wasm-bindgen output directory)", dir)
	}
	fc := &fileCache{dir: dir, texts: map[string]string{}}
	c, err := findCrate(fc, dir, entryFile)
	if err != nil {
		return nil, err
	}

	entrySrc, err := fc.read(filepath.Join(dir, c.entry))
	if err != nil {
		return nil, err
	}
	entry := analyzeModule(scan(entrySrc))
	if c.bgJS != "" && !entry.names(c.bgJS) {
		// A _bg.js the entry never loads is not part of this glue: a
		// leftover of another target's build shipped beside it (a nodejs
		// package carrying a bundler build's _bg.js, which names exports
		// this module lacks). It is left out, as any file of the package.
		c.bgJS = ""
	}
	g := &Glue{Dir: dir, Name: c.name, Entry: c.entry, BgJS: c.bgJS, Chosen: c.why, OtherLoaders: c.others, files: fc}

	g.Wasm = c.wasm
	if g.Wasm == "" {
		want := loadedWasm(entry.s, c.name)
		if want == "" {
			want = c.name + "_bg.wasm"
		}
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			if holder := inlineModuleFile(fc, dir, c.entry, entrySrc); holder != "" {
				return nil, fmt.Errorf("%s: the glue %s embeds its Wasm module as base64 (in %s) instead of loading %s; wbg-guard needs the module as a file: build from the crate's wasm-bindgen output (wbg-guard build --inline-wasm embeds it again)", dir, c.entry, holder, want)
			}
			if n := longestBase64Run(entrySrc); n >= embeddedBase64Min {
				return nil, fmt.Errorf("%s: the glue %s makes its Wasm module from data embedded in it (a base64 string of %d characters, compressed or encoded) instead of loading %s; wbg-guard needs the module as a file: build from the crate's wasm-bindgen output (wbg-guard build --inline-wasm embeds it again)", dir, c.entry, n, want)
			}
			return nil, fmt.Errorf("%s: the glue %s loads %s, which is missing", dir, c.entry, want)
		}
		g.Wasm = want
	}

	var bg *modInfo
	if c.bgJS != "" {
		bgSrc, err := fc.read(filepath.Join(dir, c.bgJS))
		if err != nil {
			return nil, err
		}
		bg = analyzeModule(scan(bgSrc))
	}

	target, tev, err := decideTarget(entry, filepath.Join(dir, c.entry))
	if err != nil {
		return nil, err
	}
	g.Target, g.TargetEvidence = target, tev
	g.Module = Targets[target].Module
	if target == TargetNoModules {
		g.GlobalName = entry.iifeGlobal
	}

	g.Markers = entry.markers()
	if bg != nil {
		g.Markers |= bg.markers()
	}

	g.Exports = exportsOf(g, entry, bg)
	g.collectRefs(entry, bg)
	g.collectProvides(entry, bg)

	g.Era = decideEra(g.Markers, g.Target, g.Provides, "./"+c.name+"_bg.js")

	if exists(filepath.Join(dir, c.name+".d.ts")) {
		g.DTS = c.name + ".d.ts"
	}
	if exists(filepath.Join(dir, g.Wasm+".d.ts")) {
		g.WasmDTS = g.Wasm + ".d.ts"
	}
	g.Snippets = listSnippets(dir)
	g.LocalModules = localModules(g, entry, bg)
	return g, nil
}

// localModules lists the relative specifiers of entry and bg (string
// literals: a specifier built at run time is not seen) that name none of
// the glue's own files.
func localModules(g *Glue, mods ...*modInfo) []string {
	seen := map[string]bool{}
	for _, m := range mods {
		if m == nil {
			continue
		}
		for _, spec := range m.specs {
			if !isRelative(spec) {
				continue
			}
			p := path.Clean(spec)
			if p == g.Entry || p == g.BgJS || p == g.Wasm || strings.HasSuffix(p, ".wasm") || strings.HasPrefix(p, "snippets/") {
				continue
			}
			seen[spec] = true
		}
	}
	return sortedKeys(seen)
}

// embeddedBase64Min is the length from which a run of base64 characters in
// glue whose .wasm is missing is taken for an embedded module: glue has no
// other text that long without a space or punctuation. (@datadog's
// libdatadog-wasm embeds its module brotli-compressed, so it does not start
// with wasmBase64Magic.)
const embeddedBase64Min = 4096

// longestBase64Run is the length of the longest run of base64 characters in
// src.
func longestBase64Run(src string) int {
	best, run := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' {
			run++
			if run > best {
				best = run
			}
			continue
		}
		run = 0
	}
	return best
}

// wasmBase64Magic is the start of a Wasm module's header ("\0asm", version
// 1) in base64: glue that carries it embeds its module inline.
const wasmBase64Magic = "AGFzbQEAAAA"

// inlineModuleFile names the JS file of dir that carries a Wasm module as
// base64 (the entry itself, or a helper beside it such as wasm.js or
// <n>_bg.wasm.js), or "".
func inlineModuleFile(fc *fileCache, dir, entry, entrySrc string) string {
	if strings.Contains(entrySrc, wasmBase64Magic) {
		return entry
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || n == entry || !(strings.HasSuffix(n, ".js") || strings.HasSuffix(n, ".cjs") || strings.HasSuffix(n, ".mjs")) {
			continue
		}
		if src, err := fc.read(filepath.Join(dir, n)); err == nil && strings.Contains(src, wasmBase64Magic) {
			return n
		}
	}
	return ""
}

// crateName is the crate a glue file belongs to: "x.js", "x.mjs", "x.cjs"
// and wasmbuild's "x.generated.js" all belong to x.
func crateName(f string) string {
	n := strings.TrimSuffix(f, path.Ext(f))
	return strings.TrimSuffix(n, ".generated")
}

// findCrate decides which files are the glue: the entry (named by the user,
// or found by evidence), its _bg.js and its .wasm. A package may ship other
// loaders beside the glue (hand-written wrappers, bundled .cjs/.mjs copies,
// a _bg.cjs): the glue is the entry of the only crate whose module is in
// the directory; the others are reported in c.others and kept as they are.
func findCrate(fc *fileCache, dir, entry string) (*crate, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	files := map[string]bool{}
	for _, e := range ents {
		if !e.IsDir() {
			files[e.Name()] = true
		}
	}
	if entry != "" {
		return namedCrate(fc, dir, entry, files)
	}
	crates := map[string]*crate{}
	get := func(n string) *crate {
		if crates[n] == nil {
			crates[n] = &crate{name: n}
		}
		return crates[n]
	}
	for f := range files {
		switch {
		case strings.HasSuffix(f, "_bg.wasm"):
			get(strings.TrimSuffix(f, "_bg.wasm")).wasm = f
		case strings.HasSuffix(f, "_bg.js"):
			get(strings.TrimSuffix(f, "_bg.js")).bgJS = f
		}
	}
	// Entries: <n>.js (preferred), <n>.mjs, <n>.cjs or <n>.generated.js next
	// to a _bg file, or any JS file that is recognisably glue (it names
	// wasm-bindgen's intrinsics) even though its .wasm is gone.
	var names []string
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	var glueLike []string
	for _, ext := range []string{".js", ".mjs", ".cjs"} {
		for _, f := range names {
			if !strings.HasSuffix(f, ext) || strings.HasSuffix(f, "_bg.js") {
				continue
			}
			n := crateName(f)
			if c, ok := crates[n]; ok {
				if c.entry == "" {
					c.entry = f
				} else {
					glueLike = append(glueLike, f)
				}
				continue
			}
			if looksLikeGlue(fc, filepath.Join(dir, f)) {
				glueLike = append(glueLike, f)
				get(n).entry = f
			}
		}
	}

	var list []*crate
	for _, c := range crates {
		list = append(list, c)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].name < list[b].name })
	if len(list) == 0 {
		return nil, fmt.Errorf("%s: no wasm-bindgen output found (expected <name>.js next to <name>_bg.wasm)", dir)
	}
	if len(list) == 1 {
		c := list[0]
		if c.entry == "" {
			return nil, missingEntry(dir, c, files)
		}
		c.others = without(glueLike, c.entry)
		return c, nil
	}
	// Several candidates. The evidence: the glue is the loader of a module
	// that is in the directory (<n>.js next to <n>_bg.wasm); other
	// glue-like files without their own module are other loaders of it.
	var withModule []*crate
	var names2 []string
	for _, c := range list {
		names2 = append(names2, c.name)
		if c.wasm != "" {
			withModule = append(withModule, c)
		}
	}
	if len(withModule) == 1 {
		c := withModule[0]
		if c.entry == "" {
			return nil, missingEntry(dir, c, files)
		}
		c.others = without(glueLike, c.entry)
		c.why = fmt.Sprintf("%s is the glue: it belongs to %s, the only module here", c.entry, c.wasm)
		if len(c.others) > 0 {
			c.why += "; other loaders kept as they are: " + strings.Join(c.others, ", ")
		}
		return c, nil
	}
	what := "several wasm-bindgen crates (" + strings.Join(names2, ", ") + ")"
	if len(withModule) > 1 {
		var ws []string
		for _, c := range withModule {
			ws = append(ws, c.wasm)
		}
		what += " with modules " + strings.Join(ws, ", ")
	}
	// The entries --entry can take: those of the crates with a module, if any.
	candidates := list
	if len(withModule) > 0 {
		candidates = withModule
	}
	var entries []string
	for _, c := range candidates {
		if c.entry != "" {
			entries = append(entries, c.entry)
		}
	}
	how := "pass --entry FILE to name the glue to guard"
	if len(entries) > 0 {
		how = "pass --entry FILE to name the glue to guard (" + strings.Join(entries, ", ") + ")"
	}
	return nil, fmt.Errorf("%s: %s; %s, or the directory of one crate", dir, what, how)
}

// namedCrate is the crate of the entry the user named with --entry.
func namedCrate(fc *fileCache, dir, entry string, files map[string]bool) (*crate, error) {
	if !files[entry] && path.Ext(entry) == "" {
		// A crate's name, as the refusal to choose lists them: its glue.
		entry = crateEntry(entry, files)
	}
	if strings.ContainsAny(entry, `/\`) || !files[entry] {
		return nil, fmt.Errorf("%s: --entry %s: no such file directly in this directory", dir, entry)
	}
	switch path.Ext(entry) {
	case ".js", ".mjs", ".cjs":
	default:
		return nil, fmt.Errorf("%s: --entry %s: expected a .js, .mjs or .cjs file", dir, entry)
	}
	n := crateName(entry)
	c := &crate{name: n, entry: entry, why: "--entry " + entry}
	if files[n+"_bg.js"] && entry != n+"_bg.js" {
		c.bgJS = n + "_bg.js"
	}
	if files[n+"_bg.wasm"] {
		c.wasm = n + "_bg.wasm"
	}
	// The other loaders, as the evidence would have listed them: the build
	// keeps a _bg.js some of them instantiate with (LoadersOfBgJS).
	for _, f := range sortedKeys(files) {
		switch path.Ext(f) {
		case ".js", ".mjs", ".cjs":
		default:
			continue
		}
		if f != entry && f != c.bgJS && !strings.HasSuffix(f, "_bg.js") && looksLikeGlue(fc, filepath.Join(dir, f)) {
			c.others = append(c.others, f)
		}
	}
	return c, nil
}

// crateEntry is the glue file of crate name in the directory: name.js,
// .mjs, .cjs or .generated.js (wasmbuild's) when exactly one of them is
// there, else name itself.
func crateEntry(name string, files map[string]bool) string {
	found := ""
	for _, ext := range []string{".js", ".mjs", ".cjs", ".generated.js"} {
		if files[name+ext] {
			if found != "" {
				return name
			}
			found = name + ext
		}
	}
	if found == "" {
		return name
	}
	return found
}

func missingEntry(dir string, c *crate, files map[string]bool) error {
	have := firstNonEmpty(c.wasm, c.bgJS)
	if files[c.name+"_bg.cjs"] || c.bgJS != "" {
		return fmt.Errorf("%s: found %s but not its glue entry %s.js: the package's own wrappers instantiate the module, a layout wbg-guard cannot guard yet; pass --entry FILE if another file is the glue", dir, have, c.name)
	}
	return fmt.Errorf("%s: found %s but not its JS glue %s.js; pass --entry FILE if the glue has another name", dir, have, c.name)
}

func without(xs []string, x string) []string {
	var out []string
	for _, v := range xs {
		if v != x {
			out = append(out, v)
		}
	}
	return out
}

// looksLikeGlue reports whether a JS file without _bg companions is
// wasm-bindgen glue: it mentions wasm-bindgen's intrinsics in code.
func looksLikeGlue(fc *fileCache, p string) bool {
	src, err := fc.read(p)
	if err != nil || !strings.Contains(src, "__wbindgen") && !strings.Contains(src, "__wbg_") {
		return false
	}
	s := scan(src)
	for _, t := range s.toks {
		if t.kind == tIdent && (strings.HasPrefix(t.val, "__wbindgen") || strings.HasPrefix(t.val, "__wbg_")) {
			return true
		}
	}
	return false
}

var wasmName = regexp.MustCompile(`[A-Za-z0-9_.\-/]*\.wasm\b`)

// loadedWasm returns the base name of the .wasm the entry loads, from the
// string and template literals that name one.
func loadedWasm(s *scanned, crate string) string {
	for _, t := range s.toks {
		if t.kind != tStr && t.kind != tTmpl {
			continue
		}
		if m := wasmName.FindString(t.val); m != "" {
			b := path.Base(m)
			if b == "_bg.wasm" { // no-modules: script_src.replace(/\.js$/, "_bg.wasm")
				b = crate + "_bg.wasm"
			}
			return b
		}
	}
	return ""
}

// fileCache reads each file of the input directory once per build: the
// detection, the checks, the patches and the bundler's first pass all get
// the same text (Glue.Text).
type fileCache struct {
	dir   string
	texts map[string]string // absolute path -> text
}

func (fc *fileCache) read(p string) (string, error) {
	if fc == nil {
		return readJS(p)
	}
	if t, ok := fc.texts[p]; ok {
		return t, nil
	}
	t, err := readJS(p)
	if err == nil {
		fc.texts[p] = t
	}
	return t, err
}

// Text is the text of a JS file of the glue's directory (rel is relative to
// Dir), read at most once per Glue.
func (g *Glue) Text(rel string) (string, error) {
	return g.files.read(filepath.Join(g.Dir, filepath.FromSlash(rel)))
}

// Cached is the text of a file the analysis has read already, if it has.
func (g *Glue) Cached(rel string) (string, bool) {
	if g.files == nil {
		return "", false
	}
	t, ok := g.files.texts[filepath.Join(g.Dir, filepath.FromSlash(rel))]
	return t, ok
}

func readJS(p string) (string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return "", err
	}
	if fi.Size() > maxJSSize {
		return "", fmt.Errorf("%s: %d bytes is too large for wasm-bindgen glue", p, fi.Size())
	}
	b, err := os.ReadFile(p)
	return string(b), err
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// listSnippets lists the files under snippets/ (inline_js and module
// imports of the crate and its dependencies), slash-separated and sorted.
func listSnippets(dir string) []string {
	root := filepath.Join(dir, "snippets")
	var out []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable part is skipped, not fatal
		}
		if !d.IsDir() {
			if rel, err := filepath.Rel(dir, p); err == nil {
				out = append(out, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// LoadersOfBgJS lists the other loaders of the directory that make their
// own instance of the module with the imports of the glue's _bg.js: they
// import it and hand their instance to its __wbg_set_wasm (the loaders
// @wasm-fmt's packages ship for Node, plain ES modules, Vite and the web
// beside the bundler glue). The guarded output's _bg.js only re-exports the
// guarded API, so such a loader stops working; none is guarded either.
func (g *Glue) LoadersOfBgJS() []string {
	if g.BgJS == "" {
		return nil
	}
	var out []string
	for _, f := range g.OtherLoaders {
		src, err := g.Text(f)
		if err != nil || !strings.Contains(src, "__wbg_set_wasm") {
			continue
		}
		if analyzeModule(scan(src)).names(g.BgJS) {
			out = append(out, f)
		}
	}
	return out
}
