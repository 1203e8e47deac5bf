//! Runs the real `wbg-guard` CLI, built from this checkout with `go build`
//! (Go is required: these tests fail, never skip, without it), on committed
//! real wasm-bindgen output, and loads the result in Node.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use wbg_guard_build::{Build, ErrorKind};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn repo() -> PathBuf {
    manifest_dir().join("../..")
}

fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // cargo's per-target-dir scratch space for integration tests: nothing
        // is left in /tmp, and the repository is not written to
        let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wbg-guard-build-it");
        fs::create_dir_all(&d).unwrap();
        d
    })
}

fn tmp(name: &str) -> PathBuf {
    let d = scratch().join(name);
    let _ = fs::remove_dir_all(&d);
    d
}

/// `go build -o <tmp>/wbg-guard .` in the repository, once per test binary.
fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let out = scratch().join("bin").join("wbg-guard");
        let go = env::var_os("GO").unwrap_or_else(|| "go".into());
        let status = Command::new(&go)
            .args(["build", "-o"])
            .arg(&out)
            .arg(".")
            .current_dir(repo())
            .status()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run `{}` ({}): these tests build the wbg-guard CLI from {} and need Go (see the repository README)",
                    go.to_string_lossy(),
                    e,
                    repo().display()
                )
            });
        assert!(status.success(), "go build -o {} . failed in {}", out.display(), repo().display());
        out
    })
}

fn node(dir: &Path, args: &[&str], script: &str) -> String {
    let out = Command::new("node")
        .args(args)
        .arg("-e")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("node is required for these tests");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "node failed: {}\nstdout: {}\nstderr: {}", script, stdout, String::from_utf8_lossy(&out.stderr));
    stdout
}

fn names(r: &wbg_guard_build::Report) -> Vec<&str> {
    r.files.iter().map(|f| f.name.as_str()).collect()
}

#[test]
fn guards_the_counter_example() {
    let input = manifest_dir().join("../../examples/counter/pkg");
    let out = tmp("counter");
    let r = Build::new(&input).out_dir(&out).binary(binary()).cargo_metadata(false).run().unwrap();
    assert_eq!(r.schema, 1);
    assert_eq!(Path::new(&r.input).canonicalize().unwrap(), input.canonicalize().unwrap());
    assert_eq!(r.out_dir, out);
    assert_eq!((r.entry.as_str(), r.target.as_str(), r.era.as_str()), ("counter.js", "nodejs", "0.2.107+"));
    assert_eq!((r.platform.as_str(), r.format.as_str()), ("node", "cjs"));
    assert_eq!((r.functions, r.classes), (3, 1));
    assert_eq!(names(&r), ["counter.d.ts", "counter.js", "counter_bg.wasm", "counter_bg.wasm.d.ts", "package.json"]);
    for f in &r.files {
        assert_eq!(fs::metadata(r.path(&f.name)).unwrap().len(), f.bytes, "{}", f.name);
    }
    assert_eq!(r.bytes, r.files.iter().map(|f| f.bytes).sum::<u64>());
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);

    let js = r.path("counter.js");
    let got = node(
        &out,
        &[],
        &format!(
            r#"const m = require({js:?});
if (m.add(2, 3) !== 5) throw new Error("add");
let name = "none";
try {{ m.crash(); }} catch (e) {{ name = e.name; }}
if (name !== "AbortError") throw new Error("crash threw " + name);
const c = new m.Counter(); c.increment();
console.log(m.add(2, 3), c.value);"#,
            js = js.to_str().unwrap()
        ),
    );
    assert_eq!(got.trim(), "5 1");

    // the original, for contrast: crash() leaves a broken instance that still answers
    // (no AbortError); only the guarded one throws AbortError
    let orig = node(
        &out,
        &[],
        &format!(
            r#"const m = require({js:?}); try {{ m.crash(); }} catch (e) {{ console.log(e.name); }}"#,
            js = input.join("counter.js").to_str().unwrap()
        ),
    );
    assert_ne!(orig.trim(), "AbortError");
}

#[test]
fn guards_the_web_fixture_with_options() {
    let input = manifest_dir().join("../../testdata/real/0.2.130/abort/web");
    let out = tmp("web");
    let r = Build::new(&input)
        .out_dir(&out)
        .binary(binary())
        .cargo_metadata(false)
        .platform("node")
        .on_abort("reinit")
        .reinit_limit("10/60s")
        .js_errors_through_rust("abort")
        .entry("fixture.js")
        .sourcemap(true)
        .run()
        .unwrap();
    assert_eq!((r.entry.as_str(), r.target.as_str(), r.platform.as_str(), r.format.as_str()), ("fixture.js", "web", "node", "esm"));
    assert_eq!(r.classes, 1);
    assert!(r.functions >= 20, "{}", r.functions);
    assert!(names(&r).contains(&"fixture_bg.wasm"), "{:?}", names(&r));
    assert!(names(&r).contains(&"fixture.js.map"), "{:?}", names(&r));
    let got = node(
        &out,
        &["--input-type=module"],
        &format!(
            r#"import * as m from {url:?};
import {{ readFileSync }} from "node:fs";
m.initSync({{ module: readFileSync({wasm:?}) }});
console.log(m.add(2, 3));"#,
            url = format!("file://{}", r.path("fixture.js").display()),
            wasm = r.path("fixture_bg.wasm").to_str().unwrap()
        ),
    );
    assert_eq!(got.trim(), "5");

    // --inline-wasm --minify --format cjs: no .wasm file, loads with require() and
    // the argument-less init (initSync() without the bytes is refused)
    let out2 = tmp("web-inline");
    let r = Build::new(&input)
        .out_dir(&out2)
        .binary(binary())
        .cargo_metadata(false)
        .platform("node")
        .format("cjs")
        .inline_wasm(true)
        .minify(true)
        .run()
        .unwrap();
    assert_eq!(r.format, "cjs");
    assert!(!names(&r).iter().any(|n| n.ends_with(".wasm")), "{:?}", names(&r));
    let got = node(
        &out2,
        &[],
        &format!(
            r#"const m = require({js:?}); m.default().then(() => console.log(m.add(2, 3)));"#,
            js = r.path("fixture.js").to_str().unwrap()
        ),
    );
    assert_eq!(got.trim(), "5");
}

#[test]
fn metadata_table_is_applied() {
    let dir = tmp("meta");
    fs::create_dir_all(&dir).unwrap();
    let manifest = dir.join("Cargo.toml");
    fs::write(
        &manifest,
        "[package]\nname = \"m\"\nversion = \"0.0.0\"\n\n[package.metadata.wbg-guard]\nplatform = \"node\"\nformat = \"esm\"\nminify = true\n",
    )
    .unwrap();
    let input = manifest_dir().join("../../examples/counter/pkg");
    let r = Build::new(&input)
        .metadata_from(&manifest)
        .unwrap()
        .out_dir(dir.join("out"))
        .binary(binary())
        .cargo_metadata(false)
        .run()
        .unwrap();
    assert_eq!(r.format, "esm");
    // an explicit call overrides the table
    let r = Build::new(&input)
        .format("cjs")
        .metadata_from(&manifest)
        .unwrap()
        .out_dir(dir.join("out"))
        .binary(binary())
        .cargo_metadata(false)
        .run()
        .unwrap();
    assert_eq!(r.format, "cjs");
}

#[test]
fn bad_input_gives_the_tools_line_unchanged() {
    let input = manifest_dir().join("../../testdata/pipeline/does-not-exist");
    let out = tmp("bad");
    // what the CLI itself prints
    let direct = Command::new(binary()).arg("build").arg(&input).arg("--out-dir").arg(&out).output().unwrap();
    assert_eq!(direct.status.code(), Some(1));
    let line = String::from_utf8(direct.stderr).unwrap();
    let line = line.trim_end();
    assert!(!line.contains('\n'), "{:?}", line);
    assert!(line.starts_with("wbg-guard: "), "{:?}", line);

    let e = Build::new(&input).out_dir(&out).binary(binary()).cargo_metadata(false).run().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Tool);
    assert_eq!(e.exit_code(), Some(1));
    assert_eq!(e.tool_message(), Some(line));
    let shown = e.to_string();
    assert!(shown.contains(line), "{}", shown);
    assert!(shown.contains(&input.display().to_string()), "{}", shown);
    assert!(!out.exists(), "nothing is written on failure");

    // a file that is not a wasm-bindgen directory: the tool names it
    let notdir = manifest_dir().join("Cargo.toml");
    let e = Build::new(&notdir).out_dir(&out).binary(binary()).cargo_metadata(false).run().unwrap_err();
    assert_eq!((e.kind(), e.exit_code()), (ErrorKind::Tool, Some(1)));
    assert!(e.tool_message().unwrap().starts_with("wbg-guard: "), "{:?}", e.tool_message());
    assert!(e.to_string().contains("Cargo.toml"), "{}", e);
}

#[test]
fn usage_error_keeps_exit_code_2() {
    let input = manifest_dir().join("../../examples/counter/pkg");
    let e = Build::new(&input).out_dir(tmp("usage")).platform("mars").binary(binary()).cargo_metadata(false).run().unwrap_err();
    assert_eq!((e.kind(), e.exit_code()), (ErrorKind::Usage, Some(2)));
    assert_eq!(e.tool_message(), Some("wbg-guard: --platform \"mars\": expected one of node, browser, workerd, deno, neutral"));
}
