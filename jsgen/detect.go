package jsgen

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
	name  string
	entry string // <n>.js / .mjs / .cjs
	bgJS  string // <n>_bg.js
	wasm  string // <n>_bg.wasm
}

// Detect finds the wasm-bindgen output in dir (one crate's files, as
// wasm-bindgen writes them into --out-dir) and describes it.
//
// It fails with one line naming the problem when dir is not a directory,
// holds no glue, holds several crates, when the glue's .wasm is missing, or
// when the entry is not glue of a known shape.
func Detect(dir string) (*Glue, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory (expected a wasm-bindgen output directory)", dir)
	}
	c, err := findCrate(dir)
	if err != nil {
		return nil, err
	}

	entrySrc, err := readJS(filepath.Join(dir, c.entry))
	if err != nil {
		return nil, err
	}
	entry := analyzeModule(scan(entrySrc))
	g := &Glue{Dir: dir, Name: c.name, Entry: c.entry, BgJS: c.bgJS}

	g.Wasm = c.wasm
	if g.Wasm == "" {
		want := loadedWasm(entry.s, c.name)
		if want == "" {
			want = c.name + "_bg.wasm"
		}
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			return nil, fmt.Errorf("%s: the glue %s loads %s, which is missing", dir, c.entry, want)
		}
		g.Wasm = want
	}

	var bg *modInfo
	if c.bgJS != "" {
		bgSrc, err := readJS(filepath.Join(dir, c.bgJS))
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
	g.Module = moduleKind(target)
	if target == TargetNoModules {
		g.GlobalName = entry.iifeGlobal
	}

	g.Markers = entry.markers()
	if bg != nil {
		g.Markers.or(bg.markers())
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
	return g, nil
}

// findCrate groups the directory's files by crate name and insists on
// exactly one crate.
func findCrate(dir string) (*crate, error) {
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
	// Entries: <n>.js (preferred), <n>.mjs or <n>.cjs next to a _bg file,
	// or any JS file that is recognisably glue (it names wasm-bindgen's
	// intrinsics) even though its .wasm is gone.
	var names []string
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, ext := range []string{".js", ".mjs", ".cjs"} {
		for _, f := range names {
			if !strings.HasSuffix(f, ext) || strings.HasSuffix(f, "_bg.js") {
				continue
			}
			n := strings.TrimSuffix(f, ext)
			if c, ok := crates[n]; ok {
				if c.entry == "" {
					c.entry = f
				}
				continue
			}
			if looksLikeGlue(filepath.Join(dir, f)) {
				get(n).entry = f
			}
		}
	}

	var list []*crate
	for _, c := range crates {
		list = append(list, c)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].name < list[b].name })
	switch len(list) {
	case 0:
		return nil, fmt.Errorf("%s: no wasm-bindgen output found (expected <name>.js next to <name>_bg.wasm)", dir)
	case 1:
	default:
		var ns []string
		for _, c := range list {
			ns = append(ns, c.name)
		}
		return nil, fmt.Errorf("%s: several wasm-bindgen crates (%s); pass the directory of one", dir, strings.Join(ns, ", "))
	}
	c := list[0]
	if c.entry == "" {
		have := firstNonEmpty(c.wasm, c.bgJS)
		return nil, fmt.Errorf("%s: found %s but not its JS glue %s.js", dir, have, c.name)
	}
	return c, nil
}

// looksLikeGlue reports whether a JS file without _bg companions is
// wasm-bindgen glue: it mentions wasm-bindgen's intrinsics in code.
func looksLikeGlue(p string) bool {
	src, err := readJS(p)
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
