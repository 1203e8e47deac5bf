// Package builder runs `wbg-guard build`: analyse the input directory, generate
// the guarded package, bundle it with esbuild and write it atomically.
package builder

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/wbg-guard/wbg-guard/internal/glue"
	"github.com/wbg-guard/wbg-guard/internal/jsgen"
	"github.com/wbg-guard/wbg-guard/internal/runtimes"
	"github.com/wbg-guard/wbg-guard/internal/wasmfile"
	"github.com/wbg-guard/wbg-guard/patches"
	"github.com/wbg-guard/wbg-guard/templates"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// Options are the settings of one build; zero values mean the defaults.
type Options struct {
	InDir, OutDir       string
	Entry               string   // the glue's entry file in InDir; "" to find it by evidence
	Platform            Platform // "" = from the wasm-bindgen target
	Format              Format   // "" = the glue's own
	Minify, Sourcemap   bool
	InlineWasm          bool
	OnAbort             AbortPolicy   // "" = OnAbortReinit
	ReinitMax           int           // 0: DefaultReinitMax; NoReinitLimit: no limit
	ReinitWindow        time.Duration // 0: DefaultReinitWindow
	JSErrorsThroughRust JSErrorPolicy // "" = JSErrorsAbort
	// Reconstruct names classes whose stale instances are rebuilt instead of
	// refused: objects the host constructs and keeps (Durable Objects).
	Reconstruct []string
	Warn        func(string)
	Note        func(string) // what the build decided that the user may want to know
}

// The typed values of Options (aliases of the implementation's types).
type (
	Platform      = glue.Platform
	Format        = glue.Format
	AbortPolicy   = jsgen.AbortPolicy
	JSErrorPolicy = jsgen.JSErrorPolicy
)

const (
	PlatformNode    = glue.PlatformNode
	PlatformBrowser = glue.PlatformBrowser
	PlatformWorkerd = glue.PlatformWorkerd
	PlatformDeno    = glue.PlatformDeno
	PlatformNeutral = glue.PlatformNeutral

	FormatESM = glue.FormatESM
	FormatCJS = glue.FormatCJS

	OnAbortReinit = jsgen.OnAbortReinit
	OnAbortPoison = jsgen.OnAbortPoison

	JSErrorsAbort = jsgen.JSErrorsAbort
	JSErrorsPass  = jsgen.JSErrorsPass
)

// Platforms lists every platform a build can target.
var Platforms = glue.Platforms

// The reinit limit an Options with zero ReinitMax and ReinitWindow gets, the
// same as the CLI's --reinit-limit default: a package that aborts in a loop
// stops reinitialising (stays poisoned) instead of burning CPU.
const (
	DefaultReinitMax    = 10
	DefaultReinitWindow = 60 * time.Second
	// NoReinitLimit as ReinitMax: reinitialise after every abort
	// (--reinit-limit 0).
	NoReinitLimit = -1
)

// Run performs one build and writes its output. On any error nothing is
// written.
func Run(o Options) error {
	_, err := RunReport(o)
	return err
}

// Report is what a build did, for the CLI's summary line and --json.
type Report struct {
	Schema    int          `json:"schema"`
	Input     string       `json:"input"`
	OutDir    string       `json:"out_dir"`
	Entry     string       `json:"entry"`
	Target    string       `json:"target"`
	Era       string       `json:"era"`
	Platform  Platform     `json:"platform"`
	Format    Format       `json:"format"`
	Functions int          `json:"functions"`
	Classes   int          `json:"classes"`
	Files     []ReportFile `json:"files"`
	Bytes     int64        `json:"bytes"`
	Millis    int64        `json:"ms"`
}

// ReportFile is one file of the output.
type ReportFile struct {
	Name  string `json:"name"`
	Bytes int64  `json:"bytes"`
}

// RunReport is Run, returning what the build did.
func RunReport(o Options) (*Report, error) {
	start := time.Now()
	// The module is mapped, not read, and copied into the output by the
	// kernel; the mapping ends with this function, and res with it.
	res, err := build(o, true)
	if err != nil {
		return nil, err
	}
	defer res.release()
	warn := o.Warn
	if warn == nil {
		warn = func(string) {}
	}
	if err := writeAtomically(o.OutDir, res.Files, res.copies, warn); err != nil {
		return nil, err
	}
	r := &Report{Schema: 1, Input: o.InDir, OutDir: o.OutDir, Entry: res.glue.Entry, Target: string(res.glue.Target),
		Era: res.glue.Era.Name, Platform: res.Platform, Format: res.Format, Files: []ReportFile{}}
	for _, e := range res.glue.Exports {
		switch e.Kind {
		case "function":
			r.Functions++
		case "class":
			r.Classes++
		}
	}
	for _, name := range sortedNames(res.Files) {
		n := int64(len(res.Files[name]))
		r.Files = append(r.Files, ReportFile{Name: name, Bytes: n})
		r.Bytes += n
	}
	r.Millis = time.Since(start).Milliseconds()
	return r, nil
}

// Result is a build held in memory.
type Result struct {
	Files tree // the output directory: relative path -> contents
	// Entry and Factory are the two generated sources bundled into the
	// output, kept for review (golden files) and debugging.
	Entry, Factory string
	Platform       Platform
	Format         Format
	glue           *glue.Glue
	// copies: output files written as a copy of an input file rather than
	// from Files (the mapped .wasm), output name -> input path.
	copies map[string]copySource
	// release ends the mapping of the .wasm, if the build made one.
	release func()
}

// copySource is an input file an output file is copied from, and the size
// the build saw.
type copySource struct {
	path string
	size int64
	// early is the copy started while the build ran (nil: none).
	early *earlyCopy
}

// Build performs one build in memory.
func Build(o Options) (*Result, error) {
	return build(o, false)
}

// build is Build; with mapWasm the module's bytes in the result are a
// mapping of the input file, valid until the result's release is called,
// and the output copies the file itself (Result.copies).
func build(o Options, mapWasm bool) (res *Result, err error) {
	release := func() {}
	defer func() {
		if err != nil {
			release()
		}
	}()
	if o.OnAbort == "" {
		o.OnAbort = OnAbortReinit
	}
	if o.JSErrorsThroughRust == "" {
		o.JSErrorsThroughRust = JSErrorsAbort
	}
	if err := checkOptions(o); err != nil {
		return nil, err
	}
	if o.ReinitMax == 0 {
		o.ReinitMax = DefaultReinitMax
	}
	if o.ReinitWindow == 0 {
		o.ReinitWindow = DefaultReinitWindow
	}
	if o.ReinitMax < 0 {
		// The generated entry's encoding of "no limit".
		o.ReinitMax, o.ReinitWindow = 0, 0
	}
	if o.Warn == nil {
		o.Warn = func(string) {}
	}
	if o.Note == nil {
		o.Note = func(string) {}
	}
	if err := checkPaths(o.InDir, o.OutDir); err != nil {
		return nil, err
	}
	// An inlined module is encoded from the bytes: read it. Otherwise a
	// mapping serves the parse and the output is a copy of the file.
	mapWasm = mapWasm && !o.InlineWasm
	// The build needs the module's interface; the code is scanned only when
	// the module has exception tags, to tell the EH dialect for warnings,
	// and the name section is never read.
	parseOpts := wasmparse.Options{SkipScanWithoutTags: true, SkipNames: true, Serial: mapWasm}
	// What can start before the glue analysis, on a guess, starts from one
	// listing of the directory (an error here is the analysis's to report).
	ents, _ := os.ReadDir(o.InDir)
	var ahead *earlyParse
	if mapWasm {
		ahead = startEarlyParse(o.InDir, ents, o.OutDir, parseOpts)
	}
	absIn, err := filepath.Abs(o.InDir)
	if err != nil {
		ahead.discard()
		return nil, err
	}
	guessed := startEarlyFactory(o, absIn, ents)
	g, err := glue.DetectEntry(o.InDir, o.Entry)
	if err != nil {
		ahead.discard()
		return nil, err
	}
	wasmPath := filepath.Join(o.InDir, g.Wasm)
	aheadTaken := ahead.matches(wasmPath)
	if aheadTaken {
		release = ahead.release
	}
	if g.Chosen != "" {
		o.Note(fmt.Sprintf("%s: %s", o.InDir, g.Chosen))
	}
	if g.Markers.Has(glue.MarkWbgGuard) {
		return nil, fmt.Errorf("%s: this is already wbg-guard output; build from the wasm-bindgen output directory instead", filepath.Join(o.InDir, g.Entry))
	}
	var wasmBytes []byte
	var mod *wasmparse.File
	var early *earlyCopy
	if aheadTaken {
		// the one module of the directory, mapped and parsed meanwhile
		if ahead.mapErr != nil {
			return nil, fmt.Errorf("%s: %w", wasmPath, unwrapPathError(ahead.mapErr))
		}
		if ahead.parseErr != nil {
			return nil, fmt.Errorf("%s: %w", wasmPath, ahead.parseErr)
		}
		wasmBytes, mod, early = ahead.bytes, ahead.mod, ahead.early
	} else {
		if mapWasm {
			var unmap func()
			wasmBytes, unmap, err = wasmfile.Map(wasmPath)
			if err == nil {
				early = startEarlyCopy(wasmPath, o.OutDir)
			}
			release = func() {
				unmap()
				early.discard()
			}
		} else {
			wasmBytes, err = os.ReadFile(wasmPath)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", wasmPath, unwrapPathError(err))
		}
		mod, err = wasmfile.Parse(wasmBytes, parseOpts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", wasmPath, err)
		}
	}
	if ms := g.Check(glue.FactsOf(g.Wasm, mod)); len(ms) > 0 {
		more := ""
		if len(ms) > 1 {
			more = fmt.Sprintf(" (and %d more disagreements; see wbg-guard inspect)", len(ms)-1)
		}
		return nil, fmt.Errorf("%s: the glue does not match its .wasm: %s%s", o.InDir, ms[0].Message, more)
	}
	p, err := newPlan(g, mod, o)
	if err != nil {
		return nil, err
	}
	warnRuntime(p)
	warnThreads(p)
	pkg, err := readPackageJSON(g.Dir)
	if err != nil {
		return nil, err
	}

	entryText, bgText, err := readGlue(g)
	if err != nil {
		return nil, err
	}
	if p.platform == PlatformWorkerd {
		warnDynamicCode(p, entryText, bgText)
		warnDurableObjects(p)
	}
	if p.platform == PlatformNode && (strings.Contains(entryText, "WebAssembly.JSTag") || strings.Contains(bgText, "WebAssembly.JSTag")) {
		// Unwind builds of wasm-bindgen 0.2.107-0.2.11x (legacy EH included)
		// import the JS tag (later ones make a tag of their own); the
		// original cannot load on Node 20 either.
		o.Warn(fmt.Sprintf("%s imports WebAssembly.JSTag (an unwind build), which Node 20 lacks; it needs %s", p.glue.Entry, runtimes.NodeJSTag))
	}
	patched, err := applyPatches(p, entryText, bgText, guessed)
	if err != nil {
		return nil, err
	}
	fi := factoryInput{InDir: absIn, Entry: g.Entry, Patched: patched, Read: g.Cached, Sourcemap: o.Sourcemap, Minify: o.Minify && !o.Sourcemap,
		MultiFile: g.BgJS != "" || len(g.Snippets) > 0, ESM: g.Module == "esm"}
	if g.Target == glue.TargetBundler {
		fi.WasmShim = func(string) (string, error) { return jsgen.WasmShim(mod) }
	}
	if g.Target == glue.TargetNoModules {
		fi.ReturnVar = g.GlobalName
	}
	// The factory's esbuild pass runs while the entry is generated and
	// linked (or bundled): the output pastes the factory, so neither waits
	// for the other (bundleOutput waits where it needs the factory). It may
	// have started before the analysis, on a guess of this input.
	var factory func() (string, error)
	if guessed != nil && sameFactoryInput(guessed.in, fi) {
		factory = guessed.result
	} else {
		factory = startFactory(fi)
	}
	entry, err := jsgen.Entry(g, mod, jsgen.EntryOptions{
		Platform: p.platform, Format: p.format, InlineWasm: o.InlineWasm, WasmBytes: wasmBytes,
		ReinitMode: p.reinitMode, Eager: p.eager, NeedsModule: p.needsModule,
		OnAbort: o.OnAbort, ReinitMax: o.ReinitMax, ReinitWindow: o.ReinitWindow, JSErrorsThroughRust: o.JSErrorsThroughRust,
		Reconstruct: o.Reconstruct, PackageName: pkg.name(),
	})
	if err != nil {
		// The factory's error, if it has one, came first.
		if _, ferr := factory(); ferr != nil {
			return nil, ferr
		}
		return nil, err
	}
	js, sourcemap, err := bundleOutput(p, entry, factory)
	if err != nil {
		return nil, err
	}
	factoryText, _ := factory()

	out := tree{path.Base(g.Entry): js}
	if sourcemap != nil {
		out[path.Base(g.Entry)+".map"] = sourcemap
	}
	var copies map[string]copySource
	if !o.InlineWasm {
		out[g.Wasm] = wasmBytes
		if mapWasm {
			copies = map[string]copySource{g.Wasm: {path: wasmPath, size: int64(len(wasmBytes)), early: early}}
		}
	}
	if err := addTypes(p, out); err != nil {
		return nil, err
	}
	if loaders := g.LoadersOfBgJS(); len(loaders) > 0 {
		// Loaders of the package's own make their instance with the
		// imports of <n>_bg.js: it stays as it was, so they keep working
		// (unguarded, as the warning says), beside the guarded entry, which
		// holds its own copy of that glue.
		text, err := g.Text(g.BgJS)
		if err != nil {
			return nil, err
		}
		out[g.BgJS] = []byte(text)
		verb, they, them := "make their", "they are", "they keep"
		if len(loaders) == 1 {
			verb, they, them = "makes its", "it is", "it keeps"
		}
		o.Warn(fmt.Sprintf("%s %s own instance of %s with the imports of %s: %s not guarded; %s is kept as it was so that %s working, and the guarded glue is %s", strings.Join(loaders, ", "), verb, g.Wasm, g.BgJS, they, g.BgJS, them, path.Base(g.Entry)))
	} else if g.Target == glue.TargetBundler && g.BgJS != "" && p.format == FormatESM {
		// The package's own wrappers may import <n>_bg.js: it stays, as the
		// guarded API (the glue it held is bundled into the entry).
		out[g.BgJS] = []byte("// wbg-guard: " + g.BgJS + " is bundled into " + path.Base(g.Entry) + "; this re-exports its guarded API.\nexport * from \"./" + path.Base(g.Entry) + "\";\n")
	}
	if err := addOtherFiles(g, out); err != nil {
		return nil, err
	}
	if err := addPackageJSON(p, pkg, out); err != nil {
		return nil, err
	}
	return &Result{Files: out, Entry: entry, Factory: factoryText, Platform: p.platform, Format: p.format, glue: g, copies: copies, release: release}, nil
}

// applyPatches runs the loader patches for this glue shape over the entry
// and _bg.js texts, in memory. Targets whose loader cannot run unchanged
// inside a synchronous factory must have a patch for their shape.
// A guess of the factory's input that patched the same texts of the same
// target (guessed, or nil) hands over its result: patching is a function of
// those inputs, and matching the patterns over a large glue costs ~0.5 ms.
func applyPatches(p *plan, entry, bg string, guessed *earlyFactory) (map[string]string, error) {
	g := p.glue
	call := patchCall{target: string(g.Target), dir: g.Dir, entryName: g.Entry, entry: entry, bgName: g.BgJS, bg: bg, wasmName: path.Base(g.Wasm)}
	var out map[string]string
	var n int
	var err error
	if guessed != nil && guessed.patch != nil && guessed.patch.call == call {
		out, n = guessed.patch.out, guessed.patch.n
	} else {
		out, n, err = call.run()
	}
	if err != nil {
		return nil, err
	}
	needsPatch := g.Markers.Has(glue.MarkTopLevelAwait) || g.Markers.Has(glue.MarkImportSource) ||
		glue.Targets[g.Target].NeedsInitSync && !g.Markers.Has(glue.MarkInitSync)
	if needsPatch && n == 0 {
		return nil, fmt.Errorf("%s: %s glue of this shape (era %s) cannot be re-instantiated synchronously and no loader patch in patches/ matches it; please report it with the file attached",
			filepath.Join(g.Dir, g.Entry), g.Target, g.Era.Name)
	}
	return out, nil
}

// patchCall is one application of the loader patches that match glue of
// target (entry and _bg.js texts, bg empty when there is none) whose .wasm
// is wasmName: run returns the patched texts by file name and how many
// patches applied. Its fields are all it depends on.
type patchCall struct {
	target, dir, entryName, entry, bgName, bg, wasmName string
}

// patchResult is a patchCall's result, kept for a later identical call.
type patchResult struct {
	call patchCall
	out  map[string]string
	n    int
}

// patchRuns counts patchCall.run calls (tests check a guess's result is
// reused rather than computed again).
var patchRuns atomic.Int64

func (c patchCall) run() (map[string]string, int, error) {
	patchRuns.Add(1)
	ps, err := patches.For(c.target, c.entry, c.bg, c.wasmName)
	if err != nil {
		return nil, 0, err
	}
	out := map[string]string{}
	for _, pt := range ps {
		file, src := c.entryName, c.entry
		if pt.File == "bg" {
			file, src = c.bgName, c.bg
		}
		if cur, ok := out[file]; ok {
			src = cur
		}
		res, err := pt.Apply(src, c.wasmName)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %v", filepath.Join(c.dir, file), err)
		}
		out[file] = res
	}
	return out, len(ps), nil
}

// warnRuntime tells when the chosen platform cannot run the module on
// every Node still in use (exnref, multiple memories, memory64, typed
// function references: @minify-html/wasm 0.18 declares (ref $0)
// parameters, and Node 20 refuses to compile it).
func warnRuntime(p *plan) {
	if p.platform != PlatformNode {
		return
	}
	if need := runtimes.NodeFor(p.mod); need != "" {
		what := strings.Join(runtimes.RecentFeatures(p.mod), " and ")
		p.opts.Warn(fmt.Sprintf("%s uses %s, which Node 20 cannot run; it needs %s", p.glue.Wasm, what, need))
	}
}

// warnThreads tells what an abort does not stop in a threaded build (a
// shared memory: wasm-bindgen's atomics builds, as @wasmer/sdk 0.16 ships):
// the guard poisons and replaces the instance the guarded glue made; the
// instances other threads (Web Workers, worker_threads) made of the module
// on the same memory are the package's own, and keep running on a memory an
// aborted thread may have left half written.
func warnThreads(p *plan) {
	if m, ok := p.mod.Memory(0); ok && m.Limits.Shared {
		p.opts.Warn(fmt.Sprintf("%s has a shared memory (a threaded build): an abort poisons the instance the guarded glue made; the instances other threads made of it on that memory keep running", p.glue.Wasm))
	}
}

// warnDurableObjects names the classes that look like Durable Objects (a
// constructor(state, env) and a fetch method, as workers-rs's
// #[durable_object] makes them) and are not in --reconstruct: workerd
// constructs such an object once and keeps it, so after an abort anywhere
// in the isolate it would be refused (StaleInstanceError) until evicted.
func warnDurableObjects(p *plan) {
	var names []string
	for _, e := range p.glue.Exports {
		c := e.Class
		if c == nil || len(c.ConstructorParams) != 2 || !slices.Contains(c.Methods, "fetch") || slices.Contains(p.opts.Reconstruct, e.Name) {
			continue
		}
		names = append(names, e.Name)
	}
	if len(names) == 0 {
		return
	}
	list := strings.Join(names, ",")
	p.opts.Warn(fmt.Sprintf("class %s looks like a Durable Object (constructor(state, env) and fetch); workerd keeps such an object, so after an abort it would be refused until evicted: pass --reconstruct %s to rebuild it on its next call", strings.Join(names, ", "), list))
}

// warnDynamicCode tells when the glue itself compiles code at run time,
// which Workers refuse: wbg-guard keeps the crate's behaviour as it is.
func warnDynamicCode(p *plan, entry, bg string) {
	for _, f := range []struct{ name, text string }{{p.glue.Entry, entry}, {p.glue.BgJS, bg}} {
		if strings.Contains(f.text, "new Function(") {
			p.opts.Warn(fmt.Sprintf("%s contains `new Function(` (js-sys Function::new_no_args, e.g. js_sys::global()'s fallback); workerd refuses it if it is ever called", f.name))
			return
		}
	}
}

// readGlue is the entry's and, when the target has one, the _bg.js's text,
// for the patches and the checks that look at it: the texts the detection
// read (each file of the input is read once).
func readGlue(g *glue.Glue) (entry, bg string, err error) {
	if entry, err = g.Text(g.Entry); err != nil {
		return "", "", err
	}
	if g.BgJS != "" {
		if bg, err = g.Text(g.BgJS); err != nil {
			return "", "", err
		}
	}
	return entry, bg, nil
}

// addTypes writes the .d.ts: every original declaration, unchanged, plus the
// error classes and the guard API.
func addTypes(p *plan, out tree) error {
	g := p.glue
	if g.WasmDTS != "" {
		b, err := os.ReadFile(filepath.Join(g.Dir, g.WasmDTS))
		if err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(g.Dir, g.WasmDTS), unwrapPathError(err))
		}
		out[g.WasmDTS] = b
	}
	if g.DTS == "" {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(g.Dir, g.DTS))
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(g.Dir, g.DTS), unwrapPathError(err))
	}
	extra, err := templates.FS.ReadFile("package.d.ts")
	if err != nil {
		return err
	}
	out[g.DTS] = append(append(b, '\n'), extra...)
	return nil
}

// addOtherFiles copies every file of the input directory that is not part of
// the glue (README, LICENSE, the package's own wrappers and helper files,
// other loaders), so that a package keeps working as it shipped: wrappers
// import the guarded entry, and CommonJS glue's local requires still find
// their files. node_modules and dot-directories are not package content.
// Snippets are bundled into the entry where the glue imports them (ES
// module glue); CommonJS glue requires them at run time, by a name esbuild
// does not follow (require(String.raw`./snippets/...`)), so they are copied.
func addOtherFiles(g *glue.Glue, out tree) error {
	bundlesSnippets := g.Module != "cjs"
	glue := map[string]bool{g.Entry: true, g.BgJS: true, g.Wasm: true, g.DTS: true, g.WasmDTS: true, "package.json": true, manifestName: true}
	// A source map of a glue file maps the file the build replaced: beside
	// the guarded one it would mislead a debugger or an error tracker
	// (@cf-wasm/photon ships photon_rs.js.map). The build writes its own
	// with --sourcemap.
	glue[g.Entry+".map"] = true
	if g.BgJS != "" {
		glue[g.BgJS+".map"] = true
	}
	return filepath.WalkDir(g.Dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(g.Dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		if d.IsDir() {
			if (rel == "snippets" && bundlesSnippets) || rel == "node_modules" || strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if glue[rel] || !d.Type().IsRegular() {
			return nil
		}
		if _, ok := out[rel]; ok {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		out[rel] = b
		return nil
	})
}

// packageJSON is the input directory's package.json, parsed once: its
// name names the package in the runtime's messages, and the output gets a
// copy of it (addPackageJSON).
type packageJSON struct {
	path string
	doc  *object
}

// readPackageJSON reads dir's package.json; nil when there is none.
func readPackageJSON(dir string) (*packageJSON, error) {
	src := filepath.Join(dir, "package.json")
	b, err := os.ReadFile(src)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, unwrapPathError(err))
	}
	doc, err := parseObject(b)
	if err != nil {
		return nil, fmt.Errorf("%s: not a valid JSON object: %v", src, err)
	}
	return &packageJSON{src, doc}, nil
}

// name is the package's "name", or "" (no package.json, no name).
func (pj *packageJSON) name() string {
	if pj == nil {
		return ""
	}
	var n string
	if raw, ok := pj.doc.get("name"); !ok || json.Unmarshal(raw, &n) != nil {
		return ""
	}
	return strings.TrimSpace(n)
}

// addPackageJSON copies package.json with its key order and fields, its
// file list matching the output (the _bg.js and snippets are bundled into
// the entry) and, for ESM output for Node, "type": "module".
func addPackageJSON(p *plan, pj *packageJSON, out tree) error {
	if pj == nil {
		return nil
	}
	src, doc := pj.path, pj.doc
	if raw, ok := doc.get("files"); ok {
		var files []string
		if err := json.Unmarshal(raw, &files); err == nil {
			var kept []string
			for _, f := range files {
				if _, ok := out[strings.TrimPrefix(f, "./")]; ok {
					kept = append(kept, f)
				}
			}
			for _, name := range sortedNames(out) {
				if name != "package.json" && !slices.Contains(kept, name) && !slices.Contains(kept, "./"+name) && !coveredBy(kept, name) {
					kept = append(kept, name)
				}
			}
			nb, _ := json.Marshal(kept)
			doc.set("files", nb)
		}
	}
	// ESM output for Node next to a package.json without "type" would make
	// Node parse it twice (and warn).
	if _, ok := doc.get("type"); !ok && p.format == FormatESM && p.platform == PlatformNode {
		doc.set("type", json.RawMessage(`"module"`))
	}
	nb, err := doc.marshal()
	if err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	out["package.json"] = nb
	return nil
}

// coveredBy: a "files" entry naming a directory (or a glob's directory)
// already ships name.
func coveredBy(files []string, name string) bool {
	for _, f := range files {
		f = strings.TrimSuffix(strings.TrimPrefix(f, "./"), "/")
		if strings.HasPrefix(name, f+"/") {
			return true
		}
	}
	return false
}

// object is a JSON object that keeps its keys in their order.
type object struct {
	keys []string
	vals map[string]json.RawMessage
}

func parseObject(b []byte) (*object, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("expected an object")
	}
	o := &object{vals: map[string]json.RawMessage{}}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		o.set(kt.(string), raw)
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *object) get(k string) (json.RawMessage, bool) {
	v, ok := o.vals[k]
	return v, ok
}

func (o *object) set(k string, v json.RawMessage) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *object) marshal() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{")
	for i, k := range o.keys {
		if i > 0 {
			b.WriteString(",")
		}
		kb, _ := json.Marshal(k)
		b.WriteString("\n  ")
		b.Write(kb)
		b.WriteString(": ")
		if err := json.Indent(&b, o.vals[k], "  ", "  "); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}

// checkOptions refuses values no build knows, for library callers (the CLI
// checks its flags itself, naming them).
func checkOptions(o Options) error {
	if o.Platform != "" && !slices.Contains(glue.Platforms, o.Platform) {
		return fmt.Errorf("unknown platform %q (known: %v)", o.Platform, glue.Platforms)
	}
	if o.Format != "" && o.Format != FormatESM && o.Format != FormatCJS {
		return fmt.Errorf("unknown format %q (esm or cjs)", o.Format)
	}
	if o.OnAbort != OnAbortReinit && o.OnAbort != OnAbortPoison {
		return fmt.Errorf("unknown abort policy %q (reinit or poison)", o.OnAbort)
	}
	if o.JSErrorsThroughRust != JSErrorsAbort && o.JSErrorsThroughRust != JSErrorsPass {
		return fmt.Errorf("unknown policy for JS errors through Rust %q (abort or pass)", o.JSErrorsThroughRust)
	}
	return nil
}
