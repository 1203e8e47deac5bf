package jsgen

import "strings"

// markers records the identifying shapes found in one file. They are ORed
// over the entry and the _bg.js.
func (m *modInfo) markers() Markers {
	s := m.s
	idents := map[string]bool{}
	for _, list := range [][]token{s.toks, s.nested} {
		for _, t := range list {
			if t.kind == tIdent {
				idents[t.val] = true
			}
		}
	}
	var k Markers
	for id := range idents {
		switch {
		case strings.HasPrefix(id, "cacheget") && strings.Contains(id, "Memory"):
			k.CacheGetMemory = true
		case strings.HasPrefix(id, "cached") && strings.HasSuffix(id, "ArrayMemory0"):
			k.CachedUint8ArrayMemory = true
		case strings.HasPrefix(id, "cached") && strings.HasSuffix(id, "Memory0") && id != "cachedDataViewMemory0":
			k.CachedUint8Memory = true
		}
	}
	k.WbgPtr = idents["__wbg_ptr"]
	k.FinalizationRegistry = idents["FinalizationRegistry"]
	k.AddToStackPointer = idents["__wbindgen_add_to_stack_pointer"]
	k.ExternrefTable = idents["__wbindgen_externrefs"]
	k.SetWasmFn = idents["__wbg_set_wasm"]
	k.WbindgenStart = idents["__wbindgen_start"]
	k.InstanceTerminated = idents["__instance_terminated"]
	k.CallGuard = idents["__wbg_call_guard"] || idents["__wbg_termination_guard"]
	k.HandleCatch = idents["__wbg_handle_catch"]
	k.WrappedJSTag = idents["__wbindgen_wrapped_jstag"]
	k.ResetState = idents["__wbg_reset_state"]
	k.InitSync = m.decls["initSync"].kind == "function"
	// initSync({ module }) / __wbg_init({ module_or_path }) unwrap an object
	// argument with Object.getPrototypeOf(...) === Object.prototype.
	k.InitSyncObject = k.InitSync && idents["getPrototypeOf"]
	k.ImportSource = m.importSrc != ""
	for _, r := range m.exports {
		if r.name == "__wasm" {
			k.ModuleExportsWasm = true
		}
	}
	if d, ok := m.decls["PanicError"]; ok && d.kind == "class" {
		k.PanicError = true
	}
	if d, ok := m.decls["__wbg_get_imports"]; ok && d.kind == "function" {
		k.GetImportsFn = true
	}

	n := len(s.toks)
	for i := 0; i < n; i++ {
		t := s.toks[i]
		switch {
		case t.kind == tIdent && t.val == "this" && s.punct(i+1, ".") && s.ident(i+2, "ptr"):
			k.ThisPtr = true
		case t.kind == tIdent && t.val == "Symbol" && s.punct(i+1, ".") && s.ident(i+2, "dispose"):
			k.SymbolDispose = true
		case t.kind == tIdent && t.val == "WebAssembly" && s.punct(i+1, ".") && s.ident(i+2, "JSTag"):
			k.JSTag = true
		case t.kind == tIdent && t.val == "__proto__" && s.punct(i+1, ":") && s.ident(i+2, "null"):
			k.ImportsProtoNull = true
		case t.kind == tIdent && t.val == "wasm" && !s.afterDot(i) && s.punct(i+1, ".") &&
			strings.HasPrefix(s.name(i+2), "__wbg_") && strings.HasSuffix(s.name(i+2), "_free") && s.punct(i+3, "("):
			if s.hasComma(i + 3) {
				k.FreeTwoArgs = true
			}
		}
	}
	k.TopLevelAwait = m.topAwait()
	for _, c := range s.leadingComments() {
		body := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c.text, "/*"), "//"))
		if strings.HasPrefix(body, "@ts-self-types") {
			k.TsSelfTypes = true
		}
		if strings.HasPrefix(body, "wbg-guard:") {
			k.WbgGuard = true
		}
	}
	return k
}

// topLevelAwait reports an `await` outside every function body: deno
// output instantiates with top-level await. A `{` opens a function body
// when it follows `=>`, or a `)` whose `(` does not belong to if/for/while/
// switch/catch/with.
func (m *modInfo) topLevelAwait() bool {
	s := m.s
	var stack []bool // per open `{`: is it a function body
	funcs := 0
	for i, t := range s.toks {
		if t.kind == tPunct {
			switch t.val {
			case "{":
				fn := false
				if s.punct(i-1, "=>") {
					fn = true
				} else if p := s.tok(i - 1); p != nil && p.kind == tPunct && p.val == ")" && p.match >= 0 {
					switch s.name(p.match - 1) {
					case "if", "for", "while", "switch", "catch", "with":
					default:
						fn = true
					}
				}
				stack = append(stack, fn)
				if fn {
					funcs++
				}
			case "}":
				if len(stack) > 0 {
					if stack[len(stack)-1] {
						funcs--
					}
					stack = stack[:len(stack)-1]
				}
			}
			continue
		}
		if t.kind == tIdent && t.val == "await" && funcs == 0 && !s.afterDot(i) {
			return true
		}
	}
	return false
}

func (k *Markers) or(o Markers) {
	k.CacheGetMemory = k.CacheGetMemory || o.CacheGetMemory
	k.ThisPtr = k.ThisPtr || o.ThisPtr
	k.WbgPtr = k.WbgPtr || o.WbgPtr
	k.CachedUint8Memory = k.CachedUint8Memory || o.CachedUint8Memory
	k.CachedUint8ArrayMemory = k.CachedUint8ArrayMemory || o.CachedUint8ArrayMemory
	k.FreeTwoArgs = k.FreeTwoArgs || o.FreeTwoArgs
	k.SymbolDispose = k.SymbolDispose || o.SymbolDispose
	k.FinalizationRegistry = k.FinalizationRegistry || o.FinalizationRegistry
	k.AddToStackPointer = k.AddToStackPointer || o.AddToStackPointer
	k.ExternrefTable = k.ExternrefTable || o.ExternrefTable
	k.SetWasmFn = k.SetWasmFn || o.SetWasmFn
	k.GetImportsFn = k.GetImportsFn || o.GetImportsFn
	k.ImportsProtoNull = k.ImportsProtoNull || o.ImportsProtoNull
	k.InitSync = k.InitSync || o.InitSync
	k.InitSyncObject = k.InitSyncObject || o.InitSyncObject
	k.WbindgenStart = k.WbindgenStart || o.WbindgenStart
	k.ModuleExportsWasm = k.ModuleExportsWasm || o.ModuleExportsWasm
	k.TsSelfTypes = k.TsSelfTypes || o.TsSelfTypes
	k.ImportSource = k.ImportSource || o.ImportSource
	k.TopLevelAwait = k.TopLevelAwait || o.TopLevelAwait
	k.JSTag = k.JSTag || o.JSTag
	k.PanicError = k.PanicError || o.PanicError
	k.InstanceTerminated = k.InstanceTerminated || o.InstanceTerminated
	k.CallGuard = k.CallGuard || o.CallGuard
	k.HandleCatch = k.HandleCatch || o.HandleCatch
	k.WrappedJSTag = k.WrappedJSTag || o.WrappedJSTag
	k.ResetState = k.ResetState || o.ResetState
	k.WbgGuard = k.WbgGuard || o.WbgGuard
}
