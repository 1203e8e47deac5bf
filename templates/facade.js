// The public face of a guarded package: stable functions and classes that
// forward to the generation a call belongs to. Functions and statics run on
// the live generation; a method runs on the generation of the object it is
// called on, and refuses it if that generation is dead, however the method
// was reached (`Object.getPrototypeOf(live).method.call(stale)` included).
//
// Classes are real classes: `Counter.prototype` holds every method, getter
// and setter (one forwarder each, shared by all generations), statics are
// own properties of `Counter`, and `class My extends Counter` works. Each
// generation's glue class keeps its own prototype object, emptied of members
// and chained to `Counter.prototype`, and marked with its generation; the
// glue's own methods are kept per generation and called by the forwarders.

import { abortErrorOf, current, finishPending, firstExports, panicFor, staleError } from './generation.js';
import { GEN, fnForwarder, genOf as generationOf, hasStamp, methodForwarder, stampGen, staticForwarder } from './forward.js';
// The class name, on each facade prototype (for messages).
const CLASS = Symbol('wbg-guard.class');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const DISPOSE = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : null;
// On instances of --reconstruct classes: the arguments they were constructed
// with, to construct them again after an abort.
const RECON = Symbol('wbg-guard.reconstruct');

/**
 * What a call that entered generation `g` throws. If `g` died during the
 * call, whatever came out (often a StaleInstanceError raised by the glue's
 * own `finally` blocks) is replaced by the abort error itself; a glue-made
 * panic object becomes our PanicError.
 */
function settle(rt, g, e) {
  if (g.dead) return abortErrorOf(g);
  const p = panicFor(rt, g, e, '');
  return p === undefined ? e : p;
}

/**
 * What a call throws when its generation died during it although the glue
 * returned: the abort error. What it returned is dropped; a promise (an
 * async glue function that trapped before its first await rejects its own)
 * is marked handled first, or its rejection would reach the host as an
 * unhandled one (fatal in Node).
 */
function settleDead(rt, g, r) {
  if (r instanceof Promise) Promise.prototype.then.call(r, undefined, ignore);
  return settle(rt, g, undefined);
}

function ignore() {}

/**
 * A promise of generation `g` settles like the original but rejects at once
 * with the abort error if `g` dies first (nothing hangs on a dead instance),
 * and glue-made panics reject as our PanicError.
 */
function race(rt, g, r) {
  return new Promise((resolve, reject) => {
    if (g.dead) {
      reject(abortErrorOf(g));
      return;
    }
    g.pending.add(reject);
    r.then(
      (v) => {
        g.pending.delete(reject);
        if (g.dead) reject(abortErrorOf(g));
        else resolve(v);
      },
      (e) => {
        g.pending.delete(reject);
        reject(settle(rt, g, e));
      },
    );
  });
}

function named(name, f) {
  try {
    Object.defineProperty(f, 'name', { value: name, configurable: true });
  } catch (_) {
    // cosmetic only
  }
  return f;
}

function withLength(n, f) {
  if (typeof n === 'number' && n >= 0 && f.length !== n) Object.defineProperty(f, 'length', { value: n, configurable: true });
  return f;
}

function memberName(key) {
  return typeof key === 'symbol' ? '[' + (key.description || 'symbol') + ']' : key;
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

export function makeFacade(rt) {
  // Functions the user passed in (returned as they are), and the wrappers of
  // functions the package returned (one per function, so identity holds).
  const userFunctions = new WeakSet();
  const returned = new WeakMap(); // the package's function -> its wrapper
  const original = new WeakMap(); // wrapper -> [the package's function, its generation]

  // A function the package returns (a closure of Rust's, a function read
  // from a table) is wrapped so that calling it is a call through the API
  // like any other: an abort in it throws, a stale one throws. Closures Rust
  // hands to the host instead (timers, listeners, promises) stay unwrapped:
  // a call of a dead generation's closure from there does nothing (see
  // generation.js, staleCall), so the host never sees an exception.
  function handOut(g, r) {
    if (userFunctions.has(r)) return r;
    let w = returned.get(r);
    if (w !== undefined) return w;
    const f = r;
    const label = f.name ? 'closure ' + f.name : 'closure';
    w = withLength(
      f.length,
      named(f.name, function (...args) {
        if (g.dead) throw staleError(rt, g, label);
        return call(g, label, f, this, args);
      }),
    );
    returned.set(r, w);
    original.set(w, [r, g]);
    return w;
  }

  // An object or function argument: a stale object is refused before the
  // glue sees it; a function the user passed is remembered (so that one the
  // package hands back is returned as it is); a function the package handed
  // out goes back as the one it made.
  function arg(g, a, i, label) {
    if (typeof a === 'function') {
      const o = original.get(a);
      if (o === undefined) {
        userFunctions.add(a);
        return a;
      }
      if (o[1].dead) throw staleError(rt, o[1], label + ': argument ' + (i + 1) + ' (a closure)');
      return o[0];
    }
    const ag = generationOf(a);
    if (ag !== undefined && ag.dead) {
      throw staleError(rt, ag, label + ': argument ' + (i + 1) + ' (a ' + (a[CLASS] || 'object') + ')');
    }
    return a;
  }

  function live() {
    finishPending(rt);
    return current(rt);
  }

  // The helpers of the generated forwarders (forward.js).
  const h = {
    live,
    arg,
    settle: (g, e) => settle(rt, g, e),
    settleDead: (g, r) => settleDead(rt, g, r),
    out: (g, r) => (r instanceof Promise ? race(rt, g, r) : typeof r === 'function' ? handOut(g, r) : r),
  };

  // Checks (and possibly replaces) the object and function arguments of a
  // call on generation g, in place.
  function checkArgs(g, args, label) {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (typeof a === 'object' ? a !== null : typeof a === 'function') args[i] = arg(g, a, i, label);
    }
  }

  // One call through the API with its arguments as an array (constructors,
  // init): on the generation g, with `this` = self.
  function call(g, label, f, self, args) {
    checkArgs(g, args, label);
    rt.apiDepth++;
    let r;
    try {
      r = Reflect.apply(f, self, args);
    } catch (e) {
      throw settle(rt, g, e);
    } finally {
      rt.apiDepth--;
    }
    if (g.dead) throw settleDead(rt, g, r);
    return (typeof r === 'object' ? r !== null : typeof r === 'function') ? h.out(g, r) : r;
  }

  // A stable function named `name` of length n, forwarding to the function
  // resolve(g) gives for the live generation g; a variadic one passes
  // exactly the arguments given.
  function forwarder(name, n, variadic, resolve) {
    return withLength(n, named(name, fnForwarder(variadic ? -1 : n, name, rt, h, resolve)));
  }

  /** A stable function forwarding to export `name` of the live generation. */
  function fn(name, info) {
    const n = info && typeof info.length === 'number' ? info.length : -1;
    // A function with a rest parameter gets exactly the arguments given.
    return forwarder(name, n, info && info.variadic, (g) => [g.ns[name], undefined]);
  }

  /**
   * A class facade. `info` lists the members known from the glue (methods,
   * getters, setters, statics, constructor length); members a generation's
   * glue class has beyond those are added when it is adopted.
   */
  function cls(name, info) {
    const o = info || {};
    const arities = o.arity || {};
    const P = {};

    // Constructs the glue class of generation g with args (checked first),
    // through the API: an abort in the constructor settles as any call's.
    function construct(g, args, newTarget) {
      checkArgs(g, args, 'new ' + name);
      rt.apiDepth++;
      let obj;
      try {
        obj = Reflect.construct(g.ns[name], args, newTarget);
      } catch (e) {
        throw settle(rt, g, e);
      } finally {
        rt.apiDepth--;
      }
      if (g.dead) throw settle(rt, g, undefined);
      return obj;
    }

    const Facade = named(name, function (...args) {
      if (new.target === undefined) {
        throw new TypeError('Class constructor ' + name + " cannot be invoked without 'new'");
      }
      const g = live();
      const first = o.reconstruct ? args.slice() : null;
      const obj = construct(g, args, new.target === Facade ? g.ns[name] : new.target);
      // A subclass instance does not inherit from the glue's prototype:
      // it carries its generation itself.
      if (isObject(obj) && generationOf(obj) !== g) stampGen(obj, g);
      if (first !== null && isObject(obj)) Object.defineProperty(obj, RECON, { value: first });
      return obj;
    });
    withLength(o.length, Facade);
    Object.defineProperty(Facade, 'prototype', { value: P, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(P, 'constructor', { value: Facade, writable: true, configurable: true });
    Object.defineProperty(P, CLASS, { value: name });

    // The glue's member `key` of generation `g` (its descriptor, or for a
    // method adopted as planned `{ value }`), if any.
    function member(g, key) {
      const m = g.methods.get(name);
      return m === undefined ? undefined : m.get(key);
    }

    // The generation of `self`, refusing what is not an object of this class.
    function genOf(self, label) {
      const g = isObject(self) ? generationOf(self) : undefined;
      if (g === undefined) throw new TypeError(label + ': called on something that is not a ' + name);
      return g;
    }

    // A receiver that is not a live object of this class: not ours (a
    // TypeError), or stale (refused, but free() and Symbol.dispose do
    // nothing, and Node's inspect says what it is). A stale instance of a
    // --reconstruct class is rebuilt and the call made again (forwarder()
    // is the function that was called).
    function notLive(key, label, forwarder) {
      const silentWhenDead = key === 'free' || key === DISPOSE;
      return (g, self, args) => {
        if (g === undefined) throw new TypeError(label + ': called on something that is not a ' + name);
        if (silentWhenDead) return undefined;
        if (key === INSPECT) return name + ' { <stale: generation ' + g.id + ' was aborted> }';
        if (o.reconstruct && self[RECON] !== undefined) {
          rebuild(self);
          return Reflect.apply(forwarder(), self, args);
        }
        throw staleError(rt, g, label);
      };
    }

    // Rebuilds a stale instance of a --reconstruct class in the live
    // generation: the constructor runs again with the arguments the
    // instance was first given, and the host's object takes the new
    // instance's place (its pointer, its prototype, and its finalizer
    // registration, which the registry view moves to it). The dead
    // instance's Rust state is lost, as for everything else of that
    // generation.
    function rebuild(self) {
      const g = live();
      const C = g.ns[name];
      rt.registerInto = { proto: C.prototype, into: self };
      let fresh;
      try {
        fresh = construct(g, self[RECON].slice(), C);
      } finally {
        rt.registerInto = null;
      }
      for (const key of Reflect.ownKeys(fresh)) {
        Object.defineProperty(self, key, Object.getOwnPropertyDescriptor(fresh, key));
      }
      // Its generation is the new one's: by its own tag where it has one,
      // by the new class's prototype otherwise, and in swap mode (one class
      // for every generation, whose prototype names the first) by a tag in
      // any case.
      if (hasStamp(self) || Object.getPrototypeOf(self) === Object.getPrototypeOf(fresh)) {
        stampGen(self, g);
      } else {
        Object.setPrototypeOf(self, Object.getPrototypeOf(fresh));
      }
      rt.counters.reconstructed++;
    }

    function glueFn(key, label, part) {
      return (g) => {
        const d = member(g, key);
        const f = d === undefined ? undefined : part === 'get' ? d.get : part === 'set' ? d.set : d.value;
        if (typeof f !== 'function') throw new TypeError(label + (part ? ' has no ' + part + 'ter' : ' is not a function'));
        return f;
      };
    }

    function arityOf(key) {
      return typeof key === 'string' && arities[key] !== undefined ? arities[key] : -1;
    }

    function ensureMethod(key) {
      if (Object.prototype.hasOwnProperty.call(P, key)) return;
      const label = name + '.' + memberName(key);
      const n = arityOf(key);
      const f = withLength(n, named(memberName(key), methodForwarder(n, label, rt, h, glueFn(key, label, ''), notLive(key, label, () => f))));
      Object.defineProperty(P, key, { value: f, writable: true, enumerable: false, configurable: true });
    }

    function ensureInternal(key) {
      if (Object.prototype.hasOwnProperty.call(P, key)) return;
      const label = name + '.' + key;
      const f = named(key, function (...args) {
        const d = member(genOf(this, label), key);
        return Reflect.apply(d.value, this, args);
      });
      Object.defineProperty(P, key, { value: f, writable: true, enumerable: false, configurable: true });
    }

    function ensureAccessor(key) {
      if (Object.prototype.hasOwnProperty.call(P, key)) return;
      const label = name + '.' + memberName(key);
      const get = named('get ' + memberName(key), methodForwarder(0, label, rt, h, glueFn(key, label, 'get'), notLive(key, label, () => get)));
      const set = named('set ' + memberName(key), methodForwarder(1, label, rt, h, glueFn(key, label, 'set'), notLive(key, label, () => set)));
      Object.defineProperty(P, key, {
        get,
        set,
        enumerable: false,
        configurable: true,
      });
    }

    function ensureStatic(key, accessor) {
      if (Object.prototype.hasOwnProperty.call(Facade, key)) return;
      const label = name + '.' + memberName(key);
      if (accessor) {
        Object.defineProperty(Facade, key, {
          get: named('get ' + memberName(key), function () {
            const g = live();
            const d = Object.getOwnPropertyDescriptor(g.ns[name], key);
            return d && d.get ? call(g, label, d.get, g.ns[name], []) : undefined;
          }),
          set: named('set ' + memberName(key), function (v) {
            const g = live();
            const d = Object.getOwnPropertyDescriptor(g.ns[name], key);
            if (!d || !d.set) throw new TypeError(label + ' has no setter');
            call(g, label, d.set, g.ns[name], [v]);
          }),
          enumerable: false,
          configurable: true,
        });
        return;
      }
      const n = typeof key === 'string' && arities['static ' + key] !== undefined ? arities['static ' + key] : -1;
      const f = withLength(n, named(memberName(key), staticForwarder(n, label, rt, h, (g) => [g.ns[name][key], g.ns[name]])));
      Object.defineProperty(Facade, key, { value: f, writable: true, enumerable: false, configurable: true });
    }

    for (const k of o.methods || []) ensureMethod(k);
    for (const k of [...(o.getters || []), ...(o.setters || [])]) ensureAccessor(k);
    for (const k of o.statics || []) ensureStatic(k, false);
    if (o.free) ensureMethod('free');
    if (o.dispose && DISPOSE !== null) ensureMethod(DISPOSE);

    // Wire a generation's glue class to this facade, once per generation:
    // its prototype's members move to the generation's member table, the
    // forwarders on the facade prototype call them, and the prototype is
    // chained to the facade's so `instanceof` holds across generations.
    let staticsAdopted = false;
    // What the first adoption moved off the glue prototype: its own keys in
    // order, and which of them were moved (accessors apart). Every
    // generation runs the same glue, so the next prototypes have the same
    // keys, and their methods are read without a descriptor each (a third
    // of an adoption, cold). A prototype with other keys, or a planned
    // method that is not a function, takes the full path again.
    let plan = null;

    function adoptAsFirst(proto, keys) {
      const members = new Map();
      const moved = [];
      for (const key of keys) {
        if (key === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(proto, key);
        if (d === undefined || !d.configurable) continue;
        if ('value' in d && typeof d.value !== 'function') continue;
        members.set(key, d);
        moved.push({ key, accessor: !('value' in d) });
        delete proto[key];
        // Internal helpers (`__destroy_into_raw`) are called by the glue
        // itself, on its own objects and on subclass instances alike.
        if (typeof key === 'string' && key.startsWith('__') && 'value' in d) ensureInternal(key);
        else if ('value' in d) ensureMethod(key);
        else ensureAccessor(key);
      }
      plan = { keys, moved };
      return members;
    }

    // The members of a prototype shaped as planned, or null.
    function adoptAsPlanned(proto, keys) {
      if (plan === null || keys.length !== plan.keys.length) return null;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== plan.keys[i]) return null;
      const moved = plan.moved;
      const members = new Map();
      for (let i = 0; i < moved.length; i++) {
        const key = moved[i].key;
        let d;
        if (moved[i].accessor) {
          d = Object.getOwnPropertyDescriptor(proto, key);
          if (d === undefined || 'value' in d || !d.configurable) return null;
        } else {
          const v = proto[key];
          if (typeof v !== 'function') return null;
          d = { value: v };
        }
        members.set(key, d);
      }
      // A member the glue made unconfigurable stays, as adoptAsFirst
      // leaves it (the same glue never does).
      for (let i = 0; i < moved.length; i++) Reflect.deleteProperty(proto, moved[i].key);
      return members;
    }

    function adopt(g) {
      if (g.adopted.has(name) || g.ns === null) return;
      const C = g.ns[name];
      if (typeof C !== 'function' || !isObject(C.prototype)) return;
      g.adopted.add(name);
      const proto = C.prototype;
      const keys = Reflect.ownKeys(proto);
      const members = adoptAsPlanned(proto, keys) || adoptAsFirst(proto, keys);
      g.methods.set(name, members);
      Object.defineProperty(proto, GEN, { value: g });
      // The glue's objects name the exported class as their constructor, as
      // the original's do (`obj.constructor === Foo`, Node's inspect), not
      // the generation's glue class behind it.
      if (proto.constructor !== Facade) {
        Object.defineProperty(proto, 'constructor', { value: Facade, writable: true, configurable: true });
      }
      // Bundling turns a class whose body names itself (its `__wrap`) into
      // `var Foo = class _Foo`, so its .name reads "_Foo" (minified: any
      // letter); the glue's own messages read it ("expected instance of
      // Foo", `_assertClass`). wasm-bindgen exports a class under the name
      // it declares it with.
      if (C.name !== name) Object.defineProperty(C, 'name', { value: name, configurable: true });
      // Glue classes extend nothing; one that does keeps its own chain (and
      // then `instanceof Facade` only holds for objects made via the facade).
      if (Object.getPrototypeOf(proto) === Object.prototype) Object.setPrototypeOf(proto, P);
      // The glue's own checks (`_assertClass`, `__unwrap`) use `instanceof`
      // its class: it holds for objects of this generation, subclass
      // instances made through the facade included.
      // In swap mode the one class serves every generation: the live one's
      // objects hold.
      Object.defineProperty(C, Symbol.hasInstance, {
        value: rt.swap ? (x) => isObject(x) && generationOf(x) === rt.gen : (x) => isObject(x) && generationOf(x) === g,
        configurable: true,
      });
      // In swap mode each object carries the generation that made it (the
      // prototype's says the first). The facade tags what its constructor
      // makes, the registry view what the glue registers, and this what the
      // glue makes of a pointer Rust returned: glue without a
      // FinalizationRegistry (before 0.2.84) registers nothing, and its
      // constructors, too, make their objects by `__wrap`. Only the first
      // generation's glue can be swapped under.
      if (rt.swap && g.id === 1) tagWrapped(C);
      // The statics are the same in every generation (the same glue): the
      // facade has them after the first adoption.
      if (staticsAdopted) return;
      staticsAdopted = true;
      if (!o.length && typeof C.length === 'number') withLength(C.length, Facade);
      for (const key of Reflect.ownKeys(C)) {
        if (key === 'length' || key === 'name' || key === 'prototype' || key === Symbol.hasInstance) continue;
        if (typeof key === 'string' && key.startsWith('__')) continue;
        const d = Object.getOwnPropertyDescriptor(C, key);
        if (d === undefined) continue;
        if ('value' in d) {
          if (typeof d.value === 'function') ensureStatic(key, false);
        } else {
          ensureStatic(key, true);
        }
      }
    }

    rt.classFacades.push({ adopt });
    if (rt.gen !== null) adopt(rt.gen);
    return Facade;
  }

  // Replaces the glue class's `__wrap` (if it has one) by one that tags the
  // object it returns with the live generation.
  function tagWrapped(C) {
    const d = Object.getOwnPropertyDescriptor(C, '__wrap');
    if (d === undefined || typeof d.value !== 'function' || !d.configurable) return;
    const wrap = d.value;
    Object.defineProperty(C, '__wrap', {
      value: function __wrap(ptr) {
        const obj = wrap.call(this, ptr);
        const g = rt.gen;
        if (isObject(obj) && generationOf(obj) !== g) stampGen(obj, g);
        return obj;
      },
      writable: d.writable,
      enumerable: d.enumerable,
      configurable: true,
    });
  }

  /** Enums and constants: plain frozen objects, taken from the first generation. */
  function value(name) {
    return firstExports(rt)[name];
  }

  // The Wasm exports object as user code holds it: what the web and
  // no-modules targets' init() and initSync() return, and what nodejs glue
  // before 0.2.107 publishes as `__wasm`. Code holding it calls raw exports
  // and reads the memory itself (a view of `memory.buffer` at a pointer an
  // export returned). Its functions are calls through the API like the
  // package's own (an abort throws the AbortError; the next call runs on
  // the live generation, which a dead one's object never could), and its
  // other exports (memory, tables, globals) are the live generation's, read
  // at each access. One object, made when first asked for, from the keys
  // of the guarded exports object the glue got.
  let view = null;
  function exportsView() {
    if (view !== null) return view;
    const ex = live().exports;
    if (ex === null) return undefined;
    const v = Object.create(null);
    const keys = Object.keys(ex);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof ex[k] === 'function') {
        const f = forwarder(k, ex[k].length, false, (g) => [g.exports[k], undefined]);
        Object.defineProperty(v, k, { value: f, enumerable: true });
      } else {
        Object.defineProperty(v, k, { get: () => live().exports[k], enumerable: true });
      }
    }
    view = Object.freeze(v);
    return view;
  }

  // What a loader returned: a guarded exports object (of its generation,
  // or of a second instance a web page's init() called twice at once made
  // for it) becomes the view; anything else is returned as it is.
  function loaded(r) {
    return isObject(r) && rt.exportObjects.has(r) ? exportsView() : r;
  }

  /** The web target's default export (async init). */
  function init(arg) {
    let g;
    try {
      g = live();
    } catch (e) {
      return Promise.reject(e);
    }
    rt.apiDepth++;
    let p;
    try {
      p = Promise.resolve(g.ns.default(arg));
    } catch (e) {
      return Promise.reject(settle(rt, g, e));
    } finally {
      rt.apiDepth--;
    }
    // The start function runs when the instance is ready, after this call
    // returned: if it aborted, init rejects with the abort.
    return p.then(
      (v) => {
        if (g.dead) throw abortErrorOf(g);
        return loaded(v);
      },
      (e) => {
        throw settle(rt, g, e);
      },
    );
  }

  /** The web target's initSync. */
  function initSync(arg) {
    const g = live();
    return loaded(call(g, 'initSync', g.ns.initSync, g.ns, [arg]));
  }

  return { fn, cls, value, exportsView, init: named('init', init), initSync: named('initSync', initSync) };
}

