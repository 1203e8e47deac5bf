;; SYNTHETIC: the Wasm side of bundler_late_bg.js. Compiled by the tests with
;; wabt (internal/testassets.WATFile) into bundler_late_bg.wasm.
(module
  (import "./bundler_late_bg.js" "__wbg_log_9e0a2c4e6f8b1d3f" (func $log (param i32 i32)))
  (import "./bundler_late_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (global $counter (mut i32) (i32.const 0))
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "counter_new") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_increment") (param i32) (result i32)
    global.get $counter i32.const 1 i32.add global.set $counter global.get $counter)
  (func (export "__wbg_counter_free") (param i32 i32))
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.110 (7e2b4d6f8)")
)
