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

// withHeapReset writes host.resetHeap right after a glue's heap array as
// esbuild prints it (the array, the values pushed after its reserved
// slots, the next free index), and nothing where the shape is not exactly
// that: the runtime then evaluates the glue per generation.
func TestWithHeapReset(t *testing.T) {
	body := "var cachedTextDecoder = null;\nvar heap = new Array(128).fill(void 0);\nheap.push(void 0, null, true, false);\nfunction getObject(idx) {\n  return heap[idx];\n}\nvar heap_next = heap.length;\nfunction addHeapObject(obj) {\n  if (heap_next === heap.length) heap.push(heap.length + 1);\n}\n"
	got := withHeapReset(body)
	want := "var heap_next = heap.length;\n__wbgg_host.resetHeap = function () { heap.length = 128; heap.fill(void 0); heap.push(void 0, null, true, false); heap_next = heap.length; };\nfunction addHeapObject"
	if !strings.Contains(got, want) {
		t.Fatalf("reset not written after the declarations:\n%s", got)
	}
	if strings.Replace(got, "\n__wbgg_host.resetHeap = function () { heap.length = 128; heap.fill(void 0); heap.push(void 0, null, true, false); heap_next = heap.length; };", "", 1) != body {
		t.Errorf("the body was changed beyond the one statement:\n%s", got)
	}
	// Renamed by the bundler (a collision), and declared with let/const as an
	// ES module bundle keeps them.
	renamed := "const heap2 = new Array(32).fill(void 0);\nheap2.push(void 0, null, true, false);\nlet heap_next2 = heap2.length;\n"
	if got := withHeapReset(renamed); !strings.Contains(got, "heap2.length = 32; heap2.fill(void 0); heap2.push(void 0, null, true, false); heap_next2 = heap2.length;") {
		t.Errorf("renamed heap:\n%s", got)
	}
	for name, bad := range map[string]string{
		"no heap":                   "var wasm;\n",
		"minified":                  "var a=new Array(128).fill(void 0);a.push(void 0,null,true,false);var b=a.length;\n",
		"two heaps":                 body + body,
		"no next-index declaration": "var heap = new Array(128).fill(void 0);\nheap.push(void 0, null, true, false);\n",
		"no push":                   "var heap = new Array(128).fill(void 0);\nvar heap_next = heap.length;\n",
	} {
		if got := withHeapReset(bad); got != bad {
			t.Errorf("%s: changed:\n%s", name, got)
		}
	}
}

// withViewReset writes host.resetViews where every use the glue makes of
// the memory is one it knows (the shapes below are esbuild's printing of
// real glue of each era), and nothing otherwise: the runtime then detaches
// the old memory's buffer instead.
func TestWithViewReset(t *testing.T) {
	modern := "var wasm;\nvar cachedUint8ArrayMemory0 = null;\nfunction getUint8ArrayMemory0() {\n  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {\n    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);\n  }\n  return cachedUint8ArrayMemory0;\n}\n" +
		"var cachedDataViewMemory0 = null;\nfunction getDataViewMemory0() {\n  if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm.memory.buffer) {\n    cachedDataViewMemory0 = new DataView(wasm.memory.buffer);\n  }\n  return cachedDataViewMemory0;\n}\n" +
		"module.exports.__wbindgen_memory = function() {\n  const ret = wasm.memory;\n  return addHeapObject(ret);\n};\n"
	got := withViewReset(modern)
	reset := "\n__wbgg_host.resetViews = function () { cachedUint8ArrayMemory0 = null; cachedDataViewMemory0 = null; };"
	if want := "var cachedDataViewMemory0 = null;" + reset + "\nfunction getDataViewMemory0"; !strings.Contains(got, want) {
		t.Fatalf("reset not written after the last cache's declaration:\n%s", got)
	}
	if strings.Replace(got, reset, "", 1) != modern {
		t.Errorf("the body was changed beyond the one statement:\n%s", got)
	}
	// Older glue compares each cache's buffer; the bundler target's glue
	// reads the memory from our shim's binding (and, importing the shim as
	// a namespace, through esbuild's getter); the web target's hook for an
	// imported memory does nothing with it.
	older := "let cachegetInt32Memory0 = null;\nfunction getInt32Memory0() {\n  if (cachegetInt32Memory0 === null || cachegetInt32Memory0.buffer !== memory.buffer) {\n    cachegetInt32Memory0 = new Int32Array(memory.buffer);\n  }\n  return cachegetInt32Memory0;\n}\n" +
		"var wasm_exports = {};\n__export(wasm_exports, {\n  memory: () => memory\n});\nvar memory = __wbgg_e.memory;\nfunction rebind() {\n  memory = __wbgg_e.memory;\n}\nfunction __wbg_init_memory(imports, memory) {\n}\n"
	if got := withViewReset(older); !strings.Contains(got, "let cachegetInt32Memory0 = null;\n__wbgg_host.resetViews = function () { cachegetInt32Memory0 = null; };\n") {
		t.Errorf("older glue, bundler shim:\n%s", got)
	}
	for name, bad := range map[string]string{
		"no cache":                        "var wasm;\nfunction f() {\n  return wasm.memory.grow(0);\n}\n",
		"a view kept elsewhere":           modern + "function view(ptr, len) {\n  return new Uint8Array(wasm.memory.buffer, ptr, len);\n}\n",
		"the memory under another name":   modern + "var mem = wasm.memory;\n",
		"in a string":                     modern + "throw new Error(\"out of memory\");\n",
		"an imported memory":              modern + "function __wbg_init_memory(imports, memory) {\n  imports.wbg.memory = memory || new WebAssembly.Memory({ initial: 17 });\n}\n",
		"minified":                        "var a=null;function b(){return(a===null||a.byteLength===0)&&(a=new Uint8Array(c.memory.buffer)),a}\n",
		"a cache not declared null":       strings.Replace(modern, "var cachedUint8ArrayMemory0 = null;", "var cachedUint8ArrayMemory0;", 1),
		"a cache declared twice":          modern + "var cachedUint8ArrayMemory0 = null;\n",
		"a check naming it otherwise":     modern + "if (x === null || x.buffer !== wasm.memory.buffer || wasm.memory.buffer.byteLength === 0) {\n}\n",
		"a comparison the other way":      modern + "if (wasm.memory.buffer !== x.buffer) {\n}\n",
		"a view of another kind":          modern + "cachedUint8ArrayMemory0 = new Foo(wasm.memory.buffer);\n",
		"the memory handed out otherwise": modern + "const ret = wasm.memory.buffer;\n",
	} {
		if got := withViewReset(bad); got != bad {
			t.Errorf("%s: changed:\n%s", name, got)
		}
	}
}

// On every real glue of the corpus the build knows each use of the memory,
// and the factory drops each cached view (the names read from the glue).
func TestViewResetOnRealGlue(t *testing.T) {
	want := map[string][]string{
		"example-counter":   {"cachedUint8ArrayMemory0"},
		"brotli-bundler":    {"cachegetUint8Memory0", "cachegetInt32Memory0"},
		"brotli-nodejs":     {"cachegetUint8Memory0", "cachegetInt32Memory0"},
		"brotli-web":        {"cachegetUint8Memory0", "cachegetInt32Memory0"},
		"photon-bundler":    {"cachegetUint8Memory0", "cachegetInt32Memory0", "cachegetUint8ClampedMemory0"},
		"automerge-bundler": {"cachedUint8Memory0", "cachedInt32Memory0", "cachedFloat64Memory0"},
		"automerge-deno":    {"cachedUint8Memory0", "cachedInt32Memory0", "cachedFloat64Memory0"},
		"automerge-nodejs":  {"cachedUint8Memory0", "cachedInt32Memory0", "cachedFloat64Memory0"},
		"automerge-web":     {"cachedUint8Memory0", "cachedInt32Memory0", "cachedFloat64Memory0"},
		"oxc-nodejs":        {"cachedUint8ArrayMemory0", "cachedDataViewMemory0"},
		"oxc-web":           {"cachedUint8ArrayMemory0", "cachedDataViewMemory0"},
		"biome-nodejs":      {"cachedDataViewMemory0", "cachedUint8ArrayMemory0"},
		"biome-web":         {"cachedDataViewMemory0", "cachedUint8ArrayMemory0"},
	}
	dirs := []struct{ name, dir string }{{"example-counter", example()}}
	for _, r := range realDirs {
		dirs = append(dirs, struct{ name, dir string }{r.Name, r.Dir(t)})
	}
	for _, d := range dirs {
		res, err := Build(defaults(d.dir, filepath.Join(t.TempDir(), "out")))
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		line := "\n__wbgg_host.resetViews = function () {"
		for _, name := range want[d.name] {
			line += " " + name + " = null;"
		}
		line += " };\n"
		if n := strings.Count(res.Factory, "__wbgg_host.resetViews"); n != 1 || !strings.Contains(res.Factory, line) {
			t.Errorf("%s: want the one statement%s", d.name, line)
		}
	}
}
