package cmd

import (
	"github.com/spf13/cobra"

	"github.com/wbg-guard/wbg-guard/inspect"
)

func newInspectCommand() *cobra.Command {
	var (
		asJSON   bool
		entry    string
		scanCode bool
	)
	c := &cobra.Command{
		Use:   "inspect DIR|FILE.wasm",
		Short: "Describe a wasm-bindgen output directory or a .wasm module",
		Long: `inspect describes what is inside a wasm-bindgen output directory (or a single
.wasm): the wasm-bindgen target and glue era, the wasm-bindgen and rustc
versions when the module records them, the public JS exports, the Wasm exports,
imports and exception tags with their signatures, the exception-handling
dialect (none, legacy try/catch, exnref try_table), whether the glue already
carries upstream's guard or wbg-guard's own, which runtimes can run it, and any
disagreement between the glue and the .wasm.

A module without exception tags has its function bodies left undecoded (EH
instructions as compilers emit them always come with a tag), so inspect costs
about what reading the file does; --scan-code decodes every body anyway.

--json prints the same as a stable JSON document (schema in README.md).`,
		Example: `  wbg-guard inspect pkg
  wbg-guard inspect pkg/app_bg.wasm --json`,
		Args: exactArgs(1, "one path (a directory or a .wasm file)"),
		RunE: func(c *cobra.Command, args []string) error {
			report, err := inspect.PathWith(args[0], inspect.Options{Entry: entry, ScanCode: scanCode})
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteJSON(c.OutOrStdout())
			}
			return report.WriteText(c.OutOrStdout())
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print a JSON document instead of tables")
	c.Flags().StringVar(&entry, "entry", "", "the glue's entry file in DIR (or its crate's name), when wbg-guard cannot tell which file is the glue")
	c.Flags().BoolVar(&scanCode, "scan-code", false, "decode every function body, even in a module without exception tags")
	return c
}
