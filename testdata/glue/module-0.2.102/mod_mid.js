// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target module` glue in its first releases
// (0.2.102-0.2.106, modelled on 0.2.104): a source-phase import of the .wasm,
// an imports object literal with the placeholder module, and an inline_js
// snippet forwarded whole. No npm package ships this target.
import source wasmModule from "./mod_mid_bg.wasm";

let wasm;
import * as import0 from './snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js'

let cachedUint8ArrayMemory0 = null;

function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
export function add(a, b) {
    const ret = wasm.add(a, b);
    return ret >>> 0;
}

/**
 * @enum {0 | 1}
 */
export const Mode = Object.freeze({
    Fast: 0, "0": "Fast",
    Small: 1, "1": "Small",
});

const imports = {
    __wbindgen_placeholder__: {
        __wbg_log_0b7c2e4f6a8d1e3c: function(arg0, arg1) {
            console.log(getStringFromWasm0(arg0, arg1));
        },
        __wbindgen_throw: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
    },
    './snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js': import0,
};

const wasmInstance = new WebAssembly.Instance(wasmModule, imports);
wasm = wasmInstance.exports;
