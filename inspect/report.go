// Package inspect describes a wasm-bindgen output directory or a single .wasm
// module: what the `wbg-guard inspect` command prints, as text or as the
// stable JSON document documented in README.md.
package inspect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wbg-guard/wbg-guard/internal/wasmfile"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// SchemaVersion is bumped only when a field of the JSON document changes
// meaning or disappears; new fields may be added without a bump.
const SchemaVersion = 1

// Report is everything inspect knows about its input. Its JSON form is the
// documented schema; field names there are snake_case and stable.
type Report struct {
	Schema int    `json:"schema"`
	Path   string `json:"path"` // the path as the user gave it, never made absolute
	Kind   string `json:"kind"` // "directory" or "wasm"

	Glue *GlueInfo `json:"glue,omitempty"` // directories only

	WasmBindgen string `json:"wasm_bindgen_version,omitempty"` // from the producers section
	Rustc       string `json:"rustc_version,omitempty"`

	Wasm     WasmInfo  `json:"wasm"`
	Needs    []string  `json:"needs_recent_runtime"` // features that only recent runtimes run (exnref, multiple memories, memory64)
	Runtimes []Runtime `json:"runtimes"`
	Problems []string  `json:"problems"` // disagreements between glue and module; empty when they agree
}

// WasmInfo is the module half of the report.
type WasmInfo struct {
	File      string `json:"file"` // relative to Path for directories
	Size      int64  `json:"size"`
	EHDialect string `json:"eh_dialect"` // none, legacy, exnref, legacy+exnref, throw-only
	// CodeScanned: every function body was decoded. Without exception tags
	// (and without Options.ScanCode) they are not: EH instructions as
	// compilers emit them always come with a tag.
	CodeScanned bool      `json:"code_scanned"`
	Features    []string  `json:"target_features"`
	Exports     []Export  `json:"exports"`
	Imports     []Import  `json:"imports"`
	Tags        []Tag     `json:"tags"`
	Memories    []Memory  `json:"memories"`
	Tables      []Table   `json:"tables"`
	Start       bool      `json:"start_function"`
	TableFuncs  int       `json:"funcref_table_entries"`
	Upstream    []string  `json:"upstream_guard_exports"` // __wbg_call_guard, __instance_terminated, ... when exported
	Sections    []Section `json:"sections"`
}

type Export struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"` // func, table, memory, global, tag
	Signature string `json:"signature,omitempty"`
}

type Import struct {
	Module    string `json:"module"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Signature string `json:"signature,omitempty"`
}

// Tag is an exception tag, imported, defined or both exported.
type Tag struct {
	Index    uint32   `json:"index"`
	Name     string   `json:"name,omitempty"`   // from the name section, or the import field
	Import   string   `json:"import,omitempty"` // "module.field" when imported
	Exported []string `json:"exported_as"`
	Params   string   `json:"params"`
}

type Memory struct {
	Min    uint64  `json:"min_pages"`
	Max    *uint64 `json:"max_pages"`
	Shared bool    `json:"shared"`
	Is64   bool    `json:"memory64"`
	Import string  `json:"import,omitempty"`
}

type Table struct {
	Elem   string  `json:"element"`
	Min    uint64  `json:"min"`
	Max    *uint64 `json:"max"`
	Import string  `json:"import,omitempty"`
}

type Section struct {
	ID   uint8  `json:"id"`
	Name string `json:"name"`
	Size int64  `json:"size"`
}

// upstreamGuardExports are the exports wasm-bindgen 0.2.114+ adds when it
// builds its own abort handling in (ARCHITECTURE.md §2).
var upstreamGuardExports = []string{"__instance_terminated", "__wbg_call_guard", "__wbg_handle_catch", "__wbg_reset_state"}

// Path inspects a directory of wasm-bindgen output or a single .wasm file.
func Path(path string) (*Report, error) { return PathWith(path, Options{}) }

// PathEntry is Path with the glue's entry file of a directory named by the
// user (see glue.DetectEntry); "" lets the evidence decide.
func PathEntry(path, entry string) (*Report, error) {
	return PathWith(path, Options{Entry: entry})
}

// Options tune PathWith; the zero value is what Path does.
type Options struct {
	// Entry names the glue's entry file of a directory ("": the evidence
	// decides, see glue.DetectEntry).
	Entry string
	// ScanCode decodes every function body even when the module has no
	// exception tags: it checks every body and would find EH instructions
	// without a tag (which no compiler emits). Without it, a tag-less
	// module's bodies are not read at all, and inspect costs about what
	// reading the file does.
	ScanCode bool
}

// PathWith is Path with options.
func PathWith(path string, o Options) (*Report, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if st.IsDir() {
		return directory(path, o)
	}
	if o.Entry != "" {
		return nil, fmt.Errorf("%s: --entry applies to a directory, not to a .wasm file", path)
	}
	f, err := parseWasm(path, o)
	if err != nil {
		return nil, err
	}
	r := &Report{Schema: SchemaVersion, Path: path, Kind: "wasm", Problems: []string{}}
	r.fillWasm(f, filepath.Base(path))
	return r, nil
}

// parseWasm parses the module at path. A full scan reads the file and
// decodes the bodies on every core; otherwise the file is mapped, and only
// the pages of the sections the report needs are touched (the name section
// only for the names of tags).
func parseWasm(path string, o Options) (*wasmparse.File, error) {
	if o.ScanCode {
		return wasmparse.Open(path)
	}
	b, release, err := wasmfile.Map(path)
	if err != nil {
		return nil, err // *PathError already names the file
	}
	defer release()
	f, err := wasmfile.Parse(b, wasmparse.Options{SkipScanWithoutTags: true, SkipNamesWithoutTags: true, Serial: true})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

func (r *Report) fillWasm(f *wasmparse.File, name string) {
	if v, ok := f.Producer("processed-by", "wasm-bindgen"); ok {
		r.WasmBindgen = v
	}
	if v, ok := f.Producer("processed-by", "rustc"); ok {
		r.Rustc = v
	} else if v, ok := f.Producer("language", "Rust"); ok {
		r.Rustc = v
	}
	w := &r.Wasm
	w.File = name
	w.Size = f.Size
	w.EHDialect = f.EH.String()
	w.CodeScanned = f.Code != nil || len(f.Functions) == 0
	w.Start = f.Start != nil
	w.Features = []string{}
	for _, ft := range f.TargetFeatures {
		w.Features = append(w.Features, string(ft.Prefix)+ft.Name)
	}
	w.Exports = []Export{}
	for _, e := range f.Exports {
		w.Exports = append(w.Exports, Export{Name: e.Name, Kind: e.Kind.String(), Signature: exportSignature(f, e)})
	}
	w.Imports = []Import{}
	for _, im := range f.Imports {
		w.Imports = append(w.Imports, Import{Module: im.Module, Name: im.Name, Kind: im.Kind.String(), Signature: importSignature(f, im)})
	}
	w.Tags = tags(f)
	w.Memories, w.Tables = memoriesAndTables(f)
	w.TableFuncs = len(f.FuncrefTableEntries())
	w.Upstream = []string{}
	for _, name := range upstreamGuardExports {
		if _, ok := f.Export(name); ok {
			w.Upstream = append(w.Upstream, name)
		}
	}
	w.Sections = []Section{}
	for _, s := range f.Sections {
		w.Sections = append(w.Sections, Section{ID: uint8(s.ID), Name: sectionName(s), Size: s.Size})
	}
	r.Needs = RecentFeatures(f)
	if r.Needs == nil {
		r.Needs = []string{}
	}
	r.Runtimes = runtimesFor(f)
}

func exportSignature(f *wasmparse.File, e wasmparse.Export) string {
	switch e.Kind {
	case wasmparse.KindFunc:
		if t, err := f.FuncType(e.Index); err == nil {
			return t.String()
		}
	case wasmparse.KindTag:
		if t, err := f.TagType(e.Index); err == nil {
			return tagParams(t)
		}
	case wasmparse.KindGlobal:
		if g, ok := f.Global(e.Index); ok {
			return globalString(g)
		}
	}
	return ""
}

func importSignature(f *wasmparse.File, im wasmparse.Import) string {
	switch im.Kind {
	case wasmparse.KindFunc:
		if int(im.Func) < len(f.Types) {
			return f.Types[im.Func].String()
		}
	case wasmparse.KindTag:
		return paramsOf(f, im.Tag.TypeIndex)
	case wasmparse.KindGlobal:
		return globalString(im.Global)
	}
	return ""
}

func globalString(g wasmparse.GlobalType) string {
	if g.Mutable {
		return "mut " + g.Type.String()
	}
	return g.Type.String()
}

func tags(f *wasmparse.File) []Tag {
	out := []Tag{}
	var idx uint32
	for _, im := range f.Imports {
		if im.Kind != wasmparse.KindTag {
			continue
		}
		out = append(out, Tag{Index: idx, Name: im.Name, Import: im.Module + "." + im.Name, Params: paramsOf(f, im.Tag.TypeIndex)})
		idx++
	}
	for _, t := range f.Tags {
		tag := Tag{Index: idx, Params: paramsOf(f, t.TypeIndex)}
		if f.Names != nil {
			tag.Name = f.Names.Tags[idx]
		}
		out = append(out, tag)
		idx++
	}
	for i := range out {
		out[i].Exported = []string{}
	}
	for _, e := range f.Exports {
		if e.Kind == wasmparse.KindTag && int(e.Index) < len(out) {
			out[e.Index].Exported = append(out[e.Index].Exported, e.Name)
		}
	}
	return out
}

// paramsOf shows a tag's payload: tags have params and no results, so the
// function-type arrow would only add noise.
func paramsOf(f *wasmparse.File, typeIndex uint32) string {
	if int(typeIndex) >= len(f.Types) {
		return "?"
	}
	return tagParams(f.Types[typeIndex])
}

func tagParams(t wasmparse.FuncType) string {
	var parts []string
	for _, p := range t.Params {
		parts = append(parts, p.String())
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func memoriesAndTables(f *wasmparse.File) ([]Memory, []Table) {
	mems, tabs := []Memory{}, []Table{}
	mem := func(m wasmparse.MemoryType, imp string) Memory {
		out := Memory{Min: m.Limits.Min, Shared: m.Limits.Shared, Is64: m.Limits.Is64, Import: imp}
		if m.Limits.HasMax {
			max := m.Limits.Max
			out.Max = &max
		}
		return out
	}
	tab := func(t wasmparse.TableType, imp string) Table {
		out := Table{Elem: t.Elem.String(), Min: t.Limits.Min, Import: imp}
		if t.Limits.HasMax {
			max := t.Limits.Max
			out.Max = &max
		}
		return out
	}
	for _, im := range f.Imports {
		switch im.Kind {
		case wasmparse.KindMemory:
			mems = append(mems, mem(im.Memory, im.Module+"."+im.Name))
		case wasmparse.KindTable:
			tabs = append(tabs, tab(im.Table, im.Module+"."+im.Name))
		}
	}
	for _, m := range f.Memories {
		mems = append(mems, mem(m, ""))
	}
	for _, t := range f.Tables {
		tabs = append(tabs, tab(t, ""))
	}
	return mems, tabs
}

var sectionNames = map[wasmparse.SectionID]string{
	wasmparse.SectionType: "type", wasmparse.SectionImport: "import", wasmparse.SectionFunction: "function",
	wasmparse.SectionTable: "table", wasmparse.SectionMemory: "memory", wasmparse.SectionGlobal: "global",
	wasmparse.SectionExport: "export", wasmparse.SectionStart: "start", wasmparse.SectionElement: "element",
	wasmparse.SectionCode: "code", wasmparse.SectionData: "data", wasmparse.SectionDataCount: "datacount",
	wasmparse.SectionTag: "tag",
}

func sectionName(s wasmparse.SectionHeader) string {
	if s.ID == wasmparse.SectionCustom {
		return "custom:" + s.Name
	}
	return sectionNames[s.ID]
}

// unwrapPathError drops the path and operation from an *os.PathError: the
// caller names the path itself, once.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
