package cmd

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/wbg-guard/wbg-guard/internal/version"
)

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of wbg-guard and of the esbuild it bundles with",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			esbuild := version.Dependency("github.com/evanw/esbuild")
			if esbuild == "" {
				esbuild = "unknown"
			}
			fmt.Fprintf(c.OutOrStdout(), "wbg-guard %s (esbuild %s, %s %s/%s)\n",
				version.String(), esbuild, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
