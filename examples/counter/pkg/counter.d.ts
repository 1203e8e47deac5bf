/* tslint:disable */
/* eslint-disable */

export class Counter {
    free(): void;
    [Symbol.dispose](): void;
    increment(): number;
    constructor();
    readonly value: number;
}

export function add(a: number, b: number): number;

/**
 * Panics. With panic=abort a panic is a Wasm trap (`unreachable`), after
 * which the instance must not be used again.
 */
export function crash(): void;

/**
 * Throws a JS `Error` from Rust (`wasm_bindgen::throw_str`).
 */
export function throw_message(): void;
