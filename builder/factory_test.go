package builder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// esmExports turns esbuild's closing export clause into the factory's
// return object, and refuses any bundle a function body cannot hold, so
// that the build falls back to CommonJS for it.
func TestESMExportsClause(t *testing.T) {
	js := "var x = 1;\nfunction initSync() {}\nvar Foo = class {};\nexport {\n  Foo,\n  __wbg_init as default,\n  initSync,\n  x as \"weird-name\"\n};\n"
	body, ret, ok := esmExports(js)
	if !ok {
		t.Fatal("a plain bundle was refused")
	}
	if strings.Contains(body, "export") || !strings.HasSuffix(body, "var Foo = class {};\n") {
		t.Errorf("body keeps the clause or loses code:\n%s", body)
	}
	want := `{ "Foo": Foo, "default": __wbg_init, "initSync": initSync, "weird-name": x }`
	if ret != want {
		t.Errorf("return object\n got %s\nwant %s", ret, want)
	}
	// An export named __proto__ is a property, not the object's prototype.
	if _, ret, ok := esmExports("function p() {}\nexport {\n  p as __proto__\n};\n"); !ok || ret != `{ ["__proto__"]: p }` {
		t.Errorf("__proto__: %q, %v", ret, ok)
	}
	for name, bad := range map[string]string{
		"an import left in the bundle": "import fs from \"node:fs\";\nvar a = fs;\nexport {\n  a\n};\n",
		"an import further down":       "var a = 1;\nimport \"x\";\nexport {\n  a\n};\n",
		"another export statement":     "export default 1;\nvar a = 1;\nexport {\n  a\n};\n",
		"code after the clause":        "var a = 1;\nexport {\n  a\n};\nvar b = 2;\n",
		"no clause":                    "var a = 1;\n",
		"an unreadable name":           "var a = 1;\nexport {\n  a as b c\n};\n",
	} {
		if _, _, ok := esmExports(bad); ok {
			t.Errorf("%s: accepted", name)
		}
	}
}

// An ES module glue that the function-body form cannot hold goes back to
// the CommonJS pass: a top-level await is refused there with esbuild's
// usual error, never left in a factory function (where it would be a
// syntax error at load); an import of a builtin left in the bundle makes
// a CommonJS factory that requires it.
func TestESMFactoryFallsBackToCommonJS(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("tla.js", "const m = await Promise.resolve(1);\nexport function f() { return m; }\n")
	_, err := buildFactory(factoryInput{InDir: dir, Entry: "tla.js", ESM: true})
	if err == nil || !strings.Contains(err.Error(), "await") {
		t.Errorf("top-level await: %v, want esbuild's error about it", err)
	}
	write("builtin.js", "import { readFileSync } from 'node:fs';\nexport function f(p) { return readFileSync(p); }\n")
	js, err := buildFactory(factoryInput{InDir: dir, Entry: "builtin.js", ESM: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js, "require(\"node:fs\")") || !strings.Contains(js, "return module.exports;") || strings.Contains(js, "\nimport ") {
		t.Errorf("a bundle importing a builtin should be a CommonJS factory:\n%s", js)
	}
	write("plain.js", "export function f() { return 1; }\n")
	js, err = buildFactory(factoryInput{InDir: dir, Entry: "plain.js", ESM: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js, `return { "f": f };`) {
		t.Errorf("a plain ES module glue should return its exports as an object:\n%s", js)
	}
}
