;; Synthetic fixture, written by hand for the wasmparse tests (not the output
;; of any toolchain). It exercises the exnref exception-handling dialect:
;; try_table with all four catch clause kinds (catch, catch_ref, catch_all,
;; catch_all_ref), throw_ref, an exnref local, and a multi-value block type
;; (result i32 exnref) that is encoded as a type index. Keep it small: other
;; packages use it for golden tests.
(module
  (tag $e (export "e") (param i32))

  (func $thrower (export "thrower") (param i32)
    local.get 0
    throw $e)

  (func $handler (export "handler") (param $x i32) (result i32)
    (local $exn exnref)
    block $on_e (result i32)
      block $on_e_ref (result i32 exnref)
        block $on_all
          block $on_all_ref (result exnref)
            try_table (catch $e $on_e) (catch_ref $e $on_e_ref) (catch_all $on_all) (catch_all_ref $on_all_ref)
              local.get $x
              call $thrower
            end
            i32.const 0
            return
          end
          ;; $on_all_ref: rethrow the caught exception
          local.set $exn
          local.get $exn
          throw_ref
        end
        ;; $on_all
        i32.const 3
        return
      end
      ;; $on_e_ref: keep the payload, drop the reference
      local.set $exn
      return
    end))
