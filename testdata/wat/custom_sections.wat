;; Synthetic fixture, written by hand for the wasmparse tests (not the output
;; of any toolchain). It carries the custom sections a wasm-bindgen build
;; has, written byte by byte with custom annotations: "producers" (language
;; Rust, processed-by rustc / walrus / wasm-bindgen with versions),
;; "target_features" (+mutable-globals, +sign-ext, -exception-handling) and an
;; unknown custom section, which the parser keeps as a header only.
(module
  (@custom "producers" (after data)
    "\02"
    "\08language" "\01" "\04Rust" "\00"
    "\0cprocessed-by" "\03"
      "\05rustc" "\061.80.0"
      "\06walrus" "\060.20.3"
      "\0cwasm-bindgen" "\0f0.2.92 (abcdef)")
  (@custom "target_features" (after data)
    "\03"
    "+\0fmutable-globals"
    "+\08sign-ext"
    "-\12exception-handling")
  (@custom "wbg-guard-unknown" (before type) "\de\ad\be\ef")
  (func $answer (export "answer") (result i32)
    i32.const 42))
