;; SYNTHETIC: the Wasm side of deno_late.js. Compiled by the tests with wabt
;; (internal/testassets.WATFile) into deno_late_bg.wasm.
(module
  (import "./deno_late_bg.js" "__wbg_random_1c3e5a7b9d0f2e4a" (func $random (result f64)))
  (import "./deno_late_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.110 (7e2b4d6f8)")
)
