package builder

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/internal/testassets"
)

// linkEntry on entries of the shape internal/jsgen/entry.go writes.
func TestLinkEntry(t *testing.T) {
	const entry = `import { createRuntime, makeHost, PanicError, AbortError, PoisonedError, StaleInstanceError } from "wbg-guard:runtime";
import __wbgg_factory from "wbg-guard:factory";
const __wbgg_x = 1;
export const add = __wbgg_rt.fn("add", { length: 2 });
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
`
	cjs, ok := linkEntry(entry, FormatCJS)
	if !ok {
		t.Fatal("not linked for CommonJS")
	}
	want := `const { createRuntime, makeHost, PanicError, AbortError, PoisonedError, StaleInstanceError } = __wbgg_runtime;
const __wbgg_x = 1;
const add = __wbgg_rt.fn("add", { length: 2 });
const wbgGuard = __wbgg_rt.api;
module.exports = { add, PanicError, AbortError, PoisonedError, StaleInstanceError, wbgGuard };
`
	if cjs != want {
		t.Errorf("CommonJS:\n%s\nwant:\n%s", cjs, want)
	}
	esm, ok := linkEntry(entry+"import x from \"node:url\";\nexport default __wbgg_rt.init;\n", FormatESM)
	if !ok {
		t.Fatal("not linked for ESM")
	}
	if strings.Contains(esm, "wbg-guard:") || !strings.Contains(esm, "export const add = ") || !strings.Contains(esm, "export default __wbgg_rt.init;\n") || !strings.Contains(esm, "import x from \"node:url\";\n") {
		t.Errorf("ESM:\n%s", esm)
	}
	// Left to esbuild: what CommonJS or a classic script cannot say as is.
	for _, c := range []struct {
		name, text string
		format     glue.Format
	}{
		{"a default export in CommonJS", entry + "export default __wbgg_rt.init;\n", FormatCJS},
		{"an import in CommonJS", "import x from \"node:url\";\n" + entry, FormatCJS},
		{"an export in a classic script", entry, glue.FormatIIFE},
		{"an export of another shape", entry + "export function f() {}\n", FormatCJS},
	} {
		if _, ok := linkEntry(c.text, c.format); ok {
			t.Errorf("%s: linked", c.name)
		}
	}
}

// Node reads the names of a CommonJS output from its text (cjs-module-lexer):
// an ES module can import them by name.
func TestCommonJSOutputNamedImports(t *testing.T) {
	testassets.Tier2(t, "Node")
	out := filepath.Join(t.TempDir(), "out")
	if _, err := RunReport(defaults(example(), out)); err != nil {
		t.Fatal(err)
	}
	src := "import { add, Counter, AbortError, wbgGuard } from " + strconv.Quote(filepath.Join(out, "counter.js")) + ";\n" +
		"if (add(2, 3) !== 5 || new Counter().increment() !== 1 || typeof AbortError !== 'function' || wbgGuard.stats().generation !== 1) throw new Error('wrong');\n"
	if b, err := exec.Command("node", "--input-type=module", "-e", src).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
}

// A function its authors wrote into the glue reading `arguments` gets every
// argument given, as in the original (a fixed-arity forwarder passed as
// many as it declares). Hand-written: the example's glue with one such
// function appended; no glue found on npm has one.
func TestFunctionReadingArgumentsGetsThemAll(t *testing.T) {
	testassets.Tier2(t, "Node")
	in := filepath.Join(t.TempDir(), "pkg")
	copyTree(t, example(), in)
	f, err := os.OpenFile(filepath.Join(in, "counter.js"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\nfunction count_args(first) {\n    return arguments.length;\n}\nexports.count_args = count_args;\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := RunReport(defaults(in, out)); err != nil {
		t.Fatal(err)
	}
	src := "const m = require(" + strconv.Quote(filepath.Join(out, "counter.js")) + ");\n" +
		"const got = [m.count_args(), m.count_args(1), m.count_args(1, 2, 3), m.count_args.length];\n" +
		"if (got.join() !== '0,1,3,1') throw new Error('got ' + got.join());\n"
	if b, err := exec.Command("node", "-e", src).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
}
