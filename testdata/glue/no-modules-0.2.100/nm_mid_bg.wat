;; SYNTHETIC: the Wasm side of nm_mid.js (see that file). Compiled by the tests
;; with wabt (internal/testassets.WATFile) into nm_mid_bg.wasm.
(module
  (import "wbg" "__wbg_log_8a3c1f0e9d2b4c5a" (func $log (param i32 i32)))
  (import "wbg" "__wbindgen_throw" (func $throw (param i32 i32)))
  (memory (export "memory") 17)
  (global $counter (mut i32) (i32.const 0))
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "counter_new") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_increment") (param i32) (result i32)
    global.get $counter i32.const 1 i32.add global.set $counter global.get $counter)
  (func (export "__wbg_get_counter_value") (param i32) (result i32) global.get $counter)
  (func (export "__wbg_set_counter_value") (param i32 i32) local.get 1 global.set $counter)
  (func (export "__wbg_counter_free") (param i32 i32))
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.100 (2405ec2b4)")
)
