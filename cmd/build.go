package cmd

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/wbg-guard/wbg-guard/builder"
)

func newBuildCommand() *cobra.Command {
	var (
		opts        builder.Options
		reinitLimit string
		quiet       bool
		asJSON      bool
	)
	c := &cobra.Command{
		Use:   "build DIR --out-dir OUT",
		Short: "Guard a wasm-bindgen output directory and bundle it with esbuild",
		Long: `build reads a wasm-bindgen output directory (any target: bundler, web,
no-modules, nodejs, experimental-nodejs-module, deno, module), wraps every way
into Rust in a guard, and writes a drop-in replacement to --out-dir: the same
file names and the same public API, plus the error classes PanicError,
AbortError and StaleInstanceError and the guard's hooks.

A Rust panic that unwinds cleanly reaches the caller as a PanicError and the
instance keeps its state. Anything else escaping Rust (a trap, out-of-memory,
stack overflow, a JS exception thrown through Rust frames) is an abort: the
instance is poisoned at once, the caller gets an AbortError, and with the
default policy the next call runs on a fresh instance.

A package may ship other files beside the glue (wrappers, bundled copies,
README, LICENSE): the glue is found by evidence (the loader of the module in
the directory) and named on stderr when there was a choice; --entry names it
when the evidence is ambiguous. Every other file is copied unchanged, so the
package's own wrappers use the guarded glue.

The input is never modified. The output is written to a temporary directory
and renamed into place, so a failed build leaves nothing half-written. The
output directory is replaced as a whole, so it must be new, empty, or the
output of an earlier build (listed in its .wbg-guard-output file) holding
nothing else; any other directory, and the current one, is refused.`,
		Example: `  wbg-guard build pkg --out-dir dist
  wbg-guard build pkg --out-dir dist --platform workerd --minify
  wbg-guard build pkg --out-dir dist --on-abort poison`,
		Args: exactArgs(1, "one input directory"),
		PreRunE: func(c *cobra.Command, args []string) error {
			if opts.OutDir == "" {
				return usageError{fmt.Errorf("build needs --out-dir (see '%s --help')", c.CommandPath())}
			}
			if err := oneOf("--platform", opts.Platform, append([]builder.Platform{""}, builder.Platforms...)...); err != nil {
				return err
			}
			if err := oneOf("--format", opts.Format, "", builder.FormatESM, builder.FormatCJS); err != nil {
				return err
			}
			if err := oneOf("--on-abort", opts.OnAbort, builder.OnAbortReinit, builder.OnAbortPoison); err != nil {
				return err
			}
			if err := oneOf("--js-errors-through-rust", opts.JSErrorsThroughRust, builder.JSErrorsAbort, builder.JSErrorsPass); err != nil {
				return err
			}
			max, window, err := parseReinitLimit(reinitLimit)
			if err != nil {
				return usageError{fmt.Errorf("--reinit-limit %q: %v", reinitLimit, err)}
			}
			opts.ReinitMax, opts.ReinitWindow = max, window
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.InDir = args[0]
			opts.Warn = func(msg string) { fmt.Fprintf(c.ErrOrStderr(), "wbg-guard: warning: %s\n", msg) }
			opts.Note = func(msg string) {
				if !quiet {
					fmt.Fprintf(c.ErrOrStderr(), "wbg-guard: %s\n", msg)
				}
			}
			r, err := builder.RunReport(opts)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(c.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			if !quiet {
				fmt.Fprintf(c.ErrOrStderr(), "wbg-guard: built %s from %s (%s target, %s glue, for %s): %s and %s guarded; %s, %s in %d ms\n",
					r.OutDir, r.Input, r.Target, r.Era, r.Platform, count(r.Functions, "function", "functions"), count(r.Classes, "class", "classes"),
					count(len(r.Files), "file", "files"), humanBytes(r.Bytes), r.Millis)
			}
			return nil
		},
	}
	f := c.Flags()
	f.BoolVarP(&quiet, "quiet", "q", false, "print nothing on success (warnings and errors still go to stderr)")
	f.BoolVar(&asJSON, "json", false, "print a JSON report of the build on stdout (schema in README.md)")
	f.StringVarP(&opts.OutDir, "out-dir", "o", "", "directory to write the guarded package to (required; must be new, empty or an earlier wbg-guard output)")
	f.StringVar(&opts.Entry, "entry", "", "the glue's entry file in DIR (or its crate's name), when the directory holds several loaders or crates and wbg-guard cannot tell which is the glue")
	f.StringVar((*string)(&opts.Platform), "platform", "", "node, browser, workerd, deno or neutral (default: from the wasm-bindgen target)")
	f.StringVar((*string)(&opts.Format), "format", "", "esm or cjs (default: the format of the input glue)")
	f.BoolVar(&opts.Minify, "minify", false, "minify the bundled JS")
	f.BoolVar(&opts.Sourcemap, "sourcemap", false, "write a .js.map next to each bundled file")
	f.BoolVar(&opts.InlineWasm, "inline-wasm", false, "embed the .wasm in the JS as base64 instead of a separate file")
	f.StringVar((*string)(&opts.OnAbort), "on-abort", "reinit", "after an abort: reinit (fresh instance on the next call) or poison (every later call throws)")
	f.StringVar(&reinitLimit, "reinit-limit", fmt.Sprintf("%d/%s", builder.DefaultReinitMax, shortDuration(builder.DefaultReinitWindow)), "at most N reinits per time window (N/DURATION), then stay poisoned; 0 for no limit")
	f.StringVar((*string)(&opts.JSErrorsThroughRust), "js-errors-through-rust", "abort", "a JS exception that crossed Rust frames: abort (poison the instance) or pass (rethrow, keep the instance)")
	f.StringSliceVar(&opts.Reconstruct, "reconstruct", nil, "classes (comma-separated) whose instances the host constructs and keeps, such as Durable Objects: after an abort a stale instance is rebuilt in the fresh Wasm instance by running its constructor again with its first arguments (its Rust state is lost), instead of being refused")
	return c
}

// shortDuration prints 60s as "60s", not time.Duration's "1m0s".
func shortDuration(d time.Duration) string {
	return strconv.FormatInt(int64(d/time.Second), 10) + "s"
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func humanBytes(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 10<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func oneOf[T ~string](flag string, value T, allowed ...T) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	var shown []string
	for _, a := range allowed {
		if a != "" {
			shown = append(shown, string(a))
		}
	}
	return usageError{fmt.Errorf("%s %q: expected one of %s", flag, value, strings.Join(shown, ", "))}
}

// parseReinitLimit reads "N/DURATION" (e.g. "10/60s"), or "0" for no limit.
func parseReinitLimit(s string) (int, time.Duration, error) {
	if s == "0" {
		return builder.NoReinitLimit, 0, nil
	}
	n, d, ok := strings.Cut(s, "/")
	if !ok {
		return 0, 0, fmt.Errorf("expected N/DURATION such as 10/60s, or 0 for no limit")
	}
	max, err := strconv.Atoi(n)
	if err != nil || max < 1 {
		return 0, 0, fmt.Errorf("expected a positive count before the slash")
	}
	window, err := time.ParseDuration(d)
	if err != nil || window <= 0 {
		return 0, 0, fmt.Errorf("expected a positive duration after the slash, such as 60s or 5m")
	}
	return max, window, nil
}
