package inspect

import (
	"github.com/wbg-guard/wbg-guard/internal/runtimes"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// Runtime says whether a JS runtime can load the module. Legacy exception
// handling (try/catch) has shipped in every runtime wbg-guard targets for
// years; exnref (try_table/throw_ref), multiple memories, memory64 and
// typed function references ((ref $t) types) are recent, and Node 20,
// still the LTS on many build machines, rejects them at compile time.
type Runtime struct {
	Name     string `json:"name"`
	Runs     bool   `json:"runs"`               // on the runtime's current releases
	Requires string `json:"requires,omitempty"` // a version constraint, when current releases are not enough
}

// RecentFeatures lists the features of f that need a recent runtime.
func RecentFeatures(f *wasmparse.File) []string { return runtimes.RecentFeatures(f) }

// runtimesFor lists the runtimes that can run f (facts from
// internal/runtimes).
func runtimesFor(f *wasmparse.File) []Runtime {
	names := []string{"node", "deno", "bun", "workerd", "browsers"}
	out := make([]Runtime, len(names))
	for i, n := range names {
		out[i] = Runtime{Name: n, Runs: true}
	}
	nodeMin := runtimes.NodeFor(f)
	if nodeMin == "" {
		return out
	}
	out[0].Requires = nodeMin + "; not Node 20"
	for i := 1; i < len(out); i++ {
		out[i].Requires = "a recent release"
	}
	return out
}
