;; SYNTHETIC: the Wasm side of unwind_mid.js (see that file): a panic=unwind
;; build of wasm-bindgen 0.2.107-0.2.113, before upstream's abort handling.
;; Legacy exception handling (try/catch, which Node 20 runs) stands for Rust's
;; landing pads; the export's catch_unwind turns a caught panic into a
;; PanicError made by an import and throws it to JS through another import.
;; Compiled by the tests with wabt (internal/testassets.WATFile).
(module
  (import "./unwind_mid_bg.js" "__wbg___wbindgen_panic_error_7d1c3e5a9b0f2468" (func $panic_error (param i32 i32) (result externref)))
  (import "./unwind_mid_bg.js" "__wbg___wbindgen_rethrow_2b4d6f8a0c1e3957" (func $rethrow (param externref)))
  (import "./unwind_mid_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (tag $cpp (param i32))
  (global $counter (mut i32) (i32.const 0))
  (data (i32.const 2048) "attempt to divide by zero")
  ;; divide(a, 0) panics and the panic is caught at the export (catch_unwind);
  ;; divide(i32::MIN, -1) traps (integer overflow): an abort.
  (func (export "divide") (param $a i32) (param $b i32) (result i32)
    (try (result i32)
      (do
        (if (i32.eqz (local.get $b))
          (then (throw $cpp (i32.const 0))))
        (i32.div_s (local.get $a) (local.get $b)))
      (catch $cpp
        drop
        (call $rethrow (call $panic_error (i32.const 2048) (i32.const 25)))
        unreachable)))
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
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.110 (5c7e9a1b3)")
)
