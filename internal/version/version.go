// Package version reports which wbg-guard this is.
package version

import "runtime/debug"

// Version is set at link time by release builds
// (-ldflags "-X github.com/wbg-guard/wbg-guard/internal/version.Version=v1.2.3").
// Otherwise it comes from the module version recorded by `go install`, or "dev".
var Version = ""

// String returns the version of this binary.
func String() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// Dependency returns the version of a module linked into this binary, or "".
func Dependency(path string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range info.Deps {
		if d.Path == path {
			if d.Replace != nil {
				return d.Replace.Version
			}
			return d.Version
		}
	}
	return ""
}
