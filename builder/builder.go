// Package builder runs `wbg-guard build`: analyse the input directory, generate
// the guarded package, bundle it with esbuild and write it atomically.
package builder

import (
	"errors"
	"time"
)

// Options are the settings of one build; zero values mean the defaults.
type Options struct {
	InDir, OutDir       string
	Platform, Format    string
	Minify, Sourcemap   bool
	InlineWasm          bool
	OnAbort             string // "reinit" or "poison"
	ReinitMax           int    // 0: no limit
	ReinitWindow        time.Duration
	JSErrorsThroughRust string // "abort" or "pass"
	Warn                func(string)
}

// Run performs one build.
func Run(o Options) error {
	return errNotYet
}

var errNotYet = errors.New("build: code generation is not implemented yet")
