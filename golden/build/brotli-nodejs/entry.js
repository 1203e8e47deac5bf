import { createRuntime, makeHost, PanicError, AbortError, PoisonedError, StaleInstanceError } from "wbg-guard:runtime";
import __wbgg_factory from "wbg-guard:factory";
const __wbgg_require = require, __wbgg_filename = __filename, __wbgg_dir = __dirname;
const __wbgg_url = __wbgg_require("node:url").pathToFileURL(__filename).href;
function __wbgg_module() { throw new Error("wbg-guard: this target's glue loads its own .wasm"); }
const __wbgg_required = new Map();
let __wbgg_wasmReads = 0;
function __wbgg_hostRequire(id) {
  if (typeof id === "string" && (id.startsWith("./") || id.startsWith("../"))) {
    const p = __wbgg_require.resolve(id);
    delete __wbgg_require.cache[p];
    return __wbgg_require(p);
  }
  let m = __wbgg_required.get(id);
  if (m !== undefined) return m;
  m = __wbgg_require(id);
  if (id === "fs" || id === "node:fs") {
    const fs = m;
    m = Object.assign(Object.create(fs), {
      readFileSync(p, ...rest) {
        if (!String(p).endsWith("brotli_wasm_bg.wasm")) return fs.readFileSync(p, ...rest);
        if (__wbgg_wasmReads++ > 0) return new Uint8Array(0);
        return fs.readFileSync(p, ...rest);
      },
    });
  }
  __wbgg_required.set(id, m);
  return m;
}
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
    "__wbindgen_placeholder__": {
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
export const __wasm = __wbgg_rt.exportsView();
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
