package inspect

import "github.com/wbg-guard/wbg-guard/wasmparse"

// Runtime says whether a JS runtime can load a module's exception-handling
// instructions. Legacy EH (try/catch) has shipped in every runtime wbg-guard
// targets for years; exnref (try_table/throw_ref) is recent, and Node 20, the
// LTS on many build machines, rejects it at compile time.
type Runtime struct {
	Name     string `json:"name"`
	Runs     bool   `json:"runs"`
	Requires string `json:"requires,omitempty"`
}

// runtimesFor lists the runtimes for a module's EH dialect. The minimum
// versions for exnref are those of DESIGN.md §5; "node 20" is checked against
// the Node on the test machine by inspect's tests.
func runtimesFor(eh wasmparse.EHDialect) []Runtime {
	if eh&wasmparse.EHExnref == 0 {
		return []Runtime{
			{Name: "node", Runs: true},
			{Name: "deno", Runs: true},
			{Name: "bun", Runs: true},
			{Name: "workerd", Runs: true},
			{Name: "browsers", Runs: true},
		}
	}
	const note = "exnref exception handling (try_table)"
	return []Runtime{
		{Name: "node", Runs: true, Requires: "Node 22.22.3+ or 24.15+ for " + note + "; Node 20 cannot run it"},
		{Name: "deno", Runs: true, Requires: "a recent Deno with " + note},
		{Name: "bun", Runs: true, Requires: "a recent Bun with " + note},
		{Name: "workerd", Runs: true, Requires: "a recent workerd with " + note},
		{Name: "browsers", Runs: true, Requires: "a browser with " + note},
	}
}
