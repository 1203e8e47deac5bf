import { createRuntime, makeHost, PanicError, AbortError, PoisonedError, StaleInstanceError } from "wbg-guard:runtime";
import __wbgg_factory from "wbg-guard:factory";
const __wbgg_url = import.meta.url;
const __wbgg_require = __wbgg_noRequire, __wbgg_filename = undefined, __wbgg_dir = undefined;
function __wbgg_noRequire(id) { throw new Error("wbg-guard: the glue asked for require(" + JSON.stringify(id) + "), which this platform does not have"); }
const __wbgg_wasmURL = new URL("./brotli_wasm_bg.wasm", __wbgg_url);
const __wbgg_compiled = (typeof Deno !== "undefined" && __wbgg_wasmURL.protocol === "file:")
  ? new WebAssembly.Module(await Deno.readFile(__wbgg_wasmURL))
  : (__wbgg_wasmURL.protocol === "file:" && typeof process !== "undefined" && process.versions && process.versions.node)
  ? new WebAssembly.Module(await (await import("node:fs/promises")).readFile(__wbgg_wasmURL))
  : await WebAssembly.compile(await (await fetch(__wbgg_wasmURL)).arrayBuffer());
function __wbgg_module() { return __wbgg_compiled; }
const __wbgg_hostRequire = __wbgg_require;
let __wbgg_rt = null;
const __wbgg_host = makeHost({ url: __wbgg_url, require: __wbgg_hostRequire, dirname: __wbgg_dir, filename: __wbgg_filename, module: __wbgg_module }, () => __wbgg_rt);
__wbgg_rt = createRuntime(Object.assign({
  "eager": true,
  "exports": {
    "__wbg_brotlistreamresult_free": {
      "arity": 1,
      "label": "BrotliStreamResult.free",
      "free": true
    },
    "__wbg_compressstream_free": {
      "arity": 1,
      "label": "CompressStream.free",
      "free": true
    },
    "__wbg_decompressstream_free": {
      "arity": 1,
      "label": "DecompressStream.free",
      "free": true
    },
    "__wbg_get_brotlistreamresult_buf": {
      "arity": 2,
      "label": "BrotliStreamResult.buf (getter)"
    },
    "__wbg_get_brotlistreamresult_code": {
      "arity": 1,
      "label": "BrotliStreamResult.code (getter)"
    },
    "__wbg_get_brotlistreamresult_input_offset": {
      "arity": 1,
      "label": "BrotliStreamResult.input_offset (getter)"
    },
    "__wbg_set_brotlistreamresult_buf": {
      "arity": 3,
      "label": "BrotliStreamResult.buf (setter)"
    },
    "__wbg_set_brotlistreamresult_code": {
      "arity": 2,
      "label": "BrotliStreamResult.code (setter)"
    },
    "__wbg_set_brotlistreamresult_input_offset": {
      "arity": 2,
      "label": "BrotliStreamResult.input_offset (setter)"
    },
    "__wbindgen_add_to_stack_pointer": {
      "arity": 1
    },
    "__wbindgen_free": {
      "arity": 2
    },
    "__wbindgen_malloc": {
      "arity": 1
    },
    "__wbindgen_realloc": {
      "arity": 3
    },
    "compress": {
      "arity": 4,
      "label": "compress"
    },
    "compressstream_compress": {
      "arity": 5,
      "label": "CompressStream.compress"
    },
    "compressstream_new": {
      "arity": 2,
      "label": "new CompressStream"
    },
    "compressstream_total_out": {
      "arity": 1,
      "label": "CompressStream.total_out"
    },
    "decompress": {
      "arity": 3,
      "label": "decompress"
    },
    "decompressstream_decompress": {
      "arity": 5,
      "label": "DecompressStream.decompress"
    },
    "decompressstream_new": {
      "arity": 0,
      "label": "new DecompressStream"
    },
    "decompressstream_total_out": {
      "arity": 1,
      "label": "DecompressStream.total_out"
    }
  },
  "imports": {
    "./brotli_wasm_bg.js": {
      "__wbg_error_09919627ac0992f5": 2,
      "__wbg_new_693216e109162396": 0,
      "__wbg_stack_0ddaca5d1abfb52f": 2,
      "__wbindgen_error_new": 2,
      "__wbindgen_is_object": 1,
      "__wbindgen_is_undefined": 1,
      "__wbindgen_json_serialize": 2,
      "__wbindgen_object_drop_ref": 1,
      "__wbindgen_string_new": 2,
      "__wbindgen_throw": 2
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "brotli_wasm",
  "policy": "reinit",
  "reinitLimit": {
    "max": 10,
    "windowMs": 60000
  },
  "reinitMode": "factory",
  "swap": true,
  "swapHeap": true,
  "tables": []
}, { factory: __wbgg_factory, host: __wbgg_host }));
export const BrotliStreamResult = __wbgg_rt.cls("BrotliStreamResult", {"length":0,"methods":["free"],"getters":["code","buf","input_offset"],"setters":["code","buf","input_offset"],"statics":[],"free":true,"dispose":false,"arity":{"free":0}});
export const BrotliStreamResultCode = __wbgg_rt.value("BrotliStreamResultCode");
export const CompressStream = __wbgg_rt.cls("CompressStream", {"length":1,"methods":["free","compress","total_out"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":false,"arity":{"compress":2,"free":0,"total_out":0}});
export const DecompressStream = __wbgg_rt.cls("DecompressStream", {"length":0,"methods":["free","decompress","total_out"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":false,"arity":{"decompress":2,"free":0,"total_out":0}});
export const compress = __wbgg_rt.fn("compress", { length: 2 });
export const decompress = __wbgg_rt.fn("decompress", { length: 1 });
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
