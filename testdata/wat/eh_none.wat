;; Synthetic fixture, written by hand for the wasmparse tests (not the output
;; of any toolchain). No exception handling at all; instead it covers the rest
;; of the module structure and instruction set the parser must skip exactly:
;; an imported function and global, a shared memory and a memory64 memory
;; (multi-memory, so memargs carry a memory index), a funcref table with
;; active (constant and imported-global offsets), passive and declarative
;; element segments, mutable/immutable/v128/funcref globals, a start
;; function, active and passive data segments, SIMD (v128.const, shuffle,
;; lane ops, lane loads, relaxed SIMD), bulk memory and table instructions,
;; atomics (rmw, notify, fence), br_table, multi-value block types, typed
;; select, call_indirect, tail calls, sign extension and saturating
;; truncation. Keep it small: other packages use it for golden tests.
(module
  (type $binop (func (param i32 i32) (result i32)))
  (import "env" "abort" (func $abort (param i32)))
  (import "env" "table_base" (global $table_base i32))

  (memory $mem (export "memory") 1 2 shared)
  (memory $mem64 i64 1)
  (table $tab (export "table") 8 funcref)

  (global $counter (mut i32) (i32.const 42))
  (global $big i64 (i64.const -1))
  (global $vec v128 (v128.const i32x4 1 2 3 4))
  (global $fref funcref (ref.func $add))

  (start $init)

  (elem (i32.const 1) $add $sub)
  (elem (table $tab) (global.get $table_base) func $sub)
  (elem $passive funcref (ref.func $add) (ref.null func))
  (elem declare func $init)

  (data (i32.const 16) "hello")
  (data $passive_data "passive bytes")
  (data (memory $mem64) (i64.const 0) "m64")

  (func $add (export "add") (type $binop)
    local.get 0
    local.get 1
    i32.add)
  (func $sub (type $binop)
    local.get 0
    local.get 1
    i32.sub)
  (func $mul (type $binop)
    local.get 0
    local.get 1
    i32.mul)

  (func $init
    i32.const 7
    global.set $counter
    ref.func $init
    drop)

  (func $control (export "control") (param $i i32) (result i32 i32)
    (local $f f64)
    block $b2 (result i32 i32)
      block $b1
        block $b0
          local.get $i
          br_table $b0 $b1 $b0
        end
        i32.const 10
        i32.const 11
        br $b2
      end
      ;; multi-value block with a param
      i32.const 1
      block (param i32) (result i32 i32)
        i32.const 2
      end
    end
    ;; typed select, sign extension, saturating truncation
    i32.const 3
    i32.const 4
    local.get $i
    select (result i32)
    i32.extend8_s
    f64.const 1.5
    i32.trunc_sat_f64_s
    i32.add
    drop)

  (func $indirect (export "indirect") (param i32 i32 i32) (result i32)
    local.get 0
    local.get 1
    local.get 2
    call_indirect $tab (type $binop))

  (func $tail (param i32 i32) (result i32)
    local.get 0
    local.get 1
    return_call $add)

  (func $simd (export "simd") (param $p i32) (result i32)
    (local $v v128)
    v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
    v128.const i32x4 -1 0 1 2
    i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
    local.tee $v
    i32.const 9
    i32x4.replace_lane 3
    local.set $v
    local.get $p
    local.get $v
    v128.load8_lane $mem offset=4 2
    v128.const i32x4 0 0 0 0
    i8x16.relaxed_swizzle
    local.set $v
    local.get $p
    v128.load32_zero offset=8
    local.get $v
    i32x4.add
    i32x4.extract_lane 1
    i64.const 0
    v128.load $mem64 offset=16
    i64x2.extract_lane 0
    i32.wrap_i64
    i32.add)

  (func $bulk (export "bulk") (param $dst i32)
    local.get $dst
    i32.const 0
    i32.const 4
    memory.init $mem $passive_data
    data.drop $passive_data
    local.get $dst
    i32.const 0
    i32.const 4
    memory.copy $mem $mem
    local.get $dst
    i32.const 0
    i32.const 4
    memory.fill $mem
    i32.const 4
    i32.const 0
    i32.const 2
    table.init $tab $passive
    elem.drop $passive
    i32.const 0
    i32.const 1
    i32.const 1
    table.copy $tab $tab
    ref.null func
    i32.const 1
    table.grow $tab
    table.size $tab
    i32.add
    drop
    i32.const 6
    ref.null func
    i32.const 2
    table.fill $tab
    i32.const 0
    table.get $tab
    ref.is_null
    drop)

  (func $atomics (export "atomics") (param $addr i32) (result i32)
    local.get $addr
    i32.const 1
    i32.atomic.rmw.add offset=4
    local.get $addr
    i32.const 1
    memory.atomic.notify
    i32.add
    atomic.fence
    local.get $addr
    i64.const 5
    i64.atomic.store32 offset=8
    memory.size $mem
    i32.add
    i32.const 0
    call $abort))
