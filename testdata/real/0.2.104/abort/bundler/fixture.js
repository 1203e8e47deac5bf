import * as wasm from "./fixture_bg.wasm";
export * from "./fixture_bg.js";
import { __wbg_set_wasm } from "./fixture_bg.js";
__wbg_set_wasm(wasm);
wasm.__wbindgen_start();
