/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const __wbg_counter_free: (a: number, b: number) => void;
export const add: (a: number, b: number) => number;
export const counter_increment: (a: number) => number;
export const counter_new: () => number;
export const counter_value: (a: number) => number;
export const crash: () => void;
export const throw_message: () => void;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_start: () => void;
