//! The guarded wasm-bindgen output of examples/counter, embedded at build time
//! by build.rs (cargo -> wasm32, wasm-bindgen, wbg-guard via wbg-guard-build).

/// The guarded glue (nodejs target, CommonJS).
pub const GUARDED_JS: &str = include_str!(concat!(env!("OUT_DIR"), "/guarded/counter.js"));
/// Its TypeScript declarations.
pub const GUARDED_DTS: &str = include_str!(concat!(env!("OUT_DIR"), "/guarded/counter.d.ts"));
/// The Wasm module the glue loads (`counter_bg.wasm` next to it).
pub const GUARDED_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guarded/counter_bg.wasm"));

include!(concat!(env!("OUT_DIR"), "/guarded_files.rs"));

/// Writes every embedded file into `dir` (created if needed).
pub fn write_to(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, bytes) in FILES {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(p, bytes)?;
    }
    Ok(())
}
