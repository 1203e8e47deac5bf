/* wbg-guard: guarded build of web glue; do not run wbg-guard on this file again */
// SYNTHETIC fixture written for wbg-guard's tests: stands in for wbg-guard's
// own output, which starts with the marker comment above. The body is a tiny
// web-target glue (0.2.107 shape) so the rest of the detection still works.

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
    };
    return {
        __proto__: null,
        "./guarded_bg.js": import0,
    };
}

let wasmModule, wasm;
function __wbg_finalize_init(instance, module) {
    wasm = instance.exports;
    wasmModule = module;
    return wasm;
}

function initSync(module) {
    if (wasm !== undefined) return wasm;
    const instance = new WebAssembly.Instance(module, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}

async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (module_or_path === undefined) {
        module_or_path = new URL('guarded_bg.wasm', import.meta.url);
    }
    const { instance, module } = await WebAssembly.instantiateStreaming(fetch(module_or_path), __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}

export { initSync, __wbg_init as default };
