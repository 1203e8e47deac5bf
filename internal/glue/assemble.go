package glue

import (
	"path"
	"sort"
)

// This file combines the analyses of the entry and the _bg.js into the
// Glue's API, Wasm references and import provisions.

// exportsOf is the public API: the entry's own exports plus what it
// re-exports from the _bg.js (bundler: `export * from "./<n>_bg.js"`, or a
// named list from 0.2.107 on), plus the loader for no-modules output.
func exportsOf(g *Glue, entry, bg *modInfo) []Export {
	seen := map[string]bool{}
	var out []Export
	add := func(e Export) {
		if !seen[e.Name] {
			seen[e.Name] = true
			out = append(out, e)
		}
	}
	for _, e := range entry.publicExports() {
		add(e)
	}
	if bg != nil {
		for _, r := range entry.reexports {
			if path.Base(r.spec) != g.BgJS {
				continue
			}
			var bgAPI []Export
			if r.all {
				bgAPI = bg.publicExports()
				for _, e := range bgAPI {
					add(e)
				}
				continue
			}
			byName := map[string]exportRef{}
			for _, x := range bg.exports {
				byName[x.name] = x
			}
			for _, p := range r.names {
				x, ok := byName[p[0]]
				if !ok || isPlumbing(p[1]) {
					continue
				}
				e := bg.exportOf(x)
				e.Name = p[1]
				add(e)
			}
		}
	}
	if g.Target == TargetNoModules {
		// The global is the async loader itself, with initSync and the API
		// as properties: Object.assign(__wbg_init, { initSync }, __exports).
		for _, n := range []string{"__wbg_init", "init"} {
			if d, ok := entry.decls[n]; ok && d.kind == "function" {
				e := entry.resolve(n, 0)
				e.Name, e.Kind = "default", "init"
				add(e)
				break
			}
		}
		if d, ok := entry.decls["initSync"]; ok && d.kind == "function" {
			e := entry.resolve("initSync", 0)
			e.Name, e.Kind = "initSync", "init"
			add(e)
		}
	}
	sortExports(out)
	return out
}

// collectRefs gathers the `wasm.X` names of both files.
func (g *Glue) collectRefs(entry, bg *modInfo) {
	refs, guarded := map[string]bool{}, map[string]bool{}
	g.refFile = map[string]string{}
	for _, f := range []struct {
		file string
		m    *modInfo
	}{{g.Entry, entry}, {g.BgJS, bg}} {
		if f.m == nil {
			continue
		}
		r := map[string]bool{}
		f.m.s.allWasmRefs(r)
		for k := range r {
			refs[k] = true
			if g.refFile[k] == "" {
				g.refFile[k] = f.file
			}
		}
		f.m.s.guardedRefs(guarded)
	}
	g.WasmRefs = sortedKeys(refs)
	if g.WasmRefs == nil {
		g.WasmRefs = []string{}
	}
	g.WasmRefsGuarded = sortedKeys(guarded)
}

// guardedRefs collects names only probed for: `typeof wasm.X`, `"X" in wasm`.
func (s *scanned) guardedRefs(into map[string]bool) {
	for i := range s.toks {
		if s.ident(i, "typeof") && s.ident(i+1, "wasm") && s.punct(i+2, ".") && s.name(i+3) != "" {
			into[s.name(i+3)] = true
		}
		if k, ok := s.str(i); ok && s.ident(i+1, "in") && s.ident(i+2, "wasm") && !s.punct(i+3, ".") {
			into[k] = true
		}
	}
}

// collectProvides merges the import objects of both files; with the
// bundler split the _bg.js module itself is what the Wasm module imports.
func (g *Glue) collectProvides(entry, bg *modInfo) {
	fields := map[string]map[string]bool{}
	forwards := map[string]string{}
	for _, m := range []*modInfo{entry, bg} {
		if m == nil {
			continue
		}
		p := m.provisions()
		for mod, fs := range p.fields {
			if fields[mod] == nil {
				fields[mod] = map[string]bool{}
			}
			for f := range fs {
				fields[mod][f] = true
			}
		}
		for mod, spec := range p.forwards {
			if _, ok := forwards[mod]; !ok {
				forwards[mod] = spec
			}
		}
	}
	if g.Target == TargetBundler && bg != nil {
		mod := "./" + g.BgJS
		if fields[mod] == nil {
			fields[mod] = map[string]bool{}
		}
		for _, n := range bg.exportNames() {
			fields[mod][n] = true
		}
	}
	g.Provides = map[string][]string{}
	mods := make([]string, 0, len(fields))
	for mod := range fields {
		mods = append(mods, mod)
	}
	sort.Strings(mods)
	for _, mod := range mods {
		list := sortedKeys(fields[mod])
		if list == nil {
			list = []string{}
		}
		g.Provides[mod] = list
	}
	if len(forwards) > 0 {
		g.Forwards = forwards
	}
}
