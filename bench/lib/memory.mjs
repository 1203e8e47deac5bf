// Memory of guarded output in Node (run with --expose-gc). Each part runs in
// a fresh child process so that its heap numbers are not mixed with another's.
//
//   node --expose-gc bench/lib/memory.mjs --guarded DIR (built with
//        --reinit-limit 0) --out FILE [--quick]
//
// Parts:
//   load        JS heap after loading the original vs the guarded package
//               (runtime + facade + first generation), per package.
//   objects     heap per object: N live Counter objects made through the
//               original, the guarded package and the naive shim.
//   generations heap/external/RSS per retained generation: one Counter (or
//               brotli stream) of each of G generations kept alive.
//   cycles      RSS and heap after 10,000 abort/reinit cycles.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { args, load, now, quietly } from './common.mjs';
import { naiveFacade } from './naive.mjs';
import { guardedEntry, originalEntry } from './packages.mjs';

const opt = args();
const QUICK = !!opt.quick;
const GUARDED = opt.guarded;

function settle() {
  for (let i = 0; i < 4; i++) globalThis.gc();
}

function mem() {
  settle();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss };
}

function diff(a, b, per = 1) {
  const o = {};
  for (const k of Object.keys(a)) o[k] = (b[k] - a[k]) / per;
  return o;
}

const parts = {
  async load() {
    const out = {};
    for (const id of (opt.pkgs || 'counter,brotli,oxc,biome').split(',')) {
      out[id] = {};
      for (const side of ['original', 'guarded']) {
        // One fresh process per (package, side).
        out[id][side] = JSON.parse(
          execFileSync(process.execPath, [...process.execArgv, SELF, '--part', 'loadOne', '--pkg', id, '--side', side, '--guarded', GUARDED], {
            encoding: 'utf8',
          }),
        );
      }
      out[id].extra = diff(out[id].original, out[id].guarded);
    }
    return out;
  },

  async loadOne() {
    const before = mem();
    const file = opt.side === 'original' ? originalEntry(opt.pkg) : guardedEntry(GUARDED, opt.pkg);
    const m = await load(file);
    // The guarded package makes its first generation on load (eager) or on
    // first use: touch an export so both sides have an instance.
    void Object.keys(m).length;
    if (opt.side === 'guarded' && m.wbgGuard) m.wbgGuard.stats();
    const after = mem();
    globalThis.__keep = m;
    return diff(before, after);
  },

  async objects() {
    // One process per side, so that each starts from the same state (the
    // example's bump allocator has one 64 KiB page: about 16,000 counters per
    // instance).
    const N = QUICK ? 1000 : 12000;
    const out = { n: N };
    for (const side of ['original', 'guarded', 'naive']) {
      out[side] = JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, SELF, '--part', 'objectsOne', '--side', side, '--n', String(N), '--guarded', GUARDED], {
          encoding: 'utf8',
        }),
      );
    }
    out.extraGuarded = out.guarded.heap - out.original.heap;
    out.extraNaive = out.naive.heap - out.original.heap;
    return out;
  },

  async objectsOne() {
    const N = Number(opt.n);
    const orig = opt.side === 'guarded' ? null : await load(originalEntry('counter'));
    const m = opt.side === 'guarded' ? await load(guardedEntry(GUARDED, 'counter')) : opt.side === 'naive' ? naiveFacade(orig) : orig;
    for (let i = 0; i < 100; i++) new m.Counter().free();
    const keep = new Array(N);
    const a = mem();
    for (let i = 0; i < N; i++) keep[i] = new m.Counter();
    const b = mem();
    globalThis.__keep = keep;
    return diff(a, b, N);
  },

  async generations() {
    const G = QUICK ? 20 : 200;
    const out = { generations: G };
    for (const id of ['counter', 'brotli']) {
      const m = await load(guardedEntry(GUARDED, id));
      const make = id === 'counter' ? () => new m.Counter() : () => new m.CompressStream();
      const abort =
        id === 'counter'
          ? () => m.crash()
          : () => new m.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31);
      const keep = [];
      const cycle = async () => {
        keep.push(make());
        try {
          quietly(abort);
        } catch (_) {
          // the AbortError
        }
        await null; // an event-loop turn between requests, as in a server
      };
      for (let i = 0; i < 5; i++) await cycle();
      const a = mem();
      for (let i = 0; i < G; i++) await cycle();
      const b = mem();
      out[id] = diff(a, b, G);
      keep.length = 0;
      const c = mem();
      out[id + 'Released'] = diff(a, c, 1);
    }
    return out;
  },

  async cycles() {
    const C = QUICK ? 200 : 10000;
    const out = { cycles: C };
    // Each package in its own process; counter also as one synchronous burst
    // (no event-loop turn between the aborts).
    for (const [key, id, extra] of [
      ['counter', 'counter', []],
      ['oxc', 'oxc', []],
      ['brotli', 'brotli', []],
      ['counterSyncBurst', 'counter', ['--sync']],
    ]) {
      out[key] = JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, SELF, '--part', 'cyclesOne', '--pkg', id, '--n', String(C), '--guarded', GUARDED, ...extra], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }),
      );
    }
    return out;
  },

  async cyclesOne() {
    const C = Number(opt.n);
    const id = opt.pkg;
    const SYNC = !!opt.sync;
    const m = await load(guardedEntry(GUARDED, id));
    let abort;
    let call;
    if (id === 'counter') {
      abort = () => m.crash();
      call = () => m.add(1, 2);
    } else if (id === 'oxc') {
      abort = () => m.parseSync('x', { sourceFilename: 'a.zzz' });
      call = () => m.parseSync('a').free();
    } else if (id === 'brotli') {
      const tiny = m.compress(new Uint8Array([97]), { quality: 1 });
      abort = () => new m.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31);
      call = () => m.decompress(tiny);
    }
    call();
    const start = mem();
    let peakRss = 0;
    const t0 = now();
    const quiet = console.error;
    console.error = () => {};
    for (let i = 0; i < C; i++) {
      try {
        abort();
        throw new Error('no abort');
      } catch (e) {
        if (!e || e.name !== 'AbortError') throw e;
      }
      call();
      if ((i & 255) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      // Each abort is its own request: let the microtasks of the previous one
      // run (the runtime clears a dead generation's in-flight mark in one;
      // until then the generation stays reachable).
      if (!SYNC) await null;
    }
    console.error = quiet;
    const ms = now() - t0;
    const rssBeforeGc = process.memoryUsage().rss;
    const end = mem();
    const st = m.wbgGuard.stats();
    return {
      ms,
      perCycleMs: ms / C,
      reinits: st.reinits,
      generation: st.generation,
      start,
      end,
      rssBeforeGc,
      peakRss: Math.max(peakRss, rssBeforeGc),
    };
  },
};

const SELF = fileURLToPath(import.meta.url);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
if (opt.part) {
  process.stdout.write(JSON.stringify(await parts[opt.part]()));
} else {
  if (!GUARDED || !opt.out) throw new Error('usage: memory.mjs --guarded DIR --out FILE [--quick]');
  const res = { quick: QUICK };
  for (const p of ['load', 'objects', 'generations', 'cycles']) {
    const t0 = now();
    try {
      res[p] = JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, SELF, '--part', p, '--guarded', GUARDED, ...(QUICK ? ['--quick'] : [])], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        }),
      );
    } catch (e) {
      res[p] = { error: String((e && e.stderr) || (e && e.message) || e).slice(0, 2000) };
    }
    console.error(`  [memory] ${p}: ${res[p].error ? 'ERROR' : 'done'} (${((now() - t0) / 1000).toFixed(1)} s)`);
  }
  fs.writeFileSync(opt.out, JSON.stringify(res, null, 1));
}
