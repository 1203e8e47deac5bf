package jsgen

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// WasmShim generates the module that stands in for `import * as wasm from
// "./x_bg.wasm"` (bundler target). Bundlers instantiate such an import once,
// as an ES module whose imports are the glue's own modules; here each
// generation instantiates the compiled module afresh, with the import
// modules of this generation, through the guarded WebAssembly view.
//
// It imports by name only what the .wasm imports, not each module's
// namespace: a namespace object is built with one getter per export of
// the glue, in every generation (~150 µs of photon's recovery).
func WasmShim(mod *wasmparse.File) (string, error) {
	names := map[string][]string{}
	var modules []string
	for _, im := range mod.Imports {
		if _, ok := names[im.Module]; !ok {
			modules = append(modules, im.Module)
		}
		if !slices.Contains(names[im.Module], im.Name) {
			names[im.Module] = append(names[im.Module], im.Name)
		}
	}
	sort.Strings(modules)
	var sb strings.Builder
	for i, m := range modules {
		if !strings.HasPrefix(m, "./") && !strings.HasPrefix(m, "../") {
			return "", fmt.Errorf("the .wasm imports module %q, but glue of the bundler target provides only relative module paths", m)
		}
		sb.WriteString("import {")
		for j, n := range names[m] {
			if j > 0 {
				sb.WriteString(",")
			}
			fmt.Fprintf(&sb, " %s as __wbgg_i%d_%d", strconv.Quote(n), i, j)
		}
		fmt.Fprintf(&sb, " } from %s;\n", strconv.Quote(m))
	}
	sb.WriteString("const __wbgg_instance = new WebAssembly.Instance(__wbgg_host.module(), {")
	for i, m := range modules {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, " %s: {", strconv.Quote(m))
		for j, n := range names[m] {
			if j > 0 {
				sb.WriteString(",")
			}
			fmt.Fprintf(&sb, " %s: __wbgg_i%d_%d", strconv.Quote(n), i, j)
		}
		sb.WriteString(" }")
	}
	sb.WriteString(" });\nconst __wbgg_e = __wbgg_instance.exports;\n")
	var others []string
	for _, e := range mod.Exports {
		if !IsIdentifier(e.Name) {
			return "", fmt.Errorf("the .wasm exports %q, which is not a JS identifier; glue of the bundler target cannot import it", e.Name)
		}
		if e.Kind == wasmparse.KindFunc {
			fmt.Fprintf(&sb, "export const %s = __wbgg_e.%s;\n", e.Name, e.Name)
			continue
		}
		fmt.Fprintf(&sb, "export let %s = __wbgg_e.%s;\n", e.Name, e.Name)
		others = append(others, e.Name)
	}
	// In swap mode the glue outlives the instance this module made: the
	// guards of its functions serve every generation, but its memory, tables
	// and globals are the instance's own. The runtime calls this after each
	// new instance, whose values the exports object then holds; the glue's
	// imports of them are live bindings.
	if len(others) > 0 {
		sb.WriteString("__wbgg_host.rebind = function () {")
		for _, n := range others {
			fmt.Fprintf(&sb, " %s = __wbgg_e.%s;", n, n)
		}
		sb.WriteString(" };\n")
	}
	return sb.String(), nil
}

// IsIdentifier: s is a plain JS identifier (ASCII), and not a reserved word.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return !reservedWords[s]
}

var reservedWords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true, "debugger": true,
	"default": true, "delete": true, "do": true, "else": true, "enum": true, "export": true, "extends": true,
	"false": true, "finally": true, "for": true, "function": true, "if": true, "import": true, "in": true,
	"instanceof": true, "new": true, "null": true, "return": true, "super": true, "switch": true, "this": true,
	"throw": true, "true": true, "try": true, "typeof": true, "var": true, "void": true, "while": true, "with": true,
	"yield": true, "let": true, "static": true, "implements": true, "interface": true, "package": true,
	"private": true, "protected": true, "public": true, "await": true,
}
