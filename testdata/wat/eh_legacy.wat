;; Synthetic fixture, written by hand for the wasmparse tests (not the output
;; of any toolchain). It exercises the legacy exception-handling dialect:
;; an imported tag (Emscripten's __cpp_exception (param i32) from "env"), a
;; locally defined tag, an exported tag, and the instructions try, catch,
;; catch_all, throw, rethrow and delegate. Keep it small: other packages use
;; it for golden tests.
(module
  (import "env" "__cpp_exception" (tag $cpp_exception (param i32)))
  (import "env" "log" (func $log (param i32)))
  (tag $local (param i64 f32))
  (tag $exported (export "my_tag"))
  (memory (export "memory") 1)

  (func $may_throw (export "may_throw") (param $x i32)
    local.get $x
    i32.eqz
    if
      local.get $x
      throw $cpp_exception
    end)

  (func $catcher (export "catcher") (param $x i32) (result i32)
    try (result i32)
      local.get $x
      call $may_throw
      i32.const 0
    catch $cpp_exception
      ;; the payload (i32) is the result
    catch $local
      drop
      drop
      i32.const 2
    catch_all
      i32.const 3
    end)

  (func $rethrower
    try
      i32.const 1
      call $may_throw
    catch_all
      i32.const 7
      call $log
      rethrow 0
    end)

  (func $delegator (export "delegator")
    try
      try
        call $rethrower
      delegate 0
    catch $exported
    end))
