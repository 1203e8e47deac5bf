//! A minimal TOML reader for one table: `[package.metadata.wbg-guard]`, whose
//! keys are strings or booleans. Everything outside that table is skipped
//! line by line (multi-line strings and arrays outside it are stepped over so
//! that a `[` inside them is not taken for a table header).

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TomlValue {
    String(String),
    Bool(bool),
}

impl fmt::Display for TomlValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TomlValue::String(s) => write!(f, "{:?}", s),
            TomlValue::Bool(b) => write!(f, "{}", b),
        }
    }
}

/// Reads the keys of table `want` (dotted path, e.g. `package.metadata.wbg-guard`).
/// Returns `Ok(None)` when the table is absent. Errors carry a 1-based line number.
/// Key, value, 1-based line number.
pub(crate) type Entry = (String, TomlValue, usize);

pub(crate) fn read_table(text: &str, want: &[&str]) -> Result<Option<Vec<Entry>>, (usize, String)> {
    let mut in_table = false;
    let mut found = false;
    let mut out = Vec::new();
    let mut skip_until: Option<&'static str> = None; // closing delimiter of a multi-line value outside the table
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx + 1;
        if let Some(end) = skip_until {
            if raw.contains(end) {
                skip_until = None;
            }
            continue;
        }
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            let (array_table, inner) = match line.strip_prefix("[[") {
                Some(rest) => (true, rest),
                None => (false, line.strip_prefix('[').unwrap_or(line)),
            };
            let close = if array_table { "]]" } else { "]" };
            let end = find_unquoted(inner, close).ok_or((lineno, "unterminated table header".to_string()))?;
            let rest = inner[end + close.len()..].trim();
            if !(rest.is_empty() || rest.starts_with('#')) {
                return Err((lineno, "unexpected text after table header".to_string()));
            }
            let path = parse_key_path(inner[..end].trim()).map_err(|e| (lineno, e))?;
            in_table = !array_table && path.iter().map(String::as_str).eq(want.iter().copied());
            if in_table {
                if found {
                    return Err((lineno, format!("table [{}] defined twice", want.join("."))));
                }
                found = true;
            }
            continue;
        }
        if !in_table {
            // Skip values that may span lines, so their contents are not read as headers.
            if let Some(eq) = find_unquoted(line, "=") {
                let v = line[eq + 1..].trim_start();
                for delim in ["\"\"\"", "'''"] {
                    if let Some(rest) = v.strip_prefix(delim) {
                        if !rest.contains(delim) {
                            skip_until = Some(delim);
                        }
                    }
                }
                if v.starts_with('[') && !line_balanced(v) {
                    skip_until = Some("]");
                }
            }
            continue;
        }
        let eq = find_unquoted(line, "=").ok_or((lineno, "expected `key = value`".to_string()))?;
        let key = parse_key_path(line[..eq].trim()).map_err(|e| (lineno, e))?;
        if key.len() != 1 {
            return Err((lineno, format!("dotted key `{}` is not supported here", key.join("."))));
        }
        let (value, rest) = parse_value(line[eq + 1..].trim()).map_err(|e| (lineno, e))?;
        let rest = rest.trim();
        if !(rest.is_empty() || rest.starts_with('#')) {
            return Err((lineno, "unexpected text after value".to_string()));
        }
        let key = key.into_iter().next().unwrap();
        if out.iter().any(|(k, _, _)| *k == key) {
            return Err((lineno, format!("key `{}` defined twice", key)));
        }
        out.push((key, value, lineno));
    }
    Ok(if found { Some(out) } else { None })
}

fn line_balanced(v: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in v.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => break,
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            _ => {}
        }
    }
    depth <= 0
}

/// Byte offset of `pat` outside quotes (escape-aware for basic strings).
fn find_unquoted(s: &str, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match quote {
            Some(b'"') if b[i] == b'\\' => i += 1,
            Some(q) if b[i] == q => quote = None,
            Some(_) => {}
            None if b[i] == b'"' || b[i] == b'\'' => quote = Some(b[i]),
            None if s[i..].starts_with(pat) => return Some(i),
            None => {}
        }
        i += 1;
    }
    None
}

fn parse_key_path(s: &str) -> Result<Vec<String>, String> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start();
        let part;
        if rest.starts_with('"') || rest.starts_with('\'') {
            let (v, r) = parse_value(rest)?;
            match v {
                TomlValue::String(v) => part = v,
                TomlValue::Bool(_) => unreachable!(),
            }
            rest = r;
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            if end == 0 {
                return Err(format!("bad key `{}`", s));
            }
            part = rest[..end].to_string();
            rest = &rest[end..];
        }
        parts.push(part);
        rest = rest.trim_start();
        if rest.is_empty() {
            return Ok(parts);
        }
        rest = rest.strip_prefix('.').ok_or_else(|| format!("bad key `{}`", s))?;
    }
}

/// Parses a string (basic or literal, single-line) or a boolean at the start of `s`.
fn parse_value(s: &str) -> Result<(TomlValue, &str), String> {
    if let Some(r) = s.strip_prefix("true") {
        return Ok((TomlValue::Bool(true), r));
    }
    if let Some(r) = s.strip_prefix("false") {
        return Ok((TomlValue::Bool(false), r));
    }
    if s.starts_with("\"\"\"") || s.starts_with("'''") {
        return Err("multi-line strings are not supported here".to_string());
    }
    if let Some(r) = s.strip_prefix('\'') {
        let end = r.find('\'').ok_or("unterminated string")?;
        return Ok((TomlValue::String(r[..end].to_string()), &r[end + 1..]));
    }
    if let Some(r) = s.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = r.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Ok((TomlValue::String(out), &r[i + 1..])),
                '\\' => {
                    let (_, e) = chars.next().ok_or("unterminated string")?;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'u' | 'U' => {
                            let n = if e == 'u' { 4 } else { 8 };
                            let mut hex = String::new();
                            for _ in 0..n {
                                hex.push(chars.next().ok_or("truncated unicode escape")?.1);
                            }
                            let cp = u32::from_str_radix(&hex, 16).map_err(|_| "bad unicode escape")?;
                            out.push(char::from_u32(cp).ok_or("bad unicode escape")?);
                        }
                        _ => return Err(format!("unknown escape `\\{}`", e)),
                    }
                }
                c => out.push(c),
            }
        }
        return Err("unterminated string".to_string());
    }
    Err(format!("expected a string or true/false, found `{}`", s))
}

#[cfg(test)]
mod tests {
    use super::*;
    const WANT: &[&str] = &["package", "metadata", "wbg-guard"];

    #[test]
    fn reads_the_table() {
        let t = r#"
[package]
name = "x" # comment
description = """
[package.metadata.wbg-guard]
not = "a header"
"""
authors = [
  "[x]",
]

[package.metadata.wbg-guard] # the table
platform = "node"
'on-abort' = 'poison'
"reinit-limit" = "5/10s"  # trailing comment
minify = true
entry = "a\"b#c.js"

[dependencies]
platform = "ignored"
"#;
        let got = read_table(t, WANT).unwrap().unwrap();
        let kv: Vec<(String, TomlValue)> = got.into_iter().map(|(k, v, _)| (k, v)).collect();
        assert_eq!(
            kv,
            vec![
                ("platform".into(), TomlValue::String("node".into())),
                ("on-abort".into(), TomlValue::String("poison".into())),
                ("reinit-limit".into(), TomlValue::String("5/10s".into())),
                ("minify".into(), TomlValue::Bool(true)),
                ("entry".into(), TomlValue::String("a\"b#c.js".into())),
            ]
        );
    }

    #[test]
    fn quoted_header_and_absent_table() {
        let t = "[package . metadata . \"wbg-guard\"]\nsourcemap = false\n";
        assert_eq!(read_table(t, WANT).unwrap().unwrap()[0].1, TomlValue::Bool(false));
        assert_eq!(read_table("[package]\nname = \"x\"\n", WANT).unwrap(), None);
        assert_eq!(read_table("[package.metadata.wbg-guard.sub]\na = 1\n", WANT).unwrap(), None);
    }

    #[test]
    fn errors_have_line_numbers() {
        let e = read_table("[package.metadata.wbg-guard]\nminify = 1\n", WANT).unwrap_err();
        assert_eq!(e.0, 2);
        assert!(e.1.contains("expected a string or true/false"), "{}", e.1);
        let e = read_table("[package.metadata.wbg-guard]\na = \"x\"\na = \"y\"\n", WANT).unwrap_err();
        assert_eq!(e, (3, "key `a` defined twice".to_string()));
        let e = read_table("[package.metadata.wbg-guard]\na.b = \"x\"\n", WANT).unwrap_err();
        assert_eq!(e.0, 2);
        let e = read_table("[package.metadata.wbg-guard]\na = \"x\" y\n", WANT).unwrap_err();
        assert_eq!(e.1, "unexpected text after value");
        let e = read_table("[package.metadata.wbg-guard]\na = \"x\n", WANT).unwrap_err();
        assert_eq!(e.1, "unterminated string");
    }

    #[test]
    fn string_escapes() {
        let t = "[package.metadata.wbg-guard]\na = \"\\u00e9\\t\\\\\"\n";
        assert_eq!(read_table(t, WANT).unwrap().unwrap()[0].1, TomlValue::String("é\t\\".into()));
    }
}
