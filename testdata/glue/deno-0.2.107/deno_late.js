// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target deno` glue from 0.2.107 on (modelled
// on 0.2.110): __wbg_get_imports() and a top-level await of
// instantiateStreaming(fetch(url)) at the end of the module.
/* @ts-self-types="./deno_late.d.ts" */

/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
export function add(a, b) {
    const ret = wasm.add(a, b);
    return ret >>> 0;
}

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_random_1c3e5a7b9d0f2e4a: function() {
            const ret = Math.random();
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
        "./deno_late_bg.js": import0,
    };
}

const wasmUrl = new URL('deno_late_bg.wasm', import.meta.url);
const wasmInstantiated = await WebAssembly.instantiateStreaming(fetch(wasmUrl), __wbg_get_imports());
const wasm = wasmInstantiated.instance.exports;
wasm.__wbindgen_start();
