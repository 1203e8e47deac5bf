let wasm;
export function __wbg_set_wasm(val) {
    wasm = val;
}


let cachedUint8ArrayMemory0 = null;

function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

cachedTextDecoder.decode();

const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(ptr, len) {
    numBytesDecoded += len;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
        cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
        cachedTextDecoder.decode();
        numBytesDecoded = len;
    }
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(ptr, len);
}

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_export_2.set(idx, obj);
    return idx;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function debugString(val) {
    // primitive types
    const type = typeof val;
    if (type == 'number' || type == 'boolean' || val == null) {
        return  `${val}`;
    }
    if (type == 'string') {
        return `"${val}"`;
    }
    if (type == 'symbol') {
        const description = val.description;
        if (description == null) {
            return 'Symbol';
        } else {
            return `Symbol(${description})`;
        }
    }
    if (type == 'function') {
        const name = val.name;
        if (typeof name == 'string' && name.length > 0) {
            return `Function(${name})`;
        } else {
            return 'Function';
        }
    }
    // objects
    if (Array.isArray(val)) {
        const length = val.length;
        let debug = '[';
        if (length > 0) {
            debug += debugString(val[0]);
        }
        for(let i = 1; i < length; i++) {
            debug += ', ' + debugString(val[i]);
        }
        debug += ']';
        return debug;
    }
    // Test for built-in
    const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
    let className;
    if (builtInMatches && builtInMatches.length > 1) {
        className = builtInMatches[1];
    } else {
        // Failed to match the standard '[object ClassName]'
        return toString.call(val);
    }
    if (className == 'Object') {
        // we're a user defined class or Object
        // JSON.stringify avoids problems with cycles, and is generally much
        // easier than looping through ownProperties of `val`.
        try {
            return 'Object(' + JSON.stringify(val) + ')';
        } catch (_) {
            return 'Object';
        }
    }
    // errors
    if (val instanceof Error) {
        return `${val.name}: ${val.message}\n${val.stack}`;
    }
    // TODO we could test for more things here, like `Set`s and `Map`s.
    return className;
}

let WASM_VECTOR_LEN = 0;

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    }
}

function passStringToWasm0(arg, malloc, realloc) {

    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }

    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

let cachedDataViewMemory0 = null;

function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(
state => {
    wasm.__wbindgen_export_5.get(state.dtor)(state.a, state.b);
}
);

function makeMutClosure(arg0, arg1, dtor, f) {
    const state = { a: arg0, b: arg1, cnt: 1, dtor };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            if (--state.cnt === 0) {
                wasm.__wbindgen_export_5.get(state.dtor)(a, state.b);
                CLOSURE_DTORS.unregister(state);
            } else {
                state.a = a;
            }
        }
    };
    real.original = state;
    CLOSURE_DTORS.register(real, state, state);
    return real;
}
/**
 * A JS function `x => x + n` backed by a Rust closure.
 * @param {number} n
 * @returns {Function}
 */
export function make_adder(n) {
    const ret = wasm.make_adder(n);
    return ret;
}

/**
 * A JS function that panics with `msg` when called.
 * @param {string} msg
 * @returns {Function}
 */
export function make_panicker(msg) {
    const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.make_panicker(ptr0, len0);
    return ret;
}

/**
 * Waits `ms` ms, then awaits `Promise.resolve(x)`, returns `x + 1`.
 * @param {number} x
 * @param {number} ms
 * @returns {Promise<number>}
 */
export function sleep_then(x, ms) {
    const ret = wasm.sleep_then(x, ms);
    return ret;
}

/**
 * Awaits `promise` and returns what it resolved to; a rejection comes
 * back as `Err` (a rejected promise).
 * @param {Promise<any>} promise
 * @returns {Promise<any>}
 */
export function await_promise(promise) {
    const ret = wasm.await_promise(promise);
    return ret;
}

/**
 * Panics after an await (in a later microtask than the call).
 * @param {string} msg
 * @param {number} ms
 * @returns {Promise<number>}
 */
export function async_panic_after_await(msg, ms) {
    const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.async_panic_after_await(ptr0, len0, ms);
    return ret;
}

/**
 * Traps (`unreachable`) after an await.
 * @param {number} ms
 * @returns {Promise<number>}
 */
export function async_trap_after_await(ms) {
    const ret = wasm.async_trap_after_await(ms);
    return ret;
}

export function start() {
    wasm.start();
}

/**
 * Adds one to the global counter and returns the new value.
 * @returns {number}
 */
export function bump() {
    const ret = wasm.bump();
    return ret >>> 0;
}

/**
 * Reads 8 bytes at 0xFFFF_FFF0, past the end of any linear memory.
 * @returns {number}
 */
export function out_of_bounds() {
    const ret = wasm.out_of_bounds();
    return ret >>> 0;
}

/**
 * Three allocations of 1.5 GiB each (never touched): they cannot all fit in
 * the 4 GiB that wasm32 memory can have, so one of them fails and Rust
 * aborts (`handle_alloc_error`) instead of returning.
 * @returns {number}
 */
export function oom_huge() {
    const ret = wasm.oom_huge();
    return ret >>> 0;
}

/**
 * Leaks `n_mb` boxes of 1 MiB (each touched once); returns how many MiB are
 * leaked in total. Past about 4 GiB the allocator fails and Rust aborts.
 * @param {number} n_mb
 * @returns {number}
 */
export function oom_leak(n_mb) {
    const ret = wasm.oom_leak(n_mb);
    return ret >>> 0;
}

/**
 * Recursion `depth` deep; about 128 bytes of shadow stack and one Wasm frame
 * per level, so a large depth overflows the 1 MiB shadow stack.
 * @param {number} depth
 * @returns {number}
 */
export function stack_overflow(depth) {
    const ret = wasm.stack_overflow(depth);
    return ret >>> 0;
}

/**
 * Panics while a value whose `Drop` panics is live: the second panic
 * happens during unwinding, which aborts (with panic=abort the first panic
 * already aborts).
 */
export function panic_in_drop() {
    wasm.panic_in_drop();
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_export_2.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}
/**
 * Calls `f()`; an exception thrown by `f` comes back as `Err` (`?`).
 * `f` may call back into this module (e.g. `add`).
 * @param {Function} f
 * @returns {any}
 */
export function call_js(f) {
    const ret = wasm.call_js(f);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}

/**
 * Calls `f()` and `unwrap()`s the result: an exception becomes a panic.
 * @param {Function} f
 * @returns {any}
 */
export function call_js_unwrap(f) {
    const ret = wasm.call_js_unwrap(f);
    return ret;
}

/**
 * Calls `f()` through an import without `catch`: an exception from `f`
 * unwinds through the Rust frames of this function. Bumps the global
 * counter before and after the call.
 * @param {Function} f
 * @returns {any}
 */
export function call_js_uncaught(f) {
    const ret = wasm.call_js_uncaught(f);
    return ret;
}

/**
 * The global counter: 1 right after instantiation (the start function).
 * @returns {number}
 */
export function count() {
    const ret = wasm.count();
    return ret >>> 0;
}

/**
 * Installs a panic hook that reports the panic message with `console.error`.
 */
export function install_panic_hook() {
    wasm.install_panic_hook();
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
 * `Err` (a JS `Error`) when `b` is 0.
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
export function checked_div(a, b) {
    const ret = wasm.checked_div(a, b);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return ret[0] >>> 0;
}

/**
 * `Err` (the JS string itself) when `s` is not a number.
 * @param {string} s
 * @returns {number}
 */
export function parse_u32(s) {
    const ptr0 = passStringToWasm0(s, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.parse_u32(ptr0, len0);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return ret[0] >>> 0;
}

/**
 * Throws a JS `Error` with `msg` via `wasm_bindgen::throw_str`.
 * @param {string} msg
 */
export function throw_message(msg) {
    const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.throw_message(ptr0, len0);
}

/**
 * `unwrap_throw` of a `None`: throws a JS `Error`.
 * @returns {number}
 */
export function unwrap_none() {
    const ret = wasm.unwrap_none();
    return ret >>> 0;
}

/**
 * A Rust panic.
 * @param {string} msg
 */
export function panic_now(msg) {
    const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.panic_now(ptr0, len0);
}

/**
 * A Wasm `unreachable` instruction.
 */
export function trap_unreachable() {
    wasm.trap_unreachable();
}

function __wbg_adapter_6(arg0, arg1, arg2) {
    const ret = wasm.wasm_bindgen_dd09374c111b07ec___convert__closures_____invoke___u32__u32_(arg0, arg1, arg2);
    return ret >>> 0;
}

function __wbg_adapter_9(arg0, arg1) {
    wasm.wasm_bindgen_dd09374c111b07ec___convert__closures_____invoke______(arg0, arg1);
}

function __wbg_adapter_16(arg0, arg1, arg2) {
    wasm.closure28_externref_shim(arg0, arg1, arg2);
}

function __wbg_adapter_67(arg0, arg1, arg2, arg3) {
    wasm.closure20_externref_shim(arg0, arg1, arg2, arg3);
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
     * An async static method: a new Counter, after `ms` milliseconds.
     * @param {number} n
     * @param {number} ms
     * @returns {Promise<Counter>}
     */
    static create_later(n, ms) {
        const ret = wasm.counter_create_later(n, ms);
        return ret;
    }
    /**
     * An async method: increments after `ms` milliseconds and returns the
     * new value. The future uses `self` after the await; what a call on the
     * same object does meanwhile depends on the wasm-bindgen version (0.2.125
     * lets it through, 0.2.130 keeps `self` borrowed until the future ends,
     * so `increment()` in between throws "recursive use of an object").
     * @param {number} ms
     * @returns {Promise<number>}
     */
    increment_later(ms) {
        const ret = wasm.counter_increment_later(this.__wbg_ptr, ms);
        return ret;
    }
    /**
     * A static method (`Counter.with_value(n)`).
     * @param {number} n
     * @returns {Counter}
     */
    static with_value(n) {
        const ret = wasm.counter_with_value(n);
        return Counter.__wrap(ret);
    }
    /**
     * Increments, then panics while `self` is mutably borrowed.
     * @param {string} msg
     * @returns {number}
     */
    increment_then_panic(msg) {
        const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.counter_increment_then_panic(this.__wbg_ptr, ptr0, len0);
        return ret >>> 0;
    }
    /**
     * Increments, then calls `f` while `self` is mutably borrowed: if `f`
     * uses this Counter again, wasm-bindgen throws ("recursive use").
     * @param {Function} f
     * @returns {any}
     */
    increment_with_callback(f) {
        const ret = wasm.counter_increment_with_callback(this.__wbg_ptr, f);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
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
    get value() {
        const ret = wasm.counter_value(this.__wbg_ptr);
        return ret >>> 0;
    }
    /**
     * @returns {number}
     */
    increment() {
        const ret = wasm.counter_increment(this.__wbg_ptr);
        return ret >>> 0;
    }
    /**
     * @param {number} v
     */
    set value(v) {
        wasm.counter_set_value(this.__wbg_ptr, v);
    }
}
if (Symbol.dispose) Counter.prototype[Symbol.dispose] = Counter.prototype.free;

export function __wbg_Error_e17e777aac105295(arg0, arg1) {
    const ret = Error(getStringFromWasm0(arg0, arg1));
    return ret;
};

export function __wbg_call_13410aac570ffff7() { return handleError(function (arg0, arg1) {
    const ret = arg0.call(arg1);
    return ret;
}, arguments) };

export function __wbg_call_a5400b25a865cfd8() { return handleError(function (arg0, arg1, arg2) {
    const ret = arg0.call(arg1, arg2);
    return ret;
}, arguments) };

export function __wbg_call_acf17ed1ac2345d5(arg0, arg1) {
    const ret = arg0.call(arg1);
    return ret;
};

export function __wbg_counter_new(arg0) {
    const ret = Counter.__wrap(arg0);
    return ret;
};

export function __wbg_error_3db67e0ee442d5c4(arg0, arg1) {
    console.error(getStringFromWasm0(arg0, arg1));
};

export function __wbg_new_2e3c58a15f39f5f9(arg0, arg1) {
    try {
        var state0 = {a: arg0, b: arg1};
        var cb0 = (arg0, arg1) => {
            const a = state0.a;
            state0.a = 0;
            try {
                return __wbg_adapter_67(a, state0.b, arg0, arg1);
            } finally {
                state0.a = a;
            }
        };
        const ret = new Promise(cb0);
        return ret;
    } finally {
        state0.a = state0.b = 0;
    }
};

export function __wbg_newnoargs_254190557c45b4ec(arg0, arg1) {
    const ret = new Function(getStringFromWasm0(arg0, arg1));
    return ret;
};

export function __wbg_queueMicrotask_25d0739ac89e8c88(arg0) {
    queueMicrotask(arg0);
};

export function __wbg_queueMicrotask_4488407636f5bf24(arg0) {
    const ret = arg0.queueMicrotask;
    return ret;
};

export function __wbg_resolve_4055c623acdd6a1b(arg0) {
    const ret = Promise.resolve(arg0);
    return ret;
};

export function __wbg_setTimeout_1298bbf6444bdfc5(arg0, arg1) {
    const ret = setTimeout(arg0, arg1 >>> 0);
    return ret;
};

export function __wbg_static_accessor_GLOBAL_8921f820c2ce3f12() {
    const ret = typeof global === 'undefined' ? null : global;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
};

export function __wbg_static_accessor_GLOBAL_THIS_f0a4409105898184() {
    const ret = typeof globalThis === 'undefined' ? null : globalThis;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
};

export function __wbg_static_accessor_SELF_995b214ae681ff99() {
    const ret = typeof self === 'undefined' ? null : self;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
};

export function __wbg_static_accessor_WINDOW_cde3890479c675ea() {
    const ret = typeof window === 'undefined' ? null : window;
    return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
};

export function __wbg_then_b33a773d723afa3e(arg0, arg1, arg2) {
    const ret = arg0.then(arg1, arg2);
    return ret;
};

export function __wbg_then_e22500defe16819f(arg0, arg1) {
    const ret = arg0.then(arg1);
    return ret;
};

export function __wbg_wbindgencbdrop_eb10308566512b88(arg0) {
    const obj = arg0.original;
    if (obj.cnt-- == 1) {
        obj.a = 0;
        return true;
    }
    const ret = false;
    return ret;
};

export function __wbg_wbindgendebugstring_99ef257a3ddda34d(arg0, arg1) {
    const ret = debugString(arg1);
    const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
    getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
};

export function __wbg_wbindgenisfunction_8cee7dce3725ae74(arg0) {
    const ret = typeof(arg0) === 'function';
    return ret;
};

export function __wbg_wbindgenisundefined_c4b71d073b92f3c5(arg0) {
    const ret = arg0 === undefined;
    return ret;
};

export function __wbg_wbindgennumberget_f74b4c7525ac05cb(arg0, arg1) {
    const obj = arg1;
    const ret = typeof(obj) === 'number' ? obj : undefined;
    getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
    getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
};

export function __wbg_wbindgenthrow_451ec1a8469d7eb6(arg0, arg1) {
    throw new Error(getStringFromWasm0(arg0, arg1));
};

export function __wbindgen_cast_2241b6af4c4b2941(arg0, arg1) {
    // Cast intrinsic for `Ref(String) -> Externref`.
    const ret = getStringFromWasm0(arg0, arg1);
    return ret;
};

export function __wbindgen_cast_4e8e5f8084b65dbf(arg0, arg1) {
    // Cast intrinsic for `Closure(Closure { dtor_idx: 3, function: Function { arguments: [U32], shim_idx: 4, ret: U32, inner_ret: Some(U32) }, mutable: true }) -> Externref`.
    const ret = makeMutClosure(arg0, arg1, 3, __wbg_adapter_6);
    return ret;
};

export function __wbindgen_cast_938f00f56b3ee1d1(arg0, arg1) {
    // Cast intrinsic for `Closure(Closure { dtor_idx: 27, function: Function { arguments: [Externref], shim_idx: 28, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
    const ret = makeMutClosure(arg0, arg1, 27, __wbg_adapter_16);
    return ret;
};

export function __wbindgen_cast_ce1738ca1cf90a8c(arg0, arg1) {
    // Cast intrinsic for `Closure(Closure { dtor_idx: 3, function: Function { arguments: [], shim_idx: 6, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
    const ret = makeMutClosure(arg0, arg1, 3, __wbg_adapter_9);
    return ret;
};

export function __wbindgen_cast_d6cd19b81560fd6e(arg0) {
    // Cast intrinsic for `F64 -> Externref`.
    const ret = arg0;
    return ret;
};

export function __wbindgen_init_externref_table() {
    const table = wasm.__wbindgen_export_2;
    const offset = table.grow(4);
    table.set(0, undefined);
    table.set(offset + 0, undefined);
    table.set(offset + 1, null);
    table.set(offset + 2, true);
    table.set(offset + 3, false);
    ;
};

