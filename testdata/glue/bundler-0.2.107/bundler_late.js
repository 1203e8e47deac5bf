// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target bundler` glue from 0.2.107 on
// (modelled on 0.2.110): the entry imports the .wasm as an ES module, hands
// it to the _bg.js, starts it, and re-exports a named list.
/* @ts-self-types="./bundler_late.d.ts" */
import * as wasm from "./bundler_late_bg.wasm";
import { __wbg_set_wasm } from "./bundler_late_bg.js";

__wbg_set_wasm(wasm);
wasm.__wbindgen_start();
export {
    Counter, add
} from "./bundler_late_bg.js";
