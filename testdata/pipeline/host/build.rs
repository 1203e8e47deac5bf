//! Builds examples/counter for wasm32, runs wasm-bindgen 0.2.130 on it, guards
//! the result with wbg-guard (through wbg-guard-build, settings from
//! [package.metadata.wbg-guard] in Cargo.toml) and generates
//! $OUT_DIR/guarded_files.rs, which src/lib.rs includes.

#[path = "../common/steps.rs"]
mod steps;

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let repo = manifest_dir.join("../../..");
    let counter = repo.join("examples/counter");
    for p in ["src", "Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", counter.join(p).display());
    }
    println!("cargo:rerun-if-changed=../common/steps.rs");
    for v in steps::ENV_VARS {
        println!("cargo:rerun-if-env-changed={}", v);
    }

    let wasm = steps::build_counter_wasm(&repo, &out_dir.join("cargo-wasm.log")).unwrap_or_else(|e| fail(&e));
    let pkg = out_dir.join("pkg");
    steps::wasm_bindgen(&wasm, &pkg).unwrap_or_else(|e| fail(&e));

    // The main API returns a Result; `compile()` would be the panicking shorthand.
    let report = wbg_guard_build::Build::from_metadata(&pkg)
        .and_then(|b| b.out_dir(out_dir.join("guarded")).run())
        .unwrap_or_else(|e| fail(&e.to_string()));

    let mut src = String::new();
    writeln!(src, "/// Every file of the guarded package: (name, contents).").unwrap();
    writeln!(src, "pub const FILES: &[(&str, &[u8])] = &[").unwrap();
    for f in &report.files {
        writeln!(src, "    ({:?}, include_bytes!({:?})),", f.name, report.path(&f.name).display().to_string()).unwrap();
    }
    writeln!(src, "];").unwrap();
    writeln!(src, "/// The wasm-bindgen target and the entry file, from wbg-guard's report.").unwrap();
    writeln!(src, "pub const TARGET: &str = {:?};", report.target).unwrap();
    writeln!(src, "pub const ENTRY: &str = {:?};", report.entry).unwrap();
    writeln!(src, "pub const FUNCTIONS: u64 = {};", report.functions).unwrap();
    fs::write(out_dir.join("guarded_files.rs"), src).unwrap();
}

fn fail(msg: &str) -> ! {
    for line in msg.lines() {
        println!("cargo:warning={}", line);
    }
    panic!("{}", msg);
}
