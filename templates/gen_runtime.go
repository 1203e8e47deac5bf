//go:build ignore

// Writes runtime.bundle.js and runtime.bundle.min.js, the runtime bundled
// into one script (as is, and minified for --minify builds); run by
// `go generate ./templates` after gen_guard.go, so that it bundles the
// guard.js and forward.js just written.
package main

import (
	"log"
	"os"

	"github.com/wbg-guard/wbg-guard/internal/runtimebundle"
)

func main() {
	for file, minify := range map[string]bool{"runtime.bundle.js": false, "runtime.bundle.min.js": true} {
		text, err := runtimebundle.Bundle(minify)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
