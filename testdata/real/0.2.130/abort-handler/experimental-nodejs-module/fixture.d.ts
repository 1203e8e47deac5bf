/* tslint:disable */
/* eslint-disable */

export class Counter {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * An async static method: a new Counter, after `ms` milliseconds.
     */
    static create_later(n: number, ms: number): Promise<Counter>;
    increment(): number;
    /**
     * An async method: increments after `ms` milliseconds and returns the
     * new value. The future uses `self` after the await; what a call on the
     * same object does meanwhile depends on the wasm-bindgen version (0.2.125
     * lets it through, 0.2.130 keeps `self` borrowed until the future ends,
     * so `increment()` in between throws "recursive use of an object").
     */
    increment_later(ms: number): Promise<number>;
    /**
     * Increments, then panics while `self` is mutably borrowed.
     */
    increment_then_panic(msg: string): number;
    /**
     * Increments, then calls `f` while `self` is mutably borrowed: if `f`
     * uses this Counter again, wasm-bindgen throws ("recursive use").
     */
    increment_with_callback(f: Function): any;
    constructor();
    /**
     * A static method (`Counter.with_value(n)`).
     */
    static with_value(n: number): Counter;
    value: number;
}

export function add(a: number, b: number): number;

/**
 * Panics after an await (in a later microtask than the call).
 */
export function async_panic_after_await(msg: string, ms: number): Promise<number>;

/**
 * Traps (`unreachable`) after an await.
 */
export function async_trap_after_await(ms: number): Promise<number>;

/**
 * Awaits `promise` and returns what it resolved to; a rejection comes
 * back as `Err` (a rejected promise).
 */
export function await_promise(promise: Promise<any>): Promise<any>;

/**
 * Adds one to the global counter and returns the new value.
 */
export function bump(): number;

/**
 * Calls `f()`; an exception thrown by `f` comes back as `Err` (`?`).
 * `f` may call back into this module (e.g. `add`).
 */
export function call_js(f: Function): any;

/**
 * Calls `f()` through an import without `catch`: an exception from `f`
 * unwinds through the Rust frames of this function. Bumps the global
 * counter before and after the call.
 */
export function call_js_uncaught(f: Function): any;

/**
 * Calls `f()` and `unwrap()`s the result: an exception becomes a panic.
 */
export function call_js_unwrap(f: Function): any;

/**
 * `Err` (a JS `Error`) when `b` is 0.
 */
export function checked_div(a: number, b: number): number;

/**
 * The global counter: 1 right after instantiation (the start function).
 */
export function count(): number;

/**
 * Installs a panic hook that reports the panic message with `console.error`.
 */
export function install_panic_hook(): void;

/**
 * A JS function `x => x + n` backed by a Rust closure.
 */
export function make_adder(n: number): Function;

/**
 * A JS function that panics with `msg` when called.
 */
export function make_panicker(msg: string): Function;

/**
 * Three allocations of 1.5 GiB each (never touched): they cannot all fit in
 * the 4 GiB that wasm32 memory can have, so one of them fails and Rust
 * aborts (`handle_alloc_error`) instead of returning.
 */
export function oom_huge(): number;

/**
 * Leaks `n_mb` boxes of 1 MiB (each touched once); returns how many MiB are
 * leaked in total. Past about 4 GiB the allocator fails and Rust aborts.
 */
export function oom_leak(n_mb: number): number;

/**
 * Reads 8 bytes at 0xFFFF_FFF0, past the end of any linear memory.
 */
export function out_of_bounds(): number;

/**
 * Panics while a value whose `Drop` panics is live: the second panic
 * happens during unwinding, which aborts (with panic=abort the first panic
 * already aborts).
 */
export function panic_in_drop(): void;

/**
 * A Rust panic.
 */
export function panic_now(msg: string): void;

/**
 * `Err` (the JS string itself) when `s` is not a number.
 */
export function parse_u32(s: string): number;

/**
 * Waits `ms` ms, then awaits `Promise.resolve(x)`, returns `x + 1`.
 */
export function sleep_then(x: number, ms: number): Promise<number>;

/**
 * Recursion `depth` deep; about 128 bytes of shadow stack and one Wasm frame
 * per level, so a large depth overflows the 1 MiB shadow stack.
 */
export function stack_overflow(depth: number): number;

export function start(): void;

/**
 * Throws a JS `Error` with `msg` via `wasm_bindgen::throw_str`.
 */
export function throw_message(msg: string): void;

/**
 * A Wasm `unreachable` instruction.
 */
export function trap_unreachable(): void;

/**
 * `unwrap_throw` of a `None`: throws a JS `Error`.
 */
export function unwrap_none(): number;
