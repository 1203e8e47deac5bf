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

import { guardExport, guardExportLive, guardImport, guardImportLive } from './guard.js';
import { genOf, stampGen } from './forward.js';
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

// What every generation's guard of export `name` shares: its site (name,
// label, whether it is a free function) and its arity, computed once per
// runtime, since every generation instantiates the same module.
function exportPlan(rt, name) {
  let p = rt.exportPlans.get(name);
  if (p === undefined) {
    const info = own(rt.exportInfo, name);
    p = {
      site: {
        name,
        label: (info && info.label) || name,
        free: info && typeof info.free === 'boolean' ? info.free : isFreeName(name),
      },
      arity: info && typeof info.arity === 'number' ? info.arity : -1,
    };
    rt.exportPlans.set(name, p);
  }
  return p;
}

function guardOf(rt, gen, raw, name, isTableSlot) {
  // Guards are looked up by raw function only where funcref tables hand
  // the same function out again (gen.guards is null without tables).
  const cache = gen.guards;
  let g = cache === null ? undefined : cache.get(raw);
  if (g !== undefined) return g;
  let site, arity;
  if (isTableSlot) {
    site = { name, label: name, free: false };
    arity = raw.length;
  } else {
    const p = exportPlan(rt, name);
    site = p.site;
    arity = p.arity >= 0 ? p.arity : raw.length;
  }
  g = guardExport(raw, arity, gen, site, rt.handler);
  if (cache !== null) {
    cache.set(raw, g);
    gen.unguard.set(g, raw);
  }
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
        return typeof f === 'function' ? guardOf(rt, gen, f, name + '[' + i + ']', true) : f;
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

// Defines on `out` the guarded form of every export of `raw`, for `gen`.
// swap (the first generation of swap mode): each function's guard is made
// once, for every generation (guardExportLive, through a cell swapInstance
// renews), and each other export is a getter of a cell too.
function defineExports(rt, gen, raw, out, swap) {
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = raw[k];
    let value;
    if (typeof v === 'function') {
      if (swap) {
        // (left: see leaveSwap; there from the start, so that every cell
        // has one shape for the guards' load of `raw`.)
        const cell = { raw: v, left: null };
        rt.swapCells.push(k, cell);
        const p = exportPlan(rt, k);
        value = guardExportLive(cell, p.arity >= 0 ? p.arity : v.length, rt, p.site, rt.handler);
      } else {
        value = guardOf(rt, gen, v, k, false);
      }
    } else {
      value = otherExport(rt, gen, k, v);
      if (swap) {
        const cell = { raw: value };
        rt.swapOthers.push(k, cell);
        Object.defineProperty(out, k, { get: () => cell.raw, enumerable: true });
        continue;
      }
    }
    Object.defineProperty(out, k, { value, enumerable: true });
  }
}

// An export that is not a function, as the glue sees it; the generation
// learns its memory and upstream's poison flag from them.
function otherExport(rt, gen, k, v) {
  const W = rt.W;
  if (rt.tables.has(k) && v instanceof W.Table) return wrapTable(rt, gen, v, k);
  if (v instanceof W.Memory && gen.memory === null) gen.memory = v;
  // Upstream's poison flag (0.2.114+): a global holding the address of an
  // i32 that its Wasm-side guard checks; the manager sets it on abort.
  if (k === '__instance_terminated' && v instanceof W.Global) gen.terminated = v;
  return v;
}

function guardInstance(rt, gen, inst, swap) {
  // The glue loads every export from this object on every call (`wasm.f`),
  // so it must stay in V8's fast mode with one map for every generation.
  // Made by Object.create(null) and a store per export it was a dictionary
  // (a hash lookup per load: ~5 ns of a trivial call's ~9 ns overhead), and
  // frozen with a null prototype it got a map of its own each time. Each
  // export is defined read-only and unconfigurable, as in the engine's
  // frozen exports object; only the object stays extensible. In swap mode
  // (see swapInstance) the first generation's object serves every later
  // one.
  const out = {};
  Object.setPrototypeOf(out, null);
  defineExports(rt, gen, inst.exports, out, swap);
  gen.instance = inst;
  gen.exports = out;
  rt.exportObjects.add(out);
  if (swap) rt.swapExports = out;
  // Shares the real prototype so `instanceof WebAssembly.Instance` holds; the
  // own `exports` shadows the prototype's accessor. (Object.create with a
  // property map took 1.8x as long as this, cold: 6.2 against 3.4 us.)
  const guarded = Object.create(rt.W.Instance.prototype);
  Object.defineProperty(guarded, 'exports', { value: out, enumerable: true });
  return guarded;
}

// Swap mode starts with the first generation, where the module allows it:
// its imports, made once by the glue, are shared by every instance.
// Functions and tags only: an imported memory, table or global would hold
// the dead instance's state.
function startsSwap(rt, gen) {
  if (!rt.swap || rt.swapGivenUp || requiredLocalFiles(rt)) return false;
  // A second instantiation by the glue after swap mode started: a web
  // target's init() called twice at once (or initSync while init() is
  // pending) gives one generation two instances, and the glue keeps
  // whichever finished last, which a swap could not renew. Swap mode is
  // given up for good: the next generation is a new evaluation of the glue
  // (canSwap), which leaves the guards made for swap mode with the
  // generation they served (leaveSwap).
  if (rt.swapWrapped !== null) {
    rt.swapGivenUp = true;
    return false;
  }
  // (Funcref tables hand out per-generation guards of the functions the
  // exports also hold: not swapped.)
  if (gen.id !== 1 || rt.module === null || rt.tables.size > 0) return false;
  if (rt.swapHeap && !(rt.host && typeof rt.host.resetHeap === 'function')) return false;
  const plan = importPlan(rt, rt.module);
  for (let i = 0; i < plan.length; i++) {
    if (plan[i].kind !== 'function' && plan[i].kind !== 'tag') return false;
  }
  return true;
}

/** Whether the next generation can be made by swapInstance. */
export function canSwap(rt) {
  return rt.swapExports !== null && !rt.swapGivenUp && rt.module !== null && rt.firstNs !== null && !requiredLocalFiles(rt);
}

// A local file the glue required at run time (one its bundling could not
// follow, e.g. html-rewriter-wasm's `./asyncify.js`, named by String.raw) is
// evaluated once per glue evaluation and holds state of its own (asyncify's
// map of pending promises by stack address): swapped under, it would carry
// a dead instance's into the next. Such a glue is evaluated per generation,
// whenever it required one (before its instance, or later).
function requiredLocalFiles(rt) {
  const host = rt.host;
  return host !== null && typeof host === 'object' && host.localRequires > 0;
}

/**
 * Swap mode: a new generation without evaluating the glue again. The glue
 * evaluated for the first generation keeps its exports object (the one it
 * loads every export from), and this fills it with the guards of a new
 * instance of the same module, made with the imports the glue first gave,
 * wrapped once for every generation. What else the glue keeps of an
 * instance is its views of the memory, which it makes again once the memory
 * it had is detached (below); its objects carry their generation (the
 * registry view tags them), so those of a dead one are refused as before.
 */
export function swapInstance(rt, gen) {
  gen.wrappedTags = rt.swapTags;
  const cells = rt.swapCells;
  // Until the new instance is there, the guards reach no instance at all:
  // a call made while it starts (its start section calling back through an
  // import) must not run the dead one's code.
  for (let i = 1; i < cells.length; i += 2) cells[i].raw = refuse;
  // The glue outlives the instances: its views of the memory it had (the
  // dead generation's, or that of one discarded while it was made) must go,
  // so that it makes new ones of the next, views made after the abort
  // included. The factory's host.resetViews drops the glue's caches where
  // the build knows every use the glue makes of the memory; otherwise
  // growing by nothing detaches the buffer they view (every era's glue
  // checks), at ~10 µs after a garbage collection.
  const host = rt.host;
  const others = rt.swapOthers;
  if (host && typeof host.resetViews === 'function') {
    host.resetViews();
  } else {
    for (let i = 1; i < others.length; i += 2) {
      const v = others[i].raw;
      if (v instanceof rt.W.Memory) {
        try {
          v.grow(0);
        } catch (_) {
          // a shared memory is never imported in swap mode; nothing else throws
        }
      }
    }
  }
  // The glue's heap array holds what the dead instance held: emptied, as a
  // new evaluation of the glue would have it.
  if (rt.swapHeap) rt.host.resetHeap();
  let inst;
  gen.depth++;
  try {
    inst = new rt.W.Instance(rt.module, rt.swapWrapped);
  } catch (e) {
    throw instantiationFailure(rt, gen, e);
  } finally {
    gen.depth--;
  }
  const raw = inst.exports;
  for (let i = 0; i < cells.length; i += 2) cells[i + 1].raw = raw[cells[i]];
  for (let i = 0; i < others.length; i += 2) others[i + 1].raw = otherExport(rt, gen, others[i], raw[others[i]]);
  gen.instance = inst;
  // A bundler glue reads those others through the .wasm shim's bindings.
  if (host && typeof host.rebind === 'function') host.rebind();
}

/**
 * Swap mode ends under the glue it started with: a glue whose evaluation
 * failed after its instance started swap mode (it never finished), or one
 * swap mode was given up for (startsSwap). Its guards stay with `gen`, the
 * generation they served last: their cells throw LEFT, which the guard's
 * catch answers as a call of that dead generation (guardExportLive), so
 * they reach no instance and fail nothing of the live generation. A later
 * glue may start swap mode afresh, unless it was given up.
 */
export function leaveSwap(rt, gen) {
  const cells = rt.swapCells;
  for (let i = 1; i < cells.length; i += 2) {
    cells[i].left = gen;
    cells[i].raw = throwLeft;
  }
  rt.swapExports = null;
  rt.swapWrapped = null;
  rt.swapCells = [];
  rt.swapOthers = [];
  rt.swapTags = [];
}

/** What a cell of a glue swap mode left throws (the handler's `left`). */
export const LEFT = Object.freeze({ wbgGuard: 'a guard of a glue swap mode has left' });

function throwLeft() {
  throw LEFT;
}

function refuse() {
  throw new TypeError('wbg-guard: a Wasm export was called while its instance was being made');
}

// What a generation does with each import of the module, worked out once
// per runtime (every generation instantiates the same module): the import
// descriptors and, for functions, the arity and which intrinsic it is.
const PLAIN = 0;
const THROW = 1;
const PANIC_ERROR = 2;
const CLOSURE = 3;
// The heap-era glue's drop of a JS value Rust held (0.2.84-0.2.106 without
// externref): it empties a slot of the glue's heap array, calls no user
// code and never enters Wasm, so no generation can die in it and nothing
// it throws could cross Rust frames but a stack overflow at its entry, as
// at any wrapper's. Handed to the instance as it is: it is the import a
// realistic call crosses most (2 of automerge's edit's 10 crossings).
const LEAF = 4;

function importPlan(rt, module) {
  if (rt.importPlanOf === module) return rt.importPlan;
  const W = rt.W;
  const plan = [];
  for (const d of W.Module.imports(module)) {
    let arity = -1;
    let how = PLAIN;
    if (d.kind === 'function') {
      const ar = own(rt.importArity, d.module);
      const a = ar !== undefined && ar !== null ? own(ar, d.name) : undefined;
      if (typeof a === 'number') arity = a;
      if (isThrowIntrinsic(d.name)) how = THROW;
      else if (/panic_error/.test(d.name)) how = PANIC_ERROR;
      else if (isClosureIntrinsic(d.name)) how = CLOSURE;
      else if (d.name === '__wbindgen_object_drop_ref') how = LEAF;
    }
    plan.push({
      module: d.module,
      name: d.name,
      kind: d.kind,
      arity,
      how,
      wrappedTag: d.kind === 'tag' && /wrapped_jstag/.test(d.name),
    });
  }
  rt.importPlan = plan;
  rt.importPlanOf = module;
  return plan;
}

// Rebuild the imports object with only what the module imports (which is all
// the engine reads), function imports guarded. Also learn, per generation,
// upstream's wrapped tag and which objects its glue made as panics.
//
// live (swap mode): the wrappers serve every generation, each call acting
// for the live one (guardImportLive; `null` for the generation below), and
// the wrapped tags are kept for every generation in rt.swapTags.
function wrapImports(rt, gen, module, imports, live) {
  if (imports === undefined || imports === null || typeof imports !== 'object') return imports;
  const W = rt.W;
  const h = rt.handler;
  const plan = importPlan(rt, module);
  const g = live ? null : gen;
  const guard = live ? (fn, arity) => guardImportLive(fn, arity, rt, h) : (fn, arity) => guardImport(fn, arity, gen, h);
  const out = {};
  for (let i = 0; i < plan.length; i++) {
    const d = plan[i];
    const src = imports[d.module];
    if (src === undefined || src === null) continue; // the engine reports it
    let dst = out[d.module];
    if (dst === undefined) dst = out[d.module] = {};
    const v = src[d.name];
    if (d.kind === 'function' && typeof v === 'function') {
      if (d.how === THROW) {
        dst[d.name] = guard(deliberateThrow(rt, g, v), d.arity);
      } else if (d.how === PANIC_ERROR) {
        dst[d.name] = panicImport(rt, g, guard(v, d.arity));
      } else if (d.how === CLOSURE) {
        dst[d.name] = closureImport(rt, g, guard(v, d.arity));
      } else if (d.how === LEAF) {
        dst[d.name] = v;
      } else {
        dst[d.name] = guard(v, d.arity);
      }
    } else {
      dst[d.name] = v;
      if (d.wrappedTag && v !== undefined) gen.wrappedTags.push(v);
      if (d.kind === 'memory' && v instanceof W.Memory && gen.memory === null) gen.memory = v;
    }
  }
  if (live) {
    rt.swapWrapped = out;
    rt.swapTags = gen.wrappedTags;
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
// (gen null: the live generation's, in swap mode.)
function deliberateThrow(rt, gen, fn) {
  return function (...args) {
    try {
      return fn(...args);
    } catch (e) {
      (gen === null ? rt.gen : gen).deliberate = e;
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
function closureImport(rt, gen, wrapped) {
  const h = rt.handler;
  return function (...args) {
    const g = gen === null ? rt.gen : gen;
    const r = wrapped(...args);
    if (typeof r !== 'function') return r;
    return new Proxy(r, {
      apply(target, self, a) {
        return h.closureCall(g, target, self, a);
      },
    });
  };
}

// Upstream's `__wbindgen_panic_error` import builds the PanicError that Rust
// then throws. Remembering exactly those objects is what lets the classifier
// accept a panic as recoverable without trusting an error's name.
function panicImport(rt, gen, wrapped) {
  return function (...args) {
    const r = wrapped(...args);
    if (r !== null && (typeof r === 'object' || typeof r === 'function')) (gen === null ? rt.gen : gen).panics.set(r, null);
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
  const swap = startsSwap(rt, gen);
  const wrapped = wrapImports(rt, gen, module, imports, swap);
  let inst;
  gen.depth++;
  try {
    inst = new rt.W.Instance(module, wrapped);
  } catch (e) {
    throw instantiationFailure(rt, gen, e);
  } finally {
    gen.depth--;
  }
  return guardInstance(rt, gen, inst, swap);
}

function instantiateModuleAsync(rt, gen, module, imports) {
  const swap = startsSwap(rt, gen);
  const wrapped = wrapImports(rt, gen, module, imports, swap);
  return rt.W.instantiate(module, wrapped).then(
    (inst) => guardInstance(rt, gen, inst, swap),
    (e) => {
      throw instantiationFailure(rt, gen, e);
    },
  );
}

// --------------------------------------------------------------- the views --

// The part of every generation's `WebAssembly` view that does not depend
// on the generation (the module cache is the runtime's), made once.
function viewBase(rt) {
  if (rt.viewBase !== null) return rt.viewBase;
  const W = rt.W;
  const base = Object.create(W);
  // Its `prototype` is the real one, so `x instanceof view.Module` holds for
  // real modules.
  function Module(bytes) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Module must be invoked with 'new'");
    return compileSync(rt, bytes);
  }
  Module.prototype = W.Module.prototype;
  Module.exports = (m) => W.Module.exports(m);
  Module.imports = (m) => W.Module.imports(m);
  Module.customSections = (m, name) => W.Module.customSections(m, name);
  const own = {
    Module,
    compile(bytes) {
      return compileAsync(rt, bytes);
    },
  };
  // Keep feature detection honest: the view has the streaming functions only
  // where the host does (the web glue tests `typeof instantiateStreaming`).
  if (typeof W.compileStreaming === 'function') {
    own.compileStreaming = function compileStreaming(source) {
      return compileStreamingAsync(rt, source);
    };
  }
  for (const k of Object.keys(own)) {
    Object.defineProperty(base, k, { value: own[k], writable: true, configurable: true });
  }
  rt.viewBase = base;
  return base;
}

/** The `WebAssembly` seen by one generation's glue. */
export function makeWebAssemblyView(rt, gen) {
  const W = rt.W;
  const view = Object.create(viewBase(rt));

  // In swap mode one evaluation of the glue serves every generation: an
  // instance its loader makes after a swap (a web target's init() called
  // again after a recovery) belongs to the live generation, not to the dead
  // one the glue was evaluated for.
  function owner() {
    const live = rt.gen;
    return live !== null && live !== gen && gen.ns !== null && live.ns === gen.ns ? live : gen;
  }

  // Returns a guarded instance. Its `prototype` is the real one, so
  // `x instanceof view.Instance` holds for our instances.
  function Instance(module, imports) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
    return instantiateSync(rt, owner(), module, imports);
  }
  Instance.prototype = W.Instance.prototype;
  Object.defineProperty(view, 'Instance', { value: Instance, writable: true, configurable: true });
  Object.defineProperty(view, 'instantiate', {
    value: function instantiate(source, imports) {
      if (source instanceof W.Module) {
        cacheModule(rt, source);
        return instantiateModuleAsync(rt, owner(), source, imports);
      }
      return compileAsync(rt, source).then((module) =>
        instantiateModuleAsync(rt, owner(), module, imports).then((instance) => ({ module, instance })),
      );
    },
    writable: true,
    configurable: true,
  });
  if (typeof W.instantiateStreaming === 'function') {
    Object.defineProperty(view, 'instantiateStreaming', {
      value: function instantiateStreaming(source, imports) {
        return compileStreamingAsync(rt, source).then((module) =>
          instantiateModuleAsync(rt, owner(), module, imports).then((instance) => ({ module, instance })),
        );
      },
      writable: true,
      configurable: true,
    });
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
  if (typeof rt.FR !== 'function') return undefined;
  const Registry = registryClass(rt);
  // A function, not a class: making a class per generation costs more than
  // the rest of the view. `new` on it returns the runtime's registry made
  // for this generation.
  function FinalizationRegistry(cleanup) {
    if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    return new Registry(gen, cleanup);
  }
  FinalizationRegistry.prototype = Registry.prototype;
  return FinalizationRegistry;
}

// The registry class of the runtime, made once; each registry knows its
// generation.
function registryClass(rt) {
  if (rt.registryClass !== null) return rt.registryClass;
  class FinalizationRegistry extends rt.FR {
    constructor(gen, cleanup) {
      super(
        typeof cleanup === 'function'
          ? (held) => {
              // In swap mode the one registry of the glue serves every
              // generation: each registration carries its own.
              let g = gen;
              if (rt.swap) {
                g = held.gen;
                held = held.held;
              }
              if (g.dead) return;
              try {
                cleanup(held);
              } catch (e) {
                if (g.dead) return;
                // A panic in a finalizer has no caller to receive it: the
                // guard has reported it (onPanic, counted); the host must
                // not see it as an uncaught exception.
                if (isPanic(rt, g, e)) return;
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
      if (rt.swap) {
        // The glue registers every object it makes (constructors and
        // __wrap): the object is tagged with the generation that made it,
        // where its prototype (the glue's, shared by every generation in
        // swap mode) says another.
        const g = rt.gen;
        if (typeof target === 'object' && target !== null && genOf(target) !== g) stampGen(target, g);
        held = { gen: g, held };
      }
      return super.register(target, held, token);
    }
  }
  rt.registryClass = FinalizationRegistry;
  return FinalizationRegistry;
}

function isPanic(rt, gen, e) {
  if (e instanceof PanicError) return true;
  try {
    return classify(e, rt.W, gen).type === PANIC;
  } catch (_) {
    return false;
  }
}
