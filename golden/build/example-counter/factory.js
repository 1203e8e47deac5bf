export default function __wbgg_factory(WebAssembly, FinalizationRegistry, __wbgg_host) {
var module = { exports: {} }, exports = module.exports, require = __wbgg_host.require, __dirname = __wbgg_host.dirname, __filename = __wbgg_host.filename;
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// counter.js
var imports = {};
imports["__wbindgen_placeholder__"] = module.exports;
var wasm;
var { TextDecoder } = require("util");
var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
var cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
__name(getUint8ArrayMemory0, "getUint8ArrayMemory0");
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
__name(getStringFromWasm0, "getStringFromWasm0");
module.exports.add = function(a, b) {
  const ret = wasm.add(a, b);
  return ret;
};
module.exports.crash = function() {
  wasm.crash();
};
module.exports.throw_message = function() {
  wasm.throw_message();
};
var CounterFinalization = typeof FinalizationRegistry === "undefined" ? { register: /* @__PURE__ */ __name(() => {
}, "register"), unregister: /* @__PURE__ */ __name(() => {
}, "unregister") } : new FinalizationRegistry((ptr) => wasm.__wbg_counter_free(ptr >>> 0, 1));
var Counter = class {
  static {
    __name(this, "Counter");
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
  /**
   * @returns {number}
   */
  increment() {
    const ret = wasm.counter_increment(this.__wbg_ptr);
    return ret;
  }
  /**
   * @returns {number}
   */
  get value() {
    const ret = wasm.counter_value(this.__wbg_ptr);
    return ret;
  }
};
module.exports.Counter = Counter;
module.exports.__wbindgen_throw = function(arg0, arg1) {
  throw new Error(getStringFromWasm0(arg0, arg1));
};
var path = require("path").join(__dirname, "counter_bg.wasm");
var bytes = require("fs").readFileSync(path);
var wasmModule = new WebAssembly.Module(bytes);
var wasmInstance = new WebAssembly.Instance(wasmModule, imports);
wasm = wasmInstance.exports;
module.exports.__wasm = wasm;

return module.exports;
}
