use super::*;

const REPORT: &str = r#"{
  "schema": 1,
  "input": "/x/pkg",
  "out_dir": "dist",
  "entry": "counter.js",
  "target": "nodejs",
  "era": "0.2.107+",
  "platform": "node",
  "format": "cjs",
  "functions": 3,
  "classes": 1,
  "files": [
    {"name": "counter.js", "bytes": 65138},
    {"name": "counter_bg.wasm", "bytes": 17758}
  ],
  "bytes": 82896,
  "ms": 20,
  "future_field": {"ignored": [1, 2]}
}
"#;

fn strs(a: &[OsString]) -> Vec<String> {
    a.iter().map(|s| s.to_string_lossy().into_owned()).collect()
}

fn tmp(name: &str) -> PathBuf {
    let d = env::temp_dir().join("wbg-guard-build-unit").join(name);
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn args_minimal_and_full() {
    let b = Build::new("pkg").out_dir("dist");
    assert_eq!(strs(&b.args().unwrap()), ["build", "pkg", "--out-dir", "dist", "--json"]);
    let b = Build::new("pkg")
        .out_dir("dist")
        .platform("node")
        .format("esm")
        .on_abort("reinit")
        .reinit_limit("10/60s")
        .js_errors_through_rust("abort")
        .entry("x.js")
        .inline_wasm(true)
        .minify(true)
        .sourcemap(true);
    assert_eq!(
        strs(&b.args().unwrap()),
        [
            "build", "pkg", "--out-dir", "dist", "--json", "--platform", "node", "--format", "esm", "--on-abort", "reinit",
            "--reinit-limit", "10/60s", "--js-errors-through-rust", "abort", "--entry", "x.js", "--minify", "--sourcemap",
            "--inline-wasm",
        ]
    );
    // false means the tool's default: no flag
    let b = Build::new("pkg").out_dir("dist").minify(false).sourcemap(false).inline_wasm(false);
    assert_eq!(b.args().unwrap().len(), 5);
}

#[test]
fn builder_overrides_metadata_in_any_order() {
    let dir = tmp("override");
    let manifest = dir.join("Cargo.toml");
    fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[package.metadata.wbg-guard]\nplatform = \"browser\"\nminify = true\non-abort = \"poison\"\ninline-wasm = true\n",
    )
    .unwrap();
    let b = Build::new("pkg").out_dir("o").platform("node").minify(false).metadata_from(&manifest).unwrap();
    assert_eq!(
        strs(&b.args().unwrap()),
        ["build", "pkg", "--out-dir", "o", "--json", "--platform", "node", "--on-abort", "poison", "--inline-wasm"]
    );
    let b = Build::new("pkg").out_dir("o").metadata_from(&manifest).unwrap().on_abort("reinit");
    assert!(strs(&b.args().unwrap()).windows(2).any(|w| w == ["--on-abort", "reinit"]));
    assert!(strs(&b.args().unwrap()).windows(2).any(|w| w == ["--platform", "browser"]));
}

#[test]
fn metadata_all_keys() {
    let s = parse_metadata(
        "[package.metadata.wbg-guard]\nplatform = \"node\"\nformat = \"esm\"\non-abort = \"poison\"\nreinit-limit = \"0\"\n\
         js-errors-through-rust = \"pass\"\nentry = \"glue.js\"\nminify = true\nsourcemap = false\ninline-wasm = true\n",
    )
    .unwrap();
    assert_eq!(
        s,
        Settings {
            platform: Some("node".into()),
            format: Some("esm".into()),
            on_abort: Some("poison".into()),
            reinit_limit: Some("0".into()),
            js_errors_through_rust: Some("pass".into()),
            entry: Some("glue.js".into()),
            minify: Some(true),
            sourcemap: Some(false),
            inline_wasm: Some(true),
        }
    );
    assert_eq!(parse_metadata("[package]\nname = \"x\"\n").unwrap(), Settings::default());
}

#[test]
fn metadata_errors() {
    let e = parse_metadata("[package.metadata.wbg-guard]\nplatfrom = \"node\"\n").unwrap_err();
    assert_eq!(e.0, 2);
    assert!(e.1.starts_with("unknown key `platfrom`"), "{}", e.1);
    let e = parse_metadata("[package.metadata.wbg-guard]\nminify = \"yes\"\n").unwrap_err();
    assert_eq!(e.1, "`minify` must be true or false, found \"yes\"");
    let e = parse_metadata("[package.metadata.wbg-guard]\nplatform = true\n").unwrap_err();
    assert_eq!(e.1, "`platform` must be a string, found true");

    let dir = tmp("metaerr");
    let manifest = dir.join("Cargo.toml");
    fs::write(&manifest, "[package.metadata.wbg-guard]\n\nformat = 3\n").unwrap();
    let e = Build::new("pkg").metadata_from(&manifest).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Metadata);
    let msg = e.to_string();
    assert!(msg.contains(&format!("{}:3: [package.metadata.wbg-guard]:", manifest.display())), "{}", msg);
    assert!(msg.contains("(input pkg)"), "{}", msg);
    let e = Build::new("pkg").metadata_from(dir.join("nope.toml")).unwrap_err();
    assert!(e.to_string().starts_with("cannot read "), "{}", e);
}

#[test]
fn report_parser() {
    let r = parse_report(REPORT).unwrap();
    assert_eq!(r.schema, 1);
    assert_eq!(r.input, "/x/pkg");
    assert_eq!(r.entry, "counter.js");
    assert_eq!(r.target, "nodejs");
    assert_eq!(r.era, "0.2.107+");
    assert_eq!((r.platform.as_str(), r.format.as_str()), ("node", "cjs"));
    assert_eq!((r.functions, r.classes, r.bytes, r.ms), (3, 1, 82896, 20));
    assert_eq!(
        r.files,
        vec![OutputFile { name: "counter.js".into(), bytes: 65138 }, OutputFile { name: "counter_bg.wasm".into(), bytes: 17758 }]
    );
    assert_eq!(r.path("counter.js"), Path::new("dist/counter.js"));
}

#[test]
fn report_parser_errors() {
    assert!(parse_report("").unwrap_err().contains("unexpected end of input"));
    assert!(parse_report("[]").unwrap_err().contains("not a JSON object"));
    assert!(parse_report(&REPORT.replace("\"schema\": 1", "\"schema\": 2")).unwrap_err().contains("schema 2 is not supported"));
    assert_eq!(parse_report(&REPORT.replace("\"ms\": 20", "\"ms\": -1")).unwrap_err(), "field `ms` missing or not a non-negative integer");
    assert_eq!(parse_report(&REPORT.replace("\"target\"", "\"targe\"")).unwrap_err(), "field `target` missing or not a string");
    assert_eq!(parse_report(&REPORT.replace("\"name\": \"counter.js\"", "\"name\": 1")).unwrap_err(), "a `files` entry has no string `name`");
}

/// Tests that write and spawn scripts take this lock: a script written while
/// another thread forks can otherwise fail with ETXTBSY.
#[cfg(unix)]
static SPAWN: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[cfg(unix)]
fn fake_binary(dir: &Path, name: &str, script: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    fs::write(&p, format!("#!/bin/sh\n{}", script)).unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
    p
}

#[cfg(unix)]
#[test]
fn binary_discovery() {
    let _g = SPAWN.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tmp("discover");
    let a = dir.join("a");
    let b = dir.join("b");
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    // not executable: skipped
    fs::write(a.join("wbg-guard"), "").unwrap();
    let exe = fake_binary(&b, "wbg-guard", "exit 0\n");
    let path = env::join_paths([a.clone(), b.clone()]).unwrap();
    assert_eq!(find_binary_in(None, Some(path.clone())).unwrap(), exe);
    // an empty WBG_GUARD is ignored
    assert_eq!(find_binary_in(Some("".into()), Some(path.clone())).unwrap(), exe);
    // WBG_GUARD wins over PATH
    let other = fake_binary(&a, "custom-guard", "exit 0\n");
    assert_eq!(find_binary_in(Some(other.clone().into()), Some(path.clone())).unwrap(), other);
    // WBG_GUARD pointing nowhere is an error, not a fallback
    let e = find_binary_in(Some(dir.join("missing").into()), Some(path)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().starts_with(&format!("WBG_GUARD={} is not an executable file; build it from a checkout of wbg-guard with `go build -o wbg-guard .`", dir.join("missing").display())), "{}", e);
    // nothing anywhere
    let e = find_binary_in(None, Some(a.into_os_string())).unwrap_err();
    let m = e.to_string();
    assert!(m.contains("wbg-guard not found"), "{}", m);
    assert!(m.contains("go build -o wbg-guard ."), "{}", m);
    assert!(m.contains("go build -o wbg-guard ."), "{}", m);
    assert!(find_binary_in(None, None).is_err());
}

#[cfg(unix)]
#[test]
fn tool_failure_keeps_line_and_exit_code() {
    let _g = SPAWN.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tmp("fail");
    let bin = fake_binary(
        &dir,
        "wbg-guard",
        "echo 'wbg-guard: warning: something odd' >&2\necho 'wbg-guard: pkg/x_bg.wasm: not a WebAssembly module' >&2\nexit 1\n",
    );
    let mut out = Vec::new();
    let e = Build::new("pkg").out_dir("o").binary(&bin).cargo_metadata(true).run_to(&mut out).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Tool);
    assert_eq!(e.exit_code(), Some(1));
    assert_eq!(e.tool_message(), Some("wbg-guard: pkg/x_bg.wasm: not a WebAssembly module"));
    assert_eq!(e.to_string(), "wbg-guard build pkg failed (exit code 1): wbg-guard: pkg/x_bg.wasm: not a WebAssembly module");
    assert!(e.stderr().contains("something odd"));
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("cargo:warning=wbg-guard: something odd\n"), "{}", out);

    let bin = fake_binary(&dir, "usage", "echo 'wbg-guard: --platform \"x\": expected one of node' >&2\nexit 2\n");
    let e = Build::new("pkg").out_dir("o").binary(&bin).cargo_metadata(false).run().unwrap_err();
    assert_eq!((e.kind(), e.exit_code()), (ErrorKind::Usage, Some(2)));
    let bin = fake_binary(&dir, "silent", "exit 3\n");
    let e = Build::new("pkg").out_dir("o").binary(&bin).cargo_metadata(false).run().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Crashed);
    assert!(e.to_string().ends_with("exited with code 3 and printed no error"), "{}", e);
    let bin = fake_binary(&dir, "garbage", "echo '{\"schema\": 1'\n");
    let e = Build::new("pkg").out_dir("o").binary(&bin).cargo_metadata(false).run().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Report);
    assert!(e.to_string().starts_with("wbg-guard build pkg failed (exit code 0): cannot read the --json report:"), "{}", e);
    let e = Build::new("pkg").out_dir("o").binary(dir.join("absent")).cargo_metadata(false).run().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("go build -o wbg-guard ."), "{}", e);
}

#[cfg(unix)]
#[test]
fn cargo_lines_and_report() {
    let _g = SPAWN.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tmp("cargo");
    let pkg = dir.join("pkg");
    fs::create_dir_all(pkg.join("snippets/a")).unwrap();
    fs::write(pkg.join("x.js"), "").unwrap();
    fs::write(pkg.join("snippets/a/s.js"), "").unwrap();
    let report_file = dir.join("report.json");
    fs::write(&report_file, REPORT).unwrap();
    let bin = fake_binary(
        &dir,
        "wbg-guard",
        &format!("echo 'wbg-guard: warning: first' >&2\necho 'wbg-guard: chose x.js' >&2\ncat '{}'\n", report_file.display()),
    );
    let mut out = Vec::new();
    let r = Build::new(&pkg).out_dir(dir.join("dist")).binary(&bin).cargo_metadata(true).run_to(&mut out).unwrap();
    assert_eq!(r.warnings, ["first"]);
    assert_eq!(r.notes, ["wbg-guard: chose x.js"]);
    assert_eq!(r.out_dir, dir.join("dist"));
    let out = String::from_utf8(out).unwrap();
    let expect = format!(
        "cargo:rerun-if-changed={p}\ncargo:rerun-if-changed={p}/snippets/a/s.js\ncargo:rerun-if-changed={p}/x.js\n\
         cargo:rerun-if-env-changed=WBG_GUARD\ncargo:warning=wbg-guard: first\n",
        p = pkg.display()
    );
    assert_eq!(out, expect);
    // without cargo metadata: nothing printed
    let mut out = Vec::new();
    Build::new(&pkg).out_dir(dir.join("dist")).binary(&bin).cargo_metadata(false).run_to(&mut out).unwrap();
    assert!(out.is_empty());
}

#[test]
fn stderr_helpers() {
    assert_eq!(error_line("wbg-guard: note\nwbg-guard: a: b\nwbg-guard: warning: w\n").as_deref(), Some("wbg-guard: a: b"));
    assert_eq!(error_line("panic: boom\n").as_deref(), Some("panic: boom"));
    assert_eq!(error_line(""), None);
    assert_eq!(cargo_warning("a\nb"), "cargo:warning=wbg-guard: a b");
}

#[test]
fn out_dir_required_outside_build_scripts() {
    if in_build_script() {
        return; // cargo test does not set TARGET, so this runs
    }
    let e = Build::new("pkg").args().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(e.to_string().contains("call Build::out_dir"), "{}", e);
}
