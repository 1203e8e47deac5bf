// The generation manager: one generation = one run of the glue factory = one
// Wasm instance plus all of the glue's module state (heap, caches, classes,
// registries). It decides what a failure means (panic or abort), poisons a
// generation at once on abort, and makes the next one lazily, on the next
// entry through the facade.

import { AbortError, PanicError, PoisonedError, StaleInstanceError, describe } from './errors.js';
import { ABORT, DELIBERATE, FOREIGN, PANIC, classify, isStackOverflow, memoryExhausted } from './classify.js';
import { LEFT, canSwap, leaveSwap, makeFinalizationRegistryView, makeWebAssemblyView, swapInstance } from './views.js';

const POLICIES = ['reinit', 'poison'];
const REINIT_MODES = ['factory', 'initSync'];

// "No value" for the identity slots below (a thrown value may be anything,
// undefined included).
export const NONE = Object.freeze({});

/**
 * State of one generation. Nothing outside the runtime ever sees it. Its
 * owner is this module: the guards only count frames (depth) and read
 * `dead`; the facade reads `dead`, `ns` and `id`.
 */
export class Generation {
  // shared: in swap mode, the generation before, whose glue this one keeps
  // (and with it the adoption of the glue's classes); null otherwise.
  constructor(rt, id, shared) {
    this.rt = rt;
    this.id = id;
    // This instance died (an abort): none of its code runs again. A
    // generation is dead from the moment a failure escapes it until the
    // failure is known to be a clean panic or a deliberate throw.
    this.dead = false;
    // Wasm frames of this generation on the stack (maintained by the guards).
    this.depth = 0;
    this.abortError = null;
    this.abortKind = '';
    this.abortCause = undefined;
    this.abortLabel = '';
    // The glue's exports (the factory's return value; in swap mode, shared).
    this.ns = shared ? shared.ns : null;
    this.instance = null;
    // Its guarded Wasm exports object, as the glue got it (views.js; in swap
    // mode the first generation's, which serves every later one).
    this.exports = shared ? shared.exports : null;
    this.memory = null;
    this.terminated = null; // upstream's __instance_terminated global
    this.wrappedTags = []; // upstream's __wbindgen_wrapped_jstag
    // Objects made by the glue's panic_error import -> our PanicError once
    // reported (null before), so each panic is counted and reported once.
    this.panics = new WeakMap();
    // What JS threw into this generation's Wasm through an import: the last
    // value, and every object, known by identity so that classification
    // never has to look inside them (see classify.js).
    this.crossed = NONE;
    this.crossedAll = new WeakSet();
    // What escaped a raw call, kept by the guard until it is classified.
    this.escaped = NONE;
    // The value wasm-bindgen's throw intrinsic last threw (not a failure).
    this.deliberate = NONE;
    // raw function -> guard, and back: only for modules exporting funcref
    // tables, whose functions are handed out again (views.js).
    this.guards = rt.tables.size > 0 ? new WeakMap() : null;
    this.unguard = rt.tables.size > 0 ? new WeakMap() : null;
    this.pending = new Set(); // reject functions of in-flight async calls
    // class facades already wired to this generation
    this.adopted = shared ? shared.adopted : new Set();
    // class name -> Map(member key -> the glue's descriptor, or { value } of a method)
    this.methods = shared ? shared.methods : new Map();
  }
}

function later(fn) {
  if (typeof queueMicrotask === 'function') queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

function pkgOf(rt) {
  return rt.name ? "'" + rt.name + "'" : 'the Wasm module';
}

// A RuntimeError made by a real trap: engines never let a Wasm catch_all (or
// catch_ref) catch it, even when JS throws the same object again. It is what
// an import of a dead generation throws back into that generation's Wasm
// frames, so that no cleanup code (Drop landing pads, EH handlers) of a dead
// instance runs. The tiny module is `(func (export "t") unreachable)`.
const TRAP_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
  0x07, 0x05, 0x01, 0x01, 0x74, 0x00, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
]);

function makeUncatchable(W) {
  try {
    new W.Instance(new W.Module(TRAP_MODULE), {}).exports.t();
  } catch (e) {
    return e;
  }
  return new W.RuntimeError('unreachable');
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
  // reinitLimit: { max, windowMs }; max 0 (or no limit given as null) means
  // no limit.
  const limit = o.reinitLimit === null ? { max: 0 } : o.reinitLimit || {};
  const W = o.WebAssembly || globalThis.WebAssembly;
  const FR = 'FinalizationRegistry' in o ? o.FinalizationRegistry : globalThis.FinalizationRegistry;
  const rt = {
    // What every call reads (the forwarders in forward.js, the guards in
    // guard.js) comes first. Later in this object's long literal, V8 gave
    // the same loads a measurable cost: two more fields at the end of the
    // swap state took the example's trivial call from 4.0 to 4.6-5.0 ns of
    // overhead, and the same object with these three first was back at 4.0.
    gen: null, // the latest generation (live or dead)
    // Calls through the package's API (facade functions, class members,
    // init) in progress. A guarded call with none in progress and no Wasm
    // frame below it was made by the host (a timer, an event, a promise
    // reaction, a microtask of wasm-bindgen-futures) or by code holding a
    // closure of the package.
    apiDepth: 0,
    // A generation whose abort bookkeeping could not finish (no stack left);
    // completed at the next opportunity.
    unfinished: null,
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
    // The declared maximum of the module's memory in pages (null: none).
    memoryMax: typeof o.memoryMax === 'number' ? o.memoryMax : null,
    W,
    FR,
    // Swap mode (the build found the glue fit for it): generations after the
    // first are new instances under the first one's glue (views.js,
    // swapInstance), not new evaluations of the glue. Its objects are told
    // apart by the tags the facade and the registry view give them.
    swap: o.swap === true,
    // The glue keeps JS values in a heap array: swap mode also needs the
    // factory's host.resetHeap, to empty it for each new instance.
    swapHeap: o.swapHeap === true,
    swapExports: null, // the glue's exports object, once swap mode is on
    swapWrapped: null, // the glue's imports, wrapped once for every generation
    // Every guarded exports object made (views.js): what a loader returns
    // that is one of them, user code gets as the facade's view of it.
    exportObjects: new WeakSet(),
    swapCells: [], // export name, { raw }: the raw function each live guard calls
    swapOthers: [], // export name, { raw }: the value of each other export
    swapTags: [], // upstream's wrapped tags among them
    // A second instantiation by the glue ended swap mode (views.js,
    // startsSwap).
    swapGivenUp: false,
    module: null, // the one compiled module
    // Worked out once, for every generation (views.js): the import plan of
    // module importPlanOf, each export's site and arity, the part of the
    // WebAssembly view and the FinalizationRegistry class no generation owns.
    importPlan: null,
    importPlanOf: null,
    exportPlans: new Map(),
    viewBase: null,
    registryClass: null,
    firstNs: null,
    nextId: 1,
    // Glue closure code run by closureCall in progress (swap mode's renew
    // waits for it, as for API calls).
    closureDepth: 0,
    hookQueue: [], // hook calls to make: [callback, argument, ...]
    hookHead: 0, // index of the next one
    uncatchable: makeUncatchable(globalThis.WebAssembly || W),
    reinitTimes: [],
    poisoned: null, // PoisonedError once no generation will be made any more
    counters: { panics: 0, aborts: 0, reinits: 0, hookErrors: 0, staleCalls: 0, reconstructed: 0 },
    // While a --reconstruct class is constructed again (facade.js rebuild):
    // the finalizer registration of the new instance goes to the host's
    // object that takes its place (views.js).
    registerInto: null,
    hooks: { panic: [], abort: [], reinit: [], staleCall: [] },
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
// dropped (there is no caller that could sensibly receive it). Hook calls are
// queued before they run and leave the queue only once they have run, so a
// hook that could not run for lack of stack (an abort deep in a recursion)
// runs once the stack has unwound (a microtask, or the next entry into the
// runtime), and none is lost or run twice.
function fire(rt, which, arg) {
  const list = rt.hooks[which];
  if (list.length === 0) return;
  for (let i = 0; i < list.length; i++) rt.hookQueue.push(list[i], arg);
  runHooks(rt);
}

function runHooks(rt) {
  while (rt.hookHead < rt.hookQueue.length) {
    const q = rt.hookQueue;
    const i = rt.hookHead;
    rt.hookHead = i + 2; // a hook that calls back into the runtime sees it done
    try {
      q[i](q[i + 1]);
    } catch (e) {
      // Plain assignments first: they need no stack.
      if (rt.hookQueue === q && rt.hookHead === i + 2) rt.hookHead = i;
      let overflow = true;
      try {
        overflow = isStackOverflow(e);
      } catch (_) {
        // no stack even for that: try again later
      }
      if (overflow) {
        try {
          later(() => runHooks(rt));
        } catch (_) {
          // finishPending runs it
        }
        return;
      }
      rt.counters.hookErrors++;
      if (rt.hookQueue === q && rt.hookHead === i) rt.hookHead = i + 2;
    }
  }
  rt.hookQueue = [];
  rt.hookHead = 0;
}

export function stats(rt) {
  return {
    generation: rt.gen === null ? 0 : rt.gen.id,
    panics: rt.counters.panics,
    aborts: rt.counters.aborts,
    reinits: rt.counters.reinits,
    poisoned: rt.poisoned !== null,
    hookErrors: rt.counters.hookErrors,
    staleCalls: rt.counters.staleCalls,
    reconstructed: rt.counters.reconstructed,
  };
}

// ----------------------------------------------------------- failures --

export function abortErrorOf(gen) {
  if (gen.abortError === null && gen.rt.unfinished === gen) {
    try {
      completeAbort(gen.rt, gen);
    } catch (_) {
      // still no stack: the generic error below
    }
  }
  if (gen.abortError === null) {
    return new AbortError('Wasm instance aborted', { kind: gen.abortKind || 'trap', generation: gen.id });
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
  if (rt.limitMax <= 0) return true; // no limit
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

// The part of an abort that may need stack and heap an abort by stack
// overflow or out-of-memory does not leave (the error object, upstream's
// flag, policy, pending promises, hooks): retried by the next entry into the
// runtime or a microtask until it has happened once.
function completeAbort(rt, gen) {
  if (rt.unfinished !== gen) return;
  if (gen.abortError === null) {
    // A JS exception is not described: reading its message could run user
    // code (a getter) in the middle of an abort. It is the error's cause.
    const what = gen.abortKind === 'js-exception' ? 'a JS exception was thrown through Rust frames' : describe(gen.abortCause);
    gen.abortError = new AbortError(
      pkgOf(rt) + ' Wasm instance aborted (' + gen.abortKind + ') in ' + gen.abortLabel + ': ' + what +
        '. Generation ' + gen.id + ' is dead; its objects can no longer be used.',
      { kind: gen.abortKind, cause: gen.abortCause, generation: gen.id, label: gen.abortLabel },
    );
  }
  const err = gen.abortError;
  writeTerminatedFlag(gen);
  // Policy 'poison' is final at once; the reinit limit is checked when a
  // reinit is due (renew), since only then is its time known.
  if (rt.policy === 'poison') poison(rt, 'policy', err);
  if (gen.pending.size > 0) {
    const rejects = Array.from(gen.pending);
    gen.pending.clear();
    for (let i = 0; i < rejects.length; i++) rejects[i](err);
  }
  // The instance is unreachable from here on; drop it so a burst of aborts
  // does not keep every dead memory alive until the queues drain.
  gen.instance = null;
  gen.memory = null;
  rt.unfinished = null;
  fire(rt, 'abort', err);
}

const CLOSURE_SITE = { name: '', label: 'a closure', free: false };

const UNKNOWN_SITE = { name: '', label: '(a call that failed with no stack left)', free: false };

/** Finish an abort whose bookkeeping was cut short; cheap when there is none. */
export function finishPending(rt) {
  // A guard marked the generation dead but could not even call the handler.
  const latest = rt.gen;
  if (latest !== null && latest.dead && latest.abortKind === '' && latest.escaped !== NONE) {
    failure(rt, latest, UNKNOWN_SITE, latest.escaped);
  }
  const g = rt.unfinished;
  if (g !== null) completeAbort(rt, g);
  if (rt.hookHead < rt.hookQueue.length) runHooks(rt);
}

/** The StaleInstanceError for a use of dead generation `gen`. */
export function staleError(rt, gen, label) {
  return new StaleInstanceError(
    label + ': this object or function belongs to generation ' + gen.id + ' of ' + pkgOf(rt) +
      ', whose Wasm instance was aborted; it cannot be used any more (create a new one)',
    { generation: gen.id, label, cause: gen.abortError === null ? undefined : gen.abortError },
  );
}

// A closure or callback of a dead generation called by the host (a timer,
// an event listener, a promise reaction, wasm-bindgen-futures' task queue)
// or by code holding it outside the package's API: it does nothing, so the
// host never sees an exception for it, and is counted and reported.
function staleCall(rt, gen, site) {
  rt.counters.staleCalls++;
  fire(rt, 'staleCall', { generation: gen.id, label: site.label });
  return undefined;
}

/**
 * What upstream's own call guard (wasm-bindgen 0.2.114+ glue, patched to ask
 * the host) throws when a dead generation's glue is entered. The facade
 * refuses stale objects before their glue runs, so this is reached only by
 * the glue's own cleanup code during an aborted call, whose caller gets the
 * abort error in its place.
 */
export function terminatedError(rt) {
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

// What escaped a raw call of a live generation (already marked dead by the
// guard): returns what the caller gets (the value itself when it is not a
// failure). The abort is recorded before anything that needs stack or heap,
// so that if classification or bookkeeping cannot run, it is still counted
// and finished later.
function failure(rt, gen, site, e) {
  gen.dead = true;
  gen.escaped = NONE;
  const prevUnfinished = rt.unfinished;
  gen.abortKind = 'trap';
  gen.abortCause = e;
  gen.abortLabel = site.label;
  rt.counters.aborts++;
  rt.unfinished = gen;
  let kind = 'trap';
  try {
    const c = classify(e, rt.W, gen);
    gen.crossed = NONE;
    if (c.type === DELIBERATE || c.type === PANIC || (c.type === FOREIGN && rt.jsPass)) {
      // Not an abort after all.
      rt.counters.aborts--;
      rt.unfinished = prevUnfinished;
      gen.abortKind = '';
      gen.abortCause = undefined;
      gen.abortLabel = '';
      gen.dead = false;
      if (c.type === DELIBERATE) {
        gen.deliberate = NONE;
        return e;
      }
      if (c.type === PANIC) {
        const p = panicFor(rt, gen, c.payload, site.label);
        // Upstream's glue unwraps its own tag: hand it the exception as is.
        return c.wrapped ? e : p;
      }
      return e;
    }
    kind = c.kind;
    if (kind === 'unreachable' && memoryExhausted(gen.memory, rt.memoryMax)) kind = 'oom';
  } catch (_) {
    // No stack or heap left to classify it: an abort all the same, of the
    // kind found so far.
  }
  gen.abortKind = kind;
  try {
    completeAbort(rt, gen);
  } catch (_) {
    try {
      later(() => finishPending(rt));
    } catch (_) {
      // the next entry into the runtime finishes it
    }
  }
  return gen.abortError !== null ? gen.abortError : e;
}

function makeHandler(rt) {
  return {
    dead(gen, site) {
      if (site.free) return undefined;
      if (rt.apiDepth === 0 && gen.depth === 0) return staleCall(rt, gen, site);
      // No newer generation yet: this is the glue's own code unwinding the
      // call that aborted (a `finally` restoring the stack pointer), and the
      // caller gets the abort error whatever escapes. Throwing the one made
      // already spares a second stack capture on every such abort (brotli's
      // glue does it in every method).
      if (gen === rt.gen && gen.abortError !== null) throw gen.abortError;
      throw staleError(rt, gen, site.label);
    },

    fail(gen, site, e) {
      // Newly failed (the guard marked it dead and kept what escaped, maybe
      // in an inner frame that could not get this far), or already dead: a
      // nested call aborted, and its error (or the uncatchable one an import
      // threw into our frames) is passing through; the caller gets the
      // abort error.
      const err = gen.abortKind === '' && gen.escaped !== NONE ? failure(rt, gen, site, gen.escaped) : abortErrorOf(gen);
      // An abort that reached the outermost frame of a call the host made
      // (no API call in progress): recorded, counted, reported, its promises
      // rejected; thrown, it would end a Node process or a Worker. Glue code
      // after the raw call then sees undefined; a closure the glue made for
      // Rust also catches what that code throws (closureCall), while glue
      // without closure intrinsics (heap-index eras) has no such boundary.
      if (gen.dead && gen.depth === 1 && rt.apiDepth === 0) return undefined;
      throw err;
    },

    returnedDead(gen) {
      // Outer Wasm frames of the dead generation may be below (through an
      // import): the abort error goes to the JS between, and the import
      // wrapper turns it into an error their catch_all cannot catch.
      throw abortErrorOf(gen);
    },

    crossed(gen, e) {
      if (gen.dead) return rt.uncatchable;
      gen.crossed = e;
      if (e !== null && (typeof e === 'object' || typeof e === 'function')) gen.crossedAll.add(e);
      return e;
    },

    // A call of a closure the glue made for Rust (see views.js). Made by the
    // host (no API call in progress, no Wasm frame of it below), it never
    // throws into the host: of a dead generation it does nothing, and an
    // abort in it has been recorded and reported (its promises rejected).
    // Made by code inside an API call, it throws as any call does.
    closureCall(gen, target, self, args) {
      const host = rt.apiDepth === 0 && gen.depth === 0;
      if (gen.dead) {
        if (host) return staleCall(rt, gen, CLOSURE_SITE);
        throw staleError(rt, gen, CLOSURE_SITE.label);
      }
      // The glue's closure code runs here outside the API, and may run user
      // code before it calls into Wasm (an argument's getters): counted,
      // so that no generation is swapped in under it (renew).
      rt.closureDepth++;
      try {
        return Reflect.apply(target, self, args);
      } catch (e) {
        if (host && gen.dead) return undefined;
        throw e;
      } finally {
        rt.closureDepth--;
      }
    },

    // The start function failed while instantiating: the error for the
    // code that asked for the instance.
    startFailed(gen, site, e) {
      return gen.abortKind !== '' ? abortErrorOf(gen) : failure(rt, gen, site, e);
    },

    uncatchable: rt.uncatchable,
    // What the cells of a glue swap mode has left throw (views.js).
    left: LEFT,
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
  if (rt.gen === null) return createGeneration(rt, null);
  finishPending(rt);
  // (Read after: a hook finishPending ran may have made a generation.)
  const g = rt.gen;
  if (!g.dead) return g;
  // Never instantiate while Rust frames of the dead instance are below us.
  // (Only the latest generation can have frames: no newer one is made
  // while it has.)
  if (g.depth > 0) throw abortErrorOf(g);
  // Swap mode: nor while a call through the API is still on the stack. Its
  // glue code may still be running (user code it ran converting an
  // argument made this call), and it would go on through the glue's one
  // exports object into the new instance. Evaluated per generation, its
  // glue can only reach its own, dead instance.
  if (canSwap(rt) && (rt.apiDepth > 0 || rt.closureDepth > 0)) throw abortErrorOf(g);
  if (rt.poisoned !== null) throw rt.poisoned;
  if (!withinLimit(rt)) {
    poison(rt, 'reinit-limit', g.abortError);
    throw rt.poisoned;
  }
  // Only a limit needs the times (without one they would pile up forever).
  if (rt.limitMax > 0) rt.reinitTimes.push(rt.now());
  return createGeneration(rt, g);
}

// A generation by a new evaluation of the glue: its own classes, caches and
// registries, and an instance its loader makes through the views.
function evaluateGlue(rt, gen) {
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
}

// Swap mode: a generation that keeps the glue of the one before it (its
// exports, classes, registries and their adoption by the facade) and gets a
// new instance under it; the start function runs as the glue's loader would
// have run it.
function swapGeneration(rt, gen) {
  swapInstance(rt, gen);
  const start = rt.swapExports.__wbindgen_start;
  if (typeof start === 'function') start();
}

function createGeneration(rt, prev) {
  const swap = prev !== null && canSwap(rt);
  // Swap mode given up (views.js startsSwap): the guards made for it stay
  // with the generation they served.
  if (prev !== null && !swap && rt.swapExports !== null) leaveSwap(rt, prev);
  const gen = new Generation(rt, rt.nextId++, swap ? prev : null);
  rt.gen = gen;
  // The glue's top level and the start function run as part of whichever
  // call made the generation: their failures reach that caller.
  rt.apiDepth++;
  try {
    if (swap) {
      swapGeneration(rt, gen);
    } else {
      evaluateGlue(rt, gen);
    }
  } catch (e) {
    // A generation that could not be made is discarded: anything it created
    // is refused from now on, and the next entry tries again (within the
    // reinit limit) under the same number.
    gen.dead = true;
    if (rt.gen === gen && gen.abortKind === '') {
      rt.gen = prev;
      rt.nextId = gen.id;
    }
    // A glue evaluation that failed after its instance started swap mode
    // leaves a glue that never finished: no generation is swapped under it.
    if (!swap && rt.swapExports !== null) leaveSwap(rt, gen);
    throw e;
  } finally {
    rt.apiDepth--;
  }
  if (prev !== null) {
    rt.counters.reinits++;
    if (rt.hooks.reinit.length > 0) fire(rt, 'reinit', { generation: gen.id, previous: prev.id, cause: prev.abortError });
  }
  return gen;
}

/** The first generation's exports (for enums and constants). */
export function firstExports(rt) {
  if (rt.firstNs === null) current(rt);
  return rt.firstNs;
}
