//! The example crate of wbg-guard's README: a plain function, a panic (a trap
//! with panic=abort), a JS exception thrown from Rust, and a class whose state
//! lives in Wasm memory. Built with `testdata/rust/regen --example`
//! (wasm-bindgen --target nodejs, panic=abort).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn add(a: u32, b: u32) -> u32 {
    a.wrapping_add(b)
}

/// Panics. With panic=abort a panic is a Wasm trap (`unreachable`), after
/// which the instance must not be used again.
#[wasm_bindgen]
pub fn crash() {
    panic!("crash() was called");
}

/// Throws a JS `Error` from Rust (`wasm_bindgen::throw_str`).
#[wasm_bindgen]
pub fn throw_message() {
    wasm_bindgen::throw_str("counter overflow");
}

#[wasm_bindgen]
pub struct Counter {
    value: u32,
}

#[wasm_bindgen]
impl Counter {
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Counter {
        Counter { value: 0 }
    }

    pub fn increment(&mut self) -> u32 {
        self.value = self.value.wrapping_add(1);
        self.value
    }

    #[wasm_bindgen(getter)]
    pub fn value(&self) -> u32 {
        self.value
    }
}
