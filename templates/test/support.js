// Test support (node's runner also loads this file as a test file; it
// defines no tests). Compiles the synthetic WAT fixtures with the wabt npm
// package of testdata/npm, and provides hand-made glue factories shaped like
// real wasm-bindgen output (nodejs target: instantiates at load; web target:
// async default init + initSync).

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

let wabtPromise = null;
const compiled = new Map();

/** Bytes of templates/test/fixtures/<name>.wat. */
export async function wat(name) {
  if (compiled.has(name)) return compiled.get(name);
  if (wabtPromise === null) {
    const wabt = require(path.join(here, '../../testdata/npm/node_modules/wabt'));
    wabtPromise = wabt();
  }
  const w = await wabtPromise;
  const text = readFileSync(path.join(here, 'fixtures', name + '.wat'), 'utf8');
  const m = w.parseWat(name + '.wat', text, {
    exceptions: true,
    reference_types: true,
    mutable_globals: true,
    bulk_memory: true,
    multi_value: true,
  });
  const bytes = m.toBinary({}).buffer;
  m.destroy();
  compiled.set(name, bytes);
  return bytes;
}

/** exports/imports options as the Go side would derive them from counter.wasm. */
export const counterExports = {
  add: { arity: 2, label: 'add' },
  trap_unreachable: { arity: 0, label: 'trapUnreachable' },
  counter_new: { arity: 0, label: 'Counter.constructor' },
  counter_inc: { arity: 1, label: 'Counter.inc' },
  counter_get: { arity: 1, label: 'Counter.value' },
  counter_inc_then_panic: { arity: 1, label: 'Counter.incThenPanic' },
  __wbg_counter_free: { arity: 2, label: 'Counter.free' },
  __wbindgen_add_to_stack_pointer: { arity: 1, label: '' },
  call_js: { arity: 1, label: 'callJs' },
  call_js_with_cleanup: { arity: 1, label: 'callJsWithCleanup' },
};
export const counterImports = {
  wbg: { __wbg_callback_1: 1, __wbg___wbindgen_panic_error_1: 2, __wbg___wbindgen_rethrow_1: 1 },
};

/**
 * A glue factory in the shape of wasm-bindgen's output for counter.wasm.
 * host.target: 'nodejs' (instantiates at load) | 'web' (init/initSync).
 * host.era: 'wrapped' (0.2.114+: panics thrown with the wrapped tag) |
 *           'raw-panic' (older unwind builds: the PanicError itself thrown).
 * host.onInstance({ wasm, module, PanicError }) is told about each instance;
 * host.pending collects resolvers of in-flight async calls.
 */
export function counterGlue(WebAssembly, FinalizationRegistry, host) {
  let wasm;
  let wasmModule;

  const heap = new Array(128).fill(undefined);
  heap.push(undefined, null, true, false);

  let cachedUint8ArrayMemory0 = null;
  function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
      cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
  }
  const cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
  function getStringFromWasm0(ptr, len) {
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
  }

  class PanicError extends Error {}
  Object.defineProperty(PanicError.prototype, 'name', { value: PanicError.name });

  const __wbindgen_wrapped_jstag = new WebAssembly.Tag({ parameters: ['externref'] });

  function __wbg_handle_catch(e) {
    if (e instanceof WebAssembly.Exception && e.is(__wbindgen_wrapped_jstag)) {
      throw e.getArg(__wbindgen_wrapped_jstag, 0);
    }
    throw e;
  }

  let callback = null;
  const scheduled = host.scheduled || [];
  function __wbg_get_imports() {
    const import0 = {
      __proto__: null,
      __wbg_callback_1: function (arg0) {
        return callback(arg0);
      },
      __wbg___wbindgen_panic_error_1: function (arg0, arg1) {
        const ret = new PanicError(getStringFromWasm0(arg0, arg1));
        return ret;
      },
      __wbg___wbindgen_rethrow_1:
        host.era === 'raw-panic'
          ? function (arg0) {
              throw arg0;
            }
          : function (arg0) {
              throw new WebAssembly.Exception(__wbindgen_wrapped_jstag, [arg0]);
            },
      __wbindgen_wrapped_jstag,
    };
    return { __proto__: null, wbg: import0 };
  }

  const CounterFinalization =
    typeof FinalizationRegistry === 'undefined'
      ? { register: () => {}, unregister: () => {} }
      : new FinalizationRegistry((ptr) => wasm.__wbg_counter_free(ptr >>> 0, 1));

  const pending = host.pending || [];

  class Counter {
    static __wrap(ptr) {
      ptr = ptr >>> 0;
      const obj = Object.create(Counter.prototype);
      obj.__wbg_ptr = ptr;
      CounterFinalization.register(obj, obj.__wbg_ptr, obj);
      return obj;
    }
    __destroy_into_raw() {
      const ptr = this.__wbg_ptr;
      this.__wbg_ptr = 0;
      CounterFinalization.unregister(this);
      return ptr;
    }
    free() {
      const ptr = this.__destroy_into_raw();
      wasm.__wbg_counter_free(ptr, 0);
    }
    constructor() {
      const ret = wasm.counter_new();
      this.__wbg_ptr = ret >>> 0;
      CounterFinalization.register(this, this.__wbg_ptr, this);
      return this;
    }
    inc() {
      const ret = wasm.counter_inc(this.__wbg_ptr);
      return ret;
    }
    get value() {
      return wasm.counter_get(this.__wbg_ptr);
    }
    incThenPanic() {
      try {
        wasm.counter_inc_then_panic(this.__wbg_ptr);
      } catch (e) {
        __wbg_handle_catch(e);
      }
    }
    // A method with the shadow-stack `finally` of wasm-bindgen glue.
    explode() {
      try {
        wasm.__wbindgen_add_to_stack_pointer(-16);
        wasm.trap_unreachable();
      } finally {
        wasm.__wbindgen_add_to_stack_pointer(16);
      }
    }
    // An async method: the promise settles later, from JS.
    later() {
      const v = wasm.counter_get(this.__wbg_ptr);
      return new Promise((resolve) => pending.push(() => resolve(v)));
    }
    static withValue(n) {
      const c = Counter.__wrap(wasm.counter_new());
      for (let i = 0; i < n; i++) wasm.counter_inc(c.__wbg_ptr);
      return c;
    }
    static laterZero() {
      const v = wasm.add(0, 0);
      return new Promise((resolve) => pending.push(() => resolve(v)));
    }
    static get zero() {
      return wasm.add(0, 0);
    }
  }
  if (Symbol.dispose) Counter.prototype[Symbol.dispose] = Counter.prototype.free;

  function add(a, b) {
    const ret = wasm.add(a, b);
    return ret;
  }
  // Result<u32, JsValue>: the Err value is thrown by glue after a normal return.
  function checked(a) {
    const ret = wasm.add(a, 0);
    if (ret > 100) throw new RangeError('too big: ' + ret);
    return ret;
  }
  function trapUnreachable() {
    wasm.trap_unreachable();
  }
  function trapOob() {
    return wasm.trap_oob();
  }
  function div(a, b) {
    return wasm.div(a, b);
  }
  function recurse() {
    return wasm.recurse(0);
  }
  function callJs(f, x) {
    const prev = callback;
    callback = f;
    try {
      return wasm.call_js(x);
    } finally {
      callback = prev;
    }
  }
  function callJsWithCleanup(f, x) {
    const prev = callback;
    callback = f;
    try {
      return wasm.call_js_with_cleanup(x);
    } finally {
      callback = prev;
    }
  }
  // Rust handing closures to the host: wasm-bindgen-futures' task queue
  // (queueMicrotask), a timer. The closures call raw exports later, from the
  // host's event loop, with no caller of the package's API on the stack.
  function scheduleAdd(x) {
    queueMicrotask(() => {
      scheduled.push(wasm.add(x, 1));
    });
  }
  function scheduleTrap() {
    queueMicrotask(() => {
      wasm.trap_unreachable();
    });
  }
  function timerAdd(x, ms) {
    setTimeout(() => {
      scheduled.push(wasm.add(x, 1));
    }, ms);
  }
  function explodeWithFinally() {
    try {
      wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.trap_unreachable();
    } finally {
      try {
        wasm.__wbindgen_add_to_stack_pointer(16);
      } catch (e) {
        // What the glue's own cleanup sees (runtime.test.js).
        globalThis.__wbggFinallySaw = e;
        throw e;
      }
    }
  }
  function incThenPanic(counter) {
    try {
      wasm.counter_inc_then_panic(counter.__wbg_ptr);
    } catch (e) {
      __wbg_handle_catch(e);
    }
  }
  function throwCpp() {
    wasm.throw_cpp();
  }
  function sum14(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
    return wasm.sum14(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
  }
  function fetchThing(x) {
    const v = wasm.add(x, 1);
    return new Promise((resolve) => pending.push(() => resolve(v)));
  }
  function failLater(x) {
    wasm.add(x, 1);
    return Promise.reject(new TypeError('async Err ' + x));
  }
  function tableGet(i) {
    return wasm.__wbindgen_export_2.get(i);
  }
  function tableSet(i, f) {
    wasm.__wbindgen_export_2.set(i, f);
  }
  function memoryOf() {
    return wasm.memory;
  }
  const Kind = Object.freeze({ A: 0, 0: 'A', B: 1, 1: 'B' });

  const exportsOf = () => ({
    add,
    checked,
    trapUnreachable,
    trapOob,
    div,
    recurse,
    callJs,
    callJsWithCleanup,
    scheduleAdd,
    scheduleTrap,
    timerAdd,
    explodeWithFinally,
    incThenPanic,
    throwCpp,
    sum14,
    fetchThing,
    failLater,
    tableGet,
    tableSet,
    memoryOf,
    Counter,
    Kind,
    PanicError,
  });

  function __wbg_finalize_init(instance, module) {
    wasm = instance.exports;
    wasmModule = module;
    cachedUint8ArrayMemory0 = null;
    if (host.onInstance) host.onInstance({ wasm, module: wasmModule, PanicError, instance });
    return wasm;
  }

  if (host.target === 'web') {
    async function __wbg_load(module, imports) {
      if (typeof Response === 'function' && module instanceof Response) {
        if (typeof WebAssembly.instantiateStreaming === 'function') {
          return await WebAssembly.instantiateStreaming(module, imports);
        }
        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
      }
      const instance = await WebAssembly.instantiate(module, imports);
      if (instance instanceof WebAssembly.Instance) return { instance, module };
      return instance;
    }
    function initSync(module) {
      if (wasm !== undefined) return wasm;
      if (module !== undefined && Object.getPrototypeOf(module) === Object.prototype) ({ module } = module);
      const imports = __wbg_get_imports();
      if (!(module instanceof WebAssembly.Module)) module = new WebAssembly.Module(module);
      const instance = new WebAssembly.Instance(module, imports);
      return __wbg_finalize_init(instance, module);
    }
    async function __wbg_init(module_or_path) {
      if (wasm !== undefined) return wasm;
      if (module_or_path !== undefined && Object.getPrototypeOf(module_or_path) === Object.prototype) {
        ({ module_or_path } = module_or_path);
      }
      const imports = __wbg_get_imports();
      const { instance, module } = await __wbg_load(await module_or_path, imports);
      return __wbg_finalize_init(instance, module);
    }
    return { ...exportsOf(), initSync, default: __wbg_init };
  }

  // nodejs target: instantiate at load.
  const bytes = host.bytes;
  const module = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(module, __wbg_get_imports());
  __wbg_finalize_init(instance, module);
  return exportsOf();
}

/** A minimal nodejs-style factory for oom.wat. */
export function oomGlue(WebAssembly, FinalizationRegistry, host) {
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(host.bytes), {}).exports;
  if (host.onInstance) host.onInstance({ wasm });
  return {
    grow: (n) => wasm.grow(n),
    boom: () => wasm.boom(),
  };
}

/**
 * A FinalizationRegistry stand-in whose cleanups the test runs by hand, so
 * finalizer behaviour is tested deterministically instead of waiting for GC.
 */
export class ManualRegistry {
  constructor(cleanup) {
    this.cleanup = cleanup;
    this.entries = new Map();
    ManualRegistry.all.push(this);
  }
  register(target, held, token) {
    this.entries.set(token === undefined ? {} : token, held);
  }
  unregister(token) {
    return this.entries.delete(token);
  }
  static collectAll() {
    for (const r of ManualRegistry.all) {
      for (const [token, held] of r.entries) {
        r.entries.delete(token);
        r.cleanup(held);
      }
    }
  }
}
ManualRegistry.all = [];

/** Wait for queued microtasks (the abort-in-flight window) to run. */
export function tick() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
