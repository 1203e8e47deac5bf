package builder

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/internal/jsgen"
	"github.com/wbg-guard/wbg-guard/internal/runtimebundle"
	"github.com/wbg-guard/wbg-guard/templates"
)

// bundleOutput makes the output's entry file (and its source map when
// asked) from the entry, the runtime and the factory.
//
// Without a source map, the runtime (bundled once, at `go generate` time)
// and the factory (already bundled from the glue) are pasted into the
// output as they are, and the entry reaches them as two free names: that
// spares esbuild parsing and printing thousands of lines on every build. A
// source map must describe every line, so a build that asks for one
// bundles the runtime's modules and the factory with the entry
// (bundleWithSources), and the map leads back to them and, through the
// factory's inline map, to the glue.
//
// Unminified, the entry needs no esbuild pass at all: linkEntry puts it
// in the output's format itself (a build without that pass took 7-12% less
// wall time). esbuild still bundles an entry linkEntry does not link, and
// minifies.
//
// factory waits for the first pass; its error, if any, is reported before
// the entry's.
func bundleOutput(p *plan, entry string, factory func() (string, error)) (js, sourcemap []byte, err error) {
	if p.opts.Sourcemap {
		text, err := factory()
		if err != nil {
			return nil, nil, err
		}
		return bundleWithSources(p, entry, text)
	}
	runtime := templates.RuntimeBundle
	if p.opts.Minify {
		runtime = templates.RuntimeBundleMin
	} else if linked, ok := linkEntry(entry, p.format); ok {
		factoryText, err := factory()
		if err != nil {
			return nil, nil, err
		}
		return pasteOutput(p, runtime, factoryText, []byte(linked)), nil, nil
	}
	// The entry's two virtual imports become the pasted names.
	runtimeModule := "export " + runtimeBinding
	factoryModule := "export default " + factoryName + ";\n"
	plugin := api.Plugin{
		Name: "wbg-guard-output",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^wbg-guard:(runtime|factory)$`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: a.Path, Namespace: "wbg-guard-pasted"}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "wbg-guard-pasted"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				if a.Path == jsgen.RuntimeSpec {
					return api.OnLoadResult{Contents: &runtimeModule, Loader: api.LoaderJS}, nil
				}
				return api.OnLoadResult{Contents: &factoryModule, Loader: api.LoaderJS}, nil
			})
		},
	}
	res := api.Build(outputOptions(p, entry, plugin))
	factoryText, err := factory()
	if err != nil {
		return nil, nil, err
	}
	out, _, err := outputFiles(p, res)
	if err != nil {
		return nil, nil, err
	}
	return pasteOutput(p, runtime, factoryText, out), nil, nil
}

// pasteOutput puts the output's entry file together: the banner, the
// runtime, the factory and the entry in the output's format.
func pasteOutput(p *plan, runtime, factoryText string, out []byte) []byte {
	var b strings.Builder
	b.Grow(len(runtime) + len(factoryText) + len(out) + 256)
	b.WriteString(banner(p))
	b.WriteString("\n")
	// A classic script (no-modules) must not leave the two names global.
	iife := p.format == glue.FormatIIFE
	if iife {
		b.WriteString("(() => {\n")
	}
	b.WriteString(runtime)
	b.WriteString(factoryText)
	b.Write(out)
	if iife {
		b.WriteString("})();\n")
	}
	return []byte(b.String())
}

// runtimeBinding declares the runtime's exports the entry imports, from
// the pasted runtime's one binding.
var runtimeBinding = "const { " + strings.Join(jsgen.RuntimeImports, ", ") + " } = " + runtimebundle.GlobalName + ";\n"

// linkEntry writes the entry (an ES module, internal/jsgen/entry.go) in the
// output's format, with the runtime and the factory pasted before it: its
// import of the runtime becomes a destructuring of the runtime's one
// binding, its import of the factory goes (the pasted factory has the name
// it imports), and for CommonJS its exports become one `module.exports`
// object literal of identifiers (the shape Node's cjs-module-lexer reads,
// so that an ES module can import the names). ok is false for a line of a
// shape it does not know, and for a default export or another import in
// CommonJS or a classic script: esbuild bundles those.
func linkEntry(entry string, format glue.Format) (linked string, ok bool) {
	cjs := format == FormatCJS
	esm := !cjs && format != glue.FormatIIFE
	var b strings.Builder
	b.Grow(len(entry) + 256)
	var names []string // CommonJS: what module.exports gets
	for _, line := range strings.SplitAfter(entry, "\n") {
		switch {
		case line == jsgen.RuntimeImportLine:
			b.WriteString(runtimeBinding)
		case line == jsgen.FactoryImportLine:
		case esm || !strings.HasPrefix(line, "import ") && !strings.HasPrefix(line, "export "):
			b.WriteString(line)
		case !cjs:
			return "", false // a classic script imports and exports nothing
		case strings.HasPrefix(line, "export const "):
			name, _, found := strings.Cut(strings.TrimPrefix(line, "export const "), " = ")
			if !found || !jsgen.IsIdentifier(name) {
				return "", false
			}
			names = append(names, name)
			b.WriteString(strings.TrimPrefix(line, "export "))
		case strings.HasPrefix(line, "export { ") && strings.HasSuffix(line, " };\n"):
			for _, name := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "export { "), " };\n"), ", ") {
				if !jsgen.IsIdentifier(name) {
					return "", false
				}
				names = append(names, name)
			}
		default:
			return "", false // another import or export
		}
	}
	if cjs {
		b.WriteString("module.exports = { " + strings.Join(names, ", ") + " };\n")
	}
	return b.String(), true
}

// bundleWithSources bundles the entry, the runtime's modules and the
// factory in one esbuild pass, with a linked source map.
func bundleWithSources(p *plan, entry, factory string) (js, sourcemap []byte, err error) {
	factoryModule := factory + "export default " + factoryName + ";\n"
	plugin := api.Plugin{
		Name: "wbg-guard-output",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^wbg-guard:runtime$`}, func(api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: "index.js", Namespace: runtimebundle.Namespace}, nil
			})
			runtimebundle.Modules(b)
			b.OnResolve(api.OnResolveOptions{Filter: `^wbg-guard:factory$`}, func(api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: p.glue.Name + ".factory.js", Namespace: "wbg-guard-factory"}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "wbg-guard-factory"}, func(api.OnLoadArgs) (api.OnLoadResult, error) {
				return api.OnLoadResult{Contents: &factoryModule, Loader: api.LoaderJS}, nil
			})
		},
	}
	opts := outputOptions(p, entry, plugin)
	opts.Banner = map[string]string{"js": banner(p)}
	opts.Sourcemap = api.SourceMapLinked
	return outputFiles(p, api.Build(opts))
}

// outputOptions are the esbuild options of the output's bundle: format and
// platform from the plan, the entry from stdin.
func outputOptions(p *plan, entry string, plugin api.Plugin) api.BuildOptions {
	opts := api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   entry,
			Sourcefile: p.glue.Name + ".entry.js",
			Loader:     api.LoaderJS,
			ResolveDir: "/",
		},
		// Paths in the output's comments are relative to the working
		// directory: a fixed one keeps them independent of where the tool
		// runs.
		AbsWorkingDir: "/",
		Bundle:        true,
		Write:         false,
		Outfile:       "/" + path.Base(p.glue.Entry),
		Plugins:       []api.Plugin{plugin},
		LogLevel:      api.LogLevelSilent,
		Charset:       api.CharsetUTF8,
		// The glue's class PanicError (unwind builds) collides with the
		// runtime's and is renamed in the bundle; .name must not change.
		KeepNames: true,
		// Keep the runtime's and glue's names readable in stack traces
		// unless the user asked for minification.
		MinifyWhitespace:  p.opts.Minify,
		MinifyIdentifiers: p.opts.Minify,
		MinifySyntax:      p.opts.Minify,
	}
	switch p.format {
	case FormatCJS:
		opts.Format = api.FormatCommonJS
	case glue.FormatIIFE:
		opts.Format = api.FormatIIFE
	default:
		opts.Format = api.FormatESModule
	}
	switch p.platform {
	case PlatformNode:
		opts.Platform = api.PlatformNode
	case PlatformBrowser:
		opts.Platform = api.PlatformBrowser
		// Only reached when the package runs from disk in Node or Bun.
		opts.External = []string{"node:*"}
	case PlatformWorkerd:
		opts.Platform = api.PlatformBrowser
		opts.Conditions = []string{"workerd", "worker", "browser"}
		opts.External = []string{"./" + path.Base(p.glue.Wasm), "node:*", "cloudflare:*"}
	default: // deno, neutral
		opts.Platform = api.PlatformNeutral
		opts.External = []string{"node:*"}
	}
	return opts
}

// outputFiles picks the entry file and its map out of esbuild's result.
func outputFiles(p *plan, res api.BuildResult) (js, sourcemap []byte, err error) {
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		where := ""
		if m.Location != nil {
			where = fmt.Sprintf(" (%s:%d:%d)", m.Location.File, m.Location.Line, m.Location.Column)
		}
		return nil, nil, fmt.Errorf("%s: bundling the guarded output failed: %s%s", p.glue.Entry, m.Text, where)
	}
	outName := path.Base(p.glue.Entry)
	for _, f := range res.OutputFiles {
		switch filepath.Base(f.Path) {
		case outName:
			js = f.Contents
		case outName + ".map":
			sourcemap = f.Contents
		}
	}
	if js == nil {
		return nil, nil, fmt.Errorf("%s: esbuild produced no output", p.glue.Entry)
	}
	return js, sourcemap, nil
}

// banner marks the output as wbg-guard's (the glue detection refuses to
// guard it again) and carries no path or time, so output is reproducible.
func banner(p *plan) string {
	return "/* wbg-guard: guarded wasm-bindgen output of " + p.glue.Name + " (" + string(p.glue.Target) +
		" target). Do not edit; rebuild with wbg-guard build. */"
}
