package inspect

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the report as the documented JSON document, indented, with
// a trailing newline. Field order is fixed by the struct, so output is stable.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteText writes the report as human-readable tables.
func (r *Report) WriteText(out io.Writer) error {
	// Render to a buffer first: tabwriter pads empty last cells, and the
	// trailing blanks are trimmed before anything reaches out.
	var buf bytes.Buffer
	if err := r.writeText(&buf); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if line == "" {
			continue
		}
		if _, err := io.WriteString(out, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func (r *Report) writeText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }

	p("input\t%s (%s)\n", r.Path, kindLabel(r.Kind))
	if g := r.Glue; g != nil {
		p("target\t%s (%s)\n", g.Target, g.ModuleFormat)
		p("crate\t%s\n", g.Name)
		p("era\t%s\n", g.Era)
		p("files\t%s\n", strings.Join(g.fileList(), ", "))
		p("guard\t%s\n", g.guardSummary())
	}
	p("wasm\t%s (%d bytes)\n", r.Wasm.File, r.Wasm.Size)
	p("wasm-bindgen\t%s\n", orUnknown(r.WasmBindgen))
	p("rustc\t%s\n", orUnknown(r.Rustc))
	if r.Wasm.CodeScanned {
		p("exceptions\t%s\n", r.Wasm.EHDialect)
	} else {
		p("exceptions\t%s (no exception tags; function bodies not decoded, --scan-code decodes them)\n", r.Wasm.EHDialect)
	}
	if len(r.Wasm.Features) > 0 {
		p("features\t%s\n", strings.Join(r.Wasm.Features, " "))
	}
	var runs []string
	for _, rt := range r.Runtimes {
		s := rt.Name
		if rt.Requires != "" {
			s += " (" + rt.Requires + ")"
		}
		runs = append(runs, s)
	}
	p("runtimes\t%s\n", strings.Join(runs, ", "))
	if len(r.Needs) > 0 {
		p("needs\t%s\n", strings.Join(r.Needs, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if g := r.Glue; g != nil && len(g.Exports) > 0 {
		fmt.Fprintf(w, "\nJS exports (%d):\n", len(g.Exports))
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, e := range g.Exports {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", e.Kind, e.Name, e.detail())
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}

	section := func(title string, n int, rows func(p func(string, ...any))) error {
		fmt.Fprintf(w, "\n%s (%d):\n", title, n)
		if n == 0 {
			return nil
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		rows(func(format string, args ...any) { fmt.Fprintf(tw, format, args...) })
		return tw.Flush()
	}
	if err := section("Wasm exports", len(r.Wasm.Exports), func(p func(string, ...any)) {
		for _, e := range r.Wasm.Exports {
			p("  %s\t%s\t%s\n", e.Kind, e.Name, e.Signature)
		}
	}); err != nil {
		return err
	}
	if err := section("Wasm imports", len(r.Wasm.Imports), func(p func(string, ...any)) {
		for _, im := range r.Wasm.Imports {
			p("  %s\t%s.%s\t%s\n", im.Kind, im.Module, im.Name, im.Signature)
		}
	}); err != nil {
		return err
	}
	if err := section("Tags", len(r.Wasm.Tags), func(p func(string, ...any)) {
		for _, t := range r.Wasm.Tags {
			where := "defined"
			if t.Import != "" {
				where = "imported from " + t.Import
			}
			if len(t.Exported) > 0 {
				where += ", exported as " + strings.Join(t.Exported, ", ")
			}
			p("  %d\t%s\t%s\t%s\n", t.Index, orDash(t.Name), t.Params, where)
		}
	}); err != nil {
		return err
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(w, "\nProblems (%d):\n", len(r.Problems))
		for _, pr := range r.Problems {
			fmt.Fprintf(w, "  %s\n", pr)
		}
	}
	return nil
}

func orUnknown(s string) string {
	if s == "" {
		return "not recorded"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func kindLabel(kind string) string {
	if kind == "wasm" {
		return "a .wasm module"
	}
	return "a wasm-bindgen output directory"
}
