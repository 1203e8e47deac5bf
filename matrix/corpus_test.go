package matrix

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type corpusSide struct {
	File string `json:"file"`
	Init string `json:"init"`
	Wasm string `json:"wasm,omitempty"`
}

type corpusCase struct {
	Pkg      string     `json:"pkg"`
	Target   string     `json:"target"`
	Workload string     `json:"workload"`
	Original corpusSide `json:"original"`
	Guarded  corpusSide `json:"guarded"`
}

// corpus runs testdata/matrix/corpus.mjs: every target directory of every
// real package, original against guarded, in Node 20 (bundler targets with
// --platform node; web targets through initSync) and, for the deno target,
// in Deno.
func corpus(t *testing.T, rt runtimes, out, npm string) []row {
	type tgt struct{ pkg, target, workload, src, built, entry, wasm, init string }
	tgts := []tgt{
		{"brotli", "nodejs", "brotli", "brotli-wasm/pkg.node", "brotli-nodejs", "brotli_wasm.js", "", "require"},
		{"brotli", "web", "brotli", "brotli-wasm/pkg.web", "brotli-web", "brotli_wasm.js", "brotli_wasm_bg.wasm", "init"},
		{"brotli", "bundler", "brotli", "brotli-wasm/pkg.bundler", "brotli-bundler", "brotli_wasm.js", "", "import"},
		{"photon", "bundler", "photon", "@silvia-odwyer/photon", "photon-bundler", "photon_rs.js", "", "import"},
		{"automerge", "nodejs", "automerge", "@automerge/automerge-wasm/nodejs", "automerge-nodejs", "automerge_wasm.cjs", "", "require"},
		{"automerge", "bundler", "automerge", "@automerge/automerge-wasm/bundler", "automerge-bundler", "automerge_wasm.js", "", "import"},
		{"automerge", "web", "automerge", "@automerge/automerge-wasm/web", "automerge-web", "automerge_wasm.js", "automerge_wasm_bg.wasm", "initSyncBytes"},
		{"oxc", "nodejs", "oxc", "@oxc-parser/wasm/node", "oxc-nodejs", "oxc_parser_wasm.js", "", "require"},
		{"oxc", "web", "oxc", "@oxc-parser/wasm/web", "oxc-web", "oxc_parser_wasm.js", "oxc_parser_wasm_bg.wasm", "initSync"},
		{"biome", "nodejs", "biome", "@biomejs/wasm-nodejs", "biome-nodejs", "biome_wasm.js", "", "require"},
		{"biome", "web", "biome", "@biomejs/wasm-web", "biome-web", "biome_wasm.js", "biome_wasm_bg.wasm", "initSync"},
	}
	denoTgts := []tgt{
		{"automerge", "deno", "automerge", "@automerge/automerge-wasm/deno", "automerge-deno", "automerge_wasm.js", "", "import"},
	}
	cases := func(ts []tgt) []corpusCase {
		var cs []corpusCase
		for _, x := range ts {
			c := corpusCase{Pkg: x.pkg, Target: x.target, Workload: x.workload,
				Original: corpusSide{File: filepath.Join(npm, x.src, x.entry), Init: x.init},
				Guarded:  corpusSide{File: filepath.Join(out, x.built, x.entry), Init: x.init}}
			if x.wasm != "" {
				c.Original.Wasm = filepath.Join(npm, x.src, x.wasm)
				c.Guarded.Wasm = filepath.Join(out, x.built, x.wasm)
			}
			cs = append(cs, c)
		}
		return cs
	}
	var rows []row
	collect := func(runtime string, lines []string, log string, want int) {
		n := 0
		for _, l := range lines {
			if !strings.HasPrefix(l, "CORPUS ") {
				continue
			}
			var r struct {
				Pkg, Target, Status, Detail string
				Ms                          int
			}
			if err := json.Unmarshal([]byte(l[7:]), &r); err != nil {
				t.Errorf("bad CORPUS line %q: %v", l, err)
				continue
			}
			n++
			rows = append(rows, row{Runtime: runtime, Pkg: r.Pkg, Target: r.Target, Fault: "(none: corpus workload, original vs guarded)", Entry: "workload", Status: r.Status, Detail: r.Detail})
		}
		if n != want {
			t.Errorf("%s corpus: %d results, want %d\n%s", runtime, n, want, tail(log, 3000))
		}
	}
	lines, log := run(t, 5*time.Minute, rt.dir, nil, rt.node, "--experimental-wasm-modules", "--no-warnings", "corpus.mjs",
		writeJSON(t, filepath.Join(out, "corpus-node.json"), cases(tgts)))
	collect("node20", lines, log, len(tgts))
	lines, log = run(t, 5*time.Minute, rt.dir, []string{"DENO_NO_UPDATE_CHECK=1"}, rt.deno, "run", "-A", "corpus.mjs",
		writeJSON(t, filepath.Join(out, "corpus-deno.json"), cases(denoTgts)))
	collect("deno", lines, log, len(denoTgts))
	return rows
}
