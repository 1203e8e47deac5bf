;; SYNTHETIC: the Wasm side of nm_late.js (see that file). Compiled by the
;; tests with wabt (internal/testassets.WATFile) into nm_late_bg.wasm.
(module
  (import "./nm_late_bg.js" "__wbg_log_5e1f0c2d3b4a6978" (func $log (param i32 i32)))
  (import "./nm_late_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table $externrefs (export "__wbindgen_externrefs") 128 externref)
  (global $counter (mut i32) (i32.const 0))
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "counter_new") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_increment") (param i32) (result i32)
    global.get $counter i32.const 1 i32.add global.set $counter global.get $counter)
  (func (export "__wbg_counter_free") (param i32 i32))
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.108 (9c1e4f2a7)")
)
