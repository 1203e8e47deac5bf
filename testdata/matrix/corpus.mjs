// Corpus harness: runs a realistic workload of each real package's own API
// against the original wasm-bindgen output and the guarded build of the same
// target, and requires identical results (ARCHITECTURE.md §3, point 1: equivalence).
//
//   node --experimental-wasm-modules corpus.mjs CORPUS.json   (Node 20: the
//       flag lets the *original* bundler targets import their .wasm)
//   deno run -A corpus.mjs CORPUS.json                          (deno targets)
//
// CORPUS.json (written by matrix/matrix_test.go): [{ pkg, target, workload,
// original: { file, init, wasm }, guarded: { file, init, wasm } }].
// Prints `CORPUS {json}` per package target: status 'pass', or 'fail' with
// the path and values of the first difference.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const runtime = typeof Deno !== 'undefined' ? 'deno' : typeof Bun !== 'undefined' ? 'bun' : 'node';

async function load(s) {
  const P = s.init === 'require' ? require(s.file) : await import(pathToFileURL(s.file).href);
  if (s.init === 'initSync') P.initSync({ module: readFileSync(s.wasm) });
  if (s.init === 'initSyncBytes') P.initSync(readFileSync(s.wasm));
  if (s.init === 'init') await P.default(readFileSync(s.wasm));
  return P;
}

// Deterministic pseudo-random bytes (an LCG), so inputs are the same everywhere.
function bytes(n, seed) {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
const arr = (u8) => Array.from(u8);
const enc = new TextEncoder();

// Every workload returns plain data (JSON-comparable). Errors thrown by the
// package (Result::Err) are part of the result, as { error: message }.
function attempt(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

const WORKLOADS = {
  brotli(P) {
    const inputs = [
      new Uint8Array(0),
      enc.encode('hello brotli'),
      enc.encode('the quick brown fox jumps over the lazy dog. '.repeat(300)),
      bytes(20000, 7),
      enc.encode(JSON.stringify({ a: [1, 2, 3], b: 'x'.repeat(5000), c: { d: null } })),
    ];
    const out = [];
    for (const [i, input] of inputs.entries()) {
      for (const quality of [1, 5, 11]) {
        const c = P.compress(input, { quality });
        const d = P.decompress(c);
        out.push({ i, quality, compressed: arr(c), roundtrip: d.length === input.length && d.every((v, j) => v === input[j]) });
      }
    }
    // The streaming API, in chunks.
    const input = inputs[2];
    const cs = new P.CompressStream(9);
    const chunks = [];
    for (let off = 0; off < input.length; off += 1000) {
      const r = cs.compress(input.subarray(off, off + 1000), 4096);
      chunks.push({ code: r.code, offset: r.input_offset, buf: arr(r.buf) });
    }
    let r;
    do {
      r = cs.compress(undefined, 4096);
      chunks.push({ code: r.code, buf: arr(r.buf) });
    } while (r.code === P.BrotliStreamResultCode.NeedsMoreOutput);
    out.push({ stream: chunks, total: cs.total_out() });
    const ds = new P.DecompressStream();
    const all = chunks.flatMap((c) => c.buf);
    const dr = ds.decompress(new Uint8Array(all), 100000);
    out.push({ dstream: dr.code, len: dr.buf.length, total: ds.total_out() });
    out.push({ err: attempt(() => P.decompress(new Uint8Array([9, 9, 9, 9]))) });
    out.push({ enum: P.BrotliStreamResultCode });
    return out;
  },

  photon(P) {
    const w = 16, h = 12;
    const make = () => {
      const px = new Uint8Array(w * h * 4);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const o = (y * w + x) * 4;
        px[o] = x * 16; px[o + 1] = y * 20; px[o + 2] = (x * y) & 255; px[o + 3] = 255;
      }
      return new P.PhotonImage(px, w, h);
    };
    const out = {};
    const steps = {
      invert: (img) => P.invert(img),
      grayscale: (img) => P.grayscale(img),
      gaussian_blur: (img) => P.gaussian_blur(img, 2),
      sharpen: (img) => P.sharpen(img),
      oceanic: (img) => P.filter(img, 'oceanic'),
      alter_red: (img) => P.alter_red_channel(img, 40),
      solarize: (img) => P.solarize(img),
      edge_detection: (img) => P.edge_detection(img),
    };
    for (const [name, f] of Object.entries(steps)) {
      const img = make();
      f(img);
      out[name] = arr(img.get_raw_pixels());
      img.free();
    }
    const img = make();
    const small = P.resize(img, 8, 6, 1);
    out.resize = [small.get_width(), small.get_height(), arr(small.get_raw_pixels())];
    const cropped = P.crop(img, 2, 2, 10, 8);
    out.crop = [cropped.get_width(), cropped.get_height(), arr(cropped.get_raw_pixels())];
    return out;
  },

  automerge(P) {
    const a = P.create({ actor: 'aaaa' });
    a.put('/', 'title', 'shopping');
    const list = a.putObject('/', 'items', []);
    a.insert(list, 0, 'milk');
    a.insert(list, 1, 'eggs');
    const text = a.putObject('/', 'notes', '');
    a.splice(text, 0, 0, 'buy early');
    a.put('/', 'count', 1, 'counter');
    a.commit('a1', 0);
    const b = P.load(a.save(), { actor: 'bbbb' });
    a.increment('/', 'count', 2);
    a.insert(list, 2, 'bread');
    a.splice(text, 0, 0, 'please ');
    a.commit('a2', 0);
    b.increment('/', 'count', 5);
    b.delete(list, 0);
    b.put('/', 'title', 'groceries');
    b.splice(b.get('/', 'notes'), 9, 0, ' today');
    b.commit('b1', 0);
    a.merge(b);
    b.merge(a);
    const saved = a.save();
    return {
      a: a.materialize('/'),
      b: b.materialize('/'),
      text: a.text(text),
      heads: a.getHeads().length,
      savedLength: saved.length,
      reloaded: P.load(saved).materialize('/'),
      changes: a.getChanges([]).length,
      conflicts: a.getAll('/', 'title').length,
    };
  },

  oxc(P, ctx) {
    const src = ctx.source;
    const r = P.parseSync(src, { sourceFilename: 'input.js', sourceType: 'module' });
    const t = P.parseSync('const x: number = <T,>(a: T) => a;', { sourceFilename: 'a.ts' });
    const bad = P.parseSync('let = ;', { sourceFilename: 'bad.js' });
    return { programJson: r.programJson, comments: r.comments, errors: r.errors, ts: t.programJson, bad: bad.errors };
  },

  biome(P) {
    const ws = new P.Workspace();
    const { projectKey } = ws.openProject({ path: '/', openUninitialized: true });
    ws.updateSettings({
      projectKey,
      configuration: { formatter: { indentStyle: 'space', indentWidth: 2 }, linter: { enabled: true, rules: { recommended: true } } },
    });
    const content = 'let  x=1;;\nif (x == 2) { debugger }\nfunction f( a,b ){return a+b}\nconst y = [1,2,3].map(v=>v*2)\n';
    ws.openFile({ projectKey, path: '/a.js', content: { type: 'fromClient', content, version: 0 } });
    const formatted = ws.formatFile({ projectKey, path: '/a.js' });
    const diags = ws.pullDiagnostics({ projectKey, path: '/a.js', categories: ['syntax', 'lint'], pullCodeActions: false });
    ws.openFile({ projectKey, path: '/b.json', content: { type: 'fromClient', content: '{"a":1,\n"b":[1,2]}', version: 0 } });
    const json = ws.formatFile({ projectKey, path: '/b.json' });
    return {
      code: formatted.code,
      json: json.code,
      diagnostics: diags.diagnostics.map((d) => [d.category, d.severity, d.location && d.location.span]),
      errors: diags.errors,
      exists: ws.fileExists({ filePath: '/a.js' }),
    };
  },
};

// The first difference between two JSON-like values, or null.
function diff(a, b, at = '$') {
  if (typeof a !== typeof b) return { at, original: a, guarded: b };
  if (a === null || b === null || typeof a !== 'object') return Object.is(a, b) ? null : { at, original: a, guarded: b };
  if (Array.isArray(a) !== Array.isArray(b)) return { at, original: 'array?' + Array.isArray(a), guarded: 'array?' + Array.isArray(b) };
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = diff(a[k], b[k], at + (Array.isArray(a) ? '[' + k + ']' : '.' + k));
    if (d) return d;
  }
  return null;
}

function normalise(v) {
  return JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Array.from(x) : typeof x === 'bigint' ? 'bigint:' + x : x)));
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ctx = { source: readFileSync(new URL('./lib/cells.js', import.meta.url), 'utf8') };
let failed = 0;
for (const c of cases) {
  const t0 = Date.now();
  let res;
  try {
    const O = await load(c.original);
    const G = await load(c.guarded);
    const o = normalise(WORKLOADS[c.workload](O, ctx));
    const g = normalise(WORKLOADS[c.workload](G, ctx));
    const d = diff(o, g);
    const size = JSON.stringify(o).length;
    const guarded = G.wbgGuard && G.wbgGuard.stats();
    if (!guarded) res = { status: 'fail', detail: 'the guarded build has no wbgGuard export' };
    else if (d) res = { status: 'fail', detail: 'first difference at ' + d.at + ': original ' + JSON.stringify(d.original)?.slice(0, 120) + ', guarded ' + JSON.stringify(d.guarded)?.slice(0, 120) };
    else if (guarded.aborts !== 0 || guarded.generation !== 1) res = { status: 'fail', detail: 'the guard saw a failure: ' + JSON.stringify(guarded) };
    else res = { status: 'pass', detail: 'identical (' + size + ' bytes of results)' };
  } catch (e) {
    res = { status: 'fail', detail: 'harness error: ' + (e && e.stack ? String(e.stack).split('\n').slice(0, 3).join(' | ') : String(e)) };
  }
  if (res.status !== 'pass') failed++;
  console.log('CORPUS ' + JSON.stringify({ runtime, pkg: c.pkg, target: c.target, ...res, ms: Date.now() - t0 }));
}
console.log('DONE ' + failed + ' failed');
