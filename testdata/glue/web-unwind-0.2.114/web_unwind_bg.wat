;; SYNTHETIC: the Wasm side of web_unwind.js (see that file): a panic=unwind
;; build with upstream's abort handler. Exception handling as Rust emits it
;; today (exnref: try_table/throw_ref), the __cpp_exception-style tag, the
;; imported JS tags, and the exported __instance_terminated flag. Compiled by
;; the tests with wabt (internal/testassets.WATFile) into web_unwind_bg.wasm.
(module
  (import "./web_unwind_bg.js" "__wbg___wbindgen_panic_error_7d1c3e5a9b0f2468" (func $panic_error (param i32 i32) (result externref)))
  (import "./web_unwind_bg.js" "__wbg___wbindgen_throw_4a6c8e0b2d1f3a57" (func $throw (param i32 i32)))
  (import "./web_unwind_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (import "./web_unwind_bg.js" "__wbindgen_jstag" (tag $jstag (param externref)))
  (import "./web_unwind_bg.js" "__wbindgen_wrapped_jstag" (tag $wrapped (param externref)))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (global (export "__instance_terminated") i32 (i32.const 1048576))
  (tag $cpp (param i32))
  (global $counter (mut i32) (i32.const 0))
  (data (i32.const 2048) "attempt to divide by zero")
  ;; divide(a, 0) panics: the panic unwinds (try_table stands for Rust's
  ;; landing pads) to the export, which hands JS upstream's PanicError wrapped
  ;; in the private tag, as an unwind build's catch wrapper does.
  ;; divide(i32::MIN, -1) traps (integer overflow): an abort.
  (func (export "divide") (param $a i32) (param $b i32) (result i32)
    (block $panicked (result i32)
      (return
        (try_table (result i32) (catch $cpp $panicked)
          (if (i32.eqz (local.get $b))
            (then (throw $cpp (i32.const 0))))
          (i32.div_s (local.get $a) (local.get $b)))))
    drop
    (throw $wrapped (call $panic_error (i32.const 2048) (i32.const 25))))
  (func (export "fetch_text") (param i32 i32) (result externref) ref.null extern)
  (func (export "counter_new") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_withStart") (param i32) (result i32)
    local.get 0 global.set $counter i32.const 16)
  (func (export "counter_increment") (param i32) (result i32)
    global.get $counter i32.const 1 i32.add global.set $counter global.get $counter)
  (func (export "counter_value") (param i32) (result i32) global.get $counter)
  (func (export "__wbg_counter_free") (param i32 i32))
  (func (export "__wbindgen_malloc") (param i32 i32) (result i32) i32.const 1024)
  (func (export "__wbindgen_realloc") (param i32 i32 i32 i32) (result i32) local.get 0)
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.120 (1f3b5d7e9)")
)
