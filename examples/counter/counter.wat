;; Synthetic example crate "counter": the module a small Rust crate built with
;; wasm-bindgen --target nodejs would have, written by hand because no Rust
;; wasm32 toolchain is available here. counter_bg.wasm is compiled from this
;; file (wat2wasm); a test checks that the two agree.
;;
;;   add(a, b)          plain function
;;   crash()            `unreachable`: what a Rust panic is with panic=abort
;;   throw_message()    Rust calling wasm_bindgen::throw_str: a JS exception through Rust frames
;;   Counter            a class whose state lives in Wasm memory
(module
  (import "__wbindgen_placeholder__" "__wbindgen_throw" (func $throw (param i32 i32)))
  (memory (export "memory") 1)
  (global $next (mut i32) (i32.const 1024))
  (data (i32.const 16) "counter overflow")

  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add)

  (func (export "crash")
    unreachable)

  (func (export "throw_message")
    i32.const 16
    i32.const 16
    call $throw)

  ;; A bump allocator is enough for an example: each Counter takes 4 bytes.
  (func (export "counter_new") (result i32)
    (local $p i32)
    global.get $next
    local.set $p
    global.get $next
    i32.const 4
    i32.add
    global.set $next
    local.get $p
    i32.const 0
    i32.store
    local.get $p)

  (func (export "counter_increment") (param $p i32) (result i32)
    local.get $p
    local.get $p
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $p
    i32.load)

  (func (export "counter_value") (param $p i32) (result i32)
    local.get $p
    i32.load)

  (func (export "__wbg_counter_free") (param i32 i32)))
