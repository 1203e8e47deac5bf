// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target experimental-nodejs-module` glue from
// 0.2.107 on (modelled on 0.2.109): one ES module, __wbg_get_imports() with
// the "./<n>_bg.js" import object, readFileSync + synchronous instantiation
// at the end.
/* @ts-self-types="./enm_late.d.ts" */

/**
 * @param {Uint8Array} data
 * @returns {number}
 */
export function checksum(data) {
    const ptr0 = passArray8ToWasm0(data, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.checksum(ptr0, len0);
    return ret >>> 0;
}

/**
 * @enum {0 | 1 | 2}
 */
export const Level = Object.freeze({
    Low: 0, "0": "Low",
    Mid: 1, "1": "Mid",
    High: 2, "2": "High",
});

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_now_6b8d0f2a4c6e8a1c: function() {
            const ret = Date.now();
            return ret;
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            const offset = table.grow(4);
            table.set(0, undefined);
            table.set(offset + 0, undefined);
            table.set(offset + 1, null);
            table.set(offset + 2, true);
            table.set(offset + 3, false);
        },
    };
    return {
        __proto__: null,
        "./enm_late_bg.js": import0,
    };
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

let WASM_VECTOR_LEN = 0;

import { readFileSync } from 'node:fs';
const wasmUrl = new URL('enm_late_bg.wasm', import.meta.url);
const wasmBytes = readFileSync(wasmUrl);
const wasmModule = new WebAssembly.Module(wasmBytes);
let wasm = new WebAssembly.Instance(wasmModule, __wbg_get_imports()).exports;
wasm.__wbindgen_start();
