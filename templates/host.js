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
//   TextDecoder    the glue's TextDecoder (the factory's bundler defines the
//                  free name as this member): decoders made while a
//                  generation is being made are kept and handed out again

export const HOST_MEMBERS = Object.freeze(['importMetaUrl', 'require', 'dirname', 'filename', 'module', 'terminated', 'unwrap', 'TextDecoder']);

/**
 * The host object. `runtime()` is the runtime createRuntime made (null
 * until then): terminated and unwrap are called only once the glue runs
 * Rust code, after it exists.
 */
export function makeHost(o, runtime) {
  return {
    importMetaUrl: o.url,
    require: o.require,
    dirname: o.dirname,
    filename: o.filename,
    module: o.module,
    terminated: () => runtime().terminated(),
    unwrap: (v) => {
      const rt = runtime();
      return rt === null ? v : rt.panicOf(v);
    },
    TextDecoder: textDecoderView(globalThis.TextDecoder, runtime),
  };
}

/**
 * The TextDecoder the glue sees, or undefined where the host has none (the
 * glue then takes its own fallback). Every generation runs the glue's top
 * level again, which makes the same decoder again; in Node a decoder holds
 * ICU state and costs ~5 us to make when cold, a few percent of a small
 * module's recovery. So one decoder per label and options is kept, and
 * handed out again to the glue of later generations while they are being
 * made (the runtime is building one, or does not exist yet: generation 1
 * of an eager runtime is made inside createRuntime). A decoder the glue
 * makes later gets a new one: the glue's Safari workaround makes a fresh
 * decoder after 2 GiB decoded, to shed the old one's state. Sharing is
 * sound because the glue never decodes in streaming mode, the only mode in
 * which a decoder keeps state between calls. A subclass constructs as
 * usual.
 */
export function textDecoderView(Real, runtime) {
  if (typeof Real !== 'function') return undefined;
  const kept = new Map();
  function TextDecoder(label, options) {
    if (new.target === undefined) throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
    if (new.target !== TextDecoder) return Reflect.construct(Real, arguments, new.target);
    const rt = runtime();
    if (rt !== null && !rt.building()) return new Real(label, options);
    const fatal = options !== undefined && options !== null && !!options.fatal;
    const ignoreBOM = options !== undefined && options !== null && !!options.ignoreBOM;
    const key = (label === undefined ? 'utf-8' : String(label)) + (fatal ? '|fatal' : '|') + (ignoreBOM ? '|ignoreBOM' : '|');
    let d = kept.get(key);
    if (d === undefined) {
      d = new Real(label, { fatal, ignoreBOM });
      kept.set(key, d);
    }
    return d;
  }
  TextDecoder.prototype = Real.prototype;
  return TextDecoder;
}
