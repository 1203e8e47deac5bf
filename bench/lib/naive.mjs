// The baseline the design is measured against: a facade written the way a
// naive shim would do it. Every exported function is a function Proxy whose
// apply trap checks a dead flag and catches; every object that comes out of
// Rust is wrapped in a Proxy whose get trap creates a NEW function Proxy on
// every property read of a method (so `obj.method()` allocates a Proxy per
// call). It guards nothing after an abort beyond the flag: it exists only to
// show what the real facade's design buys in per-call cost.

export function naiveFacade(mod) {
  let dead = false;
  const classes = new Set(Object.values(mod).filter((v) => typeof v === 'function' && v.prototype));

  function call(f, thisArg, args) {
    if (dead) throw new Error('naive shim: instance is dead');
    let r;
    try {
      r = Reflect.apply(f, thisArg, args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) dead = true;
      throw e;
    }
    return wrapResult(r);
  }

  function wrapResult(r) {
    if (r !== null && typeof r === 'object' && classes.has(r.constructor)) return wrapObject(r);
    return r;
  }

  function unwrap(a) {
    return a !== null && typeof a === 'object' && proxies.has(a) ? proxies.get(a) : a;
  }

  const proxies = new WeakMap(); // proxy -> target
  function wrapObject(o) {
    const p = new Proxy(o, {
      get(t, k) {
        const v = Reflect.get(t, k, t);
        if (typeof v !== 'function') return v;
        // A new function Proxy on every read.
        return new Proxy(v, {
          apply(f, _this, args) {
            return call(f, t, args.map(unwrap));
          },
        });
      },
    });
    proxies.set(p, o);
    return p;
  }

  const cache = new Map();
  return new Proxy(mod, {
    get(t, k) {
      const v = Reflect.get(t, k);
      if (typeof v !== 'function') return v;
      if (cache.has(k)) return cache.get(k);
      const p = new Proxy(v, {
        apply(f, _this, args) {
          return call(f, undefined, args.map(unwrap));
        },
        construct(C, args) {
          if (dead) throw new Error('naive shim: instance is dead');
          try {
            return wrapObject(Reflect.construct(C, args.map(unwrap)));
          } catch (e) {
            if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) dead = true;
            throw e;
          }
        },
        get(C, key) {
          const s = Reflect.get(C, key);
          if (typeof s !== 'function' || key === 'prototype') return s;
          return new Proxy(s, {
            apply(f, _this, args) {
              return call(f, C, args.map(unwrap));
            },
          });
        },
      });
      cache.set(k, p);
      return p;
    },
  });
}
