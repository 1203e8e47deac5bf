// Recovery latency in Node: the time from an abort (the caller has caught
// the AbortError) to the end of the next successful call, for the guarded
// package (lazy reinit from the cached compiled module), against
//   bound: a bare `new WebAssembly.Instance(module, stubImports)` of the
//          same, already compiled module (what any reinit must pay at least);
//   cold:  re-loading the original package in-process (require cache
//          cleared, then the same call): what users do today.
// Each iteration measures recovery and bound back to back; the steady cost
// of the same call on a live instance is reported too.
//
//   node --expose-gc --experimental-wasm-modules bench/lib/recovery.mjs \
//        --guarded DIR (built with --reinit-limit 0) --out FILE [--quick]

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { args, gc, load, now, quietly, require, summary } from './common.mjs';
import { pathToFileURL } from 'node:url';
import { guardedEntry, guardedWasm, originalEntry, originalWasm } from './packages.mjs';

const opt = args();
const QUICK = !!opt.quick;
const GUARDED = opt.guarded;
const OUT = opt.out;
if (!opt.list && (!GUARDED || !OUT)) throw new Error('usage: recovery.mjs --guarded DIR --out FILE [--quick] [--case ID] | --list');

const DEEP_JS = '('.repeat(100000) + '1' + ')'.repeat(100000);
let brotliTiny = null; // brotli of 'a', made by the package itself

const CASES = [
  {
    id: 'counter',
    label: 'example counter (323 B module)',
    abortLabel: '`crash()` (unreachable)',
    abort: (m) => m.crash(),
    callLabel: '`add(1, 2)`',
    call: (m) => m.add(1, 2),
    iters: 300,
    cold: 100,
  },
  {
    id: 'brotli',
    label: 'brotli-wasm pkg.node (1.0 MB)',
    abortLabel: "`DecompressStream.decompress(.., 2**31)` ('capacity overflow' panic)",
    abort: (m) => new m.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31),
    callLabel: "`decompress(compress('a'))` (1 byte)",
    prep: (m) => {
      brotliTiny = m.compress(new Uint8Array([97]), { quality: 1 });
    },
    call: (m) => m.decompress(brotliTiny),
    iters: 100,
    cold: 30,
  },
  {
    id: 'oxc',
    label: '@oxc-parser/wasm node (0.7 MB)',
    abortLabel: "`parseSync('x', {sourceFilename: 'a.zzz'})` (unreachable)",
    abort: (m) => m.parseSync('x', { sourceFilename: 'a.zzz' }),
    callLabel: "`parseSync('a').free()`",
    call: (m) => m.parseSync('a').free(),
    iters: 100,
    cold: 30,
  },
  {
    id: 'oxc-web',
    label: '@oxc-parser/wasm web (0.7 MB; ESM, `initSync({module})` in Node, reinit through initSync)',
    abortLabel: "`parseSync('x', {sourceFilename: 'a.zzz'})` (unreachable)",
    init: (m, wasmFile) => m.initSync({ module: fs.readFileSync(wasmFile) }),
    abort: (m) => m.parseSync('x', { sourceFilename: 'a.zzz' }),
    callLabel: "`parseSync('a').free()`",
    call: (m) => m.parseSync('a').free(),
    iters: 100,
    cold: 30,
  },
  {
    id: 'photon',
    label: '@silvia-odwyer/photon (0.98 MB, bundler target built --platform node)',
    abortLabel: '`PhotonImage.new_from_byteslice([1,2,3,4])` (unreachable)',
    abort: (m) => m.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])),
    callLabel: '`new PhotonImage(4 bytes, 1, 1).free()`',
    call: (m) => new m.PhotonImage(new Uint8Array(4), 1, 1).free(),
    iters: 100,
    cold: 0, // ESM: the original cannot be re-evaluated in-process
  },
  {
    id: 'biome',
    label: '@biomejs/wasm-nodejs (45.6 MB)',
    abortLabel: 'format of `((((…1))))` nested 100,000 deep (stack overflow)',
    abort: (m) => {
      const ws = new m.Workspace();
      const { projectKey } = ws.openProject({ path: '/', openUninitialized: true });
      ws.openFile({ projectKey, path: '/deep.js', content: { type: 'fromClient', content: DEEP_JS, version: 0 } });
      ws.formatFile({ projectKey, path: '/deep.js' });
    },
    callLabel: '`new MemoryFileSystem().free()`',
    call: (m) => new m.MemoryFileSystem().free(),
    iters: 20,
    cold: 6,
  },
];

function stubImports(mod) {
  const imports = {};
  for (const i of WebAssembly.Module.imports(mod)) {
    const ns = (imports[i.module] ||= {});
    if (i.kind === 'function') ns[i.name] = () => {};
    else if (i.kind === 'memory') ns[i.name] = new WebAssembly.Memory({ initial: 1 });
    else if (i.kind === 'table') ns[i.name] = new WebAssembly.Table({ initial: 0, element: 'anyfunc' });
    else if (i.kind === 'global') ns[i.name] = new WebAssembly.Global({ value: 'i32', mutable: false }, 0);
  }
  return imports;
}

// A fresh copy of the original package whose glue instantiates the module
// compiled once (its `new WebAssembly.Module(bytes)` returns that one): a
// new instance, on warm compiled code, as every guarded generation is. The
// CommonJS glue is required again with the require cache cleared; the web
// glue is imported again under a new URL and given the compiled module.
// photon's bundler glue imports its .wasm as an ES module: no fresh copy.
const RealModule = WebAssembly.Module;
const compiledOriginal = new Map();
function withCompiledModule(id, fn) {
  function Module(bytes) {
    let m = compiledOriginal.get(id);
    if (m === undefined) compiledOriginal.set(id, (m = new RealModule(bytes)));
    return m;
  }
  Module.prototype = RealModule.prototype;
  Module.imports = RealModule.imports;
  Module.exports = RealModule.exports;
  Module.customSections = RealModule.customSections;
  WebAssembly.Module = Module;
  try {
    return fn();
  } finally {
    WebAssembly.Module = RealModule;
  }
}
// An ES module, once imported, stays in the module map for the life of the
// process, with its instance and memory: no fresh copies of those (the web
// glue's and photon's), or they would pile up under the timings.
function copiesOriginal(c) {
  return !c.init && c.id !== 'photon';
}
function freshOriginal(c) {
  if (!copiesOriginal(c)) return null;
  const entry = originalEntry(c.id);
  forget(entry);
  const m = withCompiledModule(c.id, () => require(entry));
  forget(entry);
  return m;
}

// A warm copy of the original: its CommonJS glue compiled once into one
// function, as the guard's factory wraps the glue, and called afresh per
// copy, on the module compiled once. Each copy is a new instance whose
// closures share the type feedback of the copies before them, as a guarded
// generation's share the generations' before them; so its first panic is
// the like-for-like baseline of a guarded abort. CommonJS originals only.
const warmFactories = new Map();
function warmOriginal(c) {
  if (!copiesOriginal(c)) return null;
  const entry = originalEntry(c.id);
  let f = warmFactories.get(c.id);
  if (f === undefined) {
    const params = ['exports', 'require', 'module', '__filename', '__dirname'];
    f = vm.compileFunction(fs.readFileSync(entry, 'utf8'), params, { filename: entry });
    warmFactories.set(c.id, f);
  }
  const module = { exports: {} };
  const req = createRequire(entry);
  withCompiledModule(c.id, () => f.call(module.exports, module.exports, req, module, entry, path.dirname(entry)));
  return module.exports;
}

// The original's own way back, like for like with a guarded recovery: a
// warm copy (its glue run afresh, a new instance of the module compiled
// once) and then the same call, timed apart. Beyond the bare instantiation
// this includes what any new instance costs its first call (fresh memory
// the call grows and touches), which the bound leaves out. CommonJS
// originals only (see warmOriginal); null otherwise.
function warmComeback(c) {
  if (!copiesOriginal(c)) return null;
  gc();
  const t0 = now();
  const copy = warmOriginal(c);
  const t1 = now();
  c.call(copy);
  const t2 = now();
  return { total: t2 - t0, first: t2 - t1 };
}

// Drops a CommonJS module from the require cache and from its parent's
// children, which would otherwise keep every copy (and its instance) alive.
function forget(entry) {
  const mod = require.cache[entry];
  if (mod === undefined) return;
  delete require.cache[entry];
  const kids = mod.parent && mod.parent.children;
  if (Array.isArray(kids)) {
    const i = kids.indexOf(mod);
    if (i >= 0) kids.splice(i, 1);
  }
}

// The aborting call on a new copy of the original (null: none for this
// case, NaN): the copy called once untimed, as the guarded generation served
// a call before its abort, then its first trap timed.
function firstTrap(c, copy) {
  if (copy === null) return NaN;
  c.call(copy);
  gc();
  const t0 = now();
  try {
    quietly(() => c.abort(copy));
  } catch (_) {
    // its first trap
  }
  return now() - t0;
}

// A bare instantiation of the compiled module after a garbage collection,
// as the recovery's is timed: the lower bound of any reinit.
function timeBound(mod, imports) {
  gc();
  const t0 = now();
  new WebAssembly.Instance(mod, imports);
  return now() - t0;
}

// A copy of the guarded package of its own (its own runtime and first
// generation): CommonJS required afresh, an ES module imported under a new
// URL.
async function guardedCopy(c, loaded, tag) {
  const file = guardedEntry(GUARDED, c.id);
  forget(file);
  let m = await load(file);
  forget(file);
  if (m === loaded) m = await import(pathToFileURL(file).href + '?' + tag);
  if (c.init) c.init(m, guardedWasm(GUARDED, c.id));
  if (c.prep) c.prep(m);
  return m;
}

// The steady cost of the next call in a generation a recovery made, against
// a first generation: two fresh copies of the guarded package, one aborted
// once, the same call in batches that alternate in one process. The rest of
// bench/ times first generations only, and a cost that only a package that
// has recovered pays (its glue's objects made by a later generation, in swap
// mode, carry that generation themselves) showed nowhere.
async function callsAfterRecovery(c, loaded) {
  const first = await guardedCopy(c, loaded, 'first');
  const recovered = await guardedCopy(c, loaded, 'recovered');
  expectAbort(c.abort, recovered);
  c.call(recovered);
  const gens = [first.wbgGuard.stats().generation, recovered.wbgGuard.stats().generation];
  if (gens[0] !== 1 || gens[1] !== 2) throw new Error('after-recovery copies in generations ' + gens.join(', ') + ', expected 1 and 2');
  // A loop and a call of their own for each copy: one closure called with
  // both would meet two packages at every property access and call
  // (polymorphic inline caches), which neither copy's own users would.
  const loopOf = () =>
    new Function('brotliTiny', 'now', `const call = ${c.call.toString()};
      return (m, n) => { const t0 = now(); for (let i = 0; i < n; i++) call(m); return now() - t0; };`)(brotliTiny, now);
  const loops = new Map([[first, loopOf()], [recovered, loopOf()]]);
  // No garbage collection before a batch: forced before each, it left the
  // batches of photon's and biome's object-making calls 10x apart.
  const batch = (m, n) => (loops.get(m)(m, n) * 1e6) / n; // ns per call
  // Batches of ~5 ms (the first generation's cost decides the count),
  // after enough calls for both loops to be optimised.
  const n = Math.max(20, Math.min(200000, Math.round(5e6 / batch(first, 200))));
  for (let i = 0; i < 3; i++) {
    batch(first, n);
    batch(recovered, n);
  }
  const rounds = QUICK ? 3 : 21;
  const a = [];
  const b = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(batch(first, n));
      b.push(batch(recovered, n));
    } else {
      b.push(batch(recovered, n));
      a.push(batch(first, n));
    }
  }
  return { calls: n, rounds, firstNs: summary(a), recoveredNs: summary(b), ratio: summary(b.map((x, i) => x / a[i])) };
}

function expectAbort(fn, m) {
  try {
    quietly(() => fn(m));
  } catch (e) {
    if (e && e.name === 'AbortError') return e;
    throw new Error('expected an AbortError, got ' + ((e && e.name) || e) + ': ' + (e && e.message));
  }
  throw new Error('expected an AbortError, the call returned');
}

// The driver runs one process per case (`--case`): what a case leaves
// alive (the ES module copies its cold loop imports) stays out of the next.
if (opt.list) {
  console.log(JSON.stringify(CASES.map((c) => ({ id: c.id, label: c.label }))));
  process.exit(0);
}

const results = { quick: QUICK, version: process.version, cases: [] };
for (const c of CASES) {
  if (opt.case && c.id !== String(opt.case)) continue;
  const t00 = now();
  const iters = QUICK ? 3 : c.iters;
  const coldIters = QUICK ? Math.min(c.cold, 2) : c.cold;
  const out = { id: c.id, label: c.label, abortLabel: c.abortLabel, callLabel: c.callLabel, iters };
  try {
    const g = await load(guardedEntry(GUARDED, c.id));
    if (c.init) c.init(g, guardedWasm(GUARDED, c.id));
    const mod = new WebAssembly.Module(fs.readFileSync(guardedWasm(GUARDED, c.id)));
    const imports = stubImports(mod);
    if (c.prep) c.prep(g);
    c.call(g); // first generation made, code warm
    new WebAssembly.Instance(mod, imports);
    // The original package, for the time its own trap takes (it stays
    // callable after one: nothing poisons it). Its traps after the first
    // are cheaper than a fresh instance's: Rust's panic count stays raised,
    // and a second panic aborts at once, without the panic hook (brotli's
    // formats a stack: ~20 µs instead of ~130 µs hot), while every guarded
    // abort is the first panic of its generation. So a fresh copy's first
    // trap is timed too (freshOriginal), which errs the other way: its
    // closures run for the first time; and a warm copy's first trap
    // (warmOriginal), the like-for-like one. bench/README.md says so.
    const orig = await load(originalEntry(c.id));
    if (c.init) c.init(orig, originalWasm(c.id));
    if (c.prep) c.prep(orig);
    c.call(orig);
    const rec = [];
    const bound = [];
    const steady = [];
    const abortT = [];
    const origAbortT = [];
    const freshAbortT = [];
    const warmAbortT = [];
    const comebackT = [];
    const comebackFirstT = [];
    const byOrder = { recoveryFirst: [], boundFirst: [] };
    const kinds = new Set();
    const before = g.wbgGuard.stats();
    for (let i = 0; i < iters + 2; i++) {
      gc();
      let t0 = now();
      kinds.add(expectAbort(c.abort, g).kind);
      const a = now() - t0;
      // The recovery and its bound take turns at going first: the first
      // instantiation after the abort is slower than the next one, each
      // after its own garbage collection (the example's by ~10 µs, measured
      // both ways), and that is the position's, not the guard's.
      const boundFirst = i % 2 === 1;
      let b = 0;
      if (boundFirst) b = timeBound(mod, imports);
      gc();
      t0 = now();
      c.call(g);
      const r = now() - t0;
      t0 = now();
      c.call(g);
      const s = now() - t0;
      if (!boundFirst) b = timeBound(mod, imports);
      gc();
      t0 = now();
      try {
        quietly(() => c.abort(orig));
      } catch (_) {
        // the original's trap (or panic)
      }
      const oa = now() - t0;
      // The original's first trap on a fresh instance, of a copy required
      // afresh and of a warm copy (see warmOriginal).
      const fa = firstTrap(c, freshOriginal(c));
      const wa = firstTrap(c, warmOriginal(c));
      if (i >= 2) {
        // the first two are warm-up
        rec.push(r);
        steady.push(s);
        bound.push(b);
        (boundFirst ? byOrder.boundFirst : byOrder.recoveryFirst).push([r, b]);
        abortT.push(a);
        origAbortT.push(oa);
        if (!Number.isNaN(fa)) freshAbortT.push(fa);
        if (!Number.isNaN(wa)) warmAbortT.push(wa);
      }
    }
    const after = g.wbgGuard.stats();
    // The original's own way back, in a loop of its own: made within the
    // loop above, its copies changed what the next guarded abort cost
    // (oxc's aborting call 1.14-1.17x -> 1.37-1.40x the kept original's).
    for (let i = 0; copiesOriginal(c) && i < iters + 2; i++) {
      gc();
      const t0 = now();
      new WebAssembly.Instance(mod, imports);
      const b = now() - t0;
      const wc = warmComeback(c);
      if (i >= 2) {
        comebackT.push(wc.total / b);
        comebackFirstT.push(wc.first);
      }
    }
    out.kinds = [...kinds];
    out.reinits = after.reinits - before.reinits;
    out.recoveryMs = summary(rec);
    out.boundMs = summary(bound);
    out.steadyCallMs = summary(steady);
    out.ratioToBound = summary(rec.map((x, i) => x / bound[i]));
    const ratios = (pairs) => summary(pairs.map(([r, b]) => r / b));
    out.ratioToBoundRecoveryFirst = ratios(byOrder.recoveryFirst);
    out.ratioToBoundBoundFirst = ratios(byOrder.boundFirst);
    for (const [order, pairs] of Object.entries(byOrder)) {
      out[order] = { recoveryMs: summary(pairs.map((x) => x[0])), boundMs: summary(pairs.map((x) => x[1])) };
    }
    out.abortMs = summary(abortT);
    out.origAbortMs = summary(origAbortT);
    // The target's ratio is to the kept instance's trap, the stricter
    // baseline. The fresh copy's first trap runs its glue's closures for the
    // first time (new closures of a newly evaluated script start without
    // feedback, in the interpreter), while a guarded generation's closures
    // share the feedback of every generation before them (one factory
    // function); the warm copy's share it as a generation's do.
    out.abortRatio = summary(abortT.map((x, i) => x / origAbortT[i]));
    if (freshAbortT.length === abortT.length) {
      out.freshAbortMs = summary(freshAbortT);
      out.abortRatioFresh = summary(abortT.map((x, i) => x / freshAbortT[i]));
    }
    if (warmAbortT.length === abortT.length) {
      out.warmAbortMs = summary(warmAbortT);
      out.abortRatioWarm = summary(abortT.map((x, i) => x / warmAbortT[i]));
    }
    if (comebackT.length === rec.length) {
      out.warmComebackToBound = summary(comebackT);
      out.warmFirstCallMs = summary(comebackFirstT);
    }
    out.abortPlusRecoveryToBound = summary(rec.map((x, i) => (x + abortT[i]) / bound[i]));
    if (coldIters > 0) {
      const entry = originalEntry(c.id);
      const cold = [];
      for (let i = 0; i < coldIters; i++) {
        gc();
        if (c.init) {
          // ESM: a fresh module instance through a new URL, then initSync
          // with the file's bytes, as a web-target user in Node does.
          const t0 = now();
          const m = await import(pathToFileURL(entry).href + '?cold=' + i);
          c.init(m, originalWasm(c.id));
          c.call(m);
          cold.push(now() - t0);
          continue;
        }
        forget(entry);
        const t0 = now();
        const m = require(entry);
        c.call(m);
        cold.push(now() - t0);
        forget(entry);
      }
      out.coldMs = summary(cold);
      out.ratioToCold = out.recoveryMs.median / out.coldMs.median;
    } else {
      out.coldNote = 'n/a: the original is an ES module graph importing the .wasm; it cannot be re-evaluated in-process';
    }
    out.afterRecovery = await callsAfterRecovery(c, g);
  } catch (e) {
    out.error = String((e && e.stack) || e);
  }
  out.seconds = (now() - t00) / 1000;
  results.cases.push(out);
  console.error(
    `  [recovery] ${c.id}: ` +
      (out.error ? 'ERROR ' + out.error.split('\n')[0] : `recovery ${out.recoveryMs.median.toFixed(3)} ms, bound ${out.boundMs.median.toFixed(3)} ms, cold ${out.coldMs ? out.coldMs.median.toFixed(2) + ' ms' : 'n/a'}`) +
      ` (${out.seconds.toFixed(1)} s)`,
  );
}
fs.writeFileSync(OUT, JSON.stringify(results, null, 1));
