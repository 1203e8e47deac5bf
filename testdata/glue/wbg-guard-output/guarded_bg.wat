;; SYNTHETIC: the Wasm side of guarded.js. Compiled by the tests with wabt
;; (internal/testassets.WATFile) into guarded_bg.wasm.
(module
  (memory (export "memory") 17)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
)
