//! Writes the embedded guarded package to a temporary directory and runs it in
//! Node: add(2,3) === 5, crash() throws an AbortError, add(2,3) works again on
//! a fresh instance.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn embedded_output_runs_in_node() {
    assert_eq!(wbg_guard_pipeline_host::TARGET, "nodejs");
    assert_eq!(wbg_guard_pipeline_host::ENTRY, "counter.js");
    assert_eq!(wbg_guard_pipeline_host::FUNCTIONS, 3);
    assert_eq!(&wbg_guard_pipeline_host::GUARDED_WASM[..4], b"\0asm");
    assert!(wbg_guard_pipeline_host::GUARDED_DTS.contains("AbortError"));

    let dir: PathBuf = std::env::temp_dir().join(format!("wbg-guard-pipeline-host-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    wbg_guard_pipeline_host::write_to(&dir).unwrap();
    // the separate consts are the same bytes as the file list
    assert_eq!(std::fs::read_to_string(dir.join("counter.js")).unwrap(), wbg_guard_pipeline_host::GUARDED_JS);
    assert_eq!(std::fs::read(dir.join("counter_bg.wasm")).unwrap(), wbg_guard_pipeline_host::GUARDED_WASM);

    let script = r#"
const m = require(process.argv[1]);
const results = [];
results.push(m.add(2, 3) === 5);
let err = null;
try { m.crash(); } catch (e) { err = e; }
results.push(err !== null && err.name === "AbortError");
results.push(err instanceof m.AbortError);
results.push(m.add(2, 3) === 5);
results.push(m.wbgGuard.stats().reinits === 1);
console.log(JSON.stringify({ results, kind: err && err.kind }));
"#;
    let out = Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(dir.join("counter.js"))
        .output()
        .expect("node is required");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "node failed\nstdout: {}\nstderr: {}", stdout, String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.trim(), r#"{"results":[true,true,true,true,true],"kind":"unreachable"}"#);
    std::fs::remove_dir_all(&dir).unwrap();
}
