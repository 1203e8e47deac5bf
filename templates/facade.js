// The public face of a guarded package: stable functions and classes that
// forward to whatever generation is current, so user code never holds the
// glue of one particular instance (except objects it got back from Rust,
// which deliberately stay bound to their own generation).

import { abortErrorOf, current, firstExports, panicFor } from './generation.js';

// 'fetchThing' | 'Client.connect' (static) | 'Client.prototype.send'
function parseAsyncMembers(list) {
  const top = new Set();
  const statics = new Map();
  const protos = new Map();
  const add = (m, k, v) => {
    let s = m.get(k);
    if (s === undefined) m.set(k, (s = new Set()));
    s.add(v);
  };
  for (const entry of list || []) {
    const parts = String(entry).split('.');
    if (parts.length === 1) top.add(parts[0]);
    else if (parts.length === 3 && parts[1] === 'prototype') add(protos, parts[0], parts[2]);
    else if (parts.length === 2) add(statics, parts[0], parts[1]);
  }
  return { top, statics, protos };
}

const EMPTY = new Set();

/**
 * What a facade call that entered generation `g` throws. If `g` died during
 * the call, whatever came out (often a StaleInstanceError raised by the
 * glue's own `finally` blocks) is replaced by the abort error itself; a
 * glue-made panic object becomes our PanicError.
 */
function settle(rt, g, e) {
  if (g.dead) {
    // The abort has reached the code that entered the generation: later
    // calls to it are plain stale uses.
    if (g.depth === 0) g.inFlight = false;
    return abortErrorOf(g);
  }
  const p = panicFor(rt, g, e, '');
  return p === undefined ? e : p;
}

/**
 * Async results: a promise of generation `g` settles like the original but
 * rejects at once with the abort error if `g` dies first (nothing hangs on a
 * dead instance), and glue-made panics reject as our PanicError.
 */
function race(rt, g, r) {
  if (r === null || (typeof r !== 'object' && typeof r !== 'function')) return r;
  let then;
  try {
    then = r.then;
  } catch (_) {
    return r;
  }
  if (typeof then !== 'function') return r;
  return new Promise((resolve, reject) => {
    if (g.dead) {
      reject(abortErrorOf(g));
      return;
    }
    g.pending.add(reject);
    then.call(
      r,
      (v) => {
        g.pending.delete(reject);
        resolve(v);
      },
      (e) => {
        g.pending.delete(reject);
        reject(g.dead ? abortErrorOf(g) : settle(rt, g, e));
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

export function makeFacade(rt, asyncMembers) {
  const asyncs = parseAsyncMembers(asyncMembers);

  /** A stable function forwarding to export `name` of the live generation. */
  function fn(name) {
    if (asyncs.top.has(name)) {
      return named(name, function (...args) {
        const g = current(rt);
        let r;
        try {
          r = g.ns[name](...args);
        } catch (e) {
          throw settle(rt, g, e);
        }
        if (g.dead) throw settle(rt, g, undefined);
        return race(rt, g, r);
      });
    }
    return named(name, function (...args) {
      const g = current(rt);
      let r;
      try {
        r = g.ns[name](...args);
      } catch (e) {
        throw settle(rt, g, e);
      }
      if (g.dead) throw settle(rt, g, undefined);
      return r;
    });
  }

  /**
   * A stable class facade. `new Facade(...)` constructs with the live
   * generation's class; statics forward to it; `x instanceof Facade` holds for
   * objects of every generation because each generation's prototype gets the
   * facade's prototype inserted in its chain (see adopt).
   */
  function cls(name) {
    const asyncStatics = asyncs.statics.get(name) || EMPTY;
    const asyncProtos = asyncs.protos.get(name) || EMPTY;
    const shared = {};
    const target = named(name, function () {});
    target.prototype = shared;
    const forwarders = new Map();
    let proxy = null;

    function latestClass() {
      const g = rt.gen !== null ? rt.gen : current(rt);
      return g.ns === null ? undefined : g.ns[name];
    }

    function forwarder(key) {
      let f = forwarders.get(key);
      if (f !== undefined) return f;
      const isAsync = asyncStatics.has(key);
      f = named(key, function (...args) {
        const g = current(rt);
        let r;
        try {
          r = g.ns[name][key](...args);
        } catch (e) {
          throw settle(rt, g, e);
        }
        if (g.dead) throw settle(rt, g, undefined);
        return isAsync ? race(rt, g, r) : r;
      });
      forwarders.set(key, f);
      return f;
    }

    const handler = {
      construct(_t, args, newTarget) {
        const g = current(rt);
        const C = g.ns[name];
        let o;
        try {
          o = Reflect.construct(C, args, newTarget === proxy ? C : newTarget);
        } catch (e) {
          throw settle(rt, g, e);
        }
        if (g.dead) throw settle(rt, g, undefined);
        return o;
      },
      apply(_t, thisArg, args) {
        // Classes refuse to be called without `new`; let the real one say so.
        return Reflect.apply(current(rt).ns[name], thisArg, args);
      },
      get(t, key, receiver) {
        if (key === 'prototype') return shared;
        // Symbols include Symbol.hasInstance: `instanceof` must work even when
        // the package is poisoned, so it never touches a generation.
        if (typeof key === 'symbol') return Reflect.get(t, key, receiver);
        const C = latestClass();
        const d = C === undefined ? undefined : Reflect.getOwnPropertyDescriptor(C, key);
        if (d === undefined) return Reflect.get(t, key, receiver);
        if ('value' in d) return typeof d.value === 'function' ? forwarder(key) : d.value;
        // A static accessor runs Rust: evaluate it on the live generation.
        const g = current(rt);
        try {
          return Reflect.get(g.ns[name], key);
        } catch (e) {
          throw settle(rt, g, e);
        }
      },
      set(_t, key, value) {
        if (key === 'prototype') return false;
        const g = current(rt);
        try {
          return Reflect.set(g.ns[name], key, value);
        } catch (e) {
          throw settle(rt, g, e);
        }
      },
      has(t, key) {
        if (typeof key !== 'symbol' && key !== 'prototype') {
          const C = latestClass();
          if (C !== undefined && key in C) return true;
        }
        return Reflect.has(t, key);
      },
    };
    proxy = new Proxy(target, handler);
    Object.defineProperty(shared, 'constructor', { value: proxy, writable: true, configurable: true });

    // Wire a generation's class to this facade, once per generation.
    function adopt(g) {
      if (g.adopted.has(name) || g.ns === null) return;
      const C = g.ns[name];
      if (typeof C !== 'function' || C.prototype === null || typeof C.prototype !== 'object') return;
      g.adopted.add(name);
      const proto = C.prototype;
      // Glue classes extend nothing; one that does keeps its own chain (and
      // then `instanceof Facade` only holds for objects made via the facade).
      if (Object.getPrototypeOf(proto) === Object.prototype) Object.setPrototypeOf(proto, shared);
      for (const m of asyncProtos) {
        const d = Object.getOwnPropertyDescriptor(proto, m);
        if (d === undefined || typeof d.value !== 'function') continue;
        const orig = d.value;
        d.value = named(m, function (...args) {
          // Objects stay bound to their own generation `g`.
          const wasDead = g.dead;
          let r;
          try {
            r = orig.apply(this, args);
          } catch (e) {
            throw wasDead ? e : settle(rt, g, e);
          }
          if (!wasDead && g.dead) throw settle(rt, g, undefined);
          return race(rt, g, r);
        });
        Object.defineProperty(proto, m, d);
      }
    }

    // When a generation dies, its class's methods and accessors are wrapped
    // so a stale call names 'Class.method'. Without this a stale method fails
    // at its first raw call, often a helper (`__wbindgen_add_to_stack_pointer`,
    // `__wbindgen_malloc`) whose name tells the user nothing. The wrapper
    // still runs the glue's code (a getter answering from a JS-side cache
    // keeps working); only a raw call is refused, with this label. It is set
    // up once per death, so live objects pay nothing.
    function retire(g) {
      if (!g.adopted.has(name)) return;
      const proto = g.ns[name].prototype;
      // free() and Symbol.dispose of a dead generation's objects do nothing:
      // its memory is gone with it, and a `using` block or cleanup code must
      // not throw for it (whatever the glue would run first, e.g. upstream's
      // own call guard).
      for (const key of ['free', typeof Symbol.dispose === 'symbol' ? Symbol.dispose : null]) {
        if (key === null) continue;
        const d = Object.getOwnPropertyDescriptor(proto, key);
        if (d === undefined || !d.configurable || typeof d.value !== 'function') continue;
        d.value = named(typeof key === 'symbol' ? '[Symbol.dispose]' : key, function () {});
        Object.defineProperty(proto, key, d);
      }
      for (const key of Object.getOwnPropertyNames(proto)) {
        if (key === 'constructor' || key === 'free' || key.startsWith('__')) continue;
        const d = Object.getOwnPropertyDescriptor(proto, key);
        if (d === undefined || !d.configurable) continue;
        const label = name + '.' + key;
        const relabel = (f) =>
          function (...args) {
            const prev = g.staleLabel;
            const prevGen = rt.staleGen;
            g.staleLabel = label;
            rt.staleGen = g;
            try {
              return f.apply(this, args);
            } finally {
              g.staleLabel = prev;
              rt.staleGen = prevGen;
            }
          };
        if ('value' in d) {
          if (typeof d.value !== 'function') continue;
          d.value = named(key, relabel(d.value));
        } else {
          if (d.get) d.get = relabel(d.get);
          if (d.set) d.set = relabel(d.set);
        }
        Object.defineProperty(proto, key, d);
      }
    }

    rt.classFacades.push({ adopt, retire });
    if (rt.gen !== null) adopt(rt.gen);
    return proxy;
  }

  /** Enums and constants: plain frozen objects, taken from the first generation. */
  function value(name) {
    return firstExports(rt)[name];
  }

  /** The web target's default export (async init). */
  function init(arg) {
    let g;
    try {
      g = current(rt);
    } catch (e) {
      return Promise.reject(e);
    }
    try {
      return Promise.resolve(g.ns.default(arg)).catch((e) => {
        throw settle(rt, g, e);
      });
    } catch (e) {
      return Promise.reject(settle(rt, g, e));
    }
  }

  /** The web target's initSync. */
  function initSync(arg) {
    const g = current(rt);
    try {
      return g.ns.initSync(arg);
    } catch (e) {
      throw settle(rt, g, e);
    }
  }

  return { fn, cls, value, init: named('init', init), initSync: named('initSync', initSync) };
}
