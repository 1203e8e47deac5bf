package jsgen

import "strings"

// factoryParams are the names the factory binds: inside it, the glue's
// references to these globals reach the guarded views and the host instead.
const factoryParams = "WebAssembly, FinalizationRegistry, __wbgg_host"

// Factory wraps the glue, bundled into one CommonJS text, in the function
// the runtime calls once per generation: each call runs the glue's top-level
// code afresh, with its own caches, heap, classes and registries, and the
// guarded views in place of WebAssembly and FinalizationRegistry. It returns
// the glue's exports, or the global a no-modules script assigns (returnVar).
func Factory(cjs, returnVar string) string {
	ret := "module.exports"
	if returnVar != "" {
		ret = returnVar
	}
	var sb strings.Builder
	sb.WriteString("export default function __wbgg_factory(" + factoryParams + ") {\n")
	// CommonJS names the glue may use; they come from the host so that the
	// output works the same whether it is itself ESM or CommonJS.
	sb.WriteString("var module = { exports: {} }, exports = module.exports, require = __wbgg_host.require, __dirname = __wbgg_host.dirname, __filename = __wbgg_host.filename;\n")
	sb.WriteString(cjs)
	sb.WriteString("\nreturn " + ret + ";\n}\n")
	return sb.String()
}
