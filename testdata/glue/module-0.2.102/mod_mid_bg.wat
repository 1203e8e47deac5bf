;; SYNTHETIC: the Wasm side of mod_mid.js (see that file). Compiled by the
;; tests with wabt (internal/testassets.WATFile) into mod_mid_bg.wasm.
(module
  (import "__wbindgen_placeholder__" "__wbg_log_0b7c2e4f6a8d1e3c" (func $log (param i32 i32)))
  (import "__wbindgen_placeholder__" "__wbindgen_throw" (func $throw (param i32 i32)))
  (import "./snippets/mod_mid-4f1c2a9b8e7d6c5a/inline0.js" "now_ms" (func $now (result f64)))
  (memory (export "memory") 17)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.104 (3a5d7b9c1)")
)
