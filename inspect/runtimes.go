package inspect

import (
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// Runtime says whether a JS runtime can load the module. Legacy exception
// handling (try/catch) has shipped in every runtime wbg-guard targets for
// years; exnref (try_table/throw_ref), multiple memories and memory64 are
// recent, and Node 20, still the LTS on many build machines, rejects them
// at compile time.
type Runtime struct {
	Name     string `json:"name"`
	Runs     bool   `json:"runs"`               // on the runtime's current releases
	Requires string `json:"requires,omitempty"` // a version constraint, when current releases are not enough
}

// RecentFeatures lists the features of f that need a recent runtime.
func RecentFeatures(f *wasmparse.File) []string {
	var needs []string
	if f.EH&wasmparse.EHExnref != 0 {
		needs = append(needs, "exnref exception handling (try_table)")
	}
	mems := len(f.Memories) + f.ImportedCount(wasmparse.KindMemory)
	if mems > 1 {
		needs = append(needs, "multiple memories")
	}
	is64 := false
	for _, m := range f.Memories {
		is64 = is64 || m.Limits.Is64
	}
	for _, im := range f.Imports {
		is64 = is64 || im.Kind == wasmparse.KindMemory && im.Memory.Limits.Is64
	}
	if is64 {
		needs = append(needs, "memory64")
	}
	return needs
}

// runtimesFor lists the runtimes that can run f. The minimum versions for
// exnref are those the fault matrix measures (testdata/matrix); the claims about Node 20 are checked
// against the Node on the test machine by inspect's tests.
func runtimesFor(f *wasmparse.File) []Runtime {
	names := []string{"node", "deno", "bun", "workerd", "browsers"}
	needs := RecentFeatures(f)
	out := make([]Runtime, len(names))
	for i, n := range names {
		out[i] = Runtime{Name: n, Runs: true}
	}
	if len(needs) == 0 {
		return out
	}
	nodeMin := "Node 22+"
	if f.EH&wasmparse.EHExnref != 0 {
		nodeMin = "Node 22.22.3+ or 24.15+"
	}
	if hasMemory64(needs) {
		nodeMin = "Node 24+"
		if f.EH&wasmparse.EHExnref != 0 {
			nodeMin = "Node 24.15+"
		}
	}
	out[0].Requires = nodeMin + "; not Node 20"
	for i := 1; i < len(out); i++ {
		out[i].Requires = "a recent release"
	}
	return out
}

func hasMemory64(needs []string) bool {
	for _, n := range needs {
		if n == "memory64" {
			return true
		}
	}
	return false
}
