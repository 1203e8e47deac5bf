// Command wbg-guard makes Rust code compiled to WebAssembly with wasm-bindgen
// survive its own failures. See README.md.
package main

import (
	"os"
	"runtime/debug"

	"github.com/wbg-guard/wbg-guard/cmd"
)

func main() {
	// A build is a short-lived process that allocates a few tens of MB and
	// exits: collecting garbage four times less often saves about a quarter
	// of a small build's time (measured in bench/) for a larger peak heap.
	// An explicit GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(cmd.Execute(os.Args[1:], os.Stdout, os.Stderr))
}
