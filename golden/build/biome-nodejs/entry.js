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
        if (!String(p).endsWith("biome_wasm_bg.wasm")) return fs.readFileSync(p, ...rest);
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
    "__externref_table_alloc_command_export": {
      "arity": 0
    },
    "__externref_table_dealloc_command_export": {
      "arity": 1
    },
    "__wbg_diagnosticprinter_free": {
      "arity": 2,
      "label": "DiagnosticPrinter.free",
      "free": true
    },
    "__wbg_memoryfilesystem_free": {
      "arity": 2,
      "label": "MemoryFileSystem.free",
      "free": true
    },
    "__wbg_workspace_free": {
      "arity": 2,
      "label": "Workspace.free",
      "free": true
    },
    "__wbindgen_exn_store_command_export": {
      "arity": 1
    },
    "__wbindgen_free_command_export": {
      "arity": 3
    },
    "__wbindgen_malloc_command_export": {
      "arity": 2
    },
    "__wbindgen_realloc_command_export": {
      "arity": 4
    },
    "__wbindgen_start": {
      "arity": 0
    },
    "diagnosticprinter_finish": {
      "arity": 1,
      "label": "DiagnosticPrinter.finish"
    },
    "diagnosticprinter_new": {
      "arity": 4,
      "label": "new DiagnosticPrinter"
    },
    "diagnosticprinter_print_simple": {
      "arity": 2,
      "label": "DiagnosticPrinter.print_simple"
    },
    "diagnosticprinter_print_verbose": {
      "arity": 2,
      "label": "DiagnosticPrinter.print_verbose"
    },
    "main": {
      "arity": 0,
      "label": "main"
    },
    "memoryfilesystem_insert": {
      "arity": 5,
      "label": "MemoryFileSystem.insert"
    },
    "memoryfilesystem_new": {
      "arity": 0,
      "label": "new MemoryFileSystem"
    },
    "memoryfilesystem_remove": {
      "arity": 3,
      "label": "MemoryFileSystem.remove"
    },
    "workspace_changeFile": {
      "arity": 2,
      "label": "Workspace.changeFile"
    },
    "workspace_closeFile": {
      "arity": 2,
      "label": "Workspace.closeFile"
    },
    "workspace_dropPattern": {
      "arity": 2,
      "label": "Workspace.dropPattern"
    },
    "workspace_fileExists": {
      "arity": 2,
      "label": "Workspace.fileExists"
    },
    "workspace_fileFeatures": {
      "arity": 2,
      "label": "Workspace.fileFeatures"
    },
    "workspace_fixFile": {
      "arity": 2,
      "label": "Workspace.fixFile"
    },
    "workspace_formatFile": {
      "arity": 2,
      "label": "Workspace.formatFile"
    },
    "workspace_formatOnType": {
      "arity": 2,
      "label": "Workspace.formatOnType"
    },
    "workspace_formatRange": {
      "arity": 2,
      "label": "Workspace.formatRange"
    },
    "workspace_getControlFlowGraph": {
      "arity": 2,
      "label": "Workspace.getControlFlowGraph"
    },
    "workspace_getFileContent": {
      "arity": 2,
      "label": "Workspace.getFileContent"
    },
    "workspace_getFormatterIr": {
      "arity": 2,
      "label": "Workspace.getFormatterIr"
    },
    "workspace_getModuleGraph": {
      "arity": 2,
      "label": "Workspace.getModuleGraph"
    },
    "workspace_getRegisteredTypes": {
      "arity": 2,
      "label": "Workspace.getRegisteredTypes"
    },
    "workspace_getSemanticModel": {
      "arity": 2,
      "label": "Workspace.getSemanticModel"
    },
    "workspace_getSyntaxTree": {
      "arity": 2,
      "label": "Workspace.getSyntaxTree"
    },
    "workspace_getTypeInfo": {
      "arity": 2,
      "label": "Workspace.getTypeInfo"
    },
    "workspace_isPathIgnored": {
      "arity": 2,
      "label": "Workspace.isPathIgnored"
    },
    "workspace_new": {
      "arity": 0,
      "label": "new Workspace"
    },
    "workspace_openFile": {
      "arity": 2,
      "label": "Workspace.openFile"
    },
    "workspace_openProject": {
      "arity": 2,
      "label": "Workspace.openProject"
    },
    "workspace_parsePattern": {
      "arity": 2,
      "label": "Workspace.parsePattern"
    },
    "workspace_pullActions": {
      "arity": 2,
      "label": "Workspace.pullActions"
    },
    "workspace_pullDiagnostics": {
      "arity": 2,
      "label": "Workspace.pullDiagnostics"
    },
    "workspace_rename": {
      "arity": 2,
      "label": "Workspace.rename"
    },
    "workspace_scanProject": {
      "arity": 2,
      "label": "Workspace.scanProject"
    },
    "workspace_searchPattern": {
      "arity": 2,
      "label": "Workspace.searchPattern"
    },
    "workspace_updateModuleGraph": {
      "arity": 2,
      "label": "Workspace.updateModuleGraph"
    },
    "workspace_updateSettings": {
      "arity": 2,
      "label": "Workspace.updateSettings"
    },
    "workspace_withFileSystem": {
      "arity": 1,
      "label": "Workspace.withFileSystem"
    }
  },
  "imports": {
    "./biome_wasm_bg.js": {
      "__wbg_Error_2e59b1b37a9a34c3": 2,
      "__wbg_Number_e6ffdb596c888833": 1,
      "__wbg_String_8564e559799eccda": 2,
      "__wbg___wbindgen_bigint_get_as_i64_2c5082002e4826e2": 2,
      "__wbg___wbindgen_boolean_get_a86c216575a75c30": 1,
      "__wbg___wbindgen_debug_string_dd5d2d07ce9e6c57": 2,
      "__wbg___wbindgen_in_4bd7a57e54337366": 2,
      "__wbg___wbindgen_is_bigint_6c98f7e945dacdde": 1,
      "__wbg___wbindgen_is_function_49868bde5eb1e745": 1,
      "__wbg___wbindgen_is_object_40c5a80572e8f9d3": 1,
      "__wbg___wbindgen_is_string_b29b5c5a8065ba1a": 1,
      "__wbg___wbindgen_is_undefined_c0cca72b82b86f4d": 1,
      "__wbg___wbindgen_jsval_eq_7d430e744a913d26": 2,
      "__wbg___wbindgen_jsval_loose_eq_3a72ae764d46d944": 2,
      "__wbg___wbindgen_number_get_7579aab02a8a620c": 2,
      "__wbg___wbindgen_string_get_914df97fcfa788f2": 2,
      "__wbg___wbindgen_throw_81fc77679af83bc6": 2,
      "__wbg_call_7f2987183bb62793": 2,
      "__wbg_done_547d467e97529006": 1,
      "__wbg_entries_616b1a459b85be0b": 1,
      "__wbg_error_a6fa202b58aa1cd3": 2,
      "__wbg_get_4848e350b40afc16": 2,
      "__wbg_get_ed0642c4b9d31ddf": 2,
      "__wbg_get_unchecked_7d7babe32e9e6a54": 2,
      "__wbg_get_with_ref_key_6412cf3094599694": 2,
      "__wbg_instanceof_ArrayBuffer_ff7c1337a5e3b33a": 1,
      "__wbg_instanceof_Map_a10a2795ef4bfe97": 1,
      "__wbg_instanceof_Uint8Array_4b8da683deb25d72": 1,
      "__wbg_isArray_db61795ad004c139": 1,
      "__wbg_isSafeInteger_ea83862ba994770c": 1,
      "__wbg_iterator_de403ef31815a3e6": 0,
      "__wbg_length_0c32cb8543c8e4c8": 1,
      "__wbg_length_6e821edde497a532": 1,
      "__wbg_new_227d7c05414eb861": 0,
      "__wbg_new_4f9fafbb3909af72": 0,
      "__wbg_new_99cabae501c0a8a0": 0,
      "__wbg_new_a560378ea1240b14": 1,
      "__wbg_new_e3b04b4d53d1b593": 2,
      "__wbg_new_f3c9df4f38f3f798": 0,
      "__wbg_next_01132ed6134b8ef5": 1,
      "__wbg_next_b3713ec761a9dbfd": 1,
      "__wbg_now_e7c6795a7f81e10f": 1,
      "__wbg_performance_3fcf6e32a7e1ed0a": 1,
      "__wbg_prototypesetcall_3e05eb9545565046": 3,
      "__wbg_set_08463b1df38a7e29": 3,
      "__wbg_set_6be42768c690e380": 3,
      "__wbg_set_6c60b2e8ad0e9383": 3,
      "__wbg_stack_3b0d974bbf31e44f": 2,
      "__wbg_static_accessor_GLOBAL_THIS_a1248013d790bf5f": 0,
      "__wbg_static_accessor_GLOBAL_f2e0f995a21329ff": 0,
      "__wbg_static_accessor_SELF_24f78b6d23f286ea": 0,
      "__wbg_static_accessor_WINDOW_59fd959c540fe405": 0,
      "__wbg_value_7f6052747ccf940f": 1,
      "__wbindgen_cast_0000000000000001": 1,
      "__wbindgen_cast_0000000000000002": 1,
      "__wbindgen_cast_0000000000000003": 2,
      "__wbindgen_cast_0000000000000004": 1,
      "__wbindgen_init_externref_table": 0
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "@biomejs/wasm-nodejs",
  "policy": "reinit",
  "reinitLimit": {
    "max": 10,
    "windowMs": 60000
  },
  "reinitMode": "factory",
  "swap": true,
  "tables": []
}, { factory: __wbgg_factory, host: __wbgg_host }));
export const DiagnosticPrinter = __wbgg_rt.cls("DiagnosticPrinter", {"length":2,"methods":["free","finish","print_simple","print_verbose"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":true,"arity":{"finish":0,"free":0,"print_simple":1,"print_verbose":1}});
export const MemoryFileSystem = __wbgg_rt.cls("MemoryFileSystem", {"length":0,"methods":["free","insert","remove"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":true,"arity":{"free":0,"insert":2,"remove":1}});
export const Workspace = __wbgg_rt.cls("Workspace", {"length":0,"methods":["free","changeFile","closeFile","dropPattern","fileExists","fileFeatures","fixFile","formatFile","formatOnType","formatRange","getControlFlowGraph","getFileContent","getFormatterIr","getModuleGraph","getRegisteredTypes","getSemanticModel","getSyntaxTree","getTypeInfo","isPathIgnored","openFile","openProject","parsePattern","pullActions","pullDiagnostics","rename","scanProject","searchPattern","updateModuleGraph","updateSettings"],"getters":[],"setters":[],"statics":["withFileSystem"],"free":true,"dispose":true,"arity":{"changeFile":1,"closeFile":1,"dropPattern":1,"fileExists":1,"fileFeatures":1,"fixFile":1,"formatFile":1,"formatOnType":1,"formatRange":1,"free":0,"getControlFlowGraph":1,"getFileContent":1,"getFormatterIr":1,"getModuleGraph":1,"getRegisteredTypes":1,"getSemanticModel":1,"getSyntaxTree":1,"getTypeInfo":1,"isPathIgnored":1,"openFile":1,"openProject":1,"parsePattern":1,"pullActions":1,"pullDiagnostics":1,"rename":1,"scanProject":1,"searchPattern":1,"static withFileSystem":1,"updateModuleGraph":1,"updateSettings":1}});
export const main = __wbgg_rt.fn("main", { length: 0 });
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
