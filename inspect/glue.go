package inspect

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/internal/runtimes"
)

// GlueInfo is the glue half of the report. It is a view of glue.Glue kept
// separate from it so that the JSON schema stays stable while the analysis
// evolves.
type GlueInfo struct {
	Target         string     `json:"target"`
	TargetEvidence []string   `json:"target_evidence"`
	ModuleFormat   string     `json:"module_format"` // esm, cjs or script
	Name           string     `json:"crate"`
	GlobalName     string     `json:"global_name,omitempty"` // no-modules only
	Era            string     `json:"era"`
	EraEvidence    []string   `json:"era_evidence"`
	Files          Files      `json:"files"`
	Guard          Guard      `json:"guard"`
	Exports        []JSExport `json:"exports"`
}

// Files are relative to the inspected directory.
type Files struct {
	Entry    string   `json:"entry"`
	BgJS     string   `json:"bg_js,omitempty"`
	Wasm     string   `json:"wasm"`
	DTS      string   `json:"dts,omitempty"`
	WasmDTS  string   `json:"wasm_dts,omitempty"`
	Snippets []string `json:"snippets"`
}

// Guard says whose abort handling the glue already carries.
type Guard struct {
	// Upstream is "none" or "0.2.114+" (wasm-bindgen's own abort handling).
	Upstream string `json:"upstream"`
	// UpstreamParts lists the pieces seen: panic_error, instance_terminated,
	// call_guard, handle_catch, wrapped_jstag, reset_state.
	UpstreamParts []string `json:"upstream_parts"`
	// WbgGuard is true for wbg-guard's own output.
	WbgGuard bool `json:"wbg_guard"`
}

// JSExport is one name of the public JS API.
type JSExport struct {
	Name   string   `json:"name"`
	Kind   string   `json:"kind"` // function, class, enum, const, init
	Async  bool     `json:"async"`
	Params []string `json:"params"`
	Class  *JSClass `json:"class,omitempty"`
	Values []string `json:"values,omitempty"`
}

type JSClass struct {
	Constructor       bool     `json:"constructor"`
	ConstructorParams []string `json:"constructor_params"`
	Methods           []string `json:"methods"`
	Statics           []string `json:"statics"`
	Getters           []string `json:"getters"`
	Setters           []string `json:"setters"`
	Free              bool     `json:"free"`
	Dispose           bool     `json:"dispose"`
}

func directory(dir string, o Options) (*Report, error) {
	g, err := glue.DetectEntry(dir, o.Entry)
	if err != nil {
		return nil, err
	}
	f, err := parseWasm(filepath.Join(dir, g.Wasm), o)
	if err != nil {
		return nil, err
	}
	r := &Report{Schema: SchemaVersion, Path: dir, Kind: "directory", Problems: []string{}}
	r.fillWasm(f, g.Wasm)
	r.Glue = glueInfo(g)
	// The glue itself may need more than the module: WebAssembly.JSTag
	// (unwind builds of 0.2.107-0.2.11x) is missing in Node 20, where build
	// warns the same.
	if g.Markers.Has(glue.MarkJSTag) && !strings.Contains(r.Runtimes[0].Requires, "not Node 20") {
		r.Runtimes[0].Requires = runtimes.NodeJSTag + "; not Node 20 (the glue uses WebAssembly.JSTag)"
		r.Needs = append(r.Needs, "WebAssembly.JSTag ("+runtimes.NodeJSTag+")")
	}
	for _, m := range g.Check(glue.FactsOf(g.Wasm, f)) {
		r.Problems = append(r.Problems, m.Message)
	}
	// The glue's shape and the version the module records should tell the
	// same era; when they do not, the .wasm usually comes from another build.
	if v := r.WasmBindgen; v != "" && g.Era.Name != glue.EraUnknown {
		if era := glue.EraOfVersion(v); era != "" && era != g.Era.Name {
			r.Problems = append(r.Problems, g.Entry+" has the shape of wasm-bindgen "+g.Era.Name+
				", but "+g.Wasm+" was processed by wasm-bindgen "+v+" ("+era+"): are they from the same build?")
		}
	}
	return r, nil
}

func glueInfo(g *glue.Glue) *GlueInfo {
	gi := &GlueInfo{
		Target:         string(g.Target),
		TargetEvidence: nonNil(g.TargetEvidence),
		ModuleFormat:   g.Module,
		Name:           g.Name,
		GlobalName:     g.GlobalName,
		Era:            g.Era.Name,
		EraEvidence:    nonNil(g.Era.Evidence),
		Files: Files{
			Entry: g.Entry, BgJS: g.BgJS, Wasm: g.Wasm, DTS: g.DTS, WasmDTS: g.WasmDTS,
			Snippets: nonNil(g.Snippets),
		},
		Guard:   Guard{Upstream: g.Era.Upstream, UpstreamParts: upstreamParts(g.Markers), WbgGuard: g.Markers.Has(glue.MarkWbgGuard)},
		Exports: []JSExport{},
	}
	for _, e := range g.Exports {
		je := JSExport{Name: e.Name, Kind: e.Kind, Async: e.Async, Params: nonNil(e.Params), Values: e.Values}
		if c := e.Class; c != nil {
			je.Class = &JSClass{
				Constructor: c.Constructor, ConstructorParams: nonNil(c.ConstructorParams),
				Methods: nonNil(c.Methods), Statics: nonNil(c.Statics),
				Getters: nonNil(c.Getters), Setters: nonNil(c.Setters),
				Free: c.Free, Dispose: c.Dispose,
			}
		}
		gi.Exports = append(gi.Exports, je)
	}
	return gi
}

func upstreamParts(m glue.Markers) []string {
	parts := []string{}
	for _, p := range []struct {
		on   bool
		name string
	}{
		{m.Has(glue.MarkPanicError), "panic_error"},
		{m.Has(glue.MarkInstanceTerminated), "instance_terminated"},
		{m.Has(glue.MarkCallGuard), "call_guard"},
		{m.Has(glue.MarkHandleCatch), "handle_catch"},
		{m.Has(glue.MarkWrappedJSTag), "wrapped_jstag"},
		{m.Has(glue.MarkResetState), "reset_state"},
	} {
		if p.on {
			parts = append(parts, p.name)
		}
	}
	return parts
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func (g *GlueInfo) fileList() []string {
	files := []string{g.Files.Entry}
	for _, f := range []string{g.Files.BgJS, g.Files.Wasm, g.Files.DTS, g.Files.WasmDTS} {
		if f != "" {
			files = append(files, f)
		}
	}
	if n := len(g.Files.Snippets); n > 0 {
		files = append(files, plural(n, "snippet"))
	}
	return files
}

func (g *GlueInfo) guardSummary() string {
	switch {
	case g.Guard.WbgGuard:
		return "already guarded by wbg-guard"
	case g.Guard.Upstream != "none":
		return "upstream wasm-bindgen " + g.Guard.Upstream + " (" + strings.Join(g.Guard.UpstreamParts, ", ") + ")"
	case len(g.Guard.UpstreamParts) > 0:
		s := "no upstream abort handling; has " + strings.Join(g.Guard.UpstreamParts, ", ")
		if strings.Contains(s, "panic_error") {
			s += " (an unwind build)"
		}
		return s
	}
	return "none"
}

func (e JSExport) detail() string {
	var parts []string
	if e.Async {
		parts = append(parts, "async")
	}
	switch {
	case e.Class != nil:
		c := e.Class
		if c.Constructor {
			parts = append(parts, "constructor("+strings.Join(c.ConstructorParams, ", ")+")")
		}
		add := func(label string, xs []string) {
			if len(xs) > 0 {
				parts = append(parts, label+": "+strings.Join(xs, ", "))
			}
		}
		add("methods", c.Methods)
		add("static", c.Statics)
		add("get", c.Getters)
		add("set", c.Setters)
	case e.Kind == "enum":
		parts = append(parts, "{"+strings.Join(e.Values, ", ")+"}")
	case e.Kind == "function" || e.Kind == "init":
		parts = append(parts, "("+strings.Join(e.Params, ", ")+")")
	}
	return strings.Join(parts, "; ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
