/* @ts-self-types="./fixture.d.ts" */
import * as wasm from "./fixture_bg.wasm";
import { __wbg_set_wasm } from "./fixture_bg.js";

__wbg_set_wasm(wasm);
wasm.__wbindgen_start();
export {
    Counter, add, async_panic_after_await, async_trap_after_await, await_promise, bump, call_js, call_js_uncaught, call_js_unwrap, checked_div, count, install_panic_hook, make_adder, make_panicker, oom_huge, oom_leak, out_of_bounds, panic_in_drop, panic_now, parse_u32, sleep_then, stack_overflow, start, throw_message, trap_unreachable, unwrap_none
} from "./fixture_bg.js";
