// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target web` glue for a panic=unwind build
// BEFORE upstream's abort handling (0.2.107-0.2.113, modelled on 0.2.110):
// each export catches a panic (catch_unwind), builds a PanicError through an
// import and throws it into JS; there is no __instance_terminated flag and no
// call guard, so an abort leaves the instance callable. Derived from the
// 0.2.114 fixture beside it. No npm package ships an unwind build.
/* @ts-self-types="./unwind_mid.d.ts" */

export class Counter {
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
    /**
     * @param {number} start
     */
    constructor(start) {
        let ret;
        ret = wasm.counter_new(start);
        this.__wbg_ptr = ret >>> 0;
        CounterFinalization.register(this, this.__wbg_ptr, this);
        return this;
    }
    /**
     * @returns {number}
     */
    increment() {
        let ret;
        ret = wasm.counter_increment(this.__wbg_ptr);
        return ret >>> 0;
    }
    /**
     * @returns {number}
     */
    get value() {
        let ret;
        ret = wasm.counter_value(this.__wbg_ptr);
        return ret >>> 0;
    }
    /**
     * @param {number} start
     * @returns {Counter}
     */
    static withStart(start) {
        let ret;
        ret = wasm.counter_withStart(start);
        return Counter.__wrap(ret);
    }
}
if (Symbol.dispose) Counter.prototype[Symbol.dispose] = Counter.prototype.free;

/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
export function divide(a, b) {
    let ret;
    ret = wasm.divide(a, b);
    return ret;
}

/**
 * @param {string} url
 * @returns {Promise<string>}
 */
export function fetch_text(url) {
    const ptr0 = passStringToWasm0(url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    let ret;
    ret = wasm.fetch_text(ptr0, len0);
    return ret;
}

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_panic_error_7d1c3e5a9b0f2468: function(arg0, arg1) {
            const ret = new PanicError(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg___wbindgen_rethrow_2b4d6f8a0c1e3957: function(arg0) {
            throw arg0;
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
        "./unwind_mid_bg.js": import0,
    };
}


const CounterFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_counter_free(ptr >>> 0, 1));

class PanicError extends Error {}
Object.defineProperty(PanicError.prototype, 'name', {
    value: PanicError.name,
});

let cachedInt32ArrayMemory0 = null;
function getInt32ArrayMemory0() {
    if (cachedInt32ArrayMemory0 === null || cachedInt32ArrayMemory0.byteLength === 0) {
        cachedInt32ArrayMemory0 = new Int32Array(wasm.memory.buffer);
    }
    return cachedInt32ArrayMemory0;
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

function passStringToWasm0(arg, malloc, realloc) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr = malloc(buf.length, 1) >>> 0;
    getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
const cachedTextEncoder = new TextEncoder();

let WASM_VECTOR_LEN = 0;

let wasmModule, wasm;
function __wbg_finalize_init(instance, module) {
    wasm = instance.exports;
    wasmModule = module;
    cachedInt32ArrayMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
}

async function __wbg_load(module, imports) {
    if (typeof Response === 'function' && module instanceof Response) {
        if (typeof WebAssembly.instantiateStreaming === 'function') {
            return await WebAssembly.instantiateStreaming(module, imports);
        }
        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
    }
    const instance = await WebAssembly.instantiate(module, imports);
    return instance instanceof WebAssembly.Instance ? { instance, module } : instance;
}

function initSync(module) {
    if (wasm !== undefined) return wasm;
    if (module !== undefined && Object.getPrototypeOf(module) === Object.prototype) {
        ({module} = module)
    }
    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
}

async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (module_or_path !== undefined && Object.getPrototypeOf(module_or_path) === Object.prototype) {
        ({module_or_path} = module_or_path)
    }
    if (module_or_path === undefined) {
        module_or_path = new URL('unwind_mid_bg.wasm', import.meta.url);
    }
    const imports = __wbg_get_imports();
    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }
    const { instance, module } = await __wbg_load(await module_or_path, imports);
    return __wbg_finalize_init(instance, module);
}

export { initSync, __wbg_init as default };
