// The steps before wbg-guard, shared by the xtask and the host crate's
// build.rs (both `#[path]`-include this file): build examples/counter for
// wasm32 exactly as testdata/rust/regen does (same compiler, flags and target
// directory, so the standard library built there is reused), then run the
// wasm-bindgen 0.2.130 CLI.
//
// Environment: WBG_TOOLS (default ~/.cache/wbg-guard-tools), WBG_TARGET_DIR
// (default $WBG_TOOLS/target), WBG_RUSTC, WBG_CARGO, WBG_WASM_LD (as regen),
// WBG_WASM_BINDGEN (default $WBG_TOOLS/wasm-bindgen-0.2.130/bin/wasm-bindgen).

#![allow(dead_code)]

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every environment variable read here (for `cargo:rerun-if-env-changed`).
pub const ENV_VARS: &[&str] =
    &["WBG_TOOLS", "WBG_TARGET_DIR", "WBG_RUSTC", "WBG_CARGO", "WBG_WASM_LD", "WBG_WASM_BINDGEN", "CARGO_HOME", "HOME"];

fn var(name: &str) -> Option<PathBuf> {
    env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from)
}

fn home() -> PathBuf {
    var("HOME").expect("HOME is not set")
}

pub fn tools() -> PathBuf {
    var("WBG_TOOLS").unwrap_or_else(|| home().join(".cache/wbg-guard-tools"))
}

pub fn wasm_bindgen_bin() -> PathBuf {
    var("WBG_WASM_BINDGEN").unwrap_or_else(|| tools().join("wasm-bindgen-0.2.130/bin/wasm-bindgen"))
}

fn need_file(p: &Path, what: &str, hint: &str) -> Result<(), String> {
    if p.is_file() {
        Ok(())
    } else {
        Err(format!("{} not found at {}: {}", what, p.display(), hint))
    }
}

fn canonical(p: &Path) -> Result<PathBuf, String> {
    fs::canonicalize(p).map_err(|e| format!("{}: {}", p.display(), e))
}

/// Builds examples/counter (panic=abort) and returns the path of counter.wasm.
/// `repo` is the repository root; `log` receives cargo's output.
pub fn build_counter_wasm(repo: &Path, log: &Path) -> Result<PathBuf, String> {
    let repo = canonical(repo)?;
    let rustc = var("WBG_RUSTC").unwrap_or_else(|| "/usr/bin/rustc".into());
    let cargo = var("WBG_CARGO").unwrap_or_else(|| "/usr/bin/cargo".into());
    let wasm_ld = var("WBG_WASM_LD").unwrap_or_else(|| "/usr/lib/llvm-22/bin/wasm-ld".into());
    let hint = "see testdata/rust/README.md (testdata/rust/install-tools)";
    need_file(&rustc, "rustc", hint)?;
    need_file(&cargo, "cargo", hint)?;
    need_file(&wasm_ld, "wasm-ld", hint)?;
    let cargo_home = var("CARGO_HOME").unwrap_or_else(|| home().join(".cargo"));
    let sysroot = Command::new(&rustc).args(["--print", "sysroot"]).output().map_err(|e| format!("{}: {}", rustc.display(), e))?;
    let rust_src = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()).join("lib/rustlib/src/rust");
    let rust_src_real = canonical(&rust_src)?;
    let target_root = var("WBG_TARGET_DIR").unwrap_or_else(|| tools().join("target"));
    fs::create_dir_all(&target_root).map_err(|e| format!("{}: {}", target_root.display(), e))?;
    let target_root = canonical(&target_root)?;

    // regen's flags for the `abort` kind, in its order (cargo fingerprints them)
    let flags: Vec<String> = vec![
        "-Cpanic=abort".into(),
        format!("-Clinker={}", wasm_ld.display()),
        format!("--remap-path-prefix={}=/wbg-guard", repo.display()),
        format!("--remap-path-prefix={}=/cargo", cargo_home.display()),
        format!("--remap-path-prefix={}=/rustc/src", rust_src.display()),
        format!("--remap-path-prefix={}=/rustc/src", rust_src_real.display()),
        format!("--remap-path-prefix={}=/target", target_root.display()),
    ];
    let mut cmd = Command::new(&cargo);
    // A build script or `cargo run` hands its own cargo's settings down: drop
    // them so that the inner cargo is configured only by what is set here.
    let inherited: Vec<OsString> = env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            let k = k.to_string_lossy();
            (k.starts_with("CARGO_") && k != "CARGO_HOME")
                || k.starts_with("RUSTC")
                || k.starts_with("RUSTDOC")
                || k.starts_with("DEP_")
                || ["RUSTFLAGS", "TARGET", "HOST", "OUT_DIR", "PROFILE", "OPT_LEVEL", "DEBUG", "NUM_JOBS", "MAKEFLAGS", "MFLAGS", "CARGO"]
                    .contains(&k.as_ref())
        })
        .collect();
    for k in inherited {
        cmd.env_remove(k);
    }
    let log_file = fs::File::create(log).map_err(|e| format!("{}: {}", log.display(), e))?;
    let status = cmd
        .current_dir(repo.join("examples/counter"))
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTC", &rustc)
        .env("RUSTDOC", "/nonexistent")
        .env("CARGO_TARGET_DIR", target_root.join("abort"))
        .env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"))
        .env("CARGO_TERM_COLOR", "never")
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .env("SOURCE_DATE_EPOCH", "0")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .args(["build", "--locked", "--release", "--target", "wasm32-unknown-unknown", "-Zbuild-std=std,panic_abort"])
        .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
        .stderr(log_file)
        .status()
        .map_err(|e| format!("{}: {}", cargo.display(), e))?;
    if !status.success() {
        let text = fs::read_to_string(log).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!("cargo build of examples/counter for wasm32 failed ({}):\n{}", status, tail.join("\n")));
    }
    Ok(target_root.join("abort/wasm32-unknown-unknown/release/counter.wasm"))
}

/// `wasm-bindgen WASM --out-dir OUT --target nodejs` (0.2.130), into a fresh OUT.
pub fn wasm_bindgen(wasm: &Path, out: &Path) -> Result<(), String> {
    let bin = wasm_bindgen_bin();
    need_file(&bin, "wasm-bindgen 0.2.130", "run testdata/rust/install-tools 0.2.130, or set WBG_WASM_BINDGEN")?;
    let _ = fs::remove_dir_all(out);
    let o = Command::new(&bin)
        .arg(wasm)
        .arg("--out-dir")
        .arg(out)
        .args(["--target", "nodejs"])
        .output()
        .map_err(|e| format!("{}: {}", bin.display(), e))?;
    if !o.status.success() {
        return Err(format!("{} failed ({}): {}", bin.display(), o.status, String::from_utf8_lossy(&o.stderr).trim()));
    }
    Ok(())
}
