// The generation manager: one generation = one run of the glue factory = one
// Wasm instance plus all of the glue's module state (heap, caches, classes,
// registries). It decides what a failure means (panic or abort), poisons a
// generation at once on abort, and makes the next one lazily, on the next
// entry through the facade.

import { AbortError, PanicError, PoisonedError, StaleInstanceError, describe } from './errors.js';
import { ABORT, FOREIGN, PANIC, classify, memoryExhausted } from './classify.js';
import { makeFinalizationRegistryView, makeWebAssemblyView } from './views.js';

const POLICIES = ['reinit', 'poison'];
const REINIT_MODES = ['factory', 'initSync'];

/** State of one generation. Nothing outside the runtime ever sees it. */
export class Generation {
  constructor(id) {
    this.id = id;
    this.dead = false;
    // Wasm frames of this generation on the stack (maintained by the guards).
    this.depth = 0;
    // True from an abort until the abort error has reached the code that
    // entered the generation: meanwhile a call to the dead generation (the
    // glue's own `finally` blocks, e.g. `__wbindgen_add_to_stack_pointer`)
    // throws the abort error again instead of a StaleInstanceError, so the
    // caller keeps seeing the real cause. Cleared when a facade call
    // returns, or at the latest by a microtask.
    this.inFlight = false;
    this.abortError = null;
    // The glue's exports (the factory's return value).
    this.ns = null;
    this.instance = null;
    this.memory = null;
    this.terminated = null; // upstream's __instance_terminated global
    this.wrappedTags = []; // upstream's __wbindgen_wrapped_jstag
    // Objects made by the glue's panic_error import -> our PanicError once
    // reported (null before), so each panic is counted and reported once.
    this.panics = new WeakMap();
    this.guards = new WeakMap(); // raw function -> guard
    this.unguard = new WeakMap(); // guard -> raw function
    this.pending = new Set(); // reject functions of in-flight async calls
    this.adopted = new Set(); // class facades already wired to this generation
    this.staleLabel = ''; // 'Class.method' while a method of a dead generation runs
  }
}

function later(fn) {
  if (typeof queueMicrotask === 'function') queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

function pkgOf(rt) {
  return rt.name ? "'" + rt.name + "'" : 'the Wasm module';
}

/** Normalise the options of createRuntime; throws TypeError on bad input. */
export function createManager(options) {
  const o = options || {};
  if (typeof o.factory !== 'function') throw new TypeError('createRuntime: `factory` must be a function');
  const policy = o.policy === undefined ? 'reinit' : o.policy;
  if (!POLICIES.includes(policy)) throw new TypeError("createRuntime: `policy` must be 'reinit' or 'poison'");
  const reinitMode = o.reinitMode === undefined ? 'factory' : o.reinitMode;
  if (!REINIT_MODES.includes(reinitMode)) {
    throw new TypeError("createRuntime: `reinitMode` must be 'factory' or 'initSync'");
  }
  const jsErrors = o.jsErrorsThroughRust === undefined ? 'abort' : o.jsErrorsThroughRust;
  if (jsErrors !== 'abort' && jsErrors !== 'pass') {
    throw new TypeError("createRuntime: `jsErrorsThroughRust` must be 'abort' or 'pass'");
  }
  const limit = o.reinitLimit || {};
  const rt = {
    name: typeof o.name === 'string' ? o.name : '',
    factory: o.factory,
    host: o.host,
    reinitMode,
    policy,
    jsPass: jsErrors === 'pass',
    limitMax: typeof limit.max === 'number' ? limit.max : 10,
    limitWindow: typeof limit.windowMs === 'number' ? limit.windowMs : 60000,
    now: typeof o.now === 'function' ? o.now : Date.now,
    exportInfo: o.exports || {},
    importArity: o.imports || {},
    tables: new Set(o.tables || []),
    W: o.WebAssembly || globalThis.WebAssembly,
    FR: 'FinalizationRegistry' in o ? o.FinalizationRegistry : globalThis.FinalizationRegistry,
    module: null, // the one compiled module
    importDescriptors: null, // WebAssembly.Module.imports of importDescriptorsOf
    importDescriptorsOf: null,
    gen: null, // the latest generation (live or dead)
    firstNs: null,
    nextId: 1,
    deadWithFrames: new Set(), // dead generations that still have Wasm frames on the stack
    staleGen: null, // the dead generation whose method is running (see facade.js retire)
    reinitTimes: [],
    poisoned: null, // PoisonedError once no generation will be made any more
    counters: { panics: 0, aborts: 0, reinits: 0, hookErrors: 0 },
    hooks: { panic: [], abort: [], reinit: [] },
    classFacades: [],
    handler: null,
  };
  rt.handler = makeHandler(rt);
  return rt;
}

// --------------------------------------------------------------- hooks --

export function addHook(rt, which, cb) {
  if (typeof cb !== 'function') throw new TypeError('hook must be a function');
  const list = rt.hooks[which];
  list.push(cb);
  return function unsubscribe() {
    const i = list.indexOf(cb);
    if (i >= 0) list.splice(i, 1);
  };
}

// A hook that throws must not break the guard: its error is counted and
// dropped (there is no caller that could sensibly receive it).
function fire(rt, which, arg) {
  const list = rt.hooks[which];
  if (list.length === 0) return;
  const copy = list.slice();
  for (let i = 0; i < copy.length; i++) {
    try {
      copy[i](arg);
    } catch (_) {
      rt.counters.hookErrors++;
    }
  }
}

export function stats(rt) {
  return {
    generation: rt.gen === null ? 0 : rt.gen.id,
    panics: rt.counters.panics,
    aborts: rt.counters.aborts,
    reinits: rt.counters.reinits,
    poisoned: rt.poisoned !== null,
    hookErrors: rt.counters.hookErrors,
  };
}

// ----------------------------------------------------------- failures --

export function abortErrorOf(gen) {
  if (gen.abortError === null) {
    // Only reached if building the real error failed (e.g. no stack left).
    gen.abortError = new AbortError('Wasm instance aborted', { kind: 'trap', generation: gen.id });
  }
  return gen.abortError;
}

/** Our PanicError for a glue-made panic object of `gen`, or undefined. */
export function panicFor(rt, gen, payload, label) {
  if (!gen.panics.has(payload)) return undefined;
  const p = gen.panics.get(payload);
  return p === null ? report(rt, gen, payload, label) : p;
}

function report(rt, gen, payload, label) {
  const err =
    payload instanceof PanicError
      ? payload
      : new PanicError(describe(payload), { cause: payload, generation: gen.id, label });
  gen.panics.set(payload, err);
  rt.counters.panics++;
  fire(rt, 'panic', err);
  return err;
}

function withinLimit(rt) {
  const now = rt.now();
  const t = rt.reinitTimes;
  while (t.length > 0 && now - t[0] > rt.limitWindow) t.shift();
  return t.length < rt.limitMax;
}

function poison(rt, reason, cause) {
  if (rt.poisoned !== null) return;
  const why =
    reason === 'policy'
      ? "policy 'poison'"
      : 'more than ' + rt.limitMax + ' reinits within ' + rt.limitWindow + ' ms (crash loop)';
  rt.poisoned = new PoisonedError(
    pkgOf(rt) + ' is poisoned after an abort (' + (cause ? cause.kind : 'unknown') + '): ' + why +
      '; no new Wasm instance will be created',
    {
      reason,
      kind: cause ? cause.kind : 'trap',
      cause,
      generation: cause ? cause.generation : 0,
      label: cause ? cause.label : '',
    },
  );
}

function writeTerminatedFlag(gen) {
  const g = gen.terminated;
  const mem = gen.memory;
  if (g === null || mem === null) return;
  try {
    new DataView(mem.buffer).setInt32(g.value >>> 0, 1, true);
  } catch (_) {
    // the flag is a courtesy to upstream's own guard; ours does not need it
  }
}

function abort(rt, gen, site, kind, cause) {
  // gen.dead is already true (set before classification).
  const err = new AbortError(
    pkgOf(rt) + ' Wasm instance aborted (' + kind + ') in ' + site.label + ': ' + describe(cause) +
      '. Generation ' + gen.id + ' is dead; its objects can no longer be used.',
    { kind, cause, generation: gen.id, label: site.label },
  );
  gen.abortError = err;
  gen.inFlight = true;
  later(() => {
    gen.inFlight = false;
  });
  if (gen.depth > 0) rt.deadWithFrames.add(gen);
  writeTerminatedFlag(gen);
  for (let i = 0; i < rt.classFacades.length; i++) {
    try {
      rt.classFacades[i].retire(gen);
    } catch (_) {
      // only labels depend on it; the raw guards refuse stale calls anyway
    }
  }
  rt.counters.aborts++;
  // Policy 'poison' is final at once; the reinit limit is checked when a
  // reinit is due (renew), since only then is its time known.
  if (rt.policy === 'poison') poison(rt, 'policy', err);
  if (gen.pending.size > 0) {
    const rejects = Array.from(gen.pending);
    gen.pending.clear();
    for (let i = 0; i < rejects.length; i++) rejects[i](err);
  }
  fire(rt, 'abort', err);
  return err;
}

/** The StaleInstanceError for a use of dead generation `gen`. */
function staleError(rt, gen, label) {
  return new StaleInstanceError(
    label + ': this object or function belongs to generation ' + gen.id + ' of ' + pkgOf(rt) +
      ', whose Wasm instance was aborted; it cannot be used any more (create a new one)',
    { generation: gen.id, label, cause: gen.abortError === null ? undefined : gen.abortError },
  );
}

/**
 * What upstream's own call guard (wasm-bindgen 0.2.114+ glue, patched to ask
 * the host) throws when a dead generation's glue is entered: the same
 * StaleInstanceError as any stale use, named after the method when known.
 */
export function terminatedError(rt) {
  const g = rt.staleGen;
  if (g !== null) {
    if (g.inFlight || g.depth > 0) return abortErrorOf(g);
    return staleError(rt, g, g.staleLabel);
  }
  return new StaleInstanceError(
    pkgOf(rt) + ': this object or function belongs to a Wasm instance that was aborted; it cannot be used any more (create a new one)',
  );
}

/**
 * Our PanicError for a value upstream's glue unwrapped from its private tag
 * (a glue-made panic object of the live generation), or the value itself.
 */
export function panicOf(rt, v) {
  const g = rt.gen;
  if (g === null || g.dead) return v;
  const p = panicFor(rt, g, v, '');
  return p === undefined ? v : p;
}

function makeHandler(rt) {
  return {
    dead(gen, site) {
      if (site.free) return undefined;
      // Still unwinding from the abort: keep reporting the abort itself.
      if (gen.inFlight || gen.depth > 0) throw abortErrorOf(gen);
      throw staleError(rt, gen, gen.staleLabel || site.label);
    },

    fail(gen, site, e) {
      if (gen.dead) return abortErrorOf(gen); // died in a nested call already
      // Dead FIRST: nothing (not even a getter on the thrown value) may
      // enter this instance again until we know it is a clean panic.
      gen.dead = true;
      let c;
      try {
        c = classify(e, rt.W, gen);
      } catch (_) {
        c = { type: ABORT, kind: 'trap' };
      }
      if (c.type === PANIC) {
        gen.dead = false;
        const p = panicFor(rt, gen, c.payload, site.label);
        // Upstream's glue unwraps its own tag: hand it the exception as is.
        return c.wrapped ? e : p;
      }
      if (c.type === FOREIGN && rt.jsPass) {
        gen.dead = false;
        return e;
      }
      let kind = c.kind;
      if (kind === 'unreachable' && memoryExhausted(gen.memory)) kind = 'oom';
      return abort(rt, gen, site, kind, e);
    },

    leave(gen) {
      rt.deadWithFrames.delete(gen);
    },

    crossed(gen, e) {
      return gen.dead ? abortErrorOf(gen) : e;
    },

    abortErrorOf,
  };
}

// --------------------------------------------------------- generations --

/**
 * The live generation, making one if needed and allowed. Throws the abort
 * error while frames of a dead generation are still on the stack, and the
 * PoisonedError once no generation will be made any more.
 */
export function current(rt) {
  const g = rt.gen;
  if (g !== null && !g.dead) return g;
  return renew(rt);
}

function renew(rt) {
  const g = rt.gen;
  if (g === null) return createGeneration(rt, null);
  // Never instantiate while Rust frames of a dead instance are below us:
  // they would resume (or unwind) on top of a fresh instance.
  if (rt.deadWithFrames.size > 0) throw abortErrorOf(rt.deadWithFrames.values().next().value);
  if (rt.poisoned !== null) throw rt.poisoned;
  if (!withinLimit(rt)) {
    poison(rt, 'reinit-limit', g.abortError);
    throw rt.poisoned;
  }
  rt.reinitTimes.push(rt.now());
  return createGeneration(rt, g);
}

function createGeneration(rt, prev) {
  const gen = new Generation(rt.nextId++);
  rt.gen = gen;
  try {
    const ns = rt.factory(makeWebAssemblyView(rt, gen), makeFinalizationRegistryView(rt, gen), rt.host);
    if (ns === null || (typeof ns !== 'object' && typeof ns !== 'function')) {
      throw new TypeError('wbg-guard: the glue factory of ' + pkgOf(rt) + ' returned no exports');
    }
    gen.ns = ns;
    if (rt.firstNs === null) rt.firstNs = ns;
    for (let i = 0; i < rt.classFacades.length; i++) rt.classFacades[i].adopt(gen);
    // Targets whose glue does not instantiate at load (web, no-modules) get
    // their instance from the cached module. The object form works for every
    // era: older `initSync(module)` hands it to `new WebAssembly.Module`,
    // whose view returns the cached module whatever it is given.
    if (rt.reinitMode === 'initSync' && rt.module !== null && typeof ns.initSync === 'function') {
      ns.initSync({ module: rt.module });
    }
  } catch (e) {
    // A generation that could not be made is discarded: anything it created
    // is refused from now on, and the next entry tries again (within the
    // reinit limit).
    gen.dead = true;
    throw e;
  }
  if (prev !== null) {
    rt.counters.reinits++;
    fire(rt, 'reinit', { generation: gen.id, previous: prev.id, cause: prev.abortError });
  }
  return gen;
}

/** The first generation's exports (for enums and constants). */
export function firstExports(rt) {
  if (rt.firstNs === null) current(rt);
  return rt.firstNs;
}
