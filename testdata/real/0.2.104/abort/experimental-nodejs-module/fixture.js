
let imports = {};
import * as import0 from './fixture_bg.js';
imports['./fixture_bg.js'] = import0;

import { readFileSync } from 'node:fs';

const wasmUrl = new URL('fixture_bg.wasm', import.meta.url);
const wasmBytes = readFileSync(wasmUrl);
const wasmModule = new WebAssembly.Module(wasmBytes);
const wasm = new WebAssembly.Instance(wasmModule, imports).exports;
export { wasm as __wasm };

imports["./fixture_bg.js"].__wbg_set_wasm(wasm, wasmModule);
wasm.__wbindgen_start();

export * from "./fixture_bg.js";