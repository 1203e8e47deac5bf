;; Synthetic fixture, written by hand for the wasmparse tests (not the output
;; of any toolchain). It throws but never catches: a tag and throw, with no
;; try, catch, delegate, rethrow, try_table or throw_ref, and no exnref type.
;; The module's EH dialect is "throw-only".
(module
  (tag $abort (export "abort_tag") (param i32 i32))
  (func $fail (export "fail") (param $code i32)
    local.get $code
    i32.const 1
    throw $abort))
