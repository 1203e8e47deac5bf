package glue

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// ModuleFacts is what Check needs to know about the Wasm module.
type ModuleFacts struct {
	File    string // how messages name the module, e.g. "brotli_wasm_bg.wasm"
	Exports []wasmparse.Export
	Imports []wasmparse.Import
	// External lists import module names that something other than the
	// glue supplies (a host-provided "env", for instance): Check does not
	// look for them in the glue.
	External []string
}

// FactsOf extracts ModuleFacts from a parsed module.
func FactsOf(file string, f *wasmparse.File) ModuleFacts {
	return ModuleFacts{File: file, Exports: f.Exports, Imports: f.Imports}
}

// Mismatch is one disagreement between the glue and its Wasm module.
type Mismatch struct {
	File    string `json:"file"` // the file whose expectation is not met
	Kind    string `json:"kind"` // MissingExport, MissingImport or MissingFile
	Module  string `json:"module,omitempty"`
	Name    string `json:"name,omitempty"`
	Message string `json:"message"`
}

// Mismatch kinds.
const (
	// The glue calls wasm.X and the module has no export X.
	MissingExport = "missing-export"
	// The module imports (module, name) and the glue does not supply it.
	MissingImport = "missing-import"
	// The module imports from a JS file of the output (a snippet) that is absent.
	MissingFile = "missing-file"
)

func (m Mismatch) String() string { return m.Message }

// Check reports where the glue and the module disagree: a `wasm.X` the
// glue uses that the module does not export (names only probed with
// `typeof`/`in`, and class destructors, see isFreeFunction, are exempt), and an import the module needs that the glue
// does not provide. Imports from JS modules the glue forwards whole (snippets,
// or any module with the bundler target, which lets the bundler resolve the
// Wasm module's imports) are looked up in those files; bare package
// specifiers cannot be checked here and are accepted. An empty result means
// the pair agrees.
func (g *Glue) Check(mod ModuleFacts) []Mismatch {
	var out []Mismatch
	wasmFile := firstNonEmpty(mod.File, g.Wasm)

	exported := map[string]bool{}
	for _, e := range mod.Exports {
		exported[e.Name] = true
	}
	guarded := map[string]bool{}
	for _, n := range g.WasmRefsGuarded {
		guarded[n] = true
	}
	for _, n := range g.WasmRefs {
		if exported[n] || guarded[n] || isFreeFunction(n) {
			continue
		}
		file := firstNonEmpty(g.refFile[n], g.Entry)
		out = append(out, Mismatch{
			File: file, Kind: MissingExport, Name: n,
			Message: fmt.Sprintf("%s references wasm.%s, which %s does not export", file, n, wasmFile),
		})
	}

	external := map[string]bool{}
	for _, m := range mod.External {
		external[m] = true
	}
	provided := map[string]map[string]bool{}
	for m, names := range g.Provides {
		provided[m] = map[string]bool{}
		for _, n := range names {
			provided[m][n] = true
		}
	}
	files := &jsExports{dir: g.Dir, cache: map[string]*fileExports{}, texts: g.files}
	provider := g.Entry
	if g.Target == TargetBundler && g.BgJS != "" {
		provider = g.BgJS
	}
	missingFile := map[string]bool{}
	for _, im := range mod.Imports {
		if external[im.Module] {
			continue
		}
		if fields, ok := provided[im.Module]; ok {
			if !fields[im.Name] {
				out = append(out, Mismatch{
					File: wasmFile, Kind: MissingImport, Module: im.Module, Name: im.Name,
					Message: fmt.Sprintf("%s imports %s.%s, which %s does not provide", wasmFile, im.Module, im.Name, provider),
				})
			}
			continue
		}
		spec, forwarded := g.Forwards[im.Module]
		if !forwarded && g.Target == TargetBundler {
			// the bundler resolves the Wasm module's imports as JS modules
			spec, forwarded = im.Module, true
		}
		if !forwarded {
			out = append(out, Mismatch{
				File: wasmFile, Kind: MissingImport, Module: im.Module, Name: im.Name,
				Message: fmt.Sprintf("%s imports %s.%s, but %s provides no import module %q", wasmFile, im.Module, im.Name, provider, im.Module),
			})
			continue
		}
		if spec == unknownForward || !isRelative(spec) {
			continue // not visible from here: a package, or an expression we do not model
		}
		fe := files.get(spec)
		switch {
		case fe == nil:
			if !missingFile[spec] {
				missingFile[spec] = true
				out = append(out, Mismatch{
					File: wasmFile, Kind: MissingFile, Module: im.Module, Name: im.Name,
					Message: fmt.Sprintf("%s imports from %s, which is missing", wasmFile, spec),
				})
			}
		case !fe.open && !fe.names[im.Name]:
			out = append(out, Mismatch{
				File: wasmFile, Kind: MissingImport, Module: im.Module, Name: im.Name,
				Message: fmt.Sprintf("%s imports %s.%s, which %s does not export", wasmFile, im.Module, im.Name, strings.TrimPrefix(spec, "./")),
			})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.Module != y.Module {
			return x.Module < y.Module
		}
		return x.Name < y.Name
	})
	return out
}

// isFreeFunction: wasm-bindgen's destructor of a class, __wbg_<class>_free.
// The glue writes one for every class it emits, but the module exports it
// only for a Rust struct: a class made for an imported JS type extended by
// `#[wasm_bindgen(js_class = ...)] impl` references a free the module never
// had (@iota/identity-wasm 1.5.1's JwkStorage). Calling it fails in the
// original too; its absence says nothing about the pair.
func isFreeFunction(n string) bool {
	return strings.HasPrefix(n, "__wbg_") && strings.HasSuffix(n, "_free") && len(n) > len("__wbg__free")
}

func isRelative(spec string) bool {
	return strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
}

// fileExports is what a JS module of the output directory exports.
type fileExports struct {
	names map[string]bool
	open  bool // it re-exports another module wholesale: any name may exist
}

type jsExports struct {
	dir   string
	cache map[string]*fileExports
	texts *fileCache
}

// get reads the module at spec (relative to the glue directory); nil when
// it does not exist.
func (j *jsExports) get(spec string) *fileExports {
	p := filepath.Join(j.dir, filepath.FromSlash(path.Clean(spec)))
	if fe, ok := j.cache[p]; ok {
		return fe
	}
	var fe *fileExports
	if src, err := j.texts.read(p); err == nil {
		m := analyzeModule(scan(src))
		fe = &fileExports{names: map[string]bool{}}
		for _, n := range m.exportNames() {
			fe.names[n] = true
		}
		for _, r := range m.reexports {
			if r.all {
				fe.open = true
			}
			for _, p := range r.names {
				fe.names[p[1]] = true
			}
		}
	} else if !os.IsNotExist(err) {
		// unreadable but present: do not claim it is missing
		fe = &fileExports{open: true}
	}
	j.cache[p] = fe
	return fe
}
