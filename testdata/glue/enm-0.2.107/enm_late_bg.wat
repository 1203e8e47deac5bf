;; SYNTHETIC: the Wasm side of enm_late.js (see that file). Compiled by the
;; tests with wabt (internal/testassets.WATFile) into enm_late_bg.wasm.
(module
  (import "./enm_late_bg.js" "__wbg_now_6b8d0f2a4c6e8a1c" (func $now (result f64)))
  (import "./enm_late_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (func (export "checksum") (param i32 i32) (result i32) local.get 1)
  (func (export "__wbindgen_malloc") (param i32 i32) (result i32) i32.const 1024)
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.109 (5c7e9a1b3)")
)
