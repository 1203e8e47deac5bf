//! `cargo run --manifest-path testdata/pipeline/xtask/Cargo.toml -- dist OUT`
//! (in a project: `cargo xtask dist OUT` with an alias in .cargo/config.toml):
//! builds examples/counter for wasm32, runs wasm-bindgen, then wbg-guard via
//! wbg-guard-build. Writes OUT/pkg (wasm-bindgen's output) and OUT/dist (the
//! guarded package). Settings come from [package.metadata.wbg-guard] in this
//! crate's Cargo.toml.

#[path = "../../common/steps.rs"]
mod steps;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd, out] if cmd == "dist" => match dist(Path::new(out)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask: {}", e);
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: xtask dist OUT_DIR");
            ExitCode::from(2)
        }
    }
}

fn dist(out: &Path) -> Result<(), String> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..");
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {}", out.display(), e))?;
    let t = Instant::now();
    let wasm = steps::build_counter_wasm(&repo, &out.join("cargo-wasm.log"))?;
    eprintln!("xtask: cargo build (wasm32): {} ms", t.elapsed().as_millis());
    let t = Instant::now();
    let pkg = out.join("pkg");
    steps::wasm_bindgen(&wasm, &pkg)?;
    eprintln!("xtask: wasm-bindgen: {} ms", t.elapsed().as_millis());
    let t = Instant::now();
    // [package.metadata.wbg-guard] of this crate, read at run time (cargo run sets CARGO_MANIFEST_DIR)
    let report = wbg_guard_build::Build::from_metadata(&pkg)
        .map_err(|e| e.to_string())?
        .out_dir(out.join("dist"))
        .run()
        .map_err(|e| e.to_string())?;
    for w in &report.warnings {
        eprintln!("xtask: wbg-guard warning: {}", w);
    }
    eprintln!(
        "xtask: wbg-guard: {} target, {} functions, {} classes, {} files, {} bytes ({} ms; {} ms in total)",
        report.target,
        report.functions,
        report.classes,
        report.files.len(),
        report.bytes,
        report.ms,
        t.elapsed().as_millis()
    );
    println!("{}", report.out_dir.display());
    Ok(())
}
