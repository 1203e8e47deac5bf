function __wbgg_factory(WebAssembly, FinalizationRegistry, __wbgg_host) {
var module = { exports: {} }, exports = module.exports, require = __wbgg_host.require, __dirname = __wbgg_host.dirname, __filename = __wbgg_host.filename;
// counter.js
var Counter = class {
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
  /**
   * @returns {number}
   */
  increment() {
    const ret = wasm.counter_increment(this.__wbg_ptr);
    return ret >>> 0;
  }
  constructor() {
    const ret = wasm.counter_new();
    this.__wbg_ptr = ret;
    CounterFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * @returns {number}
   */
  get value() {
    const ret = wasm.counter_value(this.__wbg_ptr);
    return ret >>> 0;
  }
};
if (Symbol.dispose) Counter.prototype[Symbol.dispose] = Counter.prototype.free;
exports.Counter = Counter;
function add(a, b) {
  const ret = wasm.add(a, b);
  return ret >>> 0;
}
exports.add = add;
function crash() {
  wasm.crash();
}
exports.crash = crash;
function throw_message() {
  wasm.throw_message();
}
exports.throw_message = throw_message;
function __wbg_get_imports() {
  const import0 = {
    __proto__: null,
    __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
      throw new Error(getStringFromWasm0(arg0, arg1));
    },
    __wbindgen_init_externref_table: function() {
      const table = wasm.__wbindgen_externrefs;
      table.set(0, void 0);
      table.set(1024, void 0);
      table.set(1025, null);
      table.set(1026, true);
      table.set(1027, false);
    }
  };
  return {
    __proto__: null,
    "./counter_bg.js": import0
  };
}
var CounterFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_counter_free(ptr, 1));
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
var cachedUint8ArrayMemory0 = null;
__wbgg_host.resetViews = function () { cachedUint8ArrayMemory0 = null; };
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
cachedTextDecoder.decode();
function decodeText(bytes) {
  return cachedTextDecoder.decode(bytes);
}
var wasmPath = `${__dirname}/counter_bg.wasm`;
var wasmBytes = require("fs").readFileSync(wasmPath);
var wasmModule = new WebAssembly.Module(wasmBytes);
var wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
var wasm = wasmInstance.exports;
wasm.__wbindgen_start();

return module.exports;
}
