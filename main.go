// Command wbg-guard makes Rust code compiled to WebAssembly with wasm-bindgen
// survive its own failures. See README.md.
package main

import (
	"os"

	"github.com/wbg-guard/wbg-guard/cmd"
)

func main() {
	os.Exit(cmd.Execute(os.Args[1:], os.Stdout, os.Stderr))
}
