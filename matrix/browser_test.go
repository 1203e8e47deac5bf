package matrix

import (
	"path/filepath"
	"testing"
	"time"
)

// chromium runs the matrix in headless Chromium (testdata/matrix/browser.mjs):
// web targets through initSync({ module }), photon's bundler target built
// with --platform browser, pages served from 127.0.0.1.
func chromium(t *testing.T, rt runtimes, out string) ([]row, []string) {
	real := []pkgRef{
		{Pkg: "brotli", Target: "web", Dir: "brotli-web", Entry: "brotli_wasm.js", Wasm: "brotli_wasm_bg.wasm", Init: "init", Cell: "brotli"},
		{Pkg: "oxc", Target: "web", Dir: "oxc-web", Entry: "oxc_parser_wasm.js", Wasm: "oxc_parser_wasm_bg.wasm", Init: "initSync", Cell: "oxc"},
		{Pkg: "photon", Target: "bundler (--platform browser)", Dir: "photon-bundler-browser", Entry: "photon_rs.js", Init: "import", Cell: "photon"},
	}
	real = append(real, fixtureCells(pkgRef{Pkg: "fixture 0.2.130", Target: "web", Dir: "fx130-web", Entry: "fixture.js", Wasm: "fixture_bg.wasm", Init: "initSync"})...)
	real = append(real, unwindCells(pkgRef{Pkg: "fixture 0.2.130 unwind", Target: "web", Dir: "fx130-unwind-web", Entry: "fixture.js", Wasm: "fixture_bg.wasm", Init: "initSync"})...)
	synth := map[string]pkgRef{
		"faults":  {Dir: "faults-web", Entry: "faults.js", Wasm: "faults_bg.wasm", Init: "initSync"},
		"unwind":  {Dir: "unwind-web", Entry: "unwind.js", Wasm: "unwind_bg.wasm", Init: "initSync"},
		"fixture": {Dir: "fixture-web", Entry: "web_unwind.js", Wasm: "web_unwind_bg.wasm", Init: "initSync"},
	}
	writeJSON(t, filepath.Join(out, "plan-chromium.json"), map[string]any{"runtime": "chromium", "synthetic": synth, "real": real})
	lines, log := run(t, 5*time.Minute, rt.dir, []string{"CHROMIUM=" + rt.chromium}, rt.node, "browser.mjs", out)
	return parseRows(t, "chromium", lines, log)
}
