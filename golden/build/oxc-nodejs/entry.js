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
        if (!String(p).endsWith("oxc_parser_wasm_bg.wasm")) return fs.readFileSync(p, ...rest);
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
    "__wbg_get_parseresult_comments": {
      "arity": 2,
      "label": "ParseResult.comments (getter)"
    },
    "__wbg_get_parseresult_errors": {
      "arity": 2,
      "label": "ParseResult.errors (getter)"
    },
    "__wbg_get_parseresult_programJson": {
      "arity": 2,
      "label": "ParseResult.programJson (getter)"
    },
    "__wbg_parseresult_free": {
      "arity": 2,
      "label": "ParseResult.free",
      "free": true
    },
    "__wbindgen_add_to_stack_pointer": {
      "arity": 1
    },
    "__wbindgen_export_0": {
      "arity": 1
    },
    "__wbindgen_export_1": {
      "arity": 2,
      "label": "parseSync"
    },
    "__wbindgen_export_2": {
      "arity": 4,
      "label": "parseSync"
    },
    "__wbindgen_export_3": {
      "arity": 3
    },
    "parseSync": {
      "arity": 4,
      "label": "parseSync"
    }
  },
  "imports": {
    "__wbindgen_placeholder__": {
      "__wbg_new_405e22f390576ce2": 0,
      "__wbg_set_3f1d0b984ed272ed": 3,
      "__wbg_stringify_f7ed6987935b4a24": 1,
      "__wbindgen_bigint_from_u64": 1,
      "__wbindgen_debug_string": 2,
      "__wbindgen_error_new": 2,
      "__wbindgen_is_undefined": 1,
      "__wbindgen_number_new": 1,
      "__wbindgen_object_clone_ref": 1,
      "__wbindgen_object_drop_ref": 1,
      "__wbindgen_string_get": 2,
      "__wbindgen_string_new": 2,
      "__wbindgen_throw": 2
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "oxc_parser_wasm",
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
export const ParseResult = __wbgg_rt.cls("ParseResult", {"length":0,"methods":["free"],"getters":["program","programJson","comments","errors"],"setters":[],"statics":[],"free":true,"dispose":false,"arity":{"free":0}});
export const parseSync = __wbgg_rt.fn("parseSync", { length: 2 });
export const __wasm = __wbgg_rt.exportsView();
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
