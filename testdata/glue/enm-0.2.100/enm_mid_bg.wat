;; SYNTHETIC: the Wasm side of enm_mid.js / enm_mid_bg.js. Compiled by the
;; tests with wabt (internal/testassets.WATFile) into enm_mid_bg.wasm.
(module
  (import "./enm_mid_bg.js" "__wbg_log_2d4f6a8c0e1b3d5f" (func $log (param i32 i32)))
  (import "./enm_mid_bg.js" "__wbindgen_throw" (func $throw (param i32 i32)))
  (memory (export "memory") 17)
  (global $counter (mut i32) (i32.const 0))
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "later") (result i32) i32.const 0)
  (func (export "counter_withStart") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_increment") (param i32) (result i32)
    global.get $counter i32.const 1 i32.add global.set $counter global.get $counter)
  (func (export "__wbg_counter_free") (param i32 i32))
  (func (export "__wbindgen_start"))
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.100 (2405ec2b4)")
)
