// SYNTHETIC _bg.js of the enm_mid fixture (see enm_mid.js).
let wasm;
let wasmModule;
export function __wbg_set_wasm(exports, module) {
    wasm = exports;
    wasmModule = module;
}

let cachedUint8ArrayMemory0 = null;

function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

const cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

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
 * @returns {Promise<number>}
 */
export function later() {
    const ret = wasm.later();
    return ret;
}

const CounterFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_counter_free(ptr >>> 0, 1));

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
     * @returns {Counter}
     */
    static withStart(start) {
        const ret = wasm.counter_withStart(start);
        return Counter.__wrap(ret);
    }
    /**
     * @returns {number}
     */
    increment() {
        const ret = wasm.counter_increment(this.__wbg_ptr);
        return ret >>> 0;
    }
}

export function __wbg_log_2d4f6a8c0e1b3d5f(arg0, arg1) {
    console.log(getStringFromWasm0(arg0, arg1));
};

export function __wbindgen_throw(arg0, arg1) {
    throw new Error(getStringFromWasm0(arg0, arg1));
};
