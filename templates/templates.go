// Package templates embeds the JavaScript runtime that every guarded output
// bundles: the generation manager, the guards, the WebAssembly and
// FinalizationRegistry views, the error classes and the facade. The files are
// real ES modules with their own tests (node --test templates/test/), run by
// this package's Go test so that `go test ./...` covers them.
package templates

import (
	"embed"
	_ "embed"
)

//go:generate go run gen_guard.go
//go:generate go run gen_runtime.go

// FS holds the runtime's modules (index.js imports the others),
// index.d.ts (the types of the runtime's API) and package.d.ts (what a
// guarded package's .d.ts gains: the error classes and wbgGuard).
//
//go:embed errors.js classify.js guard.js forward.js views.js generation.js facade.js host.js index.js index.d.ts package.d.ts
var FS embed.FS

// RuntimeBundle is index.js and everything it imports, bundled into one
// script that declares `var __wbgg_runtime` (see internal/runtimebundle):
// builds paste it into their output rather than bundle the modules again.
//
//go:embed runtime.bundle.js
var RuntimeBundle string

// RuntimeBundleMin is RuntimeBundle minified, for --minify builds.
//
//go:embed runtime.bundle.min.js
var RuntimeBundleMin string
