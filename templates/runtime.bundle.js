var __wbgg_runtime = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // wbg-guard-runtime:index.js
  var index_exports = {};
  __export(index_exports, {
    ABORT_KINDS: () => ABORT_KINDS,
    AbortError: () => AbortError,
    PanicError: () => PanicError,
    PoisonedError: () => PoisonedError,
    StaleInstanceError: () => StaleInstanceError,
    createRuntime: () => createRuntime,
    makeHost: () => makeHost
  });

  // wbg-guard-runtime:errors.js
  var ABORT_KINDS = Object.freeze([
    "unreachable",
    "oom",
    "stack-overflow",
    "memory-access",
    "js-exception",
    "trap",
    "cpp-exception"
  ]);
  function describe(value) {
    try {
      if (value !== null && typeof value === "object" && typeof value.message === "string") {
        return value.message;
      }
      return String(value);
    } catch (_) {
      return "unprintable value";
    }
  }
  function setCause(err, cause) {
    if (cause !== void 0 && !Object.prototype.hasOwnProperty.call(err, "cause")) {
      Object.defineProperty(err, "cause", { value: cause, writable: true, configurable: true });
    }
  }
  function setName(cls, name) {
    Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
  }
  var PanicError = class extends Error {
    constructor(message, options) {
      const o = options || {};
      super(message, o.cause !== void 0 ? { cause: o.cause } : void 0);
      setCause(this, o.cause);
      this.generation = o.generation || 0;
      this.label = o.label || "";
    }
  };
  setName(PanicError, "PanicError");
  var AbortError = class extends Error {
    constructor(message, options) {
      const o = options || {};
      super(message, o.cause !== void 0 ? { cause: o.cause } : void 0);
      setCause(this, o.cause);
      this.kind = o.kind || "trap";
      this.generation = o.generation || 0;
      this.label = o.label || "";
    }
  };
  setName(AbortError, "AbortError");
  var PoisonedError = class extends AbortError {
    constructor(message, options) {
      super(message, options);
      this.reason = options && options.reason || "policy";
    }
  };
  setName(PoisonedError, "PoisonedError");
  var StaleInstanceError = class extends Error {
    constructor(message, options) {
      const o = options || {};
      super(message, o.cause !== void 0 ? { cause: o.cause } : void 0);
      setCause(this, o.cause);
      this.generation = o.generation || 0;
      this.label = o.label || "";
    }
  };
  setName(StaleInstanceError, "StaleInstanceError");

  // wbg-guard-runtime:classify.js
  var PANIC = "panic";
  var DELIBERATE = "deliberate";
  var ABORT = "abort";
  var FOREIGN = "foreign";
  function nameOf(e) {
    try {
      return e !== null && typeof e === "object" && typeof e.name === "string" ? e.name : "";
    } catch (_) {
      return "";
    }
  }
  function messageOf(e) {
    try {
      return e !== null && typeof e === "object" && typeof e.message === "string" ? e.message : "";
    } catch (_) {
      return "";
    }
  }
  function has(m, ...words) {
    for (let i = 0; i < words.length; i++) if (m.includes(words[i])) return true;
    return false;
  }
  function trapKind(message) {
    const m = String(message).toLowerCase();
    if (m.includes("unreachable")) return "unreachable";
    if (has(m, "table", "indirect", "signature")) return "trap";
    if (has(m, "trunc", "unrepresentable", "integer overflow", "divide by zero", "division by zero", "remainder by zero")) {
      return "trap";
    }
    if (m.includes("array")) return "trap";
    if (has(m, "memory access", "out of bounds", "unaligned")) return "memory-access";
    if (has(m, "stack", "recursion")) return "stack-overflow";
    if (has(m, "out of memory", "allocation")) return "oom";
    return "trap";
  }
  function isStackOverflow(e) {
    const n = nameOf(e);
    if (n !== "RangeError" && n !== "InternalError") return false;
    return has(messageOf(e).toLowerCase(), "call stack", "too much recursion", "stack overflow");
  }
  function isOutOfMemory(e) {
    const n = nameOf(e);
    if (n !== "RangeError" && n !== "InternalError") return false;
    return has(
      messageOf(e).toLowerCase(),
      "out of memory",
      "allocation failed",
      "could not allocate",
      "cannot allocate",
      "maximum memory size",
      "memory size exceeded"
    );
  }
  var PROBE_MIN_BYTES = 16 * 1024 * 1024;
  function memoryExhausted(memory, maxPages) {
    if (memory === null || memory === void 0) return false;
    let size;
    try {
      if (typeof SharedArrayBuffer === "function" && memory.buffer instanceof SharedArrayBuffer) return false;
      size = memory.buffer.byteLength;
    } catch (_) {
      return false;
    }
    if (typeof maxPages === "number") return size + 65536 > maxPages * 65536;
    try {
      if (typeof memory.type === "function") {
        const t = memory.type();
        if (t && typeof t.maximum === "number") return size >= t.maximum * 65536;
      }
    } catch (_) {
    }
    if (size < PROBE_MIN_BYTES) return false;
    try {
      memory.grow(1);
      return false;
    } catch (_) {
      return true;
    }
  }
  function classify(e, W, gen) {
    const obj = e !== null && (typeof e === "object" || typeof e === "function");
    if (obj && gen.panics.has(e)) return { type: PANIC, payload: e, wrapped: false };
    const Exc = W && typeof W.Exception === "function" ? W.Exception.prototype : null;
    const tags = gen.wrappedTags;
    if (obj && Exc !== null) {
      for (let i = 0; i < tags.length; i++) {
        let payload;
        try {
          if (!Exc.is.call(e, tags[i])) continue;
          payload = Exc.getArg.call(e, tags[i], 0);
        } catch (_) {
          break;
        }
        if (gen.panics.has(payload)) return { type: PANIC, payload, wrapped: true };
        if (payload === gen.deliberate || e === gen.deliberate) return { type: DELIBERATE };
        return { type: FOREIGN, kind: "js-exception" };
      }
    }
    if (e === gen.deliberate) return { type: DELIBERATE };
    if (e === gen.crossed || obj && gen.crossedAll.has(e)) return { type: FOREIGN, kind: "js-exception" };
    if (W && typeof W.RuntimeError === "function" && e instanceof W.RuntimeError) {
      return { type: ABORT, kind: trapKind(messageOf(e)) };
    }
    if (obj && Exc !== null && isWasmException(Exc, e)) {
      return { type: ABORT, kind: "cpp-exception" };
    }
    if (isStackOverflow(e)) return { type: ABORT, kind: "stack-overflow" };
    if (isOutOfMemory(e)) return { type: ABORT, kind: "oom" };
    return { type: FOREIGN, kind: "js-exception" };
  }
  var probeTag = null;
  function isWasmException(Exc, e) {
    try {
      if (probeTag === null) probeTag = new WebAssembly.Tag({ parameters: [] });
      Exc.is.call(e, probeTag);
      return true;
    } catch (_) {
      return false;
    }
  }

  // wbg-guard-runtime:guard.js
  function guardExport(raw, arity, gen, site, h) {
    switch (arity) {
      case 0:
        return function() {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw();
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 1:
        return function(a0) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 2:
        return function(a0, a1) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 3:
        return function(a0, a1, a2) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 9:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6, a7, a8);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 10:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 11:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 12:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      default:
        return withLength(arity, function(...args) {
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = raw(...args);
          } catch (e) {
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        });
    }
  }
  function guardExportLive(cell, arity, rt, site, h) {
    switch (arity) {
      case 0:
        return function() {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw();
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 1:
        return function(a0) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 2:
        return function(a0, a1) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 3:
        return function(a0, a1, a2) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 9:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6, a7, a8);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 10:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 11:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      case 12:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        };
      default:
        return withLength(arity, function(...args) {
          const gen = rt.gen;
          if (gen.dead) return h.dead(gen, site);
          gen.depth++;
          let r;
          try {
            r = cell.raw(...args);
          } catch (e) {
            if (e === h.left) return h.dead(cell.left, site);
            if (!gen.dead) {
              gen.dead = true;
              gen.escaped = e;
            }
            return h.fail(gen, site, e);
          } finally {
            gen.depth--;
          }
          if (gen.dead) return h.returnedDead(gen, site);
          return r;
        });
    }
  }
  function guardImport(fn, arity, gen, h) {
    switch (arity) {
      case 0:
        return function() {
          let r;
          try {
            r = fn();
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 1:
        return function(a0) {
          let r;
          try {
            r = fn(a0);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 2:
        return function(a0, a1) {
          let r;
          try {
            r = fn(a0, a1);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 3:
        return function(a0, a1, a2) {
          let r;
          try {
            r = fn(a0, a1, a2);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          let r;
          try {
            r = fn(a0, a1, a2, a3);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 9:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 10:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 11:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 12:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      default:
        return withLength(arity, function(...args) {
          let r;
          try {
            r = fn(...args);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        });
    }
  }
  function guardImportLive(fn, arity, rt, h) {
    switch (arity) {
      case 0:
        return function() {
          const gen = rt.gen;
          let r;
          try {
            r = fn();
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 1:
        return function(a0) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 2:
        return function(a0, a1) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 3:
        return function(a0, a1, a2) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 9:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 10:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 11:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      case 12:
        return function(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        };
      default:
        return withLength(arity, function(...args) {
          const gen = rt.gen;
          let r;
          try {
            r = fn(...args);
          } catch (e) {
            throw h.crossed(gen, e);
          }
          if (gen.dead) throw h.uncatchable;
          return r;
        });
    }
  }
  function withLength(arity, f) {
    if (typeof arity === "number" && arity > 0) {
      Object.defineProperty(f, "length", { value: arity, configurable: true });
    }
    return f;
  }

  // wbg-guard-runtime:forward.js
  var GEN = /* @__PURE__ */ Symbol("wbg-guard.generation");
  var Bare = class {
    constructor(o) {
      return o;
    }
  };
  var Stamp = class _Stamp extends Bare {
    #gen;
    constructor(o, g) {
      super(o);
      this.#gen = g;
    }
    static has(o) {
      return #gen in o;
    }
    static get(o) {
      return #gen in o ? o.#gen : void 0;
    }
    static set(o, g) {
      if (#gen in o) o.#gen = g;
      else new _Stamp(o, g);
    }
  };
  function genOf(o) {
    const g = o[GEN];
    return g !== void 0 && !g.dead ? g : stampedGen(o, g);
  }
  function stampedGen(o, g) {
    if (o === null || typeof o !== "object" && typeof o !== "function") return g;
    const s = Stamp.get(o);
    return s === void 0 ? g : s;
  }
  function stampGen(o, g) {
    Stamp.set(o, g);
  }
  function hasStamp(o) {
    return Stamp.has(o);
  }
  function fnForwarder(arity, label, rt, h, resolve) {
    let lastG = null;
    let lastF = null;
    let lastT;
    switch (arity) {
      case 0:
        return function() {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF();
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 1:
        return function(a0) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 2:
        return function(a0, a1) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 3:
        return function(a0, a1, a2) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2, a3);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2, a3, a4);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2, a3, a4, a5);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          if (typeof a7 === "object" ? a7 !== null : typeof a7 === "function") a7 = h.arg(g, a7, 7, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF(a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      default:
        return function(...args) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (typeof a === "object" ? a !== null : typeof a === "function") args[i] = h.arg(g, a, i, label);
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF(...args);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
    }
  }
  function staticForwarder(arity, label, rt, h, resolve) {
    let lastG = null;
    let lastF = null;
    let lastT;
    switch (arity) {
      case 0:
        return function() {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 1:
        return function(a0) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 2:
        return function(a0, a1) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 3:
        return function(a0, a1, a2) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2, a3);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2, a3, a4);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2, a3, a4, a5);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          if (typeof a7 === "object" ? a7 !== null : typeof a7 === "function") a7 = h.arg(g, a7, 7, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      default:
        return function(...args) {
          let g = rt.gen;
          if (g === null || g.dead || rt.unfinished !== null) g = h.live();
          if (g !== lastG) {
            const ft = resolve(g);
            lastF = ft[0];
            lastT = ft[1];
            lastG = g;
          }
          for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (typeof a === "object" ? a !== null : typeof a === "function") args[i] = h.arg(g, a, i, label);
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(lastT, ...args);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
    }
  }
  function methodForwarder(arity, label, rt, h, resolve, notLive) {
    let lastG = null;
    let lastF = null;
    switch (arity) {
      case 0:
        return function() {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, []);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 1:
        return function(a0) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 2:
        return function(a0, a1) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 3:
        return function(a0, a1, a2) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 4:
        return function(a0, a1, a2, a3) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2, a3]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2, a3);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 5:
        return function(a0, a1, a2, a3, a4) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2, a3, a4]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2, a3, a4);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 6:
        return function(a0, a1, a2, a3, a4, a5) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2, a3, a4, a5]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2, a3, a4, a5);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 7:
        return function(a0, a1, a2, a3, a4, a5, a6) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2, a3, a4, a5, a6]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2, a3, a4, a5, a6);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      case 8:
        return function(a0, a1, a2, a3, a4, a5, a6, a7) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, [a0, a1, a2, a3, a4, a5, a6, a7]);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          if (typeof a0 === "object" ? a0 !== null : typeof a0 === "function") a0 = h.arg(g, a0, 0, label);
          if (typeof a1 === "object" ? a1 !== null : typeof a1 === "function") a1 = h.arg(g, a1, 1, label);
          if (typeof a2 === "object" ? a2 !== null : typeof a2 === "function") a2 = h.arg(g, a2, 2, label);
          if (typeof a3 === "object" ? a3 !== null : typeof a3 === "function") a3 = h.arg(g, a3, 3, label);
          if (typeof a4 === "object" ? a4 !== null : typeof a4 === "function") a4 = h.arg(g, a4, 4, label);
          if (typeof a5 === "object" ? a5 !== null : typeof a5 === "function") a5 = h.arg(g, a5, 5, label);
          if (typeof a6 === "object" ? a6 !== null : typeof a6 === "function") a6 = h.arg(g, a6, 6, label);
          if (typeof a7 === "object" ? a7 !== null : typeof a7 === "function") a7 = h.arg(g, a7, 7, label);
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, a0, a1, a2, a3, a4, a5, a6, a7);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
      default:
        return function(...args) {
          let g = this !== null && this !== void 0 ? this[GEN] : void 0;
          if (g === void 0 || g.dead) {
            g = stampedGen(this, g);
            if (g === void 0 || g.dead) return notLive(g, this, args);
          }
          if (g !== lastG) {
            lastF = resolve(g);
            lastG = g;
          }
          for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (typeof a === "object" ? a !== null : typeof a === "function") args[i] = h.arg(g, a, i, label);
          }
          rt.apiDepth++;
          let r;
          try {
            r = lastF.call(this, ...args);
          } catch (e) {
            throw h.settle(g, e);
          } finally {
            rt.apiDepth--;
          }
          if (g.dead) throw h.settleDead(g, r);
          return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
        };
    }
  }

  // wbg-guard-runtime:views.js
  function isFreeName(name) {
    return /^__wbg_[A-Za-z0-9_$]*_free$/.test(name) || /^__wbindgen_free(_|$)/.test(name);
  }
  function own(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
  }
  function cacheModule(rt, m) {
    if (rt.module === null) rt.module = m;
    return rt.module;
  }
  function compileSync(rt, source) {
    if (rt.module !== null) return rt.module;
    if (source instanceof rt.W.Module) return cacheModule(rt, source);
    return cacheModule(rt, new rt.W.Module(source));
  }
  function compileAsync(rt, source) {
    if (rt.module !== null) return Promise.resolve(rt.module);
    return rt.W.compile(source).then((m) => cacheModule(rt, m));
  }
  function compileStreamingAsync(rt, source) {
    if (rt.module !== null) return Promise.resolve(rt.module);
    const W = rt.W;
    const p = typeof W.compileStreaming === "function" ? W.compileStreaming(source) : Promise.resolve(source).then((r) => r.arrayBuffer()).then((b) => W.compile(b));
    return p.then((m) => cacheModule(rt, m));
  }
  function moduleOf(rt, m) {
    if (m instanceof rt.W.Module) {
      cacheModule(rt, m);
      return m;
    }
    return compileSync(rt, m);
  }
  function exportPlan(rt, name) {
    let p = rt.exportPlans.get(name);
    if (p === void 0) {
      const info = own(rt.exportInfo, name);
      p = {
        site: {
          name,
          label: info && info.label || name,
          free: info && typeof info.free === "boolean" ? info.free : isFreeName(name)
        },
        arity: info && typeof info.arity === "number" ? info.arity : -1
      };
      rt.exportPlans.set(name, p);
    }
    return p;
  }
  function guardOf(rt, gen, raw, name, isTableSlot) {
    const cache = gen.guards;
    let g = cache === null ? void 0 : cache.get(raw);
    if (g !== void 0) return g;
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
  function wrapTable(rt, gen, table, name) {
    const unwrap = (v) => typeof v === "function" && gen.unguard.get(v) || v;
    const view = Object.create(rt.W.Table.prototype);
    Object.defineProperties(view, {
      get: {
        value: function get(i) {
          const f = table.get(i);
          return typeof f === "function" ? guardOf(rt, gen, f, name + "[" + i + "]", true) : f;
        }
      },
      set: {
        value: function set(i, v) {
          return arguments.length < 2 ? table.set(i) : table.set(i, unwrap(v));
        }
      },
      grow: {
        value: function grow(n, v) {
          return arguments.length < 2 ? table.grow(n) : table.grow(n, unwrap(v));
        }
      },
      length: {
        get() {
          return table.length;
        }
      }
    });
    if (typeof table.type === "function") {
      Object.defineProperty(view, "type", { value: () => table.type() });
    }
    return Object.freeze(view);
  }
  function defineExports(rt, gen, raw, out, swap) {
    const keys = Object.keys(raw);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = raw[k];
      let value;
      if (typeof v === "function") {
        if (swap) {
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
  function otherExport(rt, gen, k, v) {
    const W = rt.W;
    if (rt.tables.has(k) && v instanceof W.Table) return wrapTable(rt, gen, v, k);
    if (v instanceof W.Memory && gen.memory === null) gen.memory = v;
    if (k === "__instance_terminated" && v instanceof W.Global) gen.terminated = v;
    return v;
  }
  function guardInstance(rt, gen, inst, swap) {
    const out = {};
    Object.setPrototypeOf(out, null);
    defineExports(rt, gen, inst.exports, out, swap);
    gen.instance = inst;
    gen.exports = out;
    rt.exportObjects.add(out);
    if (swap) rt.swapExports = out;
    const guarded = Object.create(rt.W.Instance.prototype);
    Object.defineProperty(guarded, "exports", { value: out, enumerable: true });
    return guarded;
  }
  function startsSwap(rt, gen) {
    if (!rt.swap || rt.swapGivenUp || requiredLocalFiles(rt)) return false;
    if (rt.swapWrapped !== null) {
      rt.swapGivenUp = true;
      return false;
    }
    if (gen.id !== 1 || rt.module === null || rt.tables.size > 0) return false;
    if (rt.swapHeap && !(rt.host && typeof rt.host.resetHeap === "function")) return false;
    const plan = importPlan(rt, rt.module);
    for (let i = 0; i < plan.length; i++) {
      if (plan[i].kind !== "function" && plan[i].kind !== "tag") return false;
    }
    return true;
  }
  function canSwap(rt) {
    return rt.swapExports !== null && !rt.swapGivenUp && rt.module !== null && rt.firstNs !== null && !requiredLocalFiles(rt);
  }
  function requiredLocalFiles(rt) {
    const host = rt.host;
    return host !== null && typeof host === "object" && host.localRequires > 0;
  }
  function swapInstance(rt, gen) {
    gen.wrappedTags = rt.swapTags;
    const cells = rt.swapCells;
    for (let i = 1; i < cells.length; i += 2) cells[i].raw = refuse;
    const host = rt.host;
    const others = rt.swapOthers;
    if (host && typeof host.resetViews === "function") {
      host.resetViews();
    } else {
      for (let i = 1; i < others.length; i += 2) {
        const v = others[i].raw;
        if (v instanceof rt.W.Memory) {
          try {
            v.grow(0);
          } catch (_) {
          }
        }
      }
    }
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
    if (host && typeof host.rebind === "function") host.rebind();
  }
  function leaveSwap(rt, gen) {
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
  var LEFT = Object.freeze({ wbgGuard: "a guard of a glue swap mode has left" });
  function throwLeft() {
    throw LEFT;
  }
  function refuse() {
    throw new TypeError("wbg-guard: a Wasm export was called while its instance was being made");
  }
  var PLAIN = 0;
  var THROW = 1;
  var PANIC_ERROR = 2;
  var CLOSURE = 3;
  var LEAF = 4;
  function importPlan(rt, module) {
    if (rt.importPlanOf === module) return rt.importPlan;
    const W = rt.W;
    const plan = [];
    for (const d of W.Module.imports(module)) {
      let arity = -1;
      let how = PLAIN;
      if (d.kind === "function") {
        const ar = own(rt.importArity, d.module);
        const a = ar !== void 0 && ar !== null ? own(ar, d.name) : void 0;
        if (typeof a === "number") arity = a;
        if (isThrowIntrinsic(d.name)) how = THROW;
        else if (/panic_error/.test(d.name)) how = PANIC_ERROR;
        else if (isClosureIntrinsic(d.name)) how = CLOSURE;
        else if (d.name === "__wbindgen_object_drop_ref") how = LEAF;
      }
      plan.push({
        module: d.module,
        name: d.name,
        kind: d.kind,
        arity,
        how,
        wrappedTag: d.kind === "tag" && /wrapped_jstag/.test(d.name)
      });
    }
    rt.importPlan = plan;
    rt.importPlanOf = module;
    return plan;
  }
  function wrapImports(rt, gen, module, imports, live) {
    if (imports === void 0 || imports === null || typeof imports !== "object") return imports;
    const W = rt.W;
    const h = rt.handler;
    const plan = importPlan(rt, module);
    const g = live ? null : gen;
    const guard = live ? (fn, arity) => guardImportLive(fn, arity, rt, h) : (fn, arity) => guardImport(fn, arity, gen, h);
    const out = {};
    for (let i = 0; i < plan.length; i++) {
      const d = plan[i];
      const src = imports[d.module];
      if (src === void 0 || src === null) continue;
      let dst = out[d.module];
      if (dst === void 0) dst = out[d.module] = {};
      const v = src[d.name];
      if (d.kind === "function" && typeof v === "function") {
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
        if (d.wrappedTag && v !== void 0) gen.wrappedTags.push(v);
        if (d.kind === "memory" && v instanceof W.Memory && gen.memory === null) gen.memory = v;
      }
    }
    if (live) {
      rt.swapWrapped = out;
      rt.swapTags = gen.wrappedTags;
    }
    return out;
  }
  function isThrowIntrinsic(name) {
    return /^(?:__wbg_)?(?:__wbindgen_|wbindgen)(?:re)?throw(?:_[0-9a-f]+)?$/.test(name);
  }
  function deliberateThrow(rt, gen, fn) {
    return function(...args) {
      try {
        return fn(...args);
      } catch (e) {
        (gen === null ? rt.gen : gen).deliberate = e;
        throw e;
      }
    };
  }
  function isClosureIntrinsic(name) {
    return /closure_wrapper|^(?:__wbg_)?__wbindgen_(?:cast|generic)_/.test(name);
  }
  function closureImport(rt, gen, wrapped) {
    const h = rt.handler;
    return function(...args) {
      const g = gen === null ? rt.gen : gen;
      const r = wrapped(...args);
      if (typeof r !== "function") return r;
      return new Proxy(r, {
        apply(target, self, a) {
          return h.closureCall(g, target, self, a);
        }
      });
    };
  }
  function panicImport(rt, gen, wrapped) {
    return function(...args) {
      const r = wrapped(...args);
      if (r !== null && (typeof r === "object" || typeof r === "function")) (gen === null ? rt.gen : gen).panics.set(r, null);
      return r;
    };
  }
  var START_SITE = { name: "(start)", label: "(start function)", free: false };
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
      }
    );
  }
  function viewBase(rt) {
    if (rt.viewBase !== null) return rt.viewBase;
    const W = rt.W;
    const base = Object.create(W);
    function Module(bytes) {
      if (new.target === void 0) throw new TypeError("WebAssembly.Module must be invoked with 'new'");
      return compileSync(rt, bytes);
    }
    Module.prototype = W.Module.prototype;
    Module.exports = (m) => W.Module.exports(m);
    Module.imports = (m) => W.Module.imports(m);
    Module.customSections = (m, name) => W.Module.customSections(m, name);
    const own2 = {
      Module,
      compile(bytes) {
        return compileAsync(rt, bytes);
      }
    };
    if (typeof W.compileStreaming === "function") {
      own2.compileStreaming = function compileStreaming(source) {
        return compileStreamingAsync(rt, source);
      };
    }
    for (const k of Object.keys(own2)) {
      Object.defineProperty(base, k, { value: own2[k], writable: true, configurable: true });
    }
    rt.viewBase = base;
    return base;
  }
  function makeWebAssemblyView(rt, gen) {
    const W = rt.W;
    const view = Object.create(viewBase(rt));
    function owner() {
      const live = rt.gen;
      return live !== null && live !== gen && gen.ns !== null && live.ns === gen.ns ? live : gen;
    }
    function Instance(module, imports) {
      if (new.target === void 0) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
      return instantiateSync(rt, owner(), module, imports);
    }
    Instance.prototype = W.Instance.prototype;
    Object.defineProperty(view, "Instance", { value: Instance, writable: true, configurable: true });
    Object.defineProperty(view, "instantiate", {
      value: function instantiate(source, imports) {
        if (source instanceof W.Module) {
          cacheModule(rt, source);
          return instantiateModuleAsync(rt, owner(), source, imports);
        }
        return compileAsync(rt, source).then(
          (module) => instantiateModuleAsync(rt, owner(), module, imports).then((instance) => ({ module, instance }))
        );
      },
      writable: true,
      configurable: true
    });
    if (typeof W.instantiateStreaming === "function") {
      Object.defineProperty(view, "instantiateStreaming", {
        value: function instantiateStreaming(source, imports) {
          return compileStreamingAsync(rt, source).then(
            (module) => instantiateModuleAsync(rt, owner(), module, imports).then((instance) => ({ module, instance }))
          );
        },
        writable: true,
        configurable: true
      });
    }
    return view;
  }
  function makeFinalizationRegistryView(rt, gen) {
    if (typeof rt.FR !== "function") return void 0;
    const Registry = registryClass(rt);
    function FinalizationRegistry(cleanup) {
      if (new.target === void 0) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
      return new Registry(gen, cleanup);
    }
    FinalizationRegistry.prototype = Registry.prototype;
    return FinalizationRegistry;
  }
  function registryClass(rt) {
    if (rt.registryClass !== null) return rt.registryClass;
    class FinalizationRegistry extends rt.FR {
      constructor(gen, cleanup) {
        super(
          typeof cleanup === "function" ? (held) => {
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
              if (isPanic(rt, g, e)) return;
              throw e;
            }
          } : cleanup
        );
      }
      register(target, held, token) {
        const r = rt.registerInto;
        if (r !== null && typeof target === "object" && target !== null && Object.getPrototypeOf(target) === r.proto) {
          if (token === target) token = r.into;
          target = r.into;
          rt.registerInto = null;
        }
        if (rt.swap) {
          const g = rt.gen;
          if (typeof target === "object" && target !== null && genOf(target) !== g) stampGen(target, g);
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

  // wbg-guard-runtime:generation.js
  var POLICIES = ["reinit", "poison"];
  var REINIT_MODES = ["factory", "initSync"];
  var NONE = Object.freeze({});
  var Generation = class {
    // shared: in swap mode, the generation before, whose glue this one keeps
    // (and with it the adoption of the glue's classes); null otherwise.
    constructor(rt, id, shared) {
      this.rt = rt;
      this.id = id;
      this.dead = false;
      this.depth = 0;
      this.abortError = null;
      this.abortKind = "";
      this.abortCause = void 0;
      this.abortLabel = "";
      this.ns = shared ? shared.ns : null;
      this.instance = null;
      this.exports = shared ? shared.exports : null;
      this.memory = null;
      this.terminated = null;
      this.wrappedTags = [];
      this.panics = /* @__PURE__ */ new WeakMap();
      this.crossed = NONE;
      this.crossedAll = /* @__PURE__ */ new WeakSet();
      this.escaped = NONE;
      this.deliberate = NONE;
      this.guards = rt.tables.size > 0 ? /* @__PURE__ */ new WeakMap() : null;
      this.unguard = rt.tables.size > 0 ? /* @__PURE__ */ new WeakMap() : null;
      this.pending = /* @__PURE__ */ new Set();
      this.adopted = shared ? shared.adopted : /* @__PURE__ */ new Set();
      this.methods = shared ? shared.methods : /* @__PURE__ */ new Map();
    }
  };
  function later(fn) {
    if (typeof queueMicrotask === "function") queueMicrotask(fn);
    else Promise.resolve().then(fn);
  }
  function pkgOf(rt) {
    return rt.name ? "'" + rt.name + "'" : "the Wasm module";
  }
  var TRAP_MODULE = new Uint8Array([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    1,
    4,
    1,
    96,
    0,
    0,
    3,
    2,
    1,
    0,
    7,
    5,
    1,
    1,
    116,
    0,
    0,
    10,
    5,
    1,
    3,
    0,
    0,
    11
  ]);
  function makeUncatchable(W) {
    try {
      new W.Instance(new W.Module(TRAP_MODULE), {}).exports.t();
    } catch (e) {
      return e;
    }
    return new W.RuntimeError("unreachable");
  }
  function createManager(options) {
    const o = options || {};
    if (typeof o.factory !== "function") throw new TypeError("createRuntime: `factory` must be a function");
    const policy = o.policy === void 0 ? "reinit" : o.policy;
    if (!POLICIES.includes(policy)) throw new TypeError("createRuntime: `policy` must be 'reinit' or 'poison'");
    const reinitMode = o.reinitMode === void 0 ? "factory" : o.reinitMode;
    if (!REINIT_MODES.includes(reinitMode)) {
      throw new TypeError("createRuntime: `reinitMode` must be 'factory' or 'initSync'");
    }
    const jsErrors = o.jsErrorsThroughRust === void 0 ? "abort" : o.jsErrorsThroughRust;
    if (jsErrors !== "abort" && jsErrors !== "pass") {
      throw new TypeError("createRuntime: `jsErrorsThroughRust` must be 'abort' or 'pass'");
    }
    const limit = o.reinitLimit === null ? { max: 0 } : o.reinitLimit || {};
    const W = o.WebAssembly || globalThis.WebAssembly;
    const FR = "FinalizationRegistry" in o ? o.FinalizationRegistry : globalThis.FinalizationRegistry;
    const rt = {
      // What every call reads (the forwarders in forward.js, the guards in
      // guard.js) comes first. Later in this object's long literal, V8 gave
      // the same loads a measurable cost: two more fields at the end of the
      // swap state took the example's trivial call from 4.0 to 4.6-5.0 ns of
      // overhead, and the same object with these three first was back at 4.0.
      gen: null,
      // the latest generation (live or dead)
      // Calls through the package's API (facade functions, class members,
      // init) in progress. A guarded call with none in progress and no Wasm
      // frame below it was made by the host (a timer, an event, a promise
      // reaction, a microtask of wasm-bindgen-futures) or by code holding a
      // closure of the package.
      apiDepth: 0,
      // A generation whose abort bookkeeping could not finish (no stack left);
      // completed at the next opportunity.
      unfinished: null,
      name: typeof o.name === "string" ? o.name : "",
      factory: o.factory,
      host: o.host,
      reinitMode,
      policy,
      jsPass: jsErrors === "pass",
      limitMax: typeof limit.max === "number" ? limit.max : 10,
      limitWindow: typeof limit.windowMs === "number" ? limit.windowMs : 6e4,
      now: typeof o.now === "function" ? o.now : Date.now,
      exportInfo: o.exports || {},
      importArity: o.imports || {},
      tables: new Set(o.tables || []),
      // The declared maximum of the module's memory in pages (null: none).
      memoryMax: typeof o.memoryMax === "number" ? o.memoryMax : null,
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
      swapExports: null,
      // the glue's exports object, once swap mode is on
      swapWrapped: null,
      // the glue's imports, wrapped once for every generation
      // Every guarded exports object made (views.js): what a loader returns
      // that is one of them, user code gets as the facade's view of it.
      exportObjects: /* @__PURE__ */ new WeakSet(),
      swapCells: [],
      // export name, { raw }: the raw function each live guard calls
      swapOthers: [],
      // export name, { raw }: the value of each other export
      swapTags: [],
      // upstream's wrapped tags among them
      // A second instantiation by the glue ended swap mode (views.js,
      // startsSwap).
      swapGivenUp: false,
      module: null,
      // the one compiled module
      // Worked out once, for every generation (views.js): the import plan of
      // module importPlanOf, each export's site and arity, the part of the
      // WebAssembly view and the FinalizationRegistry class no generation owns.
      importPlan: null,
      importPlanOf: null,
      exportPlans: /* @__PURE__ */ new Map(),
      viewBase: null,
      registryClass: null,
      firstNs: null,
      nextId: 1,
      // Glue closure code run by closureCall in progress (swap mode's renew
      // waits for it, as for API calls).
      closureDepth: 0,
      hookQueue: [],
      // hook calls to make: [callback, argument, ...]
      hookHead: 0,
      // index of the next one
      uncatchable: makeUncatchable(globalThis.WebAssembly || W),
      reinitTimes: [],
      poisoned: null,
      // PoisonedError once no generation will be made any more
      counters: { panics: 0, aborts: 0, reinits: 0, hookErrors: 0, staleCalls: 0, reconstructed: 0 },
      // While a --reconstruct class is constructed again (facade.js rebuild):
      // the finalizer registration of the new instance goes to the host's
      // object that takes its place (views.js).
      registerInto: null,
      hooks: { panic: [], abort: [], reinit: [], staleCall: [] },
      classFacades: [],
      handler: null
    };
    rt.handler = makeHandler(rt);
    return rt;
  }
  function addHook(rt, which, cb) {
    if (typeof cb !== "function") throw new TypeError("hook must be a function");
    const list = rt.hooks[which];
    list.push(cb);
    return function unsubscribe() {
      const i = list.indexOf(cb);
      if (i >= 0) list.splice(i, 1);
    };
  }
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
      rt.hookHead = i + 2;
      try {
        q[i](q[i + 1]);
      } catch (e) {
        if (rt.hookQueue === q && rt.hookHead === i + 2) rt.hookHead = i;
        let overflow = true;
        try {
          overflow = isStackOverflow(e);
        } catch (_) {
        }
        if (overflow) {
          try {
            later(() => runHooks(rt));
          } catch (_) {
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
  function stats(rt) {
    return {
      generation: rt.gen === null ? 0 : rt.gen.id,
      panics: rt.counters.panics,
      aborts: rt.counters.aborts,
      reinits: rt.counters.reinits,
      poisoned: rt.poisoned !== null,
      hookErrors: rt.counters.hookErrors,
      staleCalls: rt.counters.staleCalls,
      reconstructed: rt.counters.reconstructed
    };
  }
  function abortErrorOf(gen) {
    if (gen.abortError === null && gen.rt.unfinished === gen) {
      try {
        completeAbort(gen.rt, gen);
      } catch (_) {
      }
    }
    if (gen.abortError === null) {
      return new AbortError("Wasm instance aborted", { kind: gen.abortKind || "trap", generation: gen.id });
    }
    return gen.abortError;
  }
  function panicFor(rt, gen, payload, label) {
    if (!gen.panics.has(payload)) return void 0;
    const p = gen.panics.get(payload);
    return p === null ? report(rt, gen, payload, label) : p;
  }
  function report(rt, gen, payload, label) {
    const err = payload instanceof PanicError ? payload : new PanicError(describe(payload), { cause: payload, generation: gen.id, label });
    gen.panics.set(payload, err);
    rt.counters.panics++;
    fire(rt, "panic", err);
    return err;
  }
  function withinLimit(rt) {
    if (rt.limitMax <= 0) return true;
    const now = rt.now();
    const t = rt.reinitTimes;
    while (t.length > 0 && now - t[0] > rt.limitWindow) t.shift();
    return t.length < rt.limitMax;
  }
  function poison(rt, reason, cause) {
    if (rt.poisoned !== null) return;
    const why = reason === "policy" ? "policy 'poison'" : "more than " + rt.limitMax + " reinits within " + rt.limitWindow + " ms (crash loop)";
    rt.poisoned = new PoisonedError(
      pkgOf(rt) + " is poisoned after an abort (" + (cause ? cause.kind : "unknown") + "): " + why + "; no new Wasm instance will be created",
      {
        reason,
        kind: cause ? cause.kind : "trap",
        cause,
        generation: cause ? cause.generation : 0,
        label: cause ? cause.label : ""
      }
    );
  }
  function writeTerminatedFlag(gen) {
    const g = gen.terminated;
    const mem = gen.memory;
    if (g === null || mem === null) return;
    try {
      new DataView(mem.buffer).setInt32(g.value >>> 0, 1, true);
    } catch (_) {
    }
  }
  function completeAbort(rt, gen) {
    if (rt.unfinished !== gen) return;
    if (gen.abortError === null) {
      const what = gen.abortKind === "js-exception" ? "a JS exception was thrown through Rust frames" : describe(gen.abortCause);
      gen.abortError = new AbortError(
        pkgOf(rt) + " Wasm instance aborted (" + gen.abortKind + ") in " + gen.abortLabel + ": " + what + ". Generation " + gen.id + " is dead; its objects can no longer be used.",
        { kind: gen.abortKind, cause: gen.abortCause, generation: gen.id, label: gen.abortLabel }
      );
    }
    const err = gen.abortError;
    writeTerminatedFlag(gen);
    if (rt.policy === "poison") poison(rt, "policy", err);
    if (gen.pending.size > 0) {
      const rejects = Array.from(gen.pending);
      gen.pending.clear();
      for (let i = 0; i < rejects.length; i++) rejects[i](err);
    }
    gen.instance = null;
    gen.memory = null;
    rt.unfinished = null;
    fire(rt, "abort", err);
  }
  var CLOSURE_SITE = { name: "", label: "a closure", free: false };
  var UNKNOWN_SITE = { name: "", label: "(a call that failed with no stack left)", free: false };
  function finishPending(rt) {
    const latest = rt.gen;
    if (latest !== null && latest.dead && latest.abortKind === "" && latest.escaped !== NONE) {
      failure(rt, latest, UNKNOWN_SITE, latest.escaped);
    }
    const g = rt.unfinished;
    if (g !== null) completeAbort(rt, g);
    if (rt.hookHead < rt.hookQueue.length) runHooks(rt);
  }
  function staleError(rt, gen, label) {
    return new StaleInstanceError(
      label + ": this object or function belongs to generation " + gen.id + " of " + pkgOf(rt) + ", whose Wasm instance was aborted; it cannot be used any more (create a new one)",
      { generation: gen.id, label, cause: gen.abortError === null ? void 0 : gen.abortError }
    );
  }
  function staleCall(rt, gen, site) {
    rt.counters.staleCalls++;
    fire(rt, "staleCall", { generation: gen.id, label: site.label });
    return void 0;
  }
  function terminatedError(rt) {
    return new StaleInstanceError(
      pkgOf(rt) + ": this object or function belongs to a Wasm instance that was aborted; it cannot be used any more (create a new one)"
    );
  }
  function panicOf(rt, v) {
    const g = rt.gen;
    if (g === null || g.dead) return v;
    const p = panicFor(rt, g, v, "");
    return p === void 0 ? v : p;
  }
  function failure(rt, gen, site, e) {
    gen.dead = true;
    gen.escaped = NONE;
    const prevUnfinished = rt.unfinished;
    gen.abortKind = "trap";
    gen.abortCause = e;
    gen.abortLabel = site.label;
    rt.counters.aborts++;
    rt.unfinished = gen;
    let kind = "trap";
    try {
      const c = classify(e, rt.W, gen);
      gen.crossed = NONE;
      if (c.type === DELIBERATE || c.type === PANIC || c.type === FOREIGN && rt.jsPass) {
        rt.counters.aborts--;
        rt.unfinished = prevUnfinished;
        gen.abortKind = "";
        gen.abortCause = void 0;
        gen.abortLabel = "";
        gen.dead = false;
        if (c.type === DELIBERATE) {
          gen.deliberate = NONE;
          return e;
        }
        if (c.type === PANIC) {
          const p = panicFor(rt, gen, c.payload, site.label);
          return c.wrapped ? e : p;
        }
        return e;
      }
      kind = c.kind;
      if (kind === "unreachable" && memoryExhausted(gen.memory, rt.memoryMax)) kind = "oom";
    } catch (_) {
    }
    gen.abortKind = kind;
    try {
      completeAbort(rt, gen);
    } catch (_) {
      try {
        later(() => finishPending(rt));
      } catch (_2) {
      }
    }
    return gen.abortError !== null ? gen.abortError : e;
  }
  function makeHandler(rt) {
    return {
      dead(gen, site) {
        if (site.free) return void 0;
        if (rt.apiDepth === 0 && gen.depth === 0) return staleCall(rt, gen, site);
        if (gen === rt.gen && gen.abortError !== null) throw gen.abortError;
        throw staleError(rt, gen, site.label);
      },
      fail(gen, site, e) {
        const err = gen.abortKind === "" && gen.escaped !== NONE ? failure(rt, gen, site, gen.escaped) : abortErrorOf(gen);
        if (gen.dead && gen.depth === 1 && rt.apiDepth === 0) return void 0;
        throw err;
      },
      returnedDead(gen) {
        throw abortErrorOf(gen);
      },
      crossed(gen, e) {
        if (gen.dead) return rt.uncatchable;
        gen.crossed = e;
        if (e !== null && (typeof e === "object" || typeof e === "function")) gen.crossedAll.add(e);
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
        rt.closureDepth++;
        try {
          return Reflect.apply(target, self, args);
        } catch (e) {
          if (host && gen.dead) return void 0;
          throw e;
        } finally {
          rt.closureDepth--;
        }
      },
      // The start function failed while instantiating: the error for the
      // code that asked for the instance.
      startFailed(gen, site, e) {
        return gen.abortKind !== "" ? abortErrorOf(gen) : failure(rt, gen, site, e);
      },
      uncatchable: rt.uncatchable,
      // What the cells of a glue swap mode has left throw (views.js).
      left: LEFT
    };
  }
  function current(rt) {
    const g = rt.gen;
    if (g !== null && !g.dead) return g;
    return renew(rt);
  }
  function renew(rt) {
    if (rt.gen === null) return createGeneration(rt, null);
    finishPending(rt);
    const g = rt.gen;
    if (!g.dead) return g;
    if (g.depth > 0) throw abortErrorOf(g);
    if (canSwap(rt) && (rt.apiDepth > 0 || rt.closureDepth > 0)) throw abortErrorOf(g);
    if (rt.poisoned !== null) throw rt.poisoned;
    if (!withinLimit(rt)) {
      poison(rt, "reinit-limit", g.abortError);
      throw rt.poisoned;
    }
    if (rt.limitMax > 0) rt.reinitTimes.push(rt.now());
    return createGeneration(rt, g);
  }
  function evaluateGlue(rt, gen) {
    const ns = rt.factory(makeWebAssemblyView(rt, gen), makeFinalizationRegistryView(rt, gen), rt.host);
    if (ns === null || typeof ns !== "object" && typeof ns !== "function") {
      throw new TypeError("wbg-guard: the glue factory of " + pkgOf(rt) + " returned no exports");
    }
    gen.ns = ns;
    if (rt.firstNs === null) rt.firstNs = ns;
    for (let i = 0; i < rt.classFacades.length; i++) rt.classFacades[i].adopt(gen);
    if (rt.reinitMode === "initSync" && rt.module !== null && typeof ns.initSync === "function") {
      ns.initSync({ module: rt.module });
    }
  }
  function swapGeneration(rt, gen) {
    swapInstance(rt, gen);
    const start = rt.swapExports.__wbindgen_start;
    if (typeof start === "function") start();
  }
  function createGeneration(rt, prev) {
    const swap = prev !== null && canSwap(rt);
    if (prev !== null && !swap && rt.swapExports !== null) leaveSwap(rt, prev);
    const gen = new Generation(rt, rt.nextId++, swap ? prev : null);
    rt.gen = gen;
    rt.apiDepth++;
    try {
      if (swap) {
        swapGeneration(rt, gen);
      } else {
        evaluateGlue(rt, gen);
      }
    } catch (e) {
      gen.dead = true;
      if (rt.gen === gen && gen.abortKind === "") {
        rt.gen = prev;
        rt.nextId = gen.id;
      }
      if (!swap && rt.swapExports !== null) leaveSwap(rt, gen);
      throw e;
    } finally {
      rt.apiDepth--;
    }
    if (prev !== null) {
      rt.counters.reinits++;
      if (rt.hooks.reinit.length > 0) fire(rt, "reinit", { generation: gen.id, previous: prev.id, cause: prev.abortError });
    }
    return gen;
  }
  function firstExports(rt) {
    if (rt.firstNs === null) current(rt);
    return rt.firstNs;
  }

  // wbg-guard-runtime:facade.js
  var CLASS = /* @__PURE__ */ Symbol("wbg-guard.class");
  var INSPECT = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
  var DISPOSE = typeof Symbol.dispose === "symbol" ? Symbol.dispose : null;
  var RECON = /* @__PURE__ */ Symbol("wbg-guard.reconstruct");
  function settle(rt, g, e) {
    if (g.dead) return abortErrorOf(g);
    const p = panicFor(rt, g, e, "");
    return p === void 0 ? e : p;
  }
  function settleDead(rt, g, r) {
    if (r instanceof Promise) Promise.prototype.then.call(r, void 0, ignore);
    return settle(rt, g, void 0);
  }
  function ignore() {
  }
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
        }
      );
    });
  }
  function named(name, f) {
    try {
      Object.defineProperty(f, "name", { value: name, configurable: true });
    } catch (_) {
    }
    return f;
  }
  function withLength2(n, f) {
    if (typeof n === "number" && n >= 0 && f.length !== n) Object.defineProperty(f, "length", { value: n, configurable: true });
    return f;
  }
  function memberName(key) {
    return typeof key === "symbol" ? "[" + (key.description || "symbol") + "]" : key;
  }
  function isObject(v) {
    return v !== null && (typeof v === "object" || typeof v === "function");
  }
  function makeFacade(rt) {
    const userFunctions = /* @__PURE__ */ new WeakSet();
    const returned = /* @__PURE__ */ new WeakMap();
    const original = /* @__PURE__ */ new WeakMap();
    function handOut(g, r) {
      if (userFunctions.has(r)) return r;
      let w = returned.get(r);
      if (w !== void 0) return w;
      const f = r;
      const label = f.name ? "closure " + f.name : "closure";
      w = withLength2(
        f.length,
        named(f.name, function(...args) {
          if (g.dead) throw staleError(rt, g, label);
          return call(g, label, f, this, args);
        })
      );
      returned.set(r, w);
      original.set(w, [r, g]);
      return w;
    }
    function arg(g, a, i, label) {
      if (typeof a === "function") {
        const o = original.get(a);
        if (o === void 0) {
          userFunctions.add(a);
          return a;
        }
        if (o[1].dead) throw staleError(rt, o[1], label + ": argument " + (i + 1) + " (a closure)");
        return o[0];
      }
      const ag = genOf(a);
      if (ag !== void 0 && ag.dead) {
        throw staleError(rt, ag, label + ": argument " + (i + 1) + " (a " + (a[CLASS] || "object") + ")");
      }
      return a;
    }
    function live() {
      finishPending(rt);
      return current(rt);
    }
    const h = {
      live,
      arg,
      settle: (g, e) => settle(rt, g, e),
      settleDead: (g, r) => settleDead(rt, g, r),
      out: (g, r) => r instanceof Promise ? race(rt, g, r) : typeof r === "function" ? handOut(g, r) : r
    };
    function checkArgs(g, args, label) {
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (typeof a === "object" ? a !== null : typeof a === "function") args[i] = arg(g, a, i, label);
      }
    }
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
      return (typeof r === "object" ? r !== null : typeof r === "function") ? h.out(g, r) : r;
    }
    function forwarder(name, n, variadic, resolve) {
      return withLength2(n, named(name, fnForwarder(variadic ? -1 : n, name, rt, h, resolve)));
    }
    function fn(name, info) {
      const n = info && typeof info.length === "number" ? info.length : -1;
      return forwarder(name, n, info && info.variadic, (g) => [g.ns[name], void 0]);
    }
    function cls(name, info) {
      const o = info || {};
      const arities = o.arity || {};
      const P = {};
      function construct(g, args, newTarget) {
        checkArgs(g, args, "new " + name);
        rt.apiDepth++;
        let obj;
        try {
          obj = Reflect.construct(g.ns[name], args, newTarget);
        } catch (e) {
          throw settle(rt, g, e);
        } finally {
          rt.apiDepth--;
        }
        if (g.dead) throw settle(rt, g, void 0);
        return obj;
      }
      const Facade = named(name, function(...args) {
        if (new.target === void 0) {
          throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
        }
        const g = live();
        const first = o.reconstruct ? args.slice() : null;
        const obj = construct(g, args, new.target === Facade ? g.ns[name] : new.target);
        if (isObject(obj) && genOf(obj) !== g) stampGen(obj, g);
        if (first !== null && isObject(obj)) Object.defineProperty(obj, RECON, { value: first });
        return obj;
      });
      withLength2(o.length, Facade);
      Object.defineProperty(Facade, "prototype", { value: P, writable: false, enumerable: false, configurable: false });
      Object.defineProperty(P, "constructor", { value: Facade, writable: true, configurable: true });
      Object.defineProperty(P, CLASS, { value: name });
      function member(g, key) {
        const m = g.methods.get(name);
        return m === void 0 ? void 0 : m.get(key);
      }
      function genOf2(self, label) {
        const g = isObject(self) ? genOf(self) : void 0;
        if (g === void 0) throw new TypeError(label + ": called on something that is not a " + name);
        return g;
      }
      function notLive(key, label, forwarder2) {
        const silentWhenDead = key === "free" || key === DISPOSE;
        return (g, self, args) => {
          if (g === void 0) throw new TypeError(label + ": called on something that is not a " + name);
          if (silentWhenDead) return void 0;
          if (key === INSPECT) return name + " { <stale: generation " + g.id + " was aborted> }";
          if (o.reconstruct && self[RECON] !== void 0) {
            rebuild(self);
            return Reflect.apply(forwarder2(), self, args);
          }
          throw staleError(rt, g, label);
        };
      }
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
          const f = d === void 0 ? void 0 : part === "get" ? d.get : part === "set" ? d.set : d.value;
          if (typeof f !== "function") throw new TypeError(label + (part ? " has no " + part + "ter" : " is not a function"));
          return f;
        };
      }
      function arityOf(key) {
        return typeof key === "string" && arities[key] !== void 0 ? arities[key] : -1;
      }
      function ensureMethod(key) {
        if (Object.prototype.hasOwnProperty.call(P, key)) return;
        const label = name + "." + memberName(key);
        const n = arityOf(key);
        const f = withLength2(n, named(memberName(key), methodForwarder(n, label, rt, h, glueFn(key, label, ""), notLive(key, label, () => f))));
        Object.defineProperty(P, key, { value: f, writable: true, enumerable: false, configurable: true });
      }
      function ensureInternal(key) {
        if (Object.prototype.hasOwnProperty.call(P, key)) return;
        const label = name + "." + key;
        const f = named(key, function(...args) {
          const d = member(genOf2(this, label), key);
          return Reflect.apply(d.value, this, args);
        });
        Object.defineProperty(P, key, { value: f, writable: true, enumerable: false, configurable: true });
      }
      function ensureAccessor(key) {
        if (Object.prototype.hasOwnProperty.call(P, key)) return;
        const label = name + "." + memberName(key);
        const get = named("get " + memberName(key), methodForwarder(0, label, rt, h, glueFn(key, label, "get"), notLive(key, label, () => get)));
        const set = named("set " + memberName(key), methodForwarder(1, label, rt, h, glueFn(key, label, "set"), notLive(key, label, () => set)));
        Object.defineProperty(P, key, {
          get,
          set,
          enumerable: false,
          configurable: true
        });
      }
      function ensureStatic(key, accessor) {
        if (Object.prototype.hasOwnProperty.call(Facade, key)) return;
        const label = name + "." + memberName(key);
        if (accessor) {
          Object.defineProperty(Facade, key, {
            get: named("get " + memberName(key), function() {
              const g = live();
              const d = Object.getOwnPropertyDescriptor(g.ns[name], key);
              return d && d.get ? call(g, label, d.get, g.ns[name], []) : void 0;
            }),
            set: named("set " + memberName(key), function(v) {
              const g = live();
              const d = Object.getOwnPropertyDescriptor(g.ns[name], key);
              if (!d || !d.set) throw new TypeError(label + " has no setter");
              call(g, label, d.set, g.ns[name], [v]);
            }),
            enumerable: false,
            configurable: true
          });
          return;
        }
        const n = typeof key === "string" && arities["static " + key] !== void 0 ? arities["static " + key] : -1;
        const f = withLength2(n, named(memberName(key), staticForwarder(n, label, rt, h, (g) => [g.ns[name][key], g.ns[name]])));
        Object.defineProperty(Facade, key, { value: f, writable: true, enumerable: false, configurable: true });
      }
      for (const k of o.methods || []) ensureMethod(k);
      for (const k of [...o.getters || [], ...o.setters || []]) ensureAccessor(k);
      for (const k of o.statics || []) ensureStatic(k, false);
      if (o.free) ensureMethod("free");
      if (o.dispose && DISPOSE !== null) ensureMethod(DISPOSE);
      let staticsAdopted = false;
      let plan = null;
      function adoptAsFirst(proto, keys) {
        const members = /* @__PURE__ */ new Map();
        const moved = [];
        for (const key of keys) {
          if (key === "constructor") continue;
          const d = Object.getOwnPropertyDescriptor(proto, key);
          if (d === void 0 || !d.configurable) continue;
          if ("value" in d && typeof d.value !== "function") continue;
          members.set(key, d);
          moved.push({ key, accessor: !("value" in d) });
          delete proto[key];
          if (typeof key === "string" && key.startsWith("__") && "value" in d) ensureInternal(key);
          else if ("value" in d) ensureMethod(key);
          else ensureAccessor(key);
        }
        plan = { keys, moved };
        return members;
      }
      function adoptAsPlanned(proto, keys) {
        if (plan === null || keys.length !== plan.keys.length) return null;
        for (let i = 0; i < keys.length; i++) if (keys[i] !== plan.keys[i]) return null;
        const moved = plan.moved;
        const members = /* @__PURE__ */ new Map();
        for (let i = 0; i < moved.length; i++) {
          const key = moved[i].key;
          let d;
          if (moved[i].accessor) {
            d = Object.getOwnPropertyDescriptor(proto, key);
            if (d === void 0 || "value" in d || !d.configurable) return null;
          } else {
            const v = proto[key];
            if (typeof v !== "function") return null;
            d = { value: v };
          }
          members.set(key, d);
        }
        for (let i = 0; i < moved.length; i++) Reflect.deleteProperty(proto, moved[i].key);
        return members;
      }
      function adopt(g) {
        if (g.adopted.has(name) || g.ns === null) return;
        const C = g.ns[name];
        if (typeof C !== "function" || !isObject(C.prototype)) return;
        g.adopted.add(name);
        const proto = C.prototype;
        const keys = Reflect.ownKeys(proto);
        const members = adoptAsPlanned(proto, keys) || adoptAsFirst(proto, keys);
        g.methods.set(name, members);
        Object.defineProperty(proto, GEN, { value: g });
        if (proto.constructor !== Facade) {
          Object.defineProperty(proto, "constructor", { value: Facade, writable: true, configurable: true });
        }
        if (C.name !== name) Object.defineProperty(C, "name", { value: name, configurable: true });
        if (Object.getPrototypeOf(proto) === Object.prototype) Object.setPrototypeOf(proto, P);
        Object.defineProperty(C, Symbol.hasInstance, {
          value: rt.swap ? (x) => isObject(x) && genOf(x) === rt.gen : (x) => isObject(x) && genOf(x) === g,
          configurable: true
        });
        if (rt.swap && g.id === 1) tagWrapped(C);
        if (staticsAdopted) return;
        staticsAdopted = true;
        if (!o.length && typeof C.length === "number") withLength2(C.length, Facade);
        for (const key of Reflect.ownKeys(C)) {
          if (key === "length" || key === "name" || key === "prototype" || key === Symbol.hasInstance) continue;
          if (typeof key === "string" && key.startsWith("__")) continue;
          const d = Object.getOwnPropertyDescriptor(C, key);
          if (d === void 0) continue;
          if ("value" in d) {
            if (typeof d.value === "function") ensureStatic(key, false);
          } else {
            ensureStatic(key, true);
          }
        }
      }
      rt.classFacades.push({ adopt });
      if (rt.gen !== null) adopt(rt.gen);
      return Facade;
    }
    function tagWrapped(C) {
      const d = Object.getOwnPropertyDescriptor(C, "__wrap");
      if (d === void 0 || typeof d.value !== "function" || !d.configurable) return;
      const wrap = d.value;
      Object.defineProperty(C, "__wrap", {
        value: function __wrap(ptr) {
          const obj = wrap.call(this, ptr);
          const g = rt.gen;
          if (isObject(obj) && genOf(obj) !== g) stampGen(obj, g);
          return obj;
        },
        writable: d.writable,
        enumerable: d.enumerable,
        configurable: true
      });
    }
    function value(name) {
      return firstExports(rt)[name];
    }
    let view = null;
    function exportsView() {
      if (view !== null) return view;
      const ex = live().exports;
      if (ex === null) return void 0;
      const v = /* @__PURE__ */ Object.create(null);
      const keys = Object.keys(ex);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (typeof ex[k] === "function") {
          const f = forwarder(k, ex[k].length, false, (g) => [g.exports[k], void 0]);
          Object.defineProperty(v, k, { value: f, enumerable: true });
        } else {
          Object.defineProperty(v, k, { get: () => live().exports[k], enumerable: true });
        }
      }
      view = Object.freeze(v);
      return view;
    }
    function loaded(r) {
      return isObject(r) && rt.exportObjects.has(r) ? exportsView() : r;
    }
    function init(arg2) {
      let g;
      try {
        g = live();
      } catch (e) {
        return Promise.reject(e);
      }
      rt.apiDepth++;
      let p;
      try {
        p = Promise.resolve(g.ns.default(arg2));
      } catch (e) {
        return Promise.reject(settle(rt, g, e));
      } finally {
        rt.apiDepth--;
      }
      return p.then(
        (v) => {
          if (g.dead) throw abortErrorOf(g);
          return loaded(v);
        },
        (e) => {
          throw settle(rt, g, e);
        }
      );
    }
    function initSync(arg2) {
      const g = live();
      return loaded(call(g, "initSync", g.ns.initSync, g.ns, [arg2]));
    }
    return { fn, cls, value, exportsView, init: named("init", init), initSync: named("initSync", initSync) };
  }

  // wbg-guard-runtime:host.js
  var HOST_MEMBERS = Object.freeze(["importMetaUrl", "require", "dirname", "filename", "module", "terminated", "unwrap", "resetHeap", "resetViews", "rebind", "localRequires"]);
  function makeHost(o, runtime) {
    const req = o.require;
    const host = {
      importMetaUrl: o.url,
      require: typeof req === "function" ? (id) => {
        if (typeof id === "string" && (id.startsWith("./") || id.startsWith("../"))) host.localRequires++;
        return req(id);
      } : req,
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
      localRequires: 0
    };
    return host;
  }

  // wbg-guard-runtime:index.js
  function createRuntime(options) {
    const rt = createManager(options);
    const facade = makeFacade(rt);
    const api = Object.freeze({
      onPanic: (cb) => addHook(rt, "panic", cb),
      onAbort: (cb) => addHook(rt, "abort", cb),
      onReinit: (cb) => addHook(rt, "reinit", cb),
      onStaleCall: (cb) => addHook(rt, "staleCall", cb),
      stats: () => stats(rt),
      policy: rt.policy
    });
    if (options.eager) current(rt);
    return Object.freeze({
      fn: facade.fn,
      cls: facade.cls,
      value: facade.value,
      init: facade.init,
      initSync: facade.initSync,
      // The Wasm exports object user code holds (facade.js): nodejs glue's
      // `__wasm` before 0.2.107.
      exportsView: facade.exportsView,
      api,
      // For loader patches of upstream's guard glue (patches/upstream-*): the
      // error its call guard throws for a dead generation, and our PanicError
      // for a panic its catch handler unwrapped.
      terminated: () => terminatedError(rt),
      panicOf: (v) => panicOf(rt, v)
    });
  }
  return __toCommonJS(index_exports);
})();
