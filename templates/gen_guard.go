//go:build ignore

// Writes guard.js from templates.GuardSource; run by `go generate ./templates`.
package main

import (
	"log"
	"os"

	"github.com/wbg-guard/wbg-guard/templates"
)

func main() {
	if err := os.WriteFile("guard.js", []byte(templates.GuardSource()), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("forward.js", []byte(templates.ForwardSource()), 0o644); err != nil {
		log.Fatal(err)
	}
}
