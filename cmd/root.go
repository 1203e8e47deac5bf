// Package cmd holds the cobra commands of wbg-guard. Commands only parse flags
// and call into the packages that do the work.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wbg-guard/wbg-guard/internal/version"
)

// Exit codes, as documented in the README.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError marks errors in how the command was called (exit code 2), as
// opposed to failures of the work itself (exit code 1).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "wbg-guard",
		Short: "Make wasm-bindgen output survive Rust panics and Wasm aborts",
		Long: `wbg-guard post-processes a wasm-bindgen output directory so that every way
into Rust is guarded: panics become proper JS errors (PanicError), aborts
(traps, out-of-memory, stack overflow) poison the Wasm instance so no Rust code
of it runs again (AbortError), and the next call transparently gets a fresh
instance. Run it right after wasm-bindgen:

  wasm-bindgen target/wasm32-unknown-unknown/release/app.wasm --out-dir pkg --target web
  wbg-guard build pkg --out-dir dist

Exit codes: 0 success, 1 failure, 2 usage error.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version.String(),
	}
	root.SetVersionTemplate("wbg-guard {{.Version}}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newInspectCommand(), newBuildCommand(), newVersionCommand())
	return root
}

// Execute runs the CLI with args and returns the process exit code. Errors are
// printed as one line on stderr.
func Execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCommand(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "wbg-guard: %s\n", oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		return exitUsage
	}
	return exitFailure
}

// isCobraUsageError recognises the errors cobra itself returns for unknown
// commands, which do not go through SetFlagErrorFunc.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown shorthand flag") ||
		strings.HasPrefix(msg, "unknown flag")
}

// oneLine keeps error output to one line, whatever a wrapped error contains.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// exactArgs is cobra.ExactArgs returning a usage error with a clearer message.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s expects %s, got %d argument(s) (see '%s --help')", c.CommandPath(), what, len(args), c.CommandPath())}
		}
		return nil
	}
}
