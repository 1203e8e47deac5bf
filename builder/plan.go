package builder

import (
	"fmt"
	"path/filepath"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// plan is everything decided about one build before any code is generated.
type plan struct {
	glue     *glue.Glue
	mod      *wasmparse.File
	opts     Options
	platform Platform
	format   Format // iife: no-modules glue stays a classic script
	// eager: the target's glue instantiates at load, so generation 1 is
	// created when the output is imported, as the original did.
	eager bool
	// reinitMode is how a later generation gets its instance.
	reinitMode glue.ReinitMode
	// needsModule: the factory asks the host for the compiled module
	// (host.module()), because the glue's own loader was replaced (bundler
	// .wasm import, deno and module patches).
	needsModule bool
}

func newPlan(g *glue.Glue, mod *wasmparse.File, o Options) (*plan, error) {
	p := &plan{glue: g, mod: mod, opts: o}
	t, ok := glue.Targets[g.Target]
	if !ok {
		return nil, fmt.Errorf("%s: wasm-bindgen target %q is not supported", g.Dir, g.Target)
	}
	p.platform = o.Platform
	if p.platform == "" {
		p.platform = t.Platform
	}
	p.reinitMode, p.eager, p.needsModule = t.ReinitMode, t.Eager, t.NeedsModule

	// The format follows the glue unless asked otherwise: CommonJS glue
	// stays CommonJS, so `require()` of the output keeps working.
	p.format = o.Format
	if p.format == "" {
		switch g.Module {
		case "cjs":
			p.format = FormatCJS
		case "script":
			p.format = glue.FormatIIFE
		default:
			p.format = FormatESM
		}
	}
	if g.Module == "script" && o.Format != "" {
		return nil, fmt.Errorf("%s: no-modules glue is a classic script assigning the global %s; --format does not apply to it", g.Dir, g.GlobalName)
	}
	// Glue that reads its .wasm with Node's fs can only run where fs exists.
	if t.ReadsNodeFS && p.platform != PlatformNode && !o.InlineWasm {
		return nil, fmt.Errorf("%s: %s-target glue reads its .wasm with Node's fs, so --platform %s cannot run it; use --platform node, or --inline-wasm to embed the module", filepath.Join(g.Dir, g.Entry), g.Target, p.platform)
	}
	if p.format == FormatCJS && p.platform != PlatformNode {
		if o.Format == "" {
			return nil, fmt.Errorf("%s: the glue is CommonJS, so the output is too (the default --format cjs), which needs --platform node; pass --format esm for --platform %s", filepath.Join(g.Dir, g.Entry), p.platform)
		}
		return nil, fmt.Errorf("--format cjs needs --platform node (CommonJS output is for Node), not --platform %s", p.platform)
	}
	if p.format == FormatCJS && p.eager && p.needsModule && p.platform != PlatformNode {
		return nil, fmt.Errorf("--format cjs cannot load the .wasm asynchronously; use --format esm")
	}
	return p, nil
}
