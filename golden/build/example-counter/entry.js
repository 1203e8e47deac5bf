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
        if (!String(p).endsWith("counter_bg.wasm")) return fs.readFileSync(p, ...rest);
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
    "__wbg_counter_free": {
      "arity": 2,
      "label": "Counter.free",
      "free": true
    },
    "__wbindgen_start": {
      "arity": 0
    },
    "add": {
      "arity": 2,
      "label": "add"
    },
    "counter_increment": {
      "arity": 1,
      "label": "Counter.increment"
    },
    "counter_new": {
      "arity": 0,
      "label": "new Counter"
    },
    "counter_value": {
      "arity": 1,
      "label": "Counter.value (getter)"
    },
    "crash": {
      "arity": 0,
      "label": "crash"
    },
    "throw_message": {
      "arity": 0,
      "label": "throw_message"
    }
  },
  "imports": {
    "./counter_bg.js": {
      "__wbg___wbindgen_throw_4c88d8bf264fd984": 2,
      "__wbindgen_init_externref_table": 0
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "counter",
  "policy": "reinit",
  "reinitLimit": {
    "max": 10,
    "windowMs": 60000
  },
  "reinitMode": "factory",
  "swap": true,
  "tables": []
}, { factory: __wbgg_factory, host: __wbgg_host }));
export const Counter = __wbgg_rt.cls("Counter", {"length":0,"methods":["free","increment"],"getters":["value"],"setters":[],"statics":[],"free":true,"dispose":true,"arity":{"free":0,"increment":0}});
export const add = __wbgg_rt.fn("add", { length: 2 });
export const crash = __wbgg_rt.fn("crash", { length: 0 });
export const throw_message = __wbgg_rt.fn("throw_message", { length: 0 });
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
