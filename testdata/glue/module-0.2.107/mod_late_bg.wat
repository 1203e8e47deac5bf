;; SYNTHETIC: the Wasm side of mod_late.js (see that file). Compiled by the
;; tests with wabt (internal/testassets.WATFile) into mod_late_bg.wasm.
(module
  (import "./mod_late_bg.js" "__wbg___wbindgen_throw_3c9e1a7f5b2d4e60" (func $throw (param i32 i32)))
  (import "./mod_late_bg.js" "__wbindgen_init_externref_table" (func $init_table))
  (memory (export "memory") 17)
  (table (export "__wbindgen_externrefs") 128 externref)
  (func (export "greet") (param i32 i32) (result i32 i32) local.get 0 local.get 1)
  (func (export "__wbindgen_malloc") (param i32 i32) (result i32) i32.const 1024)
  (func (export "__wbindgen_realloc") (param i32 i32 i32 i32) (result i32) local.get 0)
  (func (export "__wbindgen_free") (param i32 i32 i32))
  (func (export "__wbindgen_start") call $init_table)
  (@custom "producers" "\01\0cprocessed-by\01\0cwasm-bindgen\130.2.110 (7e2b4d6f8)")
)
