// Second corpus harness: for every workload in workloads/, guard each
// directory of wasm-bindgen output the package ships, put the guard's output
// in place of that directory inside a full copy of the installed package, and
// run the workload against the original and the guarded copy in separate Node
// processes; the JSON summaries must be identical.
//
//   npm ci --prefix testdata/corpus
//   WBG_GUARD_BIN=/tmp/wbg-guard-base node testdata/corpus/run.mjs \
//       [--bin PATH] [--node PATH | --deno PATH | --bun PATH] [--results /tmp/corpus-results.json] \
//       [--only name,name] [--timeout 180] [--keep]
//
// Each directory is built as shipped (no flags); bundler-target directories
// also with --platform node; a workload may add flag variants
// (`flagVariants`) and, for directories refused as shipped, one glue
// isolated from its neighbours (`isolated`). One line per build:
// EQUIVALENT, DIFFERENT (first difference, count, tags), REFUSED (the tool's
// error line; says when the original fails too), BROKEN (the guarded copy
// fails to load or run: the error) or ORIGINAL-FAILS (the workload fails on
// the original), then the as-shipped and overall `N/M equivalent` lines.
// --node picks the Node binary (default: the one running this script);
// --deno PATH runs the workloads (original and guarded) in Deno instead
// (`deno run -A`, Node's compatibility layer), --bun PATH in Bun; the
// harness itself runs in Node.
// Exit code 0 whatever the results (it is a survey); 2 on usage errors.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NM = path.join(HERE, 'node_modules');

// A runtime named by a path is resolved here: the workloads run with the
// package copy as their working directory.
function binPath(p) {
  return p.includes('/') ? path.resolve(p) : p;
}

function parseArgs(argv) {
  const o = {
    bin: process.env.WBG_GUARD_BIN || '',
    node: process.env.CORPUS_NODE || process.execPath,
    deno: '',
    bun: '',
    results: path.join(os.tmpdir(), 'wbg-guard-corpus-results.json'),
    only: null,
    timeout: 180,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--bin') o.bin = v();
    else if (a === '--node') o.node = v();
    else if (a === '--deno') o.deno = binPath(v());
    else if (a === '--bun') o.bun = binPath(v());
    else if (a === '--results') o.results = v();
    else if (a === '--only') o.only = v().split(',');
    else if (a === '--timeout') o.timeout = Number(v());
    else if (a === '--keep') o.keep = true;
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!o.bin) {
    console.error('set WBG_GUARD_BIN or pass --bin PATH (the wbg-guard binary to test)');
    process.exit(2);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));

function firstLine(s) {
  return String(s || '').split('\n').map((l) => l.trim()).filter(Boolean)[0] || '';
}

// The error lines of a child's stderr worth reporting: the last line that
// names an error, else the first line.
function errorLine(s) {
  const lines = String(s || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const marker = lines.find((l) => /^(WORKLOAD-ERROR|Uncaught|[A-Za-z]*Error\b|wbg-guard:)/.test(l));
  return marker || lines[0] || '';
}

// Copy the installed package to WORK/node_modules/<pkg>, with every other
// entry of the corpus node_modules symlinked beside it, so the copy resolves
// its dependencies as the original does.
function makeCopy(work, pkg) {
  const nm = path.join(work, 'node_modules');
  fs.mkdirSync(nm, { recursive: true });
  for (const e of fs.readdirSync(NM)) {
    if (e.startsWith('.')) continue;
    if (e.startsWith('@')) {
      fs.mkdirSync(path.join(nm, e), { recursive: true });
      for (const s of fs.readdirSync(path.join(NM, e))) {
        if (`${e}/${s}` === pkg) continue;
        fs.symlinkSync(path.join(NM, e, s), path.join(nm, e, s));
      }
    } else if (e !== pkg) {
      fs.symlinkSync(path.join(NM, e), path.join(nm, e));
    }
  }
  const dst = path.join(nm, pkg);
  fs.cpSync(path.join(NM, pkg), dst, { recursive: true, dereference: true });
  return dst;
}

function inspect(dir) {
  const r = spawnSync(opts.bin, ['inspect', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) return null;
  try {
    return JSON.parse(r.stdout);
  } catch {
    return null;
  }
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else out.push(path.relative(base, p));
  }
  return out.sort();
}

// Replace the glue files of COPYDIR with the guard's output in OUT: every
// emitted file is written over the copy; the glue files the input had
// (entry, _bg.js, .wasm, .d.ts, snippets) that the guard did not emit are
// removed, so a wrapper that still imports them fails as it would for a user
// who swapped the directory. Other files of the directory (wrappers, other
// crates' glue, READMEs) stay. Returns what was done.
function install(copyDir, out, info) {
  const emitted = listFiles(out);
  const g = (info && info.glue && info.glue.files) || {};
  const glue = [g.entry, g.bg_js, g.wasm, g.dts, g.wasm_dts, ...(g.snippets || [])].filter(Boolean);
  const removed = [];
  for (const f of glue) {
    if (!emitted.includes(f) && fs.existsSync(path.join(copyDir, f))) {
      fs.rmSync(path.join(copyDir, f));
      removed.push(f);
    }
  }
  if ((g.snippets || []).length && fs.existsSync(path.join(copyDir, 'snippets')) && !emitted.some((f) => f.startsWith('snippets/'))) {
    fs.rmSync(path.join(copyDir, 'snippets'), { recursive: true, force: true });
  }
  for (const f of emitted) {
    fs.mkdirSync(path.dirname(path.join(copyDir, f)), { recursive: true });
    fs.copyFileSync(path.join(out, f), path.join(copyDir, f));
  }
  return { emitted, removed };
}

function runWorkload(workloadFile, root, dir) {
  const worker = [path.join(HERE, 'worker.mjs'), workloadFile, root, dir];
  const [cmd, args] = opts.deno
    ? [opts.deno, ['run', '-A', '--quiet', ...worker]]
    : opts.bun
      ? [opts.bun, worker]
      : [opts.node, ['--experimental-wasm-modules', '--no-warnings', ...worker]];
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: opts.timeout * 1000, maxBuffer: 256 << 20, cwd: root });
  const line = (r.stdout || '').split('\n').find((l) => l.startsWith('RESULT '));
  if (r.error && r.error.code === 'ETIMEDOUT') return { ok: false, error: `timed out after ${opts.timeout}s`, stderr: r.stderr };
  if (!line) return { ok: false, error: errorLine(r.stderr) || `exit ${r.status} signal ${r.signal}`, stderr: r.stderr, status: r.status };
  return { ok: true, value: JSON.parse(line.slice(7)), stderr: r.stderr };
}

// Every difference (leaf paths), in key order; the first is reported.
// JavaScriptCore ends a trap's message with the source text of the JS call
// that entered the trapping function ("unreachable (evaluating
// 'wasm.f(ptr0, len0)')"): the glue's own call in the original, the guard's
// in the guarded copy. That text is the engine's quotation of the caller,
// not something the package says, and is left out of the comparison.
const JSC_QUOTE = / \(evaluating '[\s\S]*'\)$/;

function differences(a, b, p = '$', out = []) {
  if (a === b) return out;
  if (typeof a === 'string' && typeof b === 'string' && p.endsWith('.message') && a.replace(JSC_QUOTE, '') === b.replace(JSC_QUOTE, '')) {
    return out;
  }
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    out.push({ path: p, original: a, guarded: b });
    return out;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const q = Array.isArray(a) ? `${p}[${k}]` : `${p}.${k}`;
    if (!(k in a)) out.push({ path: q, original: '<absent>', guarded: b[k] });
    else if (!(k in b)) out.push({ path: q, original: a[k], guarded: '<absent>' });
    else differences(a[k], b[k], q, out);
  }
  return out;
}

// The original's value with every afterAbort record (workloads/_util.mjs)
// that the original failed and the guarded copy answered as a working
// instance does replaced by the guarded copy's, each path listed in
// `recovered`: the guard's contract (a fresh instance after an abort), not a
// change. Any other difference in such a record stays.
function withRecoveries(a, b, p, recovered) {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return a;
  if (a.afterAbort === true && b.afterAbort === true) {
    const answered = 'ok' in b && !('error' in b) && differences(b.ok, b.expected).length === 0;
    if ('error' in a && !('ok' in a) && answered && differences(a.expected, b.expected).length === 0) {
      recovered.push(p);
      return b;
    }
    return a;
  }
  const out = Array.isArray(a) ? [...a] : { ...a };
  for (const k of Object.keys(out)) {
    if (k in b) out[k] = withRecoveries(a[k], b[k], Array.isArray(a) ? `${p}[${k}]` : `${p}.${k}`, recovered);
  }
  return out;
}

// A coarse tag per difference, to group results: a trap that became an
// AbortError (the guard's contract), a deliberate throw from Rust
// (throw_str / throw_val / unwrap_throw / a rethrown JS error) that became an
// AbortError, or anything else.
function classify(all, orig, guarded) {
  const tags = new Set();
  for (const d of all) {
    const m = /^(.*)\.error\.(name|thrown|value|message)$/.exec(d.path);
    if (!m) { tags.add('other'); continue; }
    const get = (v, p) => p.split(/\.|\[|\]/).filter(Boolean).slice(1).reduce((o, k) => (o == null ? o : o[k]), v);
    const o = get(orig, `${m[1]}.error`);
    const g = get(guarded, `${m[1]}.error`);
    if (g && g.name === 'AbortError' && o && o.name === 'RuntimeError') tags.add('trap->AbortError');
    else if (g && g.name === 'AbortError') tags.add('deliberate-throw->AbortError');
    else tags.add('other');
  }
  return [...tags];
}

function short(v) {
  const s = JSON.stringify(v);
  return s && s.length > 300 ? `${s.slice(0, 300)}...` : s;
}

const started = Date.now();
const workloads = fs
  .readdirSync(path.join(HERE, 'workloads'))
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .sort()
  .filter((f) => !opts.only || opts.only.includes(f.replace(/\.mjs$/, '')));

const results = [];
const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wbg-corpus-'));
const log = (s) => process.stdout.write(`${s}\n`);
log(`wbg-guard: ${opts.bin} (${firstLine(spawnSync(opts.bin, ['version'], { encoding: 'utf8' }).stdout)})`);
if (opts.deno) log(`deno: ${opts.deno} (${spawnSync(opts.deno, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]})`);
else if (opts.bun) log(`bun: ${opts.bun} (${spawnSync(opts.bun, ['--version'], { encoding: 'utf8' }).stdout.trim()})`);
else log(`node: ${opts.node} (${spawnSync(opts.node, ['--version'], { encoding: 'utf8' }).stdout.trim()})`);

for (const wf of workloads) {
  const name = wf.replace(/\.mjs$/, '');
  const wpath = path.join(HERE, 'workloads', wf);
  const W = await import(pathToFileURL(wpath).href);
  const pkg = W.pkg;
  const origRoot = path.join(NM, pkg);
  for (const dir of W.dirs) {
  const info = inspect(path.join(origRoot, dir));
  // Guard each directory as shipped (no flags); a bundler-target directory
  // is also built with --platform node, the README's way to run it in Node.
  const flagSets = [[]];
  if (info && info.glue && info.glue.target === 'bundler') flagSets.push(['--platform', 'node']);
  // A workload may ask for more builds of every directory (`flagVariants`,
  // e.g. [['--js-errors-through-rust', 'pass']]).
  for (const f of W.flagVariants || []) flagSets.push(f);
  const variants = flagSets.map((flags) => ({ flags }));
  // A workload may also name, for a directory the tool refuses as shipped,
  // the files of one wasm-bindgen output inside it (`isolated`): those alone
  // are copied to a fresh directory and guarded, and the output is put back
  // in place of them, to tell layout refusals from glue problems.
  for (const iso of W.isolated || []) if (iso.dir === dir) variants.push({ flags: iso.flags || [], files: iso.files });
  for (const { flags, files } of variants) {
    const rec = { name, pkg, version: JSON.parse(fs.readFileSync(path.join(origRoot, 'package.json'), 'utf8')).version, dir, flags };
    if (files) rec.isolated = files;
    const label = `${name} ${pkg}/${dir}${flags.length ? ` [${flags.join(' ')}]` : ''}${files ? ` [isolated: ${files.join(' ')}]` : ''}`;
    const work = path.join(workRoot, `${name}-${dir.replace(/[^A-Za-z0-9]+/g, '_') || 'root'}${flags.length ? '-' + flags.join('').replace(/[^a-z]/g, '') : ''}${files ? '-iso' + results.length : ''}`);
    let input = path.join(origRoot, dir);
    let vinfo = info;
    if (files) {
      input = path.join(work, 'isolated-input');
      fs.mkdirSync(input, { recursive: true });
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(input, f)), { recursive: true });
        fs.cpSync(path.join(origRoot, dir, f), path.join(input, f), { recursive: true });
      }
      vinfo = inspect(input);
      if (vinfo && vinfo.glue) {
        rec.target = vinfo.glue.target;
        rec.era = vinfo.glue.era;
        rec.wasm_bindgen = vinfo.wasm_bindgen_version;
      }
    }
    if (info) {
      rec.target = info.glue && info.glue.target;
      rec.era = info.glue && info.glue.era;
      rec.wasm_bindgen = info.wasm_bindgen_version;
    }
    const out = path.join(work, 'guard-out');
    const tb = Date.now();
    const b = spawnSync(opts.bin, ['build', input, '--out-dir', out, ...flags], { encoding: 'utf8', timeout: 300000 });
    rec.build_ms = Date.now() - tb;
    if (b.status !== 0) {
      rec.status = 'REFUSED';
      rec.error = firstLine(b.stderr) || `exit ${b.status}`;
      const o = runWorkload(wpath, origRoot, dir);
      if (!o.ok) rec.original_error = o.error;
      log(`REFUSED ${label}: ${rec.error}${o.ok ? '' : ` [the original fails too: ${o.error}]`}`);
      results.push(rec);
      continue;
    }
    const t0 = Date.now();
    const orig = runWorkload(wpath, origRoot, dir);
    const tOrig = Date.now() - t0;
    if (!orig.ok) {
      rec.status = 'ORIGINAL-FAILS';
      rec.error = orig.error;
      log(`ORIGINAL-FAILS ${label}: ${orig.error}`);
      results.push(rec);
      continue;
    }
    const copy = makeCopy(work, pkg);
    const inst = install(path.join(copy, dir), out, vinfo);
    rec.emitted = inst.emitted;
    rec.removed = inst.removed;
    const tg = Date.now();
    const g = runWorkload(wpath, copy, dir);
    rec.run_ms = { original: tOrig, guarded: Date.now() - tg };
    if (!g.ok) {
      rec.status = 'BROKEN';
      rec.error = g.error;
      rec.stderr = (g.stderr || '').slice(0, 4000);
      log(`BROKEN ${label}: ${g.error}${inst.removed.length ? ` (removed: ${inst.removed.join(', ')})` : ''}`);
    } else {
      const recovered = [];
      const found = differences(withRecoveries(orig.value, g.value, '$', recovered), g.value);
      // A trap the original threw as it is reaches the guarded caller as an
      // AbortError with that error as its cause: the contract, not a change.
      const aborts = found.filter((x) => /\.error\.guard$/.test(x.path) && x.original === '<absent>');
      const all = found.filter((x) => !aborts.includes(x));
      const d = all[0];
      if (aborts.length) rec.aborts_as_contracted = aborts.map((x) => `${x.path}: ${x.guarded}`);
      if (recovered.length) rec.recovered_where_the_original_stayed_broken = recovered;
      if (!d) {
        rec.status = 'EQUIVALENT';
        const notes = [];
        if (aborts.length) notes.push(`${aborts.length} trap(s) as AbortError with the original as cause`);
        if (recovered.length) notes.push(`${recovered.length} call(s) after an abort answered where the original's instance stayed broken`);
        log(`EQUIVALENT ${label}${notes.length ? ` (${notes.join('; ')})` : ''}`);
      } else {
        rec.status = 'DIFFERENT';
        rec.difference = d;
        rec.differences = all.slice(0, 50);
        rec.difference_count = all.length;
        rec.tags = classify(all, orig.value, g.value);
        log(`DIFFERENT ${label}: at ${d.path}: original ${short(d.original)} guarded ${short(d.guarded)}${all.length > 1 ? ` (+${all.length - 1} more)` : ''} {${rec.tags.join(', ')}}`);
      }


    }
    results.push(rec);
    if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
  }
  }
}

const eq = results.filter((r) => r.status === 'EQUIVALENT').length;
const total = results.length;
const secs = ((Date.now() - started) / 1000).toFixed(1);
const shipped = results.filter((r) => r.flags.length === 0 && !r.isolated);
const shippedEq = shipped.filter((r) => r.status === 'EQUIVALENT').length;
const count = (st) => results.filter((r) => r.status === st).length;
log(`as shipped (no flags, not isolated): ${shippedEq}/${shipped.length} equivalent`);
log(`all builds: EQUIVALENT ${eq}, DIFFERENT ${count('DIFFERENT')}, REFUSED ${count('REFUSED')}, BROKEN ${count('BROKEN')}, ORIGINAL-FAILS ${count('ORIGINAL-FAILS')}`);
log(`${eq}/${total} equivalent (${secs}s)`);
fs.writeFileSync(
  opts.results,
  JSON.stringify({ bin: opts.bin, node: opts.deno || opts.bun ? undefined : opts.node, deno: opts.deno || undefined, bun: opts.bun || undefined, seconds: Number(secs), equivalent: eq, total, as_shipped: { equivalent: shippedEq, total: shipped.length }, results }, null, 2),
);
log(`results: ${opts.results}`);
if (!opts.keep) fs.rmSync(workRoot, { recursive: true, force: true });
else log(`work dir kept: ${workRoot}`);
