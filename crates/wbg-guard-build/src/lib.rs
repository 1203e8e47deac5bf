//! Run [`wbg-guard`](https://github.com/wbg-guard/wbg-guard) from a build
//! script or a `cargo xtask`, in the manner of `cc` or `prost-build`.
//!
//! `wbg-guard build DIR --out-dir OUT` post-processes a wasm-bindgen output
//! directory so that Rust panics and aborts in Wasm are guarded. This crate
//! finds the `wbg-guard` binary, runs it with `--json`, and returns the
//! parsed [`Report`] or an [`Error`] carrying the tool's own one-line error.
//!
//! ```no_run
//! let report = wbg_guard_build::Build::new("pkg")
//!     .out_dir("dist")
//!     .platform("node")
//!     .on_abort("reinit")
//!     .run()?;
//! println!("{} functions guarded, {} bytes", report.functions, report.bytes);
//! # Ok::<(), wbg_guard_build::Error>(())
//! ```
//!
//! # Finding the binary
//!
//! [`Build::binary`] if given; else the `WBG_GUARD` environment variable (a
//! path to the binary); else `wbg-guard` on `PATH`. If none is found, `run`
//! returns an [`ErrorKind::NotFound`] error that says how to install it.
//!
//! # Build scripts
//!
//! When running inside a build script (cargo sets `OUT_DIR`,
//! `CARGO_MANIFEST_DIR` and `TARGET`), or when [`Build::cargo_metadata`] is
//! `true`, `run` prints `cargo:rerun-if-changed=` for the input directory and
//! every file in it, `cargo:rerun-if-env-changed=WBG_GUARD`, and passes the
//! tool's `wbg-guard: warning: ...` lines through as `cargo:warning=`. There,
//! the output directory defaults to `$OUT_DIR/wbg-guard/<input dir name>`.
//!
//! # `[package.metadata.wbg-guard]`
//!
//! Settings are read from the crate's `Cargo.toml` only when asked for, with
//! [`Build::from_metadata`] (reads `$CARGO_MANIFEST_DIR/Cargo.toml`) or
//! [`Build::metadata_from`] (a given manifest). Builder calls override the
//! table, whatever their order. Keys (all optional): `platform`, `format`,
//! `on-abort`, `reinit-limit`, `js-errors-through-rust`, `entry` (strings);
//! `minify`, `sourcemap`, `inline-wasm` (booleans). Unknown keys are errors.

#![deny(missing_docs)]

mod json;
mod toml;

use std::env;
use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable naming the `wbg-guard` binary.
pub const ENV_BINARY: &str = "WBG_GUARD";

/// How to install the binary (part of the "not found" error message).
pub const INSTALL_HINT: &str = "build it from a checkout of wbg-guard with `go build -o wbg-guard .`, \
then put it on PATH or set WBG_GUARD to its path";

/// The options that may come from builder calls or from the metadata table.
#[derive(Debug, Clone, Default, PartialEq)]
struct Settings {
    platform: Option<String>,
    format: Option<String>,
    on_abort: Option<String>,
    reinit_limit: Option<String>,
    js_errors_through_rust: Option<String>,
    entry: Option<PathBuf>,
    minify: Option<bool>,
    sourcemap: Option<bool>,
    inline_wasm: Option<bool>,
}

impl Settings {
    /// `self` wins over `base`, field by field.
    fn over(&self, base: &Settings) -> Settings {
        Settings {
            platform: self.platform.clone().or_else(|| base.platform.clone()),
            format: self.format.clone().or_else(|| base.format.clone()),
            on_abort: self.on_abort.clone().or_else(|| base.on_abort.clone()),
            reinit_limit: self.reinit_limit.clone().or_else(|| base.reinit_limit.clone()),
            js_errors_through_rust: self.js_errors_through_rust.clone().or_else(|| base.js_errors_through_rust.clone()),
            entry: self.entry.clone().or_else(|| base.entry.clone()),
            minify: self.minify.or(base.minify),
            sourcemap: self.sourcemap.or(base.sourcemap),
            inline_wasm: self.inline_wasm.or(base.inline_wasm),
        }
    }
}

/// A `wbg-guard build` invocation.
#[derive(Debug, Clone)]
pub struct Build {
    input: PathBuf,
    out_dir: Option<PathBuf>,
    binary: Option<PathBuf>,
    cargo_metadata: Option<bool>,
    explicit: Settings,
    metadata: Settings,
    metadata_file: Option<PathBuf>,
}

/// The `--json` report of a successful build (schema 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The report's schema version (1).
    pub schema: u64,
    /// The input directory, as the tool saw it.
    pub input: String,
    /// The output directory, as passed to the tool.
    pub out_dir: PathBuf,
    /// The glue's entry file name.
    pub entry: String,
    /// The wasm-bindgen target (`nodejs`, `web`, `bundler`, ...).
    pub target: String,
    /// The glue era (`0.2.107+`, ...).
    pub era: String,
    /// The platform built for.
    pub platform: String,
    /// The output module format (`esm` or `cjs`).
    pub format: String,
    /// Number of guarded functions.
    pub functions: u64,
    /// Number of guarded classes.
    pub classes: u64,
    /// The files written, in the tool's order.
    pub files: Vec<OutputFile>,
    /// Total bytes written.
    pub bytes: u64,
    /// Build time in milliseconds, as measured by the tool.
    pub ms: u64,
    /// Warnings the tool printed (`wbg-guard: warning: ` removed).
    pub warnings: Vec<String>,
    /// Other stderr lines (notes such as which glue file was chosen).
    pub notes: Vec<String>,
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// File name relative to the output directory.
    pub name: String,
    /// Size in bytes.
    pub bytes: u64,
}

impl Report {
    /// The path of an output file (`out_dir/name`).
    pub fn path(&self, name: &str) -> PathBuf {
        self.out_dir.join(name)
    }
    /// The paths of all output files.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|f| self.out_dir.join(&f.name)).collect()
    }
}

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The binary was not found (message says how to install it).
    NotFound,
    /// The binary could not be started.
    Spawn,
    /// The tool failed (exit code 1): [`Error::tool_message`] is its line.
    Tool,
    /// The tool refused its arguments (exit code 2).
    Usage,
    /// The tool was killed by a signal or exited with another code.
    Crashed,
    /// The tool succeeded but its `--json` report could not be read.
    Report,
    /// `[package.metadata.wbg-guard]` or the manifest could not be read.
    Metadata,
    /// The builder is incomplete (no output directory outside a build script).
    Config,
}

/// An error of [`Build::run`].
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    input: Option<PathBuf>,
    message: String,
    tool_message: Option<String>,
    exit_code: Option<i32>,
    stderr: String,
}

impl Error {
    fn new(kind: ErrorKind, input: Option<&Path>, message: impl Into<String>) -> Error {
        Error {
            kind,
            input: input.map(Path::to_path_buf),
            message: message.into(),
            tool_message: None,
            exit_code: None,
            stderr: String::new(),
        }
    }
    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    /// The tool's own one-line error, unchanged (for example
    /// `wbg-guard: pkg: no such file or directory`), when the tool failed.
    pub fn tool_message(&self) -> Option<&str> {
        self.tool_message.as_deref()
    }
    /// The tool's exit code, when it exited.
    pub fn exit_code(&self) -> Option<i32> {
        self.exit_code
    }
    /// The tool's whole stderr, when it ran.
    pub fn stderr(&self) -> &str {
        &self.stderr
    }
    /// The input directory of the build.
    pub fn input(&self) -> Option<&Path> {
        self.input.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.input, self.kind) {
            (Some(dir), ErrorKind::Tool | ErrorKind::Usage | ErrorKind::Crashed | ErrorKind::Report) => {
                write!(f, "wbg-guard build {}", dir.display())?;
                if let Some(code) = self.exit_code {
                    write!(f, " failed (exit code {})", code)?;
                } else {
                    write!(f, " failed")?;
                }
                write!(f, ": {}", self.message)
            }
            (Some(dir), _) => write!(f, "{} (input {})", self.message, dir.display()),
            (None, _) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

fn non_empty_env(name: &str) -> Option<OsString> {
    env::var_os(name).filter(|v| !v.is_empty())
}

/// True when running inside a cargo build script.
pub fn in_build_script() -> bool {
    non_empty_env("OUT_DIR").is_some() && non_empty_env("CARGO_MANIFEST_DIR").is_some() && non_empty_env("TARGET").is_some()
}

/// Finds the `wbg-guard` binary: `WBG_GUARD`, then `wbg-guard` on `PATH`.
pub fn find_binary() -> Result<PathBuf, Error> {
    find_binary_in(env::var_os(ENV_BINARY), env::var_os("PATH"))
}

fn exe_name() -> String {
    format!("wbg-guard{}", env::consts::EXE_SUFFIX)
}

fn is_executable_file(p: &Path) -> bool {
    match fs::metadata(p) {
        Ok(m) if m.is_file() => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                m.permissions().mode() & 0o111 != 0
            }
            #[cfg(not(unix))]
            {
                true
            }
        }
        _ => false,
    }
}

/// Binary discovery from explicit values of `WBG_GUARD` and `PATH`.
fn find_binary_in(wbg_guard: Option<OsString>, path: Option<OsString>) -> Result<PathBuf, Error> {
    if let Some(p) = wbg_guard.filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        if is_executable_file(&p) {
            return Ok(p);
        }
        return Err(Error::new(
            ErrorKind::NotFound,
            None,
            format!("{}={} is not an executable file; {}", ENV_BINARY, p.display(), INSTALL_HINT),
        ));
    }
    let name = exe_name();
    if let Some(path) = path {
        for dir in env::split_paths(&path) {
            if dir.as_os_str().is_empty() {
                continue;
            }
            let cand = dir.join(&name);
            if is_executable_file(&cand) {
                return Ok(cand);
            }
        }
    }
    Err(Error::new(
        ErrorKind::NotFound,
        None,
        format!("wbg-guard not found (neither {} is set nor `{}` on PATH); {}", ENV_BINARY, name, INSTALL_HINT),
    ))
}

impl Build {
    /// A build of the wasm-bindgen output directory `input`.
    pub fn new(input: impl AsRef<Path>) -> Build {
        Build {
            input: input.as_ref().to_path_buf(),
            out_dir: None,
            binary: None,
            cargo_metadata: None,
            explicit: Settings::default(),
            metadata: Settings::default(),
            metadata_file: None,
        }
    }

    /// A build whose defaults come from `[package.metadata.wbg-guard]` in
    /// `$CARGO_MANIFEST_DIR/Cargo.toml` (set by cargo for build scripts,
    /// `cargo run` and `cargo test`). A missing table is no error.
    pub fn from_metadata(input: impl AsRef<Path>) -> Result<Build, Error> {
        let dir = non_empty_env("CARGO_MANIFEST_DIR").ok_or_else(|| {
            Error::new(
                ErrorKind::Metadata,
                Some(input.as_ref()),
                "Build::from_metadata: CARGO_MANIFEST_DIR is not set (not run by cargo); use Build::metadata_from(path)",
            )
        })?;
        Build::new(input).metadata_from(Path::new(&dir).join("Cargo.toml"))
    }

    /// Reads `[package.metadata.wbg-guard]` of the given `Cargo.toml` as
    /// defaults (replacing any read before). Builder calls still override it.
    pub fn metadata_from(mut self, manifest: impl AsRef<Path>) -> Result<Build, Error> {
        let manifest = manifest.as_ref();
        let text = fs::read_to_string(manifest).map_err(|e| {
            Error::new(ErrorKind::Metadata, Some(&self.input), format!("cannot read {}: {}", manifest.display(), e))
        })?;
        self.metadata = parse_metadata(&text).map_err(|(line, m)| {
            Error::new(ErrorKind::Metadata, Some(&self.input), format!("{}:{}: [package.metadata.wbg-guard]: {}", manifest.display(), line, m))
        })?;
        self.metadata_file = Some(manifest.to_path_buf());
        Ok(self)
    }

    /// The output directory (`--out-dir`). Required outside build scripts;
    /// in a build script it defaults to `$OUT_DIR/wbg-guard/<input dir name>`.
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Build {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }
    /// The `wbg-guard` binary to run (overrides `WBG_GUARD` and `PATH`).
    pub fn binary(mut self, path: impl AsRef<Path>) -> Build {
        self.binary = Some(path.as_ref().to_path_buf());
        self
    }
    /// `--platform`: `node`, `browser`, `workerd`, `deno` or `neutral`.
    pub fn platform(mut self, platform: &str) -> Build {
        self.explicit.platform = Some(platform.to_string());
        self
    }
    /// `--format`: `esm` or `cjs`.
    pub fn format(mut self, format: &str) -> Build {
        self.explicit.format = Some(format.to_string());
        self
    }
    /// `--on-abort`: `reinit` or `poison`.
    pub fn on_abort(mut self, policy: &str) -> Build {
        self.explicit.on_abort = Some(policy.to_string());
        self
    }
    /// `--reinit-limit`: `N/DURATION` (e.g. `10/60s`) or `0` for no limit.
    pub fn reinit_limit(mut self, limit: &str) -> Build {
        self.explicit.reinit_limit = Some(limit.to_string());
        self
    }
    /// `--js-errors-through-rust`: `abort` or `pass`.
    pub fn js_errors_through_rust(mut self, policy: &str) -> Build {
        self.explicit.js_errors_through_rust = Some(policy.to_string());
        self
    }
    /// `--entry`: the glue's entry file in the input directory.
    pub fn entry(mut self, file: impl AsRef<Path>) -> Build {
        self.explicit.entry = Some(file.as_ref().to_path_buf());
        self
    }
    /// `--inline-wasm`: embed the `.wasm` as base64.
    pub fn inline_wasm(mut self, on: bool) -> Build {
        self.explicit.inline_wasm = Some(on);
        self
    }
    /// `--minify`.
    pub fn minify(mut self, on: bool) -> Build {
        self.explicit.minify = Some(on);
        self
    }
    /// `--sourcemap`.
    pub fn sourcemap(mut self, on: bool) -> Build {
        self.explicit.sourcemap = Some(on);
        self
    }
    /// Whether to print `cargo:` lines (default: only inside a build script).
    pub fn cargo_metadata(mut self, on: bool) -> Build {
        self.cargo_metadata = Some(on);
        self
    }

    fn emits_cargo_lines(&self) -> bool {
        self.cargo_metadata.unwrap_or_else(in_build_script)
    }

    fn resolved_out_dir(&self) -> Result<PathBuf, Error> {
        if let Some(d) = &self.out_dir {
            return Ok(d.clone());
        }
        if in_build_script() {
            let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
            let name = self.input.file_name().map(OsStr::to_os_string).unwrap_or_else(|| "pkg".into());
            return Ok(out.join("wbg-guard").join(name));
        }
        Err(Error::new(ErrorKind::Config, Some(&self.input), "no output directory: call Build::out_dir (only build scripts get a default, under OUT_DIR)"))
    }

    /// The arguments passed to `wbg-guard` (after the binary name).
    pub fn args(&self) -> Result<Vec<OsString>, Error> {
        let out = self.resolved_out_dir()?;
        Ok(self.args_with_out(&out))
    }

    fn args_with_out(&self, out: &Path) -> Vec<OsString> {
        let s = self.explicit.over(&self.metadata);
        let mut a: Vec<OsString> = vec!["build".into(), self.input.clone().into(), "--out-dir".into(), out.into(), "--json".into()];
        let mut opt = |flag: &str, v: &Option<String>| {
            if let Some(v) = v {
                a.push(flag.into());
                a.push(v.into());
            }
        };
        opt("--platform", &s.platform);
        opt("--format", &s.format);
        opt("--on-abort", &s.on_abort);
        opt("--reinit-limit", &s.reinit_limit);
        opt("--js-errors-through-rust", &s.js_errors_through_rust);
        if let Some(e) = &s.entry {
            a.push("--entry".into());
            a.push(e.into());
        }
        for (flag, on) in [("--minify", s.minify), ("--sourcemap", s.sourcemap), ("--inline-wasm", s.inline_wasm)] {
            if on == Some(true) {
                a.push(flag.into());
            }
        }
        a
    }

    /// The `cargo:` lines printed before the tool runs, in a build script.
    fn rerun_lines(&self) -> Vec<String> {
        let mut lines = vec![format!("cargo:rerun-if-changed={}", self.input.display())];
        let mut files = Vec::new();
        list_files(&self.input, &mut files);
        files.sort();
        for f in files {
            lines.push(format!("cargo:rerun-if-changed={}", f.display()));
        }
        if let Some(m) = &self.metadata_file {
            lines.push(format!("cargo:rerun-if-changed={}", m.display()));
        }
        lines.push(format!("cargo:rerun-if-env-changed={}", ENV_BINARY));
        if self.binary.is_none() && non_empty_env(ENV_BINARY).is_none() {
            lines.push("cargo:rerun-if-env-changed=PATH".to_string());
        }
        lines
    }

    /// Runs `wbg-guard build`, returning its report.
    pub fn run(&self) -> Result<Report, Error> {
        let stdout = io::stdout();
        let mut lock = stdout.lock();
        self.run_to(&mut lock)
    }

    fn run_to(&self, cargo_out: &mut dyn Write) -> Result<Report, Error> {
        let cargo = self.emits_cargo_lines();
        if cargo {
            for l in self.rerun_lines() {
                let _ = writeln!(cargo_out, "{}", l);
            }
        }
        let bin = match &self.binary {
            Some(b) => b.clone(),
            None => find_binary().map_err(|mut e| {
                e.input = Some(self.input.clone());
                e
            })?,
        };
        let out = self.resolved_out_dir()?;
        let output = Command::new(&bin).args(self.args_with_out(&out)).output().map_err(|e| {
            let kind = if e.kind() == io::ErrorKind::NotFound { ErrorKind::NotFound } else { ErrorKind::Spawn };
            let mut msg = format!("cannot run {}: {}", bin.display(), e);
            if kind == ErrorKind::NotFound {
                msg.push_str("; ");
                msg.push_str(INSTALL_HINT);
            }
            Error::new(kind, Some(&self.input), msg)
        })?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let (warnings, notes) = split_stderr(&stderr);
        if cargo {
            for w in &warnings {
                let _ = writeln!(cargo_out, "{}", cargo_warning(w));
            }
        }
        let code = output.status.code();
        if code != Some(0) {
            let kind = match code {
                Some(1) => ErrorKind::Tool,
                Some(2) => ErrorKind::Usage,
                _ => ErrorKind::Crashed,
            };
            let line = error_line(&stderr);
            let message = match (&line, code) {
                (Some(l), _) => l.clone(),
                (None, Some(c)) => format!("{} exited with code {} and printed no error", bin.display(), c),
                (None, None) => format!("{} was killed by a signal", bin.display()),
            };
            return Err(Error {
                kind,
                input: Some(self.input.clone()),
                message,
                tool_message: line,
                exit_code: code,
                stderr,
            });
        }
        let text = String::from_utf8_lossy(&output.stdout);
        let mut report = parse_report(&text).map_err(|m| {
            let mut e = Error::new(ErrorKind::Report, Some(&self.input), format!("cannot read the --json report: {}", m));
            e.exit_code = code;
            e.stderr = stderr.clone();
            e
        })?;
        report.out_dir = out;
        report.warnings = warnings;
        report.notes = notes;
        Ok(report)
    }

    /// The build-script convenience (like `cc::Build::compile`): runs the
    /// build and on failure prints `cargo:warning=` lines and panics with the
    /// error. Use [`Build::run`] anywhere else.
    pub fn compile(&self) -> Report {
        match self.run() {
            Ok(r) => r,
            Err(e) => {
                for line in e.to_string().lines() {
                    println!("{}", cargo_warning(line));
                }
                panic!("{}", e);
            }
        }
    }
}

fn cargo_warning(msg: &str) -> String {
    // `cargo:warning=` takes one line.
    format!("cargo:warning=wbg-guard: {}", msg.replace(['\r', '\n'], " "))
}

fn list_files(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => list_files(&p, out),
                Ok(_) => out.push(p),
                Err(_) => {}
            }
        }
    }
}

const PREFIX: &str = "wbg-guard: ";
const WARN_PREFIX: &str = "wbg-guard: warning: ";

/// Splits the tool's stderr into warnings (prefix removed) and other lines.
fn split_stderr(stderr: &str) -> (Vec<String>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    for l in stderr.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        match l.strip_prefix(WARN_PREFIX) {
            Some(w) => warnings.push(w.to_string()),
            None => notes.push(l.to_string()),
        }
    }
    (warnings, notes)
}

/// The tool's error line: the last non-warning line of stderr, preferring
/// one that starts with `wbg-guard: `.
fn error_line(stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with(WARN_PREFIX)).collect();
    lines
        .iter()
        .rev()
        .find(|l| l.starts_with(PREFIX))
        .or_else(|| lines.last())
        .map(|l| l.to_string())
}

fn parse_metadata(text: &str) -> Result<Settings, (usize, String)> {
    use toml::TomlValue;
    let mut s = Settings::default();
    let table = match toml::read_table(text, &["package", "metadata", "wbg-guard"])? {
        Some(t) => t,
        None => return Ok(s),
    };
    for (key, value, line) in table {
        let want_str = |v: TomlValue| match v {
            TomlValue::String(x) => Ok(x),
            other => Err((line, format!("`{}` must be a string, found {}", key, other))),
        };
        match key.as_str() {
            "platform" => s.platform = Some(want_str(value)?),
            "format" => s.format = Some(want_str(value)?),
            "on-abort" => s.on_abort = Some(want_str(value)?),
            "reinit-limit" => s.reinit_limit = Some(want_str(value)?),
            "js-errors-through-rust" => s.js_errors_through_rust = Some(want_str(value)?),
            "entry" => s.entry = Some(PathBuf::from(want_str(value)?)),
            "minify" | "sourcemap" | "inline-wasm" => {
                let b = match value {
                    TomlValue::Bool(b) => b,
                    other => return Err((line, format!("`{}` must be true or false, found {}", key, other))),
                };
                match key.as_str() {
                    "minify" => s.minify = Some(b),
                    "sourcemap" => s.sourcemap = Some(b),
                    _ => s.inline_wasm = Some(b),
                }
            }
            _ => {
                return Err((
                    line,
                    format!(
                        "unknown key `{}` (known: platform, format, on-abort, reinit-limit, js-errors-through-rust, entry, minify, sourcemap, inline-wasm)",
                        key
                    ),
                ))
            }
        }
    }
    Ok(s)
}

/// Parses the `--json` report of `wbg-guard build`.
fn parse_report(text: &str) -> Result<Report, String> {
    let v = json::parse(text).map_err(|e| e.to_string())?;
    if !matches!(v, json::Value::Object(_)) {
        return Err("the report is not a JSON object".to_string());
    }
    let s = |k: &str| -> Result<String, String> {
        v.get(k).and_then(json::Value::as_str).map(str::to_string).ok_or_else(|| format!("field `{}` missing or not a string", k))
    };
    let n = |k: &str| -> Result<u64, String> {
        v.get(k).and_then(json::Value::as_u64).ok_or_else(|| format!("field `{}` missing or not a non-negative integer", k))
    };
    let schema = n("schema")?;
    if schema != 1 {
        return Err(format!("report schema {} is not supported (this crate reads schema 1; upgrade wbg-guard-build)", schema));
    }
    let files = v
        .get("files")
        .and_then(json::Value::as_array)
        .ok_or("field `files` missing or not an array")?
        .iter()
        .map(|f| {
            let name = f.get("name").and_then(json::Value::as_str).ok_or("a `files` entry has no string `name`")?;
            let bytes = f.get("bytes").and_then(json::Value::as_u64).ok_or("a `files` entry has no integer `bytes`")?;
            Ok(OutputFile { name: name.to_string(), bytes })
        })
        .collect::<Result<Vec<_>, &str>>()?;
    Ok(Report {
        schema,
        input: s("input")?,
        out_dir: PathBuf::from(s("out_dir")?),
        entry: s("entry")?,
        target: s("target")?,
        era: s("era")?,
        platform: s("platform")?,
        format: s("format")?,
        functions: n("functions")?,
        classes: n("classes")?,
        files,
        bytes: n("bytes")?,
        ms: n("ms")?,
        warnings: Vec::new(),
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests;
