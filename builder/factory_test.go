package builder

import (
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
