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
        if (!String(p).endsWith("automerge_wasm_bg.wasm")) return fs.readFileSync(p, ...rest);
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
    "__wbg_automerge_free": {
      "arity": 1,
      "label": "Automerge.free",
      "free": true
    },
    "__wbg_syncstate_free": {
      "arity": 1,
      "label": "SyncState.free",
      "free": true
    },
    "__wbindgen_add_to_stack_pointer": {
      "arity": 1
    },
    "__wbindgen_exn_store": {
      "arity": 1
    },
    "__wbindgen_free": {
      "arity": 3
    },
    "__wbindgen_malloc": {
      "arity": 2
    },
    "__wbindgen_realloc": {
      "arity": 4
    },
    "automerge_applyAndReturnPatches": {
      "arity": 4,
      "label": "Automerge.applyAndReturnPatches"
    },
    "automerge_applyChanges": {
      "arity": 3,
      "label": "Automerge.applyChanges"
    },
    "automerge_applyPatches": {
      "arity": 4,
      "label": "Automerge.applyPatches"
    },
    "automerge_clone": {
      "arity": 4,
      "label": "Automerge.clone"
    },
    "automerge_commit": {
      "arity": 5,
      "label": "Automerge.commit"
    },
    "automerge_delete": {
      "arity": 4,
      "label": "Automerge.delete"
    },
    "automerge_diff": {
      "arity": 4,
      "label": "Automerge.diff"
    },
    "automerge_diffIncremental": {
      "arity": 2,
      "label": "Automerge.diffIncremental"
    },
    "automerge_dump": {
      "arity": 1,
      "label": "Automerge.dump"
    },
    "automerge_emptyChange": {
      "arity": 5,
      "label": "Automerge.emptyChange"
    },
    "automerge_enableFreeze": {
      "arity": 3,
      "label": "Automerge.enableFreeze"
    },
    "automerge_fork": {
      "arity": 5,
      "label": "Automerge.fork"
    },
    "automerge_generateSyncMessage": {
      "arity": 2,
      "label": "Automerge.generateSyncMessage"
    },
    "automerge_get": {
      "arity": 5,
      "label": "Automerge.get"
    },
    "automerge_getActorId": {
      "arity": 2,
      "label": "Automerge.getActorId"
    },
    "automerge_getAll": {
      "arity": 5,
      "label": "Automerge.getAll"
    },
    "automerge_getBlock": {
      "arity": 5,
      "label": "Automerge.getBlock"
    },
    "automerge_getChangeByHash": {
      "arity": 3,
      "label": "Automerge.getChangeByHash"
    },
    "automerge_getChanges": {
      "arity": 3,
      "label": "Automerge.getChanges"
    },
    "automerge_getChangesAdded": {
      "arity": 2,
      "label": "Automerge.getChangesAdded"
    },
    "automerge_getCursor": {
      "arity": 5,
      "label": "Automerge.getCursor"
    },
    "automerge_getCursorPosition": {
      "arity": 5,
      "label": "Automerge.getCursorPosition"
    },
    "automerge_getHeads": {
      "arity": 1,
      "label": "Automerge.getHeads"
    },
    "automerge_getLastLocalChange": {
      "arity": 1,
      "label": "Automerge.getLastLocalChange"
    },
    "automerge_getMissingDeps": {
      "arity": 3,
      "label": "Automerge.getMissingDeps"
    },
    "automerge_getWithType": {
      "arity": 5,
      "label": "Automerge.getWithType"
    },
    "automerge_increment": {
      "arity": 5,
      "label": "Automerge.increment"
    },
    "automerge_insert": {
      "arity": 6,
      "label": "Automerge.insert"
    },
    "automerge_insertObject": {
      "arity": 5,
      "label": "Automerge.insertObject"
    },
    "automerge_integrate": {
      "arity": 1,
      "label": "Automerge.integrate"
    },
    "automerge_isolate": {
      "arity": 3,
      "label": "Automerge.isolate"
    },
    "automerge_joinBlock": {
      "arity": 4,
      "label": "Automerge.joinBlock"
    },
    "automerge_keys": {
      "arity": 4,
      "label": "Automerge.keys"
    },
    "automerge_length": {
      "arity": 4,
      "label": "Automerge.length"
    },
    "automerge_loadIncremental": {
      "arity": 3,
      "label": "Automerge.loadIncremental"
    },
    "automerge_mark": {
      "arity": 7,
      "label": "Automerge.mark"
    },
    "automerge_marks": {
      "arity": 4,
      "label": "Automerge.marks"
    },
    "automerge_marksAt": {
      "arity": 5,
      "label": "Automerge.marksAt"
    },
    "automerge_materialize": {
      "arity": 5,
      "label": "Automerge.materialize"
    },
    "automerge_merge": {
      "arity": 3,
      "label": "Automerge.merge"
    },
    "automerge_new": {
      "arity": 4,
      "label": "Automerge.new"
    },
    "automerge_objInfo": {
      "arity": 4,
      "label": "Automerge.objInfo"
    },
    "automerge_pendingOps": {
      "arity": 1,
      "label": "Automerge.pendingOps"
    },
    "automerge_push": {
      "arity": 5,
      "label": "Automerge.push"
    },
    "automerge_pushObject": {
      "arity": 4,
      "label": "Automerge.pushObject"
    },
    "automerge_put": {
      "arity": 6,
      "label": "Automerge.put"
    },
    "automerge_putObject": {
      "arity": 5,
      "label": "Automerge.putObject"
    },
    "automerge_receiveSyncMessage": {
      "arity": 4,
      "label": "Automerge.receiveSyncMessage"
    },
    "automerge_registerDatatype": {
      "arity": 5,
      "label": "Automerge.registerDatatype"
    },
    "automerge_resetDiffCursor": {
      "arity": 1,
      "label": "Automerge.resetDiffCursor"
    },
    "automerge_rollback": {
      "arity": 1,
      "label": "Automerge.rollback"
    },
    "automerge_save": {
      "arity": 1,
      "label": "Automerge.save"
    },
    "automerge_saveAndVerify": {
      "arity": 2,
      "label": "Automerge.saveAndVerify"
    },
    "automerge_saveIncremental": {
      "arity": 1,
      "label": "Automerge.saveIncremental"
    },
    "automerge_saveNoCompress": {
      "arity": 1,
      "label": "Automerge.saveNoCompress"
    },
    "automerge_saveSince": {
      "arity": 3,
      "label": "Automerge.saveSince"
    },
    "automerge_spans": {
      "arity": 4,
      "label": "Automerge.spans"
    },
    "automerge_splice": {
      "arity": 6,
      "label": "Automerge.splice"
    },
    "automerge_splitBlock": {
      "arity": 5,
      "label": "Automerge.splitBlock"
    },
    "automerge_text": {
      "arity": 4,
      "label": "Automerge.text"
    },
    "automerge_toJS": {
      "arity": 3,
      "label": "Automerge.toJS"
    },
    "automerge_unmark": {
      "arity": 5,
      "label": "Automerge.unmark"
    },
    "automerge_updateBlock": {
      "arity": 5,
      "label": "Automerge.updateBlock"
    },
    "automerge_updateDiffCursor": {
      "arity": 1,
      "label": "Automerge.updateDiffCursor"
    },
    "automerge_updateSpans": {
      "arity": 4,
      "label": "Automerge.updateSpans"
    },
    "automerge_updateText": {
      "arity": 4,
      "label": "Automerge.updateText"
    },
    "create": {
      "arity": 2,
      "label": "create"
    },
    "decodeChange": {
      "arity": 2,
      "label": "decodeChange"
    },
    "decodeSyncMessage": {
      "arity": 2,
      "label": "decodeSyncMessage"
    },
    "decodeSyncState": {
      "arity": 2,
      "label": "decodeSyncState"
    },
    "encodeChange": {
      "arity": 2,
      "label": "encodeChange"
    },
    "encodeSyncMessage": {
      "arity": 2,
      "label": "encodeSyncMessage"
    },
    "encodeSyncState": {
      "arity": 1,
      "label": "encodeSyncState"
    },
    "exportSyncState": {
      "arity": 1,
      "label": "exportSyncState"
    },
    "importSyncState": {
      "arity": 2,
      "label": "importSyncState"
    },
    "initSyncState": {
      "arity": 0,
      "label": "initSyncState"
    },
    "load": {
      "arity": 3,
      "label": "load"
    },
    "syncstate_clone": {
      "arity": 1,
      "label": "SyncState.clone"
    },
    "syncstate_lastSentHeads": {
      "arity": 1,
      "label": "SyncState.lastSentHeads (getter)"
    },
    "syncstate_set_lastSentHeads": {
      "arity": 3,
      "label": "SyncState.lastSentHeads (setter)"
    },
    "syncstate_set_sentHashes": {
      "arity": 3,
      "label": "SyncState.sentHashes (setter)"
    },
    "syncstate_sharedHeads": {
      "arity": 1,
      "label": "SyncState.sharedHeads (getter)"
    }
  },
  "imports": {
    "__wbindgen_placeholder__": {
      "__wbg_String_91fba7ded13ba54c": 2,
      "__wbg_apply_0a5aa603881e6d79": 3,
      "__wbg_assign_496d2d14fecafbcf": 2,
      "__wbg_buffer_12d079cc21e14bdb": 1,
      "__wbg_call_27c0f87801dedf93": 2,
      "__wbg_call_b3ca7c6051f9bec1": 3,
      "__wbg_concat_3de229fe4fe90fea": 2,
      "__wbg_crypto_1d1f22824a6a080c": 1,
      "__wbg_defineProperty_cc00e2de8a0f5141": 3,
      "__wbg_deleteProperty_13e721a56f19e842": 2,
      "__wbg_done_298b57d23c0fc80c": 1,
      "__wbg_entries_95cc2c823b285a09": 1,
      "__wbg_error_f851667af71bcfc6": 2,
      "__wbg_for_27c67e2dbdce22f6": 2,
      "__wbg_freeze_cc6bc19f75299986": 1,
      "__wbg_from_89e3fc3ba5e6fb48": 1,
      "__wbg_getRandomValues_3aa56aa6edec874c": 2,
      "__wbg_getTime_2bc4375165f02d15": 1,
      "__wbg_get_bd8e338fbd5f5cc8": 2,
      "__wbg_get_e3c254076557e348": 2,
      "__wbg_globalThis_d1e6af4856ba331b": 0,
      "__wbg_global_207b558942527489": 0,
      "__wbg_instanceof_ArrayBuffer_836825be07d4c9d2": 1,
      "__wbg_instanceof_Date_f65cf97fb83fc369": 1,
      "__wbg_instanceof_Object_71ca3c0a59266746": 1,
      "__wbg_instanceof_Uint8Array_2b3bbecd033d19f6": 1,
      "__wbg_isArray_2ab64d95e09ea0ae": 1,
      "__wbg_iterator_2cee6dadfd956dfa": 0,
      "__wbg_keys_91e412b4b222659f": 1,
      "__wbg_length_c20a40f15020d68a": 1,
      "__wbg_length_cd7af8117672b8b8": 1,
      "__wbg_length_dee433d4c85c9387": 1,
      "__wbg_log_1746d5c75ec89963": 2,
      "__wbg_log_5bb5f88f245d7762": 1,
      "__wbg_msCrypto_eb05e62b530a1508": 1,
      "__wbg_new_16b304a2cfa7ff4a": 0,
      "__wbg_new_28c511d9baebfa89": 2,
      "__wbg_new_63b92bc8671ed464": 1,
      "__wbg_new_72fb9a18b5ae2624": 0,
      "__wbg_new_abda76e883ba8a5f": 0,
      "__wbg_new_cf3ec55744a78578": 1,
      "__wbg_new_dd6a5dd7b538af21": 2,
      "__wbg_newnoargs_e258087cd0daa0ea": 2,
      "__wbg_newwithbyteoffsetandlength_aa4a17c33a06e5cb": 3,
      "__wbg_newwithlength_e9b4878cebadb3d3": 1,
      "__wbg_next_196c84450b364254": 1,
      "__wbg_next_40fc327bfc8770e6": 1,
      "__wbg_node_104a2ff8d6ea03a2": 1,
      "__wbg_ownKeys_658942b7f28d1fe9": 1,
      "__wbg_process_4a72847cc503995b": 1,
      "__wbg_push_a5b05aedc7234f9f": 2,
      "__wbg_randomFillSync_5c9c955aa56b6049": 2,
      "__wbg_require_cca90b1a94a0255b": 0,
      "__wbg_self_ce0dbfc45cf2f5be": 0,
      "__wbg_set_1f9b04f170055d33": 3,
      "__wbg_set_20cbc34131e76824": 3,
      "__wbg_set_a47bac70306a19a7": 3,
      "__wbg_set_d4638f722068f043": 3,
      "__wbg_slice_52fb626ffdc8da8f": 3,
      "__wbg_stack_658279fe44541cf6": 2,
      "__wbg_subarray_a1f73cd4b5b42fe1": 3,
      "__wbg_toString_7df3c77999517c20": 1,
      "__wbg_unshift_e22df4b34bcf5070": 2,
      "__wbg_value_d93c65011f51a456": 1,
      "__wbg_values_9c75e6e2bfbdb70d": 1,
      "__wbg_versions_f686565e586dd935": 1,
      "__wbg_window_c6fb939a7f436783": 0,
      "__wbindgen_bigint_from_i64": 1,
      "__wbindgen_bigint_from_u64": 1,
      "__wbindgen_boolean_get": 1,
      "__wbindgen_debug_string": 2,
      "__wbindgen_error_new": 2,
      "__wbindgen_is_array": 1,
      "__wbindgen_is_function": 1,
      "__wbindgen_is_null": 1,
      "__wbindgen_is_object": 1,
      "__wbindgen_is_string": 1,
      "__wbindgen_is_undefined": 1,
      "__wbindgen_json_serialize": 2,
      "__wbindgen_jsval_loose_eq": 2,
      "__wbindgen_memory": 0,
      "__wbindgen_number_get": 2,
      "__wbindgen_number_new": 1,
      "__wbindgen_object_clone_ref": 1,
      "__wbindgen_object_drop_ref": 1,
      "__wbindgen_string_get": 2,
      "__wbindgen_string_new": 2,
      "__wbindgen_throw": 2
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "automerge_wasm",
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
export const Automerge = __wbgg_rt.cls("Automerge", {"length":0,"methods":["free","clone","fork","pendingOps","commit","merge","rollback","keys","text","spans","splice","updateText","updateSpans","push","pushObject","insert","splitBlock","joinBlock","updateBlock","getBlock","insertObject","put","putObject","increment","get","getWithType","objInfo","getAll","enableFreeze","registerDatatype","applyPatches","applyAndReturnPatches","diffIncremental","updateDiffCursor","resetDiffCursor","diff","isolate","integrate","length","delete","save","saveIncremental","saveSince","saveNoCompress","saveAndVerify","loadIncremental","applyChanges","getChanges","getChangeByHash","getChangesAdded","getHeads","getActorId","getLastLocalChange","dump","getMissingDeps","receiveSyncMessage","generateSyncMessage","toJS","materialize","getCursor","getCursorPosition","emptyChange","mark","unmark","marks","marksAt"],"getters":[],"setters":[],"statics":["new"],"free":true,"dispose":false,"arity":{"applyAndReturnPatches":2,"applyChanges":1,"applyPatches":2,"clone":1,"commit":2,"delete":2,"diff":2,"diffIncremental":0,"dump":0,"emptyChange":2,"enableFreeze":1,"fork":2,"free":0,"generateSyncMessage":1,"get":3,"getActorId":0,"getAll":3,"getBlock":3,"getChangeByHash":1,"getChanges":1,"getChangesAdded":1,"getCursor":3,"getCursorPosition":3,"getHeads":0,"getLastLocalChange":0,"getMissingDeps":1,"getWithType":3,"increment":3,"insert":4,"insertObject":3,"integrate":0,"isolate":1,"joinBlock":2,"keys":2,"length":2,"loadIncremental":1,"mark":5,"marks":2,"marksAt":3,"materialize":3,"merge":1,"objInfo":2,"pendingOps":0,"push":3,"pushObject":2,"put":4,"putObject":3,"receiveSyncMessage":2,"registerDatatype":3,"resetDiffCursor":0,"rollback":0,"save":0,"saveAndVerify":0,"saveIncremental":0,"saveNoCompress":0,"saveSince":1,"spans":2,"splice":4,"splitBlock":3,"static new":2,"text":2,"toJS":1,"unmark":3,"updateBlock":3,"updateDiffCursor":0,"updateSpans":2,"updateText":2}});
export const SyncState = __wbgg_rt.cls("SyncState", {"length":0,"methods":["free","clone"],"getters":["sharedHeads","lastSentHeads"],"setters":["lastSentHeads","sentHashes"],"statics":[],"free":true,"dispose":false,"arity":{"clone":0,"free":0}});
export const TextRepresentation = __wbgg_rt.value("TextRepresentation");
export const create = __wbgg_rt.fn("create", { length: 1 });
export const decodeChange = __wbgg_rt.fn("decodeChange", { length: 1 });
export const decodeSyncMessage = __wbgg_rt.fn("decodeSyncMessage", { length: 1 });
export const decodeSyncState = __wbgg_rt.fn("decodeSyncState", { length: 1 });
export const encodeChange = __wbgg_rt.fn("encodeChange", { length: 1 });
export const encodeSyncMessage = __wbgg_rt.fn("encodeSyncMessage", { length: 1 });
export const encodeSyncState = __wbgg_rt.fn("encodeSyncState", { length: 1 });
export const exportSyncState = __wbgg_rt.fn("exportSyncState", { length: 1 });
export const importSyncState = __wbgg_rt.fn("importSyncState", { length: 1 });
export const initSyncState = __wbgg_rt.fn("initSyncState", { length: 0 });
export const load = __wbgg_rt.fn("load", { length: 2 });
export const __wasm = __wbgg_rt.exportsView();
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
