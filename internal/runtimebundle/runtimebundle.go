// Package runtimebundle bundles the runtime's ES modules (templates/*.js)
// into the one script every guarded output starts with.
//
// The runtime is the same for every build, so it is bundled once, by
// `go generate ./templates`, and embedded as templates.RuntimeBundle: a
// build pastes that text into its output instead of having esbuild parse
// and print ~3,000 lines of runtime again. TestBundleIsUpToDate keeps the
// embedded text equal to what Bundle makes from the modules.
package runtimebundle

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/wbg-guard/wbg-guard/templates"
)

// GlobalName is the one binding the bundle declares (`var __wbgg_runtime =
// (() => { ... })();`): an object whose properties are index.js's exports.
// Nothing else of the runtime reaches the output's top level.
const GlobalName = "__wbgg_runtime"

// Namespace is the esbuild namespace of the runtime's modules; their paths
// in it are their names in templates.FS.
const Namespace = "wbg-guard-runtime"

// Modules adds to an esbuild plugin how the runtime's modules import each
// other (relative paths) and load (from templates.FS). A plugin using it
// resolves its way into the runtime to "index.js" in Namespace.
func Modules(b api.PluginBuild) {
	b.OnResolve(api.OnResolveOptions{Filter: `^\./`, Namespace: Namespace}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
		return api.OnResolveResult{Path: path.Clean(a.Path), Namespace: Namespace}, nil
	})
	b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: Namespace}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
		src, err := fs.ReadFile(templates.FS, a.Path)
		if err != nil {
			return api.OnLoadResult{}, fmt.Errorf("runtime module %s: %v", a.Path, err)
		}
		text := string(src)
		return api.OnLoadResult{Contents: &text, Loader: api.LoaderJS}, nil
	})
}

// Bundle bundles templates/index.js and what it imports into one script
// declaring GlobalName, minified or not.
func Bundle(minify bool) (string, error) {
	plugin := api.Plugin{
		Name: "wbg-guard-runtime",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^index\.js$`}, func(api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: "index.js", Namespace: Namespace}, nil
			})
			Modules(b)
		},
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{"index.js"},
		AbsWorkingDir: "/",
		Bundle:        true,
		Write:         false,
		Outfile:       "/runtime.bundle.js",
		Format:        api.FormatIIFE,
		GlobalName:    GlobalName,
		// The runtime uses nothing of any platform; neutral keeps esbuild
		// from assuming one.
		Platform: api.PlatformNeutral,
		Plugins:  []api.Plugin{plugin},
		LogLevel: api.LogLevelSilent,
		Charset:  api.CharsetUTF8,
		// Minified, the error classes and everything else would lose their
		// .name; KeepNames restores them (at a __name call per function
		// made, per generation too). Unminified, esbuild renames only what
		// collides between the runtime's own modules (two helpers), and
		// every name users see is set explicitly (errors.js, facade.js), so
		// the calls are left out.
		KeepNames:         minify,
		MinifyWhitespace:  minify,
		MinifyIdentifiers: minify,
		MinifySyntax:      minify,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		if m.Location != nil {
			return "", fmt.Errorf("templates/%s:%d:%d: %s", m.Location.File, m.Location.Line, m.Location.Column, m.Text)
		}
		return "", fmt.Errorf("bundling the runtime: %s", m.Text)
	}
	if len(res.OutputFiles) != 1 {
		return "", fmt.Errorf("bundling the runtime: esbuild produced %d files, expected 1", len(res.OutputFiles))
	}
	return string(res.OutputFiles[0].Contents), nil
}
