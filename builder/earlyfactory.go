package builder

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
)

// The factory's esbuild pass is most of a small module's build, and it used
// to start only after the glue analysis (~2.2 ms for automerge's 67 KB
// glue), which says what the pass needs: the entry file, whether it is an
// ES module, whether it is one file, and the loader patches. For the common
// shapes that can be told from the directory and a glance at the entry's
// text (one module beside <name>.js, .mjs or .cjs; no _bg.js; no patch but
// deno's, which the guess applies; nothing the bundler target's shim is
// for), the pass starts on that guess
// while the analysis runs (earlyFactory), and the build takes its result
// only if the input the analysis gives the pass is the guessed one
// (sameFactoryInput); otherwise the build starts the pass as before and the
// guess's result is dropped.
type earlyFactory struct {
	in     factoryInput
	result func() (string, error)
	// patch: the loader patches the guess applied (deno glue), or nil.
	patch *patchResult
}

const (
	earlyFactoryMinGlue   = 48 << 10
	earlyFactoryMaxModule = 10 << 20
)

// noEarlyFactory turns the guess off (tests compare builds with and
// without it).
var noEarlyFactory = false

// startEarlyFactory guesses the factory's input for the directory (ents:
// its entries) and starts the pass on it; nil when the shape is not one it
// guesses.
func startEarlyFactory(o Options, absIn string, ents []os.DirEntry) *earlyFactory {
	if noEarlyFactory {
		return nil
	}
	entry := o.Entry
	if entry == "" {
		entry = guessEntry(ents)
	}
	if entry == "" {
		return nil
	}
	// On two cores the pass started early competes with the analysis, the
	// module's early parse and its copy: it pays where the analysis is long
	// (a large glue) and the module small. Measured, builds alternating:
	// automerge's 67 KB glues 5-6% faster; the 12-15 KB glues of oxc and
	// brotli unchanged or 2-4% slower; biome (45 MB module) 13% slower.
	if st, err := os.Stat(filepath.Join(o.InDir, entry)); err != nil || st.Size() < earlyFactoryMinGlue {
		return nil
	}
	if st, err := os.Stat(filepath.Join(o.InDir, strings.TrimSuffix(entry, filepath.Ext(entry))+"_bg.wasm")); err != nil || st.Size() > earlyFactoryMaxModule {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(o.InDir, entry))
	if err != nil {
		return nil
	}
	text := string(b)
	if strings.Contains(text, "__wbgg_") {
		return nil // our own output, which the build refuses
	}
	wasmName := strings.TrimSuffix(entry, filepath.Ext(entry)) + "_bg.wasm"
	// Deno glue instantiates with a top-level await, which a loader patch
	// replaces: the guess applies the deno patches as the build would for
	// that target (a glue of another target gets other patches, or none,
	// from the analysis, and the guess is dropped).
	var patched map[string]string
	var patch *patchResult
	if strings.Contains(text, "Deno") {
		call := patchCall{target: "deno", dir: o.InDir, entryName: entry, entry: text, wasmName: wasmName}
		out, n, err := call.run()
		if err != nil || n == 0 {
			return nil
		}
		patch = &patchResult{call: call, out: out, n: n}
		patched, text = out, out[entry]
	}
	// What another patch, the bundler shim or the no-modules global is for:
	// the analysis decides, the guess stays out of the way.
	for _, s := range []string{"import source", "__wbg_call_guard", "__wbg_handle_catch", "wasm_bindgen =", "let wasm_bindgen"} {
		if strings.Contains(text, s) {
			return nil
		}
	}
	if importsWasm(text) || topLevelAwait(text) {
		return nil // the bundler target, or an await no patch removed
	}
	if strings.Contains(text, "async function init(") && !strings.Contains(text, "function initSync(") {
		return nil // early web glue: patched
	}
	esm := strings.HasSuffix(entry, ".mjs") ||
		!strings.HasSuffix(entry, ".cjs") && (strings.HasPrefix(text, "export ") || strings.Contains(text, "\nexport "))
	st, err := os.Stat(filepath.Join(o.InDir, "snippets"))
	in := factoryInput{InDir: absIn, Entry: entry, Patched: patched, Sourcemap: o.Sourcemap, Minify: o.Minify && !o.Sourcemap,
		MultiFile: err == nil && st.IsDir(), ESM: esm}
	return &earlyFactory{in: in, result: startFactory(in), patch: patch}
}

// importsWasm: a line of text imports a .wasm file as a module (the
// bundler target's glue, which the shim serves).
func importsWasm(text string) bool {
	for _, q := range []string{".wasm'", ".wasm\""} {
		for i := 0; ; {
			k := strings.Index(text[i:], q)
			if k < 0 {
				break
			}
			k += i
			start, _ := lineAround(text, k)
			line := strings.TrimSpace(text[start:k])
			if strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "import*") || strings.HasPrefix(line, "export ") || strings.Contains(line, "import(") {
				return true
			}
			i = k + len(q)
		}
	}
	return false
}

// topLevelAwait: a line at the left margin (top-level code, as
// wasm-bindgen prints it) has the keyword await.
func topLevelAwait(text string) bool {
	for line := range strings.Lines(text) {
		if line[0] == ' ' || line[0] == '\t' || line[0] == '\n' {
			continue
		}
		for i := 0; ; {
			k := strings.Index(line[i:], "await")
			if k < 0 {
				break
			}
			k += i
			i = k + len("await")
			if (k == 0 || !isIdentByte(line[k-1])) && i < len(line) && (line[i] == ' ' || line[i] == '(') {
				return true
			}
		}
	}
	return false
}

// guessEntry is <name>.js (or .mjs, .cjs) beside the directory's one
// module, <name>_bg.wasm, when there is no <name>_bg.js (a bundler target's
// glue, which imports the .wasm through the shim); "" otherwise.
func guessEntry(ents []os.DirEntry) string {
	name, ok := strings.CutSuffix(onlyWasm(ents), "_bg.wasm")
	if !ok || name == "" {
		return ""
	}
	files := map[string]bool{}
	for _, e := range ents {
		if e.Type().IsRegular() {
			files[e.Name()] = true
		}
	}
	if files[name+"_bg.js"] {
		return ""
	}
	for _, ext := range []string{".js", ".mjs", ".cjs"} {
		if files[name+ext] {
			return name + ext
		}
	}
	return ""
}

// sameFactoryInput: the pass started on the guess computes what the pass on
// the analysis's input would. Every field buildFactory reads is compared,
// but Read, which serves the same files' texts from memory.
func sameFactoryInput(a, b factoryInput) bool {
	return a.InDir == b.InDir && a.Entry == b.Entry && maps.Equal(a.Patched, b.Patched) &&
		a.WasmShim == nil && b.WasmShim == nil && a.ReturnVar == b.ReturnVar &&
		a.Sourcemap == b.Sourcemap && a.MultiFile == b.MultiFile && a.ESM == b.ESM && a.Minify == b.Minify
}
