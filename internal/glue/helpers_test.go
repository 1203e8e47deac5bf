package glue

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/wbg-guard/wbg-guard/internal/testassets"
	"github.com/wbg-guard/wbg-guard/wasmparse"
)

// fixture is the synthetic glue case testdata/glue/<name>, compiled into a
// temporary directory.
func fixture(t *testing.T, name string) string {
	t.Helper()
	return testassets.GlueCase(t, name)
}

func detect(t *testing.T, dir string) *Glue {
	t.Helper()
	g, err := Detect(dir)
	if err != nil {
		t.Fatalf("Detect(%s): %v", dir, err)
	}
	return g
}

func openWasm(t *testing.T, g *Glue) *wasmparse.File {
	t.Helper()
	f, err := wasmparse.Open(filepath.Join(g.Dir, g.Wasm))
	if err != nil {
		t.Fatalf("parse %s: %v", g.Wasm, err)
	}
	return f
}

func export(t *testing.T, g *Glue, name string) Export {
	t.Helper()
	for _, e := range g.Exports {
		if e.Name == name {
			return e
		}
	}
	var names []string
	for _, e := range g.Exports {
		names = append(names, e.Name)
	}
	t.Fatalf("%s: no export %q among %v", g.Dir, name, names)
	return Export{}
}

func class(t *testing.T, g *Glue, name string) *Class {
	t.Helper()
	e := export(t, g, name)
	if e.Kind != "class" || e.Class == nil {
		t.Fatalf("%s: export %s is a %s, want a class", g.Dir, name, e.Kind)
	}
	return e.Class
}

func noExport(t *testing.T, g *Glue, name string) {
	t.Helper()
	for _, e := range g.Exports {
		if e.Name == name {
			t.Errorf("%s: %s should not be part of the public API", g.Dir, name)
		}
	}
}

func wantSame(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

// wantContains checks that every one of want appears in got.
func wantContains(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s = %q, missing %q", what, got, w)
		}
	}
}
