let wasm_bindgen = (function(exports) {
    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }

    class Counter {
        static __wrap(ptr) {
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
            __wbg_call_guard();
            try {
                wasm.__wbg_counter_free(ptr, 0);
            } catch(e) {
                __wbg_handle_catch(e);
            }

        }
        /**
         * An async static method: a new Counter, after `ms` milliseconds.
         * @param {number} n
         * @param {number} ms
         * @returns {Promise<Counter>}
         */
        static create_later(n, ms) {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_create_later(n, ms);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return ret;
        }
        /**
         * @returns {number}
         */
        increment() {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_increment(this.__wbg_ptr);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return ret >>> 0;
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
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_increment_later(this.__wbg_ptr, ms);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return ret;
        }
        /**
         * Increments, then panics while `self` is mutably borrowed.
         * @param {string} msg
         * @returns {number}
         */
        increment_then_panic(msg) {
            const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_increment_then_panic(this.__wbg_ptr, ptr0, len0);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return ret >>> 0;
        }
        /**
         * Increments, then calls `f` while `self` is mutably borrowed: if `f`
         * uses this Counter again, wasm-bindgen throws ("recursive use").
         * @param {Function} f
         * @returns {any}
         */
        increment_with_callback(f) {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_increment_with_callback(this.__wbg_ptr, f);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        constructor() {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_new();
            } catch(e) {
                __wbg_handle_catch(e);
            }
            this.__wbg_ptr = ret;
            CounterFinalization.register(this, this.__wbg_ptr, this);
            return this;
        }
        /**
         * @param {number} v
         */
        set value(v) {
            __wbg_call_guard();
            try {
                wasm.counter_set_value(this.__wbg_ptr, v);
            } catch(e) {
                __wbg_handle_catch(e);
            }
        }
        /**
         * @returns {number}
         */
        get value() {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_value(this.__wbg_ptr);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return ret >>> 0;
        }
        /**
         * A static method (`Counter.with_value(n)`).
         * @param {number} n
         * @returns {Counter}
         */
        static with_value(n) {
            let ret;
            __wbg_call_guard();
            try {
                ret = wasm.counter_with_value(n);
            } catch(e) {
                __wbg_handle_catch(e);
            }
            return Counter.__wrap(ret);
        }
    }
    if (Symbol.dispose) Counter.prototype[Symbol.dispose] = Counter.prototype.free;
    exports.Counter = Counter;

    /**
     * @param {number} a
     * @param {number} b
     * @returns {number}
     */
    function add(a, b) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.add(a, b);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.add = add;

    /**
     * Panics after an await (in a later microtask than the call).
     * @param {string} msg
     * @param {number} ms
     * @returns {Promise<number>}
     */
    function async_panic_after_await(msg, ms) {
        const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.async_panic_after_await(ptr0, len0, ms);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.async_panic_after_await = async_panic_after_await;

    /**
     * Traps (`unreachable`) after an await.
     * @param {number} ms
     * @returns {Promise<number>}
     */
    function async_trap_after_await(ms) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.async_trap_after_await(ms);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.async_trap_after_await = async_trap_after_await;

    /**
     * Awaits `promise` and returns what it resolved to; a rejection comes
     * back as `Err` (a rejected promise).
     * @param {Promise<any>} promise
     * @returns {Promise<any>}
     */
    function await_promise(promise) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.await_promise(promise);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.await_promise = await_promise;

    /**
     * Adds one to the global counter and returns the new value.
     * @returns {number}
     */
    function bump() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.bump();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.bump = bump;

    /**
     * Calls `f()`; an exception thrown by `f` comes back as `Err` (`?`).
     * `f` may call back into this module (e.g. `add`).
     * @param {Function} f
     * @returns {any}
     */
    function call_js(f) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.call_js(f);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.call_js = call_js;

    /**
     * Calls `f()` through an import without `catch`: an exception from `f`
     * unwinds through the Rust frames of this function. Bumps the global
     * counter before and after the call.
     * @param {Function} f
     * @returns {any}
     */
    function call_js_uncaught(f) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.call_js_uncaught(f);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.call_js_uncaught = call_js_uncaught;

    /**
     * Calls `f()` and `unwrap()`s the result: an exception becomes a panic.
     * @param {Function} f
     * @returns {any}
     */
    function call_js_unwrap(f) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.call_js_unwrap(f);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.call_js_unwrap = call_js_unwrap;

    /**
     * `Err` (a JS `Error`) when `b` is 0.
     * @param {number} a
     * @param {number} b
     * @returns {number}
     */
    function checked_div(a, b) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.checked_div(a, b);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0] >>> 0;
    }
    exports.checked_div = checked_div;

    /**
     * The global counter: 1 right after instantiation (the start function).
     * @returns {number}
     */
    function count() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.count();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.count = count;

    /**
     * Installs a panic hook that reports the panic message with `console.error`.
     */
    function install_panic_hook() {
        __wbg_call_guard();
        try {
            wasm.install_panic_hook();
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.install_panic_hook = install_panic_hook;

    /**
     * A JS function `x => x + n` backed by a Rust closure.
     * @param {number} n
     * @returns {Function}
     */
    function make_adder(n) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.make_adder(n);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.make_adder = make_adder;

    /**
     * A JS function that panics with `msg` when called.
     * @param {string} msg
     * @returns {Function}
     */
    function make_panicker(msg) {
        const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.make_panicker(ptr0, len0);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.make_panicker = make_panicker;

    /**
     * Three allocations of 1.5 GiB each (never touched): they cannot all fit in
     * the 4 GiB that wasm32 memory can have, so one of them fails and Rust
     * aborts (`handle_alloc_error`) instead of returning.
     * @returns {number}
     */
    function oom_huge() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.oom_huge();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.oom_huge = oom_huge;

    /**
     * Leaks `n_mb` boxes of 1 MiB (each touched once); returns how many MiB are
     * leaked in total. Past about 4 GiB the allocator fails and Rust aborts.
     * @param {number} n_mb
     * @returns {number}
     */
    function oom_leak(n_mb) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.oom_leak(n_mb);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.oom_leak = oom_leak;

    /**
     * Reads 8 bytes at 0xFFFF_FFF0, past the end of any linear memory.
     * @returns {number}
     */
    function out_of_bounds() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.out_of_bounds();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.out_of_bounds = out_of_bounds;

    /**
     * Panics while a value whose `Drop` panics is live: the second panic
     * happens during unwinding, which aborts (with panic=abort the first panic
     * already aborts).
     */
    function panic_in_drop() {
        __wbg_call_guard();
        try {
            wasm.panic_in_drop();
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.panic_in_drop = panic_in_drop;

    /**
     * A Rust panic.
     * @param {string} msg
     */
    function panic_now(msg) {
        const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        __wbg_call_guard();
        try {
            wasm.panic_now(ptr0, len0);
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.panic_now = panic_now;

    /**
     * `Err` (the JS string itself) when `s` is not a number.
     * @param {string} s
     * @returns {number}
     */
    function parse_u32(s) {
        const ptr0 = passStringToWasm0(s, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.parse_u32(ptr0, len0);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0] >>> 0;
    }
    exports.parse_u32 = parse_u32;

    /**
     * Waits `ms` ms, then awaits `Promise.resolve(x)`, returns `x + 1`.
     * @param {number} x
     * @param {number} ms
     * @returns {Promise<number>}
     */
    function sleep_then(x, ms) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.sleep_then(x, ms);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret;
    }
    exports.sleep_then = sleep_then;

    /**
     * Recursion `depth` deep; about 128 bytes of shadow stack and one Wasm frame
     * per level, so a large depth overflows the 1 MiB shadow stack.
     * @param {number} depth
     * @returns {number}
     */
    function stack_overflow(depth) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.stack_overflow(depth);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.stack_overflow = stack_overflow;

    function start() {
        __wbg_call_guard();
        try {
            wasm.start();
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.start = start;

    /**
     * Throws a JS `Error` with `msg` via `wasm_bindgen::throw_str`.
     * @param {string} msg
     */
    function throw_message(msg) {
        const ptr0 = passStringToWasm0(msg, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        __wbg_call_guard();
        try {
            wasm.throw_message(ptr0, len0);
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.throw_message = throw_message;

    /**
     * A Wasm `unreachable` instruction.
     */
    function trap_unreachable() {
        __wbg_call_guard();
        try {
            wasm.trap_unreachable();
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }
    exports.trap_unreachable = trap_unreachable;

    /**
     * `unwrap_throw` of a `None`: throws a JS `Error`.
     * @returns {number}
     */
    function unwrap_none() {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.unwrap_none();
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }
    exports.unwrap_none = unwrap_none;
    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg_Error_fdd633d4bb5dd76a: function(arg0, arg1) {
                const ret = Error(getStringFromWasm0(arg0, arg1));
                return ret;
            },
            __wbg___wbindgen_debug_string_8a447059637473e2: function(arg0, arg1) {
                const ret = debugString(arg1);
                const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                const len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
                getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
            },
            __wbg___wbindgen_is_function_acc5528be2b923f2: function(arg0) {
                const ret = typeof(arg0) === 'function';
                return ret;
            },
            __wbg___wbindgen_is_undefined_721f8decd50c87a3: function(arg0) {
                const ret = arg0 === undefined;
                return ret;
            },
            __wbg___wbindgen_number_get_1cc01dd708740256: function(arg0, arg1) {
                const obj = arg1;
                const ret = typeof(obj) === 'number' ? obj : undefined;
                getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
                getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
            },
            __wbg___wbindgen_panic_error_99a04e13c21d4a9d: function(arg0) {
                const ret = new PanicError(arg0);
                return ret;
            },
            __wbg___wbindgen_rethrow_858623e73c3311dc: function(arg0) {
                throw new WebAssembly.Exception(__wbindgen_wrapped_jstag, [arg0]);
            },
            __wbg___wbindgen_throw_ea4887a5f8f9a9db: function(arg0, arg1) {
                throw new WebAssembly.Exception(__wbindgen_wrapped_jstag, [new Error(getStringFromWasm0(arg0, arg1))]);
            },
            __wbg__wbg_cb_unref_33c39e13d73b25f6: function(arg0) {
                arg0._wbg_cb_unref();
            },
            __wbg_call_5575218572ead796: function(arg0, arg1, arg2) {
                const ret = arg0.call(arg1, arg2);
                return ret;
            },
            __wbg_call_8e98ed2f3c86c4b5: function(arg0, arg1) {
                const ret = arg0.call(arg1);
                return ret;
            },
            __wbg_call_af6e1a92787c86b6: function(arg0, arg1) {
                const ret = arg0.call(arg1);
                return ret;
            },
            __wbg_counter_new: function(arg0) {
                const ret = Counter.__wrap(arg0);
                return ret;
            },
            __wbg_error_509e6c3fe6b48219: function(arg0, arg1) {
                console.error(getStringFromWasm0(arg0, arg1));
            },
            __wbg_new_f85beb941dc6d8aa: function(arg0, arg1) {
                try {
                    var state0 = {a: arg0, b: arg1};
                    var cb0 = (arg0, arg1) => {
                        const a = state0.a;
                        state0.a = 0;
                        try {
                            return wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined_______true_(a, state0.b, arg0, arg1);
                        } finally {
                            state0.a = a;
                        }
                    };
                    const ret = new Promise(cb0);
                    return ret;
                } finally {
                    state0.a = 0;
                }
            },
            __wbg_queueMicrotask_1c9b3800e321a967: function(arg0) {
                const ret = arg0.queueMicrotask;
                return ret;
            },
            __wbg_queueMicrotask_311744e534a929a3: function(arg0) {
                queueMicrotask(arg0);
            },
            __wbg_resolve_d82363d90af6928a: function(arg0) {
                const ret = Promise.resolve(arg0);
                return ret;
            },
            __wbg_setTimeout_605f87891ea9d6f4: function(arg0, arg1) {
                const ret = setTimeout(arg0, arg1 >>> 0);
                return ret;
            },
            __wbg_static_accessor_GLOBAL_THIS_2fee5048bcca5938: function() {
                const ret = typeof globalThis === 'undefined' ? null : globalThis;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_GLOBAL_ce44e66a4935da8c: function() {
                const ret = typeof global === 'undefined' ? null : global;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_SELF_44f6e0cb5e67cdad: function() {
                const ret = typeof self === 'undefined' ? null : self;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_WINDOW_168f178805d978fe: function() {
                const ret = typeof window === 'undefined' ? null : window;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_then_05edfc8a4fea5106: function(arg0, arg1, arg2) {
                const ret = arg0.then(arg1, arg2);
                return ret;
            },
            __wbg_then_591b6b3a75ee817a: function(arg0, arg1) {
                const ret = arg0.then(arg1);
                return ret;
            },
            __wbindgen_cast_0000000000000001: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 15, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___wasm_bindgen_696b75bbafa2a1d0___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_696b75bbafa2a1d0___JsError___true_);
                return ret;
            },
            __wbindgen_cast_0000000000000002: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [U32], shim_idx: 3, ret: U32, inner_ret: Some(U32) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___u32__u32__true_);
                return ret;
            },
            __wbindgen_cast_0000000000000003: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 5, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke_______true_);
                return ret;
            },
            __wbindgen_cast_0000000000000004: function(arg0) {
                // Cast intrinsic for `F64 -> Externref`.
                const ret = arg0;
                return ret;
            },
            __wbindgen_cast_0000000000000005: function(arg0, arg1) {
                // Cast intrinsic for `Ref(String) -> Externref`.
                const ret = getStringFromWasm0(arg0, arg1);
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
            __wbindgen_jstag: WebAssembly.JSTag,
            __wbindgen_wrapped_jstag: __wbindgen_wrapped_jstag,
        };
        return {
            __proto__: null,
            "./fixture_bg.js": import0,
        };
    }

    const __wbindgen_wrapped_jstag = new WebAssembly.Tag({ parameters: ['externref'] });


    let __wbg_terminated_addr;
    let __wbg_called_abort = false;
    function __wbg_call_abort_hook() {
        __wbg_called_abort = true;
        try {
            const idx = getInt32ArrayMemory0()[wasm.__abort_handler.value / 4];
            if (idx) wasm.__wbindgen_export.get(idx)();
        } catch(_) {}
    }

    function __wbg_handle_catch(e) {
        if (e instanceof WebAssembly.Exception && e.is(__wbindgen_wrapped_jstag)) {
            throw e.getArg(__wbindgen_wrapped_jstag, 0);
        }
        getInt32ArrayMemory0()[__wbg_terminated_addr] = 1;
        __wbg_call_abort_hook();
        throw e;
    }


    function __wbg_call_guard() {
        __wbg_terminated_addr ??= wasm.__instance_terminated.value / 4;
        const flag = getInt32ArrayMemory0()[__wbg_terminated_addr];
        if (flag) {
            if (!__wbg_called_abort) {
                __wbg_call_abort_hook();
            }throw new Error('Module terminated');
        }
    }
    function wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke_______true_(arg0, arg1) {
        __wbg_call_guard();
        try {
            wasm.wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke_______true_(arg0, arg1);
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }

    function wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___wasm_bindgen_696b75bbafa2a1d0___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_696b75bbafa2a1d0___JsError___true_(arg0, arg1, arg2) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___wasm_bindgen_696b75bbafa2a1d0___JsValue__core_ce7f3088e136db___result__Result_____wasm_bindgen_696b75bbafa2a1d0___JsError___true_(arg0, arg1, arg2);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        if (ret[1]) {
            throw takeFromExternrefTable0(ret[0]);
        }
    }

    function wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined_______true_(arg0, arg1, arg2, arg3) {
        __wbg_call_guard();
        try {
            wasm.wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined___js_sys_513d854917982dae___Function_fn_wasm_bindgen_696b75bbafa2a1d0___JsValue_____wasm_bindgen_696b75bbafa2a1d0___sys__Undefined_______true_(arg0, arg1, arg2, arg3);
        } catch(e) {
            __wbg_handle_catch(e);
        }
    }

    function wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___u32__u32__true_(arg0, arg1, arg2) {
        let ret;
        __wbg_call_guard();
        try {
            ret = wasm.wasm_bindgen_696b75bbafa2a1d0___convert__closures_____invoke___u32__u32__true_(arg0, arg1, arg2);
        } catch(e) {
            __wbg_handle_catch(e);
        }
        return ret >>> 0;
    }

    const CounterFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_counter_free(ptr, 1));

    function addToExternrefTable0(obj) {
        const idx = wasm.__externref_table_alloc();
        wasm.__wbindgen_externrefs.set(idx, obj);
        return idx;
    }

    const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));

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

    let cachedDataViewMemory0 = null;
    function getDataViewMemory0() {
        if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
            cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
        }
        return cachedDataViewMemory0;
    }

    let cachedInt32ArrayMemory0 = null;
    function getInt32ArrayMemory0() {
        if (cachedInt32ArrayMemory0 === null || cachedInt32ArrayMemory0.byteLength === 0) {
            cachedInt32ArrayMemory0 = new Int32Array(wasm.memory.buffer);
        }
        return cachedInt32ArrayMemory0;
    }

    function getStringFromWasm0(ptr, len) {
        return decodeText(ptr >>> 0, len);
    }

    let cachedUint8ArrayMemory0 = null;
    function getUint8ArrayMemory0() {
        if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
            cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
        }
        return cachedUint8ArrayMemory0;
    }

    function isLikeNone(x) {
        return x === undefined || x === null;
    }

    function makeMutClosure(arg0, arg1, f) {
        const state = { a: arg0, b: arg1, cnt: 1 };
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
                state.a = a;
                real._wbg_cb_unref();
            }
        };
        real._wbg_cb_unref = () => {
            if (--state.cnt === 0) {
                wasm.__wbindgen_destroy_closure(state.a, state.b);
                state.a = 0;
                CLOSURE_DTORS.unregister(state);
            }
        };
        CLOSURE_DTORS.register(real, state, state);
        return real;
    }

    class PanicError extends Error {}
    Object.defineProperty(PanicError.prototype, 'name', {
        value: PanicError.name,
    });

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

    function takeFromExternrefTable0(idx) {
        const value = wasm.__wbindgen_externrefs.get(idx);
        wasm.__externref_table_dealloc(idx);
        return value;
    }

    let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    function decodeText(ptr, len) {
        return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }

    const cachedTextEncoder = new TextEncoder();

    if (!('encodeInto' in cachedTextEncoder)) {
        cachedTextEncoder.encodeInto = function (arg, view) {
            const buf = cachedTextEncoder.encode(arg);
            view.set(buf);
            return {
                read: arg.length,
                written: buf.length
            };
        };
    }

    let WASM_VECTOR_LEN = 0;

    let wasmModule, wasmInstance, wasm;
    function __wbg_finalize_init(instance, module) {
        wasmInstance = instance;
        wasm = instance.exports;
        wasmModule = module;
        cachedDataViewMemory0 = null;
        cachedInt32ArrayMemory0 = null;
        cachedUint8ArrayMemory0 = null;
        wasm.__wbindgen_start();
        return wasm;
    }

    async function __wbg_load(module, imports) {
        if (typeof Response === 'function' && module instanceof Response) {
            if (typeof WebAssembly.instantiateStreaming === 'function') {
                try {
                    return await WebAssembly.instantiateStreaming(module, imports);
                } catch (e) {
                    const validResponse = module.ok && expectedResponseType(module.type);

                    if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                        console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                    } else { throw e; }
                }
            }

            const bytes = await module.arrayBuffer();
            return await WebAssembly.instantiate(bytes, imports);
        } else {
            const instance = await WebAssembly.instantiate(module, imports);

            if (instance instanceof WebAssembly.Instance) {
                return { instance, module };
            } else {
                return instance;
            }
        }

        function expectedResponseType(type) {
            switch (type) {
                case 'basic': case 'cors': case 'default': return true;
            }
            return false;
        }
    }

    function initSync(module) {
        if (wasm !== undefined) return wasm;


        if (module !== undefined) {
            if (Object.getPrototypeOf(module) === Object.prototype) {
                ({module} = module)
            } else {
                console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
            }
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


        if (module_or_path !== undefined) {
            if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
                ({module_or_path} = module_or_path)
            } else {
                console.warn('using deprecated parameters for the initialization function; pass a single object instead')
            }
        }

        if (module_or_path === undefined && script_src !== undefined) {
            module_or_path = script_src.replace(/\.js$/, "_bg.wasm");
        }
        const imports = __wbg_get_imports();

        if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
            module_or_path = fetch(module_or_path);
        }

        const { instance, module } = await __wbg_load(await module_or_path, imports);

        return __wbg_finalize_init(instance, module);
    }

    return Object.assign(__wbg_init, { initSync }, exports);
})({ __proto__: null });
