// Per-generation views of `WebAssembly` and `FinalizationRegistry`.
//
// The glue runs inside a factory whose `WebAssembly` and
// `FinalizationRegistry` parameters are these views, so the glue's own
// loader code, unchanged, ends up with guarded exports:
//  - `Module` and `compile*` hand back one compiled module per runtime
//    (compile once, instantiate many: a reinit costs an instantiation only);
//  - `Instance` and `instantiate*` make a real instance whose `.exports` is a
//    frozen object of guarded functions (funcref tables wrapped too), and
//    whose imports are wrapped so Rust never resumes in a dead generation;
//  - everything else (Memory, Table, Global, Tag, Exception, RuntimeError,
//    validate, JSTag...) is inherited from the real namespace.

import { guardExport, guardImport } from './guard.js';
import { PANIC, classify } from './classify.js';
import { PanicError } from './errors.js';

// Exports whose call must stay silent on a dead generation: freeing memory of
// an instance that is gone is a no-op, and `free()` / `Symbol.dispose` of a
// stale object must not throw (think of `using` blocks unwinding after an
// abort). Names of every era: `__wbg_<class>_free`, `__wbindgen_free`, and
// suffixed variants some builds produce (`__wbindgen_free_command_export`).
// Minified names (`__wbindgen_export_3`) need `free: true` from the caller.
export function isFreeName(name) {
  return /^__wbg_[A-Za-z0-9_$]*_free$/.test(name) || /^__wbindgen_free(_|$)/.test(name);
}

// Option maps are plain objects keyed by Wasm names; a name like
// `constructor` must not find Object.prototype's.
function own(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

// ---------------------------------------------------------------- modules --

function cacheModule(rt, m) {
  if (rt.module === null) rt.module = m;
  return rt.module;
}

/** The runtime's compiled module, compiling `source` the first time only. */
export function compileSync(rt, source) {
  if (rt.module !== null) return rt.module;
  if (source instanceof rt.W.Module) return cacheModule(rt, source);
  return cacheModule(rt, new rt.W.Module(source));
}

function compileAsync(rt, source) {
  if (rt.module !== null) return Promise.resolve(rt.module);
  return rt.W.compile(source).then((m) => cacheModule(rt, m));
}

function compileStreamingAsync(rt, source) {
  // A cached module makes the response unnecessary: it is left unread.
  if (rt.module !== null) return Promise.resolve(rt.module);
  const W = rt.W;
  const p =
    typeof W.compileStreaming === 'function'
      ? W.compileStreaming(source)
      : Promise.resolve(source)
          .then((r) => r.arrayBuffer())
          .then((b) => W.compile(b));
  return p.then((m) => cacheModule(rt, m));
}

function moduleOf(rt, m) {
  // A real module given explicitly is used as is (and becomes the cache if
  // there is none yet); anything else is source bytes.
  if (m instanceof rt.W.Module) {
    cacheModule(rt, m);
    return m;
  }
  return compileSync(rt, m);
}

// ------------------------------------------------------------------ guards --

function guardOf(rt, gen, raw, name, label, isTableSlot) {
  let g = gen.guards.get(raw);
  if (g !== undefined) return g;
  const info = isTableSlot ? undefined : own(rt.exportInfo, name);
  const site = {
    name,
    label: (info && info.label) || label || name,
    free: info && typeof info.free === 'boolean' ? info.free : !isTableSlot && isFreeName(name),
  };
  const arity = info && typeof info.arity === 'number' ? info.arity : raw.length;
  g = guardExport(raw, arity, gen, site, rt.handler);
  gen.guards.set(raw, g);
  gen.unguard.set(g, raw);
  return g;
}

// A funcref table: functions read with `.get(i)` come back guarded (one
// guard per function, so repeated reads are cheap and a slot overwritten by
// `.set`/`.grow` simply maps to another function's guard); guarded
// functions written back are unwrapped to the raw ones the table accepts.
function wrapTable(rt, gen, table, name) {
  const unwrap = (v) => (typeof v === 'function' && gen.unguard.get(v)) || v;
  const view = Object.create(rt.W.Table.prototype);
  Object.defineProperties(view, {
    get: {
      value: function get(i) {
        const f = table.get(i);
        return typeof f === 'function' ? guardOf(rt, gen, f, name + '[' + i + ']', '', true) : f;
      },
    },
    set: {
      value: function set(i, v) {
        return arguments.length < 2 ? table.set(i) : table.set(i, unwrap(v));
      },
    },
    grow: {
      value: function grow(n, v) {
        return arguments.length < 2 ? table.grow(n) : table.grow(n, unwrap(v));
      },
    },
    length: {
      get() {
        return table.length;
      },
    },
  });
  if (typeof table.type === 'function') {
    Object.defineProperty(view, 'type', { value: () => table.type() });
  }
  return Object.freeze(view);
}

function guardInstance(rt, gen, inst) {
  const W = rt.W;
  const raw = inst.exports;
  const out = Object.create(null);
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = raw[k];
    if (typeof v === 'function') {
      out[k] = guardOf(rt, gen, v, k, '', false);
    } else if (rt.tables.has(k) && v instanceof W.Table) {
      out[k] = wrapTable(rt, gen, v, k);
    } else {
      out[k] = v;
      if (v instanceof W.Memory && gen.memory === null) gen.memory = v;
      // Upstream's poison flag (0.2.114+): a global holding the address of an
      // i32 that its Wasm-side guard checks; the manager sets it on abort.
      if (k === '__instance_terminated' && v instanceof W.Global) gen.terminated = v;
    }
  }
  Object.freeze(out);
  gen.instance = inst;
  // Shares the real prototype so `instanceof WebAssembly.Instance` holds; the
  // own `exports` shadows the prototype's accessor.
  return Object.create(W.Instance.prototype, {
    exports: { value: out, enumerable: true },
  });
}

// Rebuild the imports object with only what the module imports (which is all
// the engine reads), function imports guarded. Also learn, per generation,
// upstream's wrapped tag and which objects its glue made as panics.
function wrapImports(rt, gen, module, imports) {
  if (imports === undefined || imports === null || typeof imports !== 'object') return imports;
  const W = rt.W;
  // The descriptors of the one compiled module, computed once: every
  // generation instantiates the same module.
  let wanted = rt.importDescriptors;
  if (wanted === null || rt.importDescriptorsOf !== module) {
    wanted = rt.importDescriptors = W.Module.imports(module);
    rt.importDescriptorsOf = module;
  }
  const out = {};
  for (let i = 0; i < wanted.length; i++) {
    const d = wanted[i];
    const src = imports[d.module];
    if (src === undefined || src === null) continue; // the engine reports it
    let dst = out[d.module];
    if (dst === undefined) dst = out[d.module] = {};
    const v = src[d.name];
    if (d.kind === 'function' && typeof v === 'function') {
      const ar = own(rt.importArity, d.module);
      const arity = ar !== undefined && ar !== null ? own(ar, d.name) : undefined;
      const inner = isThrowIntrinsic(d.name) ? deliberateThrow(gen, v) : v;
      const wrapped = guardImport(inner, typeof arity === 'number' ? arity : -1, gen, rt.handler);
      if (/panic_error/.test(d.name)) dst[d.name] = panicImport(gen, wrapped);
      else if (isClosureIntrinsic(d.name)) dst[d.name] = closureImport(gen, rt.handler, wrapped);
      else dst[d.name] = wrapped;
    } else {
      dst[d.name] = v;
      if (d.kind === 'tag' && /wrapped_jstag/.test(d.name) && v !== undefined) gen.wrappedTags.push(v);
      if (d.kind === 'memory' && v instanceof W.Memory && gen.memory === null) gen.memory = v;
    }
  }
  return out;
}

// wasm-bindgen's throw intrinsics, by their names in every era (as real
// builds spell them): `__wbindgen_throw` / `__wbindgen_rethrow` (imports of
// `wbg` or `__wbindgen_placeholder__`, up to 0.2.100), `__wbg_wbindgenthrow_<hash>`
// (0.2.104), `__wbg___wbindgen_throw_<hash>` / `__wbg___wbindgen_rethrow_<hash>`
// (0.2.107+). Rust calls them for throw_str, throw_val and unwrap_throw:
// deliberate throws, not failures.
export function isThrowIntrinsic(name) {
  return /^(?:__wbg_)?(?:__wbindgen_|wbindgen)(?:re)?throw(?:_[0-9a-f]+)?$/.test(name);
}

// Remembers, by identity, the value a throw intrinsic throws, so that the
// guard of the export it escapes recognises it without inspecting it.
function deliberateThrow(gen, fn) {
  return function (...args) {
    try {
      return fn(...args);
    } catch (e) {
      gen.deliberate = e;
      throw e;
    }
  };
}

// The intrinsics that make a JS function of a Rust closure, as real builds
// name them: `__wbindgen_closure_wrapper<N>` (up to 0.2.100), the cast
// intrinsics `__wbindgen_cast_<hash>` (0.2.104 to 0.2.12x) and
// `__wbindgen_generic_<N>` (0.2.130); the last two also make other values.
export function isClosureIntrinsic(name) {
  return /closure_wrapper|^(?:__wbg_)?__wbindgen_(?:cast|generic)_/.test(name);
}

// A closure Rust receives is the glue's JS function; Rust hands it to the
// host (setTimeout, addEventListener, promise reactions, queueMicrotask).
// Rust gets a proxy of it instead, which does nothing once the generation
// is dead: the glue's own closure code (which would read results of the dead
// instance's raw calls) never runs for a host that calls it late. The proxy
// is the only function Rust ever sees for it, so identity holds
// (removeEventListener), and properties the glue keeps on the function
// (`original`, `_wbg_cb_unref`) read through.
function closureImport(gen, h, wrapped) {
  return function (...args) {
    const r = wrapped(...args);
    if (typeof r !== 'function') return r;
    return new Proxy(r, {
      apply(target, self, a) {
        return h.closureCall(gen, target, self, a);
      },
    });
  };
}

// Upstream's `__wbindgen_panic_error` import builds the PanicError that Rust
// then throws. Remembering exactly those objects is what lets the classifier
// accept a panic as recoverable without trusting an error's name.
function panicImport(gen, wrapped) {
  return function (...args) {
    const r = wrapped(...args);
    if (r !== null && (typeof r === 'object' || typeof r === 'function')) gen.panics.set(r, null);
    return r;
  };
}

// Instantiation can run the module's start function. A trap there is an
// abort of this generation like any other; link and compile errors are not.
const START_SITE = { name: '(start)', label: '(start function)', free: false };

function instantiationFailure(rt, gen, e) {
  const W = rt.W;
  if (e instanceof W.LinkError || e instanceof W.CompileError || e instanceof TypeError) return e;
  return rt.handler.startFailed(gen, START_SITE, e);
}

function instantiateSync(rt, gen, source, imports) {
  const module = moduleOf(rt, source);
  const wrapped = wrapImports(rt, gen, module, imports);
  let inst;
  gen.depth++;
  try {
    inst = new rt.W.Instance(module, wrapped);
  } catch (e) {
    throw instantiationFailure(rt, gen, e);
  } finally {
    gen.depth--;
  }
  return guardInstance(rt, gen, inst);
}

function instantiateModuleAsync(rt, gen, module, imports) {
  const wrapped = wrapImports(rt, gen, module, imports);
  return rt.W.instantiate(module, wrapped).then(
    (inst) => guardInstance(rt, gen, inst),
    (e) => {
      throw instantiationFailure(rt, gen, e);
    },
  );
}

// --------------------------------------------------------------- the views --

/** The `WebAssembly` seen by one generation's glue. */
export function makeWebAssemblyView(rt, gen) {
  const W = rt.W;
  const view = Object.create(W);

  // Constructors return the cached module / a guarded instance. Their
  // `prototype` is the real one, so `x instanceof view.Module` holds for
  // real modules and `x instanceof view.Instance` for our instances.
  function Module(bytes) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Module must be invoked with 'new'");
    return compileSync(rt, bytes);
  }
  Module.prototype = W.Module.prototype;
  Module.exports = (m) => W.Module.exports(m);
  Module.imports = (m) => W.Module.imports(m);
  Module.customSections = (m, name) => W.Module.customSections(m, name);

  function Instance(module, imports) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
    return instantiateSync(rt, gen, module, imports);
  }
  Instance.prototype = W.Instance.prototype;

  const own = {
    Module,
    Instance,
    compile(bytes) {
      return compileAsync(rt, bytes);
    },
    instantiate(source, imports) {
      if (source instanceof W.Module) {
        cacheModule(rt, source);
        return instantiateModuleAsync(rt, gen, source, imports);
      }
      return compileAsync(rt, source).then((module) =>
        instantiateModuleAsync(rt, gen, module, imports).then((instance) => ({ module, instance })),
      );
    },
  };
  // Keep feature detection honest: the view has the streaming functions only
  // where the host does (the web glue tests `typeof instantiateStreaming`).
  if (typeof W.compileStreaming === 'function') {
    own.compileStreaming = function compileStreaming(source) {
      return compileStreamingAsync(rt, source);
    };
  }
  if (typeof W.instantiateStreaming === 'function') {
    own.instantiateStreaming = function instantiateStreaming(source, imports) {
      return compileStreamingAsync(rt, source).then((module) =>
        instantiateModuleAsync(rt, gen, module, imports).then((instance) => ({ module, instance })),
      );
    };
  }
  for (const k of Object.keys(own)) {
    Object.defineProperty(view, k, { value: own[k], writable: true, configurable: true });
  }
  return view;
}

/**
 * The `FinalizationRegistry` seen by one generation's glue, or undefined
 * where the host has none (the glue then takes its no-registry branch).
 * Cleanup callbacks of a dead generation are dropped: they would call
 * `free` or a closure destructor of an instance that must not run again. An
 * abort raised inside a cleanup (the instance died in it) is swallowed: it
 * has been counted and reported to the hooks, and a GC callback has no caller
 * to receive it.
 */
export function makeFinalizationRegistryView(rt, gen) {
  const Real = rt.FR;
  if (typeof Real !== 'function') return undefined;
  return class FinalizationRegistry extends Real {
    constructor(cleanup) {
      super(
        typeof cleanup === 'function'
          ? (held) => {
              if (gen.dead) return;
              try {
                cleanup(held);
              } catch (e) {
                if (gen.dead) return;
                // A panic in a finalizer has no caller to receive it: the
                // guard has reported it (onPanic, counted); the host must
                // not see it as an uncaught exception.
                if (isPanic(rt, gen, e)) return;
                throw e;
              }
            }
          : cleanup,
      );
    }

    register(target, held, token) {
      const r = rt.registerInto;
      if (r !== null && typeof target === 'object' && target !== null && Object.getPrototypeOf(target) === r.proto) {
        if (token === target) token = r.into;
        target = r.into;
        rt.registerInto = null;
      }
      return super.register(target, held, token);
    }
  };
}

function isPanic(rt, gen, e) {
  if (e instanceof PanicError) return true;
  try {
    return classify(e, rt.W, gen).type === PANIC;
  } catch (_) {
    return false;
  }
}
