package builder

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/wbg-guard/wbg-guard/internal/jsgen"
)

// factoryInput says how to turn one package's glue into a generation factory.
type factoryInput struct {
	InDir   string            // absolute input directory (esbuild's working directory, so no absolute path reaches the output)
	Entry   string            // entry file, relative to InDir
	Patched map[string]string // relative path -> patched text, for glue files a patch changed
	// Read is the text of a glue file the analysis read already (relative
	// path), served to esbuild from memory instead of read again.
	Read      func(rel string) (string, bool)
	WasmShim  func(importer string) (string, error)
	ReturnVar string // no-modules: the global the glue assigns; "" returns module.exports
	Sourcemap bool
	// MultiFile: the glue is more than one file (a _bg.js, snippets).
	MultiFile bool
	// ESM: the entry is an ES module. It is then bundled as one, and the
	// factory returns its exports as a plain object (see esmExports).
	ESM bool
	// Minify minifies the glue here, for outputs that paste the factory as
	// this pass prints it (no source map: a map through a minified inline
	// map loses the glue; with one, the output's pass minifies).
	Minify bool
}

// startFactory runs buildFactory in the background; the function it
// returns waits for the result (as often as it is called).
func startFactory(in factoryInput) func() (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		text, err := buildFactory(in)
		done <- result{text, err}
	}()
	return sync.OnceValues(func() (string, error) {
		r := <-done
		return r.text, r.err
	})
}

// buildFactory bundles the glue (entry, _bg.js, snippets) into one text (an
// ES module glue as one ES module, see esmExports; otherwise CommonJS) and
// wraps it in a function, so that each call runs the glue's top-level code
// afresh: one call, one generation, with its own caches, heap, classes and
// registries.
func buildFactory(in factoryInput) (string, error) {
	plugin := api.Plugin{
		Name: "wbg-guard-glue",
		Setup: func(b api.PluginBuild) {
			// The .wasm imported as an ES module (bundler target) becomes a
			// shim that instantiates the cached module in this generation.
			b.OnResolve(api.OnResolveOptions{Filter: `\.wasm$`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if in.WasmShim == nil {
					return api.OnResolveResult{}, fmt.Errorf("%s imports %s as a module, which this target's glue is not expected to do", rel(in.InDir, a.Importer), a.Path)
				}
				// The path is kept relative to the input: it appears in
				// source maps, which must not name this machine's directories.
				return api.OnResolveResult{Path: rel(in.InDir, filepath.Join(filepath.Dir(a.Importer), a.Path)), Namespace: "wbgg-wasm"}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "wbgg-wasm"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				src, err := in.WasmShim(a.Path)
				if err != nil {
					return api.OnLoadResult{}, err
				}
				dir := filepath.Join(in.InDir, filepath.Dir(filepath.FromSlash(a.Path)))
				return api.OnLoadResult{Contents: &src, ResolveDir: dir, Loader: api.LoaderJS}, nil
			})
			// Glue files are served from memory: patched ones as patched
			// (the input directory is never written), the others as the
			// analysis read them.
			b.OnLoad(api.OnLoadOptions{Filter: `\.(c|m)?js$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				r := rel(in.InDir, a.Path)
				text, ok := in.Patched[r]
				if !ok && in.Read != nil {
					text, ok = in.Read(r)
				}
				if !ok {
					return api.OnLoadResult{}, nil
				}
				return api.OnLoadResult{Contents: &text, ResolveDir: filepath.Dir(a.Path), Loader: api.LoaderJS}, nil
			})
		},
	}
	opts := api.BuildOptions{
		EntryPoints:   []string{in.Entry},
		AbsWorkingDir: in.InDir,
		Bundle:        true,
		Format:        api.FormatCommonJS,
		// Node platform keeps `require("fs")` & co. as plain calls, which
		// inside the factory reach the host's require.
		Platform: api.PlatformNode,
		Write:    false,
		Outfile:  "factory.js",
		Define:   map[string]string{"import.meta.url": "__wbgg_host.importMetaUrl"},
		Plugins:  []api.Plugin{plugin},
		LogLevel: api.LogLevelSilent,
		Charset:  api.CharsetUTF8,
		// Bundling renames symbols that collide across files; the glue's
		// classes and functions must keep their .name all the same. A
		// single glue file has nothing to collide with, and the __name
		// calls would run again in every generation.
		KeepNames:         in.MultiFile,
		MinifyWhitespace:  in.Minify,
		MinifyIdentifiers: in.Minify,
		MinifySyntax:      in.Minify,
	}
	if in.Sourcemap {
		opts.Sourcemap = api.SourceMapInline
	}
	// An ES module entry bundled as CommonJS gets esbuild's interop: its
	// exports object is filled with one getter per export and copied into
	// module.exports, in every generation (~220 µs of photon's recovery).
	// Bundled as an ES module, its exports are one export clause, which the
	// factory returns as a plain object. Without a source map only (the map
	// of the clause's rewrite would be off), and unminified (esmExports
	// reads the clause as esbuild prints it unminified; a minified bundle
	// would always fall back, after a pass for nothing).
	if in.ESM && !in.Sourcemap && !in.Minify && in.ReturnVar == "" {
		esmOpts := opts
		esmOpts.Format = api.FormatESModule
		// A function body cannot hold a top-level await, which an ES
		// module bundle would keep: esbuild refuses it here as the
		// CommonJS pass always has.
		esmOpts.Supported = map[string]bool{"top-level-await": false}
		res := api.Build(esmOpts)
		if len(res.Errors) == 0 && len(res.OutputFiles) == 1 {
			if body, ret, ok := esmExports(string(res.OutputFiles[0].Contents)); ok {
				return wrapFactoryBody(body, ret), nil
			}
		}
		// An error, imports left in the bundle (builtins) or an export
		// shape the clause rewrite does not know: CommonJS, as for any
		// other glue, whose errors are the ones users have always seen.
	}
	res := api.Build(opts)
	if err := firstError(in.InDir, res.Errors); err != nil {
		return "", err
	}
	if len(res.OutputFiles) != 1 {
		return "", fmt.Errorf("%s: esbuild produced %d files for the glue, expected 1", in.Entry, len(res.OutputFiles))
	}
	return wrapFactory(string(res.OutputFiles[0].Contents), in.ReturnVar), nil
}

// esmExports splits esbuild's ES module bundle of the glue into its code and
// the object expression of its exports: esbuild ends a bundle with one
// `export { local, local as name, ... };` clause. ok is false when the
// bundle has anything a function body cannot hold (an import or another
// export statement) or a clause it cannot read.
func esmExports(js string) (body, exports string, ok bool) {
	const open = "\nexport {"
	i := strings.LastIndex(js, open)
	if i < 0 {
		return "", "", false
	}
	end := strings.Index(js[i:], "};")
	if end < 0 || strings.TrimSpace(js[i+end+2:]) != "" {
		return "", "", false
	}
	body = js[:i+1]
	if strings.HasPrefix(body, "import ") || strings.HasPrefix(body, "export ") ||
		strings.Contains(body, "\nimport ") || strings.Contains(body, "\nexport ") {
		return "", "", false
	}
	var b strings.Builder
	b.WriteString("{")
	for n, item := range strings.Split(js[i+len(open):i+end], ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		local, name, as := strings.Cut(item, " as ")
		if !as {
			name = local
		}
		if !isPlainName(local) {
			return "", "", false
		}
		if !isPlainName(name) {
			unq, err := strconv.Unquote(name)
			if err != nil {
				return "", "", false
			}
			name = unq
		}
		if n > 0 {
			b.WriteString(",")
		}
		if name == "__proto__" {
			// In an object literal `"__proto__": x` sets the prototype; a
			// computed key makes the property.
			fmt.Fprintf(&b, " [%s]: %s", strconv.Quote(name), local)
			continue
		}
		fmt.Fprintf(&b, " %s: %s", strconv.Quote(name), local)
	}
	b.WriteString(" }")
	return body, b.String(), true
}

// isPlainName: an identifier as esbuild prints one (ASCII letters, digits,
// _ and $; it escapes anything else).
func isPlainName(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// factoryName is the factory's function: a declaration the output either
// pastes as it is or bundles as a module exporting it (see bundle.go).
const factoryName = jsgen.FactoryName

// factoryParams are the names the factory binds: inside it, the glue's
// references to these globals reach the guarded views and the host instead.
const factoryParams = "WebAssembly, FinalizationRegistry, __wbgg_host"

// wrapFactory wraps the glue, bundled into one CommonJS text, in the
// function the runtime calls once per generation: each call runs the glue's
// top-level code afresh, with its own caches, heap, classes and registries,
// and the guarded views in place of WebAssembly and FinalizationRegistry. It
// returns the glue's exports, or the global a no-modules script assigns
// (returnVar).
func wrapFactory(cjs, returnVar string) string {
	ret := "module.exports"
	if returnVar != "" {
		ret = returnVar
	}
	return wrapFactoryBody(cjs, ret)
}

// wrapFactoryBody wraps body in the factory function, returning ret.
func wrapFactoryBody(body, ret string) string {
	var sb strings.Builder
	sb.WriteString("function " + factoryName + "(" + factoryParams + ") {\n")
	// CommonJS names the glue may use; they come from the host so that the
	// output works the same whether it is itself ESM or CommonJS.
	sb.WriteString("var module = { exports: {} }, exports = module.exports, require = __wbgg_host.require, __dirname = __wbgg_host.dirname, __filename = __wbgg_host.filename;\n")
	sb.WriteString(withViewReset(withHeapReset(body)))
	sb.WriteString("\nreturn " + ret + ";\n}\n")
	return sb.String()
}

// The heap array of a glue that keeps JS values in one (up to the externref
// era), as esbuild prints its declarations unminified, one line each: the
// array of N reserved slots, the values pushed after them, and the index of
// the next free slot. The lines are found with strings.Index and only then
// matched (a multi-line regular expression over the whole factory took
// ~5 ms for automerge's 195 KB; this, ~0.1 ms).
var heapDeclLine = regexp.MustCompile(`^(?:var|let|const) ([A-Za-z_$][\w$]*) = new Array\((\d+)\)\.fill\(void 0\);$`)

// withHeapReset gives the runtime, in swap mode, the means to empty the
// glue's heap array for each new instance (host.resetHeap): the statement
// goes right after the declarations, before the glue's loader runs. A body
// whose heap is not declared in the known shape gets nothing, and the
// runtime then evaluates the glue per generation instead.
func withHeapReset(body string) string {
	decls := linesMatching(body, " = new Array(", heapDeclLine.FindStringSubmatch)
	if len(decls) != 1 {
		return body
	}
	heap, size := decls[0].groups[1], decls[0].groups[2]
	rest := body[decls[0].end:]
	push := linesMatching(rest, heap+".push(", func(line string) []string {
		args, ok := strings.CutPrefix(line, heap+".push(")
		if args, ok = strings.CutSuffix(args, ");"); !ok || strings.ContainsAny(args, "()") {
			return nil
		}
		return []string{line, args}
	})
	next := linesMatching(rest, " = "+heap+".length;", func(line string) []string {
		decl, ok := strings.CutSuffix(line, " = "+heap+".length;")
		name, ok2 := strings.CutPrefix(decl, "var ")
		if !ok2 {
			name, ok2 = strings.CutPrefix(decl, "let ")
		}
		if !ok || !ok2 || !jsgen.IsIdentifier(name) {
			return nil
		}
		return []string{line, name}
	})
	if len(push) == 0 || len(next) != 1 {
		return body
	}
	at := decls[0].end + next[0].end
	reset := "\n__wbgg_host.resetHeap = function () { " + heap + ".length = " + size + "; " + heap + ".fill(void 0); " +
		heap + ".push(" + push[0].groups[1] + "); " + next[0].groups[1] + " = " + heap + ".length; };"
	return body[:at] + reset + body[at:]
}

// withViewReset gives the runtime, in swap mode, the means to drop the
// glue's cached views of the memory before each new instance
// (host.resetViews): the glue then makes them again, of the new memory.
// Without it the runtime detaches the old memory's buffer instead
// (memory.grow(0), which every era's checks notice), at ~10 µs after a
// garbage collection, the larger part of what a small module's swap costs.
// Only a body where every use of the memory is one the build knows gets
// it: a view cached in a top-level variable declared null, a check that
// compares a cache with the memory's buffer, the intrinsic that hands the
// memory object out, and our bundler shim's bindings (with the getter
// esbuild makes for them where the glue imports the shim as a namespace). Any other use (a
// view kept elsewhere, the memory under another name, a minified glue)
// leaves the body as it is, and the runtime detaches.
func withViewReset(body string) string {
	var caches []string
	seen := map[string]bool{}
	for i := 0; ; {
		k := strings.Index(body[i:], "memory")
		if k < 0 {
			break
		}
		k += i
		i = k + len("memory")
		if k > 0 && isIdentByte(body[k-1]) || i < len(body) && isIdentByte(body[i]) {
			continue // part of a longer name (__wbindgen_memory, cachedUint8ArrayMemory0)
		}
		start, end := lineAround(body, k)
		line := strings.TrimLeft(body[start:end], " ")
		if name, ok := viewCacheName(line); ok {
			if !seen[name] {
				seen[name] = true
				caches = append(caches, name)
			}
			continue
		}
		if knownMemoryLine(line) {
			// the line's other uses, if any, are its own: go past it
			i = end
			continue
		}
		return body
	}
	if len(caches) == 0 {
		return body
	}
	last := -1
	for _, name := range caches {
		decls := linesMatching(body, name+" = null;", func(line string) []string {
			if line == "var "+name+" = null;" || line == "let "+name+" = null;" {
				return []string{line}
			}
			return nil
		})
		if len(decls) != 1 {
			return body
		}
		last = max(last, decls[0].end)
	}
	var sb strings.Builder
	sb.WriteString("\n__wbgg_host.resetViews = function () {")
	for _, name := range caches {
		sb.WriteString(" " + name + " = null;")
	}
	sb.WriteString(" };")
	return body[:last] + sb.String() + body[last:]
}

// viewCacheName is the variable of a view of the whole memory cached as
// esbuild prints it: `cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);`,
// or `memory.buffer` where the bundler shim binds the memory by name. (Read
// with string functions: the regular expressions took ~65 µs to compile, at
// every start of the process.)
func viewCacheName(line string) (string, bool) {
	name, rest, ok := strings.Cut(line, " = new ")
	if !ok || !jsgen.IsIdentifier(name) {
		return "", false
	}
	ctor, arg, ok := strings.Cut(rest, "(")
	if !ok || !viewConstructors[ctor] {
		return "", false
	}
	if arg, ok = strings.CutSuffix(arg, ");"); !ok {
		return "", false
	}
	if arg, ok = strings.CutSuffix(arg, "memory.buffer"); !ok {
		return "", false
	}
	if arg != "" {
		if arg, ok = strings.CutSuffix(arg, "."); !ok || !jsgen.IsIdentifier(arg) {
			return "", false
		}
	}
	return name, true
}

var viewConstructors = map[string]bool{
	"Int8Array": true, "Uint8Array": true, "Uint8ClampedArray": true, "Int16Array": true, "Uint16Array": true,
	"Int32Array": true, "Uint32Array": true, "Float32Array": true, "Float64Array": true,
	"BigInt64Array": true, "BigUint64Array": true, "DataView": true,
}

// The other lines of a glue that may name the memory: a cache's check
// against its buffer (older glue compares buffers; newer glue checks
// byteLength or detached, and compares a DataView's buffer), the intrinsic
// handing the memory object to Rust (its views, if any, are Rust's, kept
// where the runtime renews them), the bundler shim's bindings (with the
// getter esbuild makes where the glue imports the shim as a namespace), and
// the web target's hook for an imported memory (no such module is swapped).
func knownMemoryLine(line string) bool {
	if strings.HasPrefix(line, "if (") && strings.HasSuffix(line, ") {") {
		return onlyBufferChecks(line)
	}
	switch line {
	case "var memory = __wbgg_e.memory;", "memory = __wbgg_e.memory;", "memory: () => memory,", "memory: () => memory",
		"function __wbg_init_memory(imports, memory) {":
		return true
	}
	if id, ok := strings.CutPrefix(line, "const ret = "); ok {
		if id, ok = strings.CutSuffix(id, ".memory;"); ok {
			return jsgen.IsIdentifier(id)
		}
	}
	return false
}

// onlyBufferChecks: every "memory" of line is in a comparison of a cache's
// buffer with the memory's, `cache.buffer !== wasm.memory.buffer` (or
// `memory.buffer`, the bundler shim's binding).
func onlyBufferChecks(line string) bool {
	for i := 0; ; {
		k := strings.Index(line[i:], "memory")
		if k < 0 {
			return true
		}
		k += i
		if !strings.HasPrefix(line[k:], "memory.buffer") {
			return false
		}
		before := line[:k]
		if b, ok := strings.CutSuffix(before, "."); ok {
			if before = trimIdentSuffix(b); len(before) == len(b) {
				return false
			}
		}
		b, ok := strings.CutSuffix(before, ".buffer !== ")
		if !ok || len(trimIdentSuffix(b)) == len(b) {
			return false
		}
		i = k + len("memory.buffer")
	}
}

// trimIdentSuffix drops the identifier characters at the end of s.
func trimIdentSuffix(s string) string {
	j := len(s)
	for j > 0 && isIdentByte(s[j-1]) {
		j--
	}
	return s[:j]
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lineAround returns the bounds of the line of text holding index k: its
// start, and its end (its newline, or len(text)).
func lineAround(text string, k int) (start, end int) {
	start = strings.LastIndexByte(text[:k], '\n') + 1
	end = strings.IndexByte(text[k:], '\n')
	if end < 0 {
		return start, len(text)
	}
	return start, k + end
}

type lineMatch struct {
	end    int // index of the line's end (its newline, or len(text))
	groups []string
}

// linesMatching returns the lines of text that contain needle and that
// match (match returns the line's groups, or nil), in order.
func linesMatching(text, needle string, match func(line string) []string) []lineMatch {
	var out []lineMatch
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], needle)
		if k < 0 {
			break
		}
		k += i
		start, end := lineAround(text, k)
		if m := match(text[start:end]); m != nil {
			out = append(out, lineMatch{end: end, groups: m})
		}
		i = end + 1
	}
	return out
}

// firstError turns esbuild's first error into one line naming the file.
func firstError(dir string, msgs []api.Message) error {
	if len(msgs) == 0 {
		return nil
	}
	m := msgs[0]
	if m.Location != nil {
		return fmt.Errorf("%s:%d:%d: %s", filepath.Join(dir, m.Location.File), m.Location.Line, m.Location.Column, m.Text)
	}
	return fmt.Errorf("%s: %s", dir, m.Text)
}

func rel(dir, p string) string {
	if r, err := filepath.Rel(dir, p); err == nil {
		return filepath.ToSlash(r)
	}
	return p
}
