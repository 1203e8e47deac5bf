// The host protocol: the object each generation's glue factory receives as
// its third parameter, `__wbgg_host`. The generated entry makes it once
// (internal/jsgen/entry.go calls makeHost); the factory's preamble
// (builder/factory.go), the bundler target's .wasm shim
// (internal/jsgen/shim.go) and the loader patches (patches/*.json) use its
// members by name. HOST_MEMBERS is the whole protocol: the runtime's
// hygiene test (test/hygiene.test.js) refuses any other member used
// anywhere in the repository.
//
//   importMetaUrl  the output file's own URL: the glue's import.meta.url
//   require        the require the glue's CommonJS code calls (on Node, one
//                  that evaluates local files afresh per generation and
//                  serves the .wasm read from the compiled module)
//   dirname        the output's directory, for the glue's CommonJS code
//   filename       the output file, for the glue's CommonJS code
//   module()       the compiled WebAssembly.Module, for glue whose own
//                  loader was replaced (bundler, deno, module targets)
//   terminated()   the error upstream's call guard throws when a dead
//                  generation's glue is entered (patches/upstream-call-guard)
//   unwrap(v)      our PanicError for a panic upstream's catch handler
//                  unwrapped (patches/upstream-handle-catch)
//   resetHeap      null, or set by the factory (builder/factory.go) where the
//                  glue keeps JS values in a heap array: returns that array
//                  to its state before any instance ran (swap mode)
//   resetViews     null, or set by the factory where the build knows every
//                  use the glue makes of the memory: drops the glue's cached
//                  views of it, before each new instance (swap mode; without
//                  it the runtime detaches the old memory's buffer)
//   localRequires  how many times the glue required a local file (a relative
//                  path) through `require`: such a file holds glue state of
//                  its own, which swap mode would share between generations
//                  (read by the runtime, views.js canSwap)
//   rebind         null, or set by the bundler target's .wasm shim
//                  (internal/jsgen/shim.go): reads the exports that are not
//                  functions (memory, tables, globals) into the shim's
//                  bindings again, after each new instance (swap mode)

export const HOST_MEMBERS = Object.freeze(['importMetaUrl', 'require', 'dirname', 'filename', 'module', 'terminated', 'unwrap', 'resetHeap', 'resetViews', 'rebind', 'localRequires']);

/**
 * The host object. `runtime()` is the runtime createRuntime made (null
 * until then): terminated and unwrap are called only once the glue runs
 * Rust code, after it exists.
 */
export function makeHost(o, runtime) {
  const req = o.require;
  const host = {
    importMetaUrl: o.url,
    require:
      typeof req === 'function'
        ? (id) => {
            if (typeof id === 'string' && (id.startsWith('./') || id.startsWith('../'))) host.localRequires++;
            return req(id);
          }
        : req,
    dirname: o.dirname,
    filename: o.filename,
    module: o.module,
    terminated: () => runtime().terminated(),
    unwrap: (v) => {
      const rt = runtime();
      return rt === null ? v : rt.panicOf(v);
    },
    resetHeap: null,
    resetViews: null,
    rebind: null,
    localRequires: 0,
  };
  return host;
}
