package runtimebundle

import (
	"strings"
	"testing"

	"github.com/wbg-guard/wbg-guard/templates"
)

// The embedded bundle is what Bundle makes of the modules now: a change to
// templates/*.js without `go generate ./templates` fails here.
func TestBundleIsUpToDate(t *testing.T) {
	for _, c := range []struct {
		file     string
		minify   bool
		embedded string
	}{
		{"runtime.bundle.js", false, templates.RuntimeBundle},
		{"runtime.bundle.min.js", true, templates.RuntimeBundleMin},
	} {
		got, err := Bundle(c.minify)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.embedded {
			t.Errorf("templates/%s is stale: run `go generate ./templates`", c.file)
		}
	}
}

// The bundle declares its one global and nothing else at the top level, so
// pasting it into any output (ESM, CommonJS, a classic script's wrapper)
// adds one name.
func TestBundleDeclaresOneName(t *testing.T) {
	b := templates.RuntimeBundle
	if !strings.HasPrefix(b, "var "+GlobalName+" = (() => {\n") || !strings.HasSuffix(b, "})();\n") {
		t.Fatalf("runtime bundle is not `var %s = (() => { ... })();`:\n%.200s", GlobalName, b)
	}
	if min := templates.RuntimeBundleMin; !strings.HasPrefix(min, "var "+GlobalName+"=(()=>{") || !strings.HasSuffix(min, "})();\n") {
		t.Fatalf("minified runtime does not start with var %s=: %.100s", GlobalName, min)
	}
}
