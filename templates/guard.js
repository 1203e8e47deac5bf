// Fixed-arity wrappers around raw Wasm exports and around the JS imports
// handed to the Wasm instance.
//
// They are written out in full for arities 0..12 (plus a rest-args fallback)
// because the runtime must not create code at run time: Workers and CSP pages
// forbid it. A fixed arity keeps the call as cheap as the raw one (no
// `arguments` object, no array) and keeps `fn.length` equal to the Wasm
// signature.
//
// `gen` is the generation the function belongs to; `site` describes it
// ({ name, label, free }); `h` is the generation manager's handler:
//   h.dead(gen, site)      the generation is dead: returns (free-like exports)
//                          or throws StaleInstanceError / the abort error
//   h.fail(gen, site, e)   classify what escaped; returns the error to throw
//   h.leave(gen)           the last frame of a dead generation left the stack
//   h.crossed(gen, e)      an import threw back into Wasm; returns what to throw
//   h.abortErrorOf(gen)    the error that killed the generation
// `gen.depth` counts the Wasm frames of the generation on the stack, so the
// manager never re-instantiates under the feet of a dead generation.

export const MAX_FIXED_ARITY = 12;

/** Guard a raw export. `arity` is the Wasm parameter count. */
export function guardExport(raw, arity, gen, site, h) {
  switch (arity) {
    case 0:
      return function () {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw();
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 1:
      return function (a0) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 2:
      return function (a0, a1) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 3:
      return function (a0, a1, a2) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 4:
      return function (a0, a1, a2, a3) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 5:
      return function (a0, a1, a2, a3, a4) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 6:
      return function (a0, a1, a2, a3, a4, a5) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 7:
      return function (a0, a1, a2, a3, a4, a5, a6) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 8:
      return function (a0, a1, a2, a3, a4, a5, a6, a7) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6, a7);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 9:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6, a7, a8);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 10:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 11:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    case 12:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      };
    default:
      return withLength(arity, function (...args) {
        if (gen.dead) return h.dead(gen, site);
        gen.depth++;
        try {
          return raw(...args);
        } catch (e) {
          throw h.fail(gen, site, e);
        } finally {
          if (--gen.depth === 0 && gen.dead) h.leave(gen);
        }
      });
  }
}

// The rest-args form still reports the Wasm arity (when known) as `length`.
function withLength(arity, f) {
  if (typeof arity === 'number' && arity > 0) {
    Object.defineProperty(f, 'length', { value: arity, configurable: true });
  }
  return f;
}

/**
 * Guard a JS function imported by the Wasm module. When it returns (or
 * throws) into Rust frames of a generation that died meanwhile (a nested call
 * aborted and some JS swallowed the error), it throws the abort error instead,
 * so Rust code of a dead instance never resumes. `arity` may be undefined
 * (unknown): then the rest-args form passes every argument through.
 */
export function guardImport(fn, arity, gen, h) {
  switch (arity) {
    case 0:
      return function () {
        let r;
        try {
          r = fn();
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 1:
      return function (a0) {
        let r;
        try {
          r = fn(a0);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 2:
      return function (a0, a1) {
        let r;
        try {
          r = fn(a0, a1);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 3:
      return function (a0, a1, a2) {
        let r;
        try {
          r = fn(a0, a1, a2);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 4:
      return function (a0, a1, a2, a3) {
        let r;
        try {
          r = fn(a0, a1, a2, a3);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 5:
      return function (a0, a1, a2, a3, a4) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 6:
      return function (a0, a1, a2, a3, a4, a5) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 7:
      return function (a0, a1, a2, a3, a4, a5, a6) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 8:
      return function (a0, a1, a2, a3, a4, a5, a6, a7) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6, a7);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 9:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 10:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 11:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    case 12:
      return function (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
        let r;
        try {
          r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      };
    default:
      return withLength(arity, function (...args) {
        let r;
        try {
          r = fn(...args);
        } catch (e) {
          throw h.crossed(gen, e);
        }
        if (gen.dead) throw h.abortErrorOf(gen);
        return r;
      });
  }
}
