// SYNTHETIC fixture written for wbg-guard's tests, not wasm-bindgen output:
// the shape of `wasm-bindgen --target experimental-nodejs-module` glue of
// 0.2.9x-0.2.106 (modelled on 0.2.100): an ES module entry that reads the
// .wasm with node:fs, instantiates synchronously, hands the exports to the
// _bg.js and re-exports it. No npm package ships this target.
let imports = {};
import * as import0 from './enm_mid_bg.js';
imports['./enm_mid_bg.js'] = import0;

import * as path from 'node:path';
import * as fs from 'node:fs';
import * as process from 'node:process';

let file = path.dirname(new URL(import.meta.url).pathname);
if (process.platform === 'win32') {
    file = file.substring(1);
}
const bytes = fs.readFileSync(path.join(file, 'enm_mid_bg.wasm'));

const wasmModule = new WebAssembly.Module(bytes);
const wasmInstance = new WebAssembly.Instance(wasmModule, imports);
const wasm = wasmInstance.exports;
export const __wasm = wasm;

imports["./enm_mid_bg.js"].__wbg_set_wasm(wasm, wasmModule);
wasm.__wbindgen_start();

export * from "./enm_mid_bg.js";
