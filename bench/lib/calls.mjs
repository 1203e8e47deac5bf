// Per-call overhead of guarded output against the original glue (and the
// naive-shim baseline), for the runtime this runs under (Node, Deno or Bun).
// The driver (main.mjs) runs one process per package: see `--list`.
//
//   <runtime> bench/lib/calls.mjs --guarded DIR --out FILE [--quick] [--pkg P] [--only ID,..]
//   <runtime> bench/lib/calls.mjs --list      (the packages, in case order)
//
// Every case runs each variant in batches of the same n calls; the batches
// of one round run back to back (order rotated per round), so each round
// gives one paired ratio guarded/original. Reported: ns per call
// (min/median/max over rounds) and the per-round ratio and overhead
// (guarded - original, ns).

import fs from 'node:fs';
import { args, gc, load, now, quietly, runtimeName, runtimeVersion, summary } from './common.mjs';
import { naiveFacade } from './naive.mjs';
import { guardedEntry, originalEntry, originalRuns } from './packages.mjs';

const opt = args();
const QUICK = !!opt.quick;
const GUARDED = opt.guarded;
const OUT = opt.out;
const GC_BETWEEN = !opt['no-gc'];
const VARIANTS = opt.variants ? String(opt.variants).split(',') : ['original', 'guarded', 'naive'];
if (!opt.list && (!GUARDED || !OUT)) throw new Error('usage: calls.mjs --guarded DIR --out FILE [--quick] [--pkg P] [--only ID,..] | --list');

const ROUNDS_MICRO = QUICK ? 3 : 21;
const ROUNDS_REAL = QUICK ? 3 : 25;
const BATCH_MS_MICRO = QUICK ? 3 : 25;
const BATCH_MS_REAL = QUICK ? 5 : 40;
const WARM_MS_MICRO = QUICK ? 0 : 300;
const WARM_MS_REAL = QUICK ? 0 : 2000;

// Deterministic inputs.
function textBytes(n) {
  const words = ['wasm', 'guard', 'rust', 'panic', 'abort', 'instance', 'memory', 'table', 'export', 'brotli', 'the', 'of', 'a'];
  let x = 12345;
  let s = '';
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += words[x % words.length] + (x & 16 ? ' ' : '\n');
  }
  return new TextEncoder().encode(s.slice(0, n));
}
const TEN_KB = textBytes(10 * 1024);
const JS_SMALL = `// a small module
import { readFile } from 'node:fs/promises';
export class Cache {
  #map = new Map();
  constructor(limit = 100) { this.limit = limit; }
  get(key) { const v = this.#map.get(key); if (v !== undefined) { this.#map.delete(key); this.#map.set(key, v); } return v; }
  set(key, value) {
    this.#map.set(key, value);
    while (this.#map.size > this.limit) this.#map.delete(this.#map.keys().next().value);
  }
}
export async function loadJson(path, cache = new Cache()) {
  const hit = cache.get(path);
  if (hit) return hit;
  const text = await readFile(path, 'utf8');
  const value = JSON.parse(text);
  cache.set(path, value);
  return value;
}
export const sum = (xs) => xs.reduce((a, b) => a + b, 0);
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(sum([1, 2, 3]), fib(10), [1, 2, 3].map((x) => x * 2).filter(Boolean));
`;
const JS_FORMAT = `const  x = {a:1,b:[1,2,3], c: "str"}
function f( a,b ){return a+b}
export default class A extends B { constructor(){super();this.v=f(1,2)} get y(){return this.v*2} }
if(x.a){console.log( "yes" )}else{console.log('no')}
`;
function image(w, h) {
  const px = new Uint8Array(w * h * 4);
  for (let i = 0; i < px.length; i++) px[i] = (i * 37) & 255;
  return px;
}

// Each case: the package, what setup makes once per variant, what runs per
// batch untimed (perBatch), and the loop body (variables: ctx, i, s).
const CASES = [
  {
    id: 'trivial',
    group: 'micro',
    label: 'trivial export: counter `add(i, 1)`',
    pkg: 'counter',
    setup: (m) => ({ add: m.add }),
    pre: 'const add = ctx.add;',
    body: 's = (s + add(i, 1)) | 0;',
  },
  {
    id: 'method',
    group: 'micro',
    label: 'class method: counter `c.increment()`',
    pkg: 'counter',
    setup: (m) => ({ c: new m.Counter() }),
    pre: 'const c = ctx.c;',
    body: 's = (s + c.increment()) | 0;',
  },
  {
    id: 'getter',
    group: 'micro',
    label: 'getter: counter `c.value`',
    pkg: 'counter',
    setup: (m) => {
      const c = new m.Counter();
      c.increment();
      return { c };
    },
    pre: 'const c = ctx.c;',
    body: 's = (s + c.value) | 0;',
  },
  {
    id: 'string-method',
    group: 'micro',
    label: "string-passing method: automerge `doc.get('_root', 'title')` (2 strings in, 1 out)",
    pkg: 'automerge',
    setup: (m) => {
      const doc = m.create();
      doc.put('_root', 'title', 'hello world');
      return { doc };
    },
    pre: 'const doc = ctx.doc;',
    body: "s = (s + doc.get('_root', 'title').length) | 0;",
  },
  {
    id: 'string-export',
    group: 'micro',
    label: "string-passing export: photon `filter(img1x1, 'oceanic')`",
    pkg: 'photon',
    setup: (m) => ({ filter: m.filter, img: new m.PhotonImage(image(1, 1), 1, 1) }),
    pre: 'const filter = ctx.filter; const img = ctx.img;',
    body: "filter(img, 'oceanic'); s++;",
  },
  {
    id: 'brotli',
    group: 'real',
    label: 'brotli `compress(10 KB)` (default quality)',
    pkg: 'brotli',
    setup: (m) => ({ compress: m.compress, input: TEN_KB }),
    pre: 'const compress = ctx.compress; const input = ctx.input;',
    body: 's = (s + compress(input).length) | 0;',
  },
  {
    id: 'automerge',
    group: 'real',
    label: "automerge document edit: `doc.splice(text, pos, 0, 'a')` on a fresh doc per batch",
    pkg: 'automerge',
    setup: (m) => ({ m, doc: null, text: null }),
    perBatch: (ctx) => {
      if (ctx.doc) ctx.doc.free();
      ctx.doc = ctx.m.create();
      ctx.text = ctx.doc.putObject('_root', 'text', '');
    },
    pre: 'const doc = ctx.doc; const text = ctx.text;',
    body: "doc.splice(text, i >> 1, 0, 'a'); s++;",
  },
  {
    id: 'oxc',
    group: 'real',
    label: 'oxc `parseSync` of a 1 KB module, read `.program`, `free()`',
    pkg: 'oxc',
    setup: (m) => ({ parseSync: m.parseSync, src: JS_SMALL }),
    pre: 'const parseSync = ctx.parseSync; const src = ctx.src;',
    body: 'const r = parseSync(src); s = (s + r.program.body.length) | 0; r.free();',
  },
  {
    id: 'photon',
    group: 'real',
    label: "photon `filter(img, 'oceanic')` on a 64×64 image",
    pkg: 'photon',
    setup: (m) => ({ filter: m.filter, img: new m.PhotonImage(image(64, 64), 64, 64) }),
    pre: 'const filter = ctx.filter; const img = ctx.img;',
    body: "filter(img, 'oceanic'); s++;",
  },
  {
    id: 'biome',
    group: 'real',
    label: 'biome `workspace.formatFile` of a 4-line JS file',
    pkg: 'biome',
    setup: (m) => {
      const ws = new m.Workspace();
      const { projectKey } = ws.openProject({ path: '/', openUninitialized: true });
      ws.openFile({ projectKey, path: '/a.js', content: { type: 'fromClient', content: JS_FORMAT, version: 0 } });
      return { ws, params: { projectKey, path: '/a.js' } };
    },
    pre: 'const ws = ctx.ws; const params = ctx.params;',
    body: 's = (s + ws.formatFile(params).code.length) | 0;',
  },
];

let uid = 0;
function makeLoop(c, variant) {
  // A separately compiled function per (case, variant): no shared type
  // feedback between the variants. (Benchmark code only; the guarded output
  // itself never evaluates strings.)
  const src =
    `"use strict"; /* ${c.id} ${variant} ${uid++} */\n${c.pre}\nlet s = 0;\n` +
    `for (let i = 0; i < n; i++) { ${c.body} }\nreturn s;`;
  return new Function('ctx', 'n', src);
}

function timeBatch(v, n) {
  if (v.perBatch) v.perBatch(v.ctx);
  if (GC_BETWEEN) gc();
  const t0 = now();
  v.sink ^= v.loop(v.ctx, n);
  return now() - t0;
}

async function runCase(c, mods) {
  const variants = [];
  for (const name of VARIANTS) {
    const m = mods[name];
    if (m === undefined) continue;
    try {
      const ctx = c.setup(m);
      variants.push({ name, ctx, loop: makeLoop(c, name), perBatch: c.perBatch, sink: 0 });
    } catch (e) {
      variants.push({ name, error: String(e && e.message) });
    }
  }
  const ok = variants.filter((v) => !v.error);
  const orig = ok.find((v) => v.name === 'original');
  const base = orig || ok.find((v) => v.name === 'guarded') || ok[0];
  const batchMs = c.group === 'micro' ? BATCH_MS_MICRO : BATCH_MS_REAL;
  const rounds = c.group === 'micro' ? ROUNDS_MICRO : ROUNDS_REAL;
  // Calibrate n per variant so that one batch takes about batchMs whatever
  // the variant costs (results are per call), then warm every variant up,
  // round-robin, for warmMs each: engines tier Wasm and JS up in the
  // background, and JSC does not share compiled code between two modules of
  // the same bytes, so the package loaded second would otherwise be measured
  // on colder code. Then calibrate again on the warm code.
  const calibrate = (v) => {
    let n = 1;
    for (;;) {
      const t = timeBatch(v, n);
      if (t >= batchMs / 4 || n >= 1 << 28) return Math.max(1, Math.round((n * batchMs) / Math.max(t, 0.001)));
      n *= 4;
    }
  };
  for (const v of ok) {
    for (let w = 0; w < 3; w++) timeBatch(v, 1);
    v.n = calibrate(v);
  }
  const warmMs = c.group === 'micro' ? WARM_MS_MICRO : WARM_MS_REAL;
  const t0 = now();
  while (now() - t0 < warmMs * ok.length) for (const v of ok) timeBatch(v, v.n);
  for (const v of ok) {
    const ns = [calibrate(v), calibrate(v), calibrate(v)].sort((a, b) => a - b);
    v.n = ns[1];
  }
  const per = Object.fromEntries(ok.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < ok.length; k++) {
      const v = ok[(r + k) % ok.length];
      per[v.name].push((timeBatch(v, v.n) * 1e6) / v.n);
    }
  }
  const n = base.n;
  const out = { id: c.id, group: c.group, label: c.label, pkg: c.pkg, n, rounds, variants: {} };
  for (const v of variants) {
    if (v.error) {
      out.variants[v.name] = { error: v.error };
      continue;
    }
    const entry = { ns: summary(per[v.name]), n: v.n };
    if (orig && v !== orig) {
      entry.ratio = summary(per[v.name].map((x, i) => x / per.original[i]));
      entry.overheadNs = summary(per[v.name].map((x, i) => x - per.original[i]));
    }
    out.variants[v.name] = entry;
  }
  for (const v of ok) if (v.ctx && v.ctx.doc && typeof v.ctx.doc.free === 'function') quietly(() => v.ctx.doc.free());
  return out;
}

// `--list` prints the packages in the order of their first case, for the
// driver to run one process per package (see bench/README.md: Bun's JSC
// gives guard pages to the first 8 live Wasm memories of a process only).
if (opt.list) {
  console.log(
    JSON.stringify({
      packages: [...new Set(CASES.map((c) => c.pkg))],
      cases: CASES.map((c) => ({ id: c.id, group: c.group, label: c.label, pkg: c.pkg })),
    }),
  );
  process.exit(0);
}

const result = { runtime: runtimeName(), version: runtimeVersion(), quick: QUICK, cases: [] };
const modCache = new Map();
async function modsFor(pkg) {
  if (modCache.has(pkg)) return modCache.get(pkg);
  const mods = {};
  const notes = [];
  if (originalRuns(pkg)) {
    mods.original = await load(originalEntry(pkg));
    mods.naive = naiveFacade(mods.original);
  } else {
    notes.push('original cannot run unmodified here (needs Wasm ES-module integration as Node has it)');
  }
  mods.guarded = await load(guardedEntry(GUARDED, pkg));
  const r = { mods, notes };
  modCache.set(pkg, r);
  return r;
}

const only = opt.only ? String(opt.only).split(',') : null;
const onlyPkg = opt.pkg ? String(opt.pkg) : null;
for (const c of CASES) {
  if (only && !only.includes(c.id)) continue;
  if (onlyPkg !== null && c.pkg !== onlyPkg) continue;
  const t0 = now();
  let res;
  try {
    const { mods, notes } = await modsFor(c.pkg);
    res = await runCase(c, mods);
    if (notes.length) res.notes = notes;
  } catch (e) {
    res = { id: c.id, group: c.group, label: c.label, pkg: c.pkg, error: String((e && e.stack) || e) };
  }
  res.seconds = (now() - t0) / 1000;
  result.cases.push(res);
  const g = res.variants && res.variants.guarded;
  const line = g && g.ratio ? `ratio ${g.ratio.median.toFixed(3)} overhead ${g.overheadNs.median.toFixed(1)} ns` : res.error ? 'ERROR' : 'no original';
  console.error(`  [${result.runtime}] ${c.id}: ${line} (${res.seconds.toFixed(1)} s)`);
}
fs.writeFileSync(OUT, JSON.stringify(result, null, 1));
