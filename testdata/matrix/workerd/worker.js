// The Worker served by workerd in the matrix test (matrix/workerd_test.go
// writes the capnp config and copies the guarded packages, each built with
// `wbg-guard build --platform workerd`, next to this file).
//
//   GET /matrix   runs the fault matrix (lib/cells.js) in workerd and answers
//                 with `CELL {json}` lines, then `DONE`.
//   GET /s/...    the Workers scenario driven by ../loadgen.mjs:
//     /s/inc      increments a counter held in Rust (a Thing of the unwind
//                 build, kept across requests); 200 {v, generation, reset}
//     /s/work     a brotli round trip; 200
//     /s/panic    a Rust panic that unwinds: 500 'PanicError: ...'; the
//                 counter survives
//     /s/abort    `unreachable` in the unwind build: 500 'AbortError(...)';
//                 the counter is gone, the next /s/inc starts again at 1
//     /s/crash    brotli's real 'capacity overflow' panic: 500 'AbortError'
//     /s/stats    what the Worker saw
import './lib/install-counting.js';
import { FIXTURE_CELLS, REAL, UNWIND_CELLS, runMatrix } from './lib/cells.js';
import * as faults from './faults/faults.js';
import * as unwind from './unwind/unwind.js';
import * as fixture from './fixture/web_unwind.js';
import * as brotli from './brotli/brotli_wasm.js';
import * as oxc from './oxc/oxc_parser_wasm.js';
import * as photon from './photon/photon_rs.js';
// The fixture crate of testdata/rust built by the real toolchain
// (testdata/real/0.2.130, web target): panic=abort, and panic=unwind (exnref).
import * as fx130 from './fx130/fixture.js';
import * as fx130u from './fx130u/fixture.js';

const uncaught = [];
const note = (where, e) => uncaught.push(where + ': ' + (e && e.name) + (e && e.kind ? '(' + e.kind + ')' : '') + ' ' + String(e && e.message).slice(0, 100));
if (typeof addEventListener === 'function') {
  try {
    addEventListener('unhandledrejection', (ev) => { ev.preventDefault(); note('unhandledrejection', ev.reason); });
    addEventListener('error', (ev) => { ev.preventDefault(); note('error event', ev.error); });
  } catch (_) { /* not offered */ }
}

let ready = null;
function init() {
  // Web targets built for workerd: init() instantiates the imported,
  // already compiled module.
  return (ready ??= Promise.all([faults.default(), unwind.default(), fixture.default(), brotli.default(), oxc.default(), fx130.default(), fx130u.default()]));
}

async function matrix() {
  await init();
  const exnref = true; // the unwind build's module was accepted at upload
  const lines = [];
  const ctx = {
    runtime: 'workerd',
    gc: typeof globalThis.gc === 'function' ? async () => globalThis.gc() : null,
    uncaught: () => uncaught.length,
    noExnref: 'workerd has no exnref',
    onRow: (r) => lines.push('CELL ' + JSON.stringify(r)),
  };
  const real = [
    { pkg: 'brotli', target: 'web (--platform workerd)', P: brotli, d: REAL.brotli },
    { pkg: 'oxc', target: 'web (--platform workerd)', P: oxc, d: REAL.oxc },
    { pkg: 'photon', target: 'bundler (--platform workerd)', P: photon, d: REAL.photon },
  ];
  // The same cells as the other runtimes run on the real fixture.
  for (const c of FIXTURE_CELLS) {
    real.push({ pkg: 'fixture 0.2.130', target: 'web (--platform workerd)', P: fx130, d: REAL[c] });
  }
  for (const c of UNWIND_CELLS) {
    real.push({ pkg: 'fixture 0.2.130 unwind', target: 'web (--platform workerd)', P: fx130u, d: REAL[c] });
  }
  await runMatrix(ctx, { faults, unwind: exnref ? unwind : null, fixture: exnref ? fixture : null }, real);
  for (const u of uncaught) lines.push('UNCAUGHT ' + u);
  lines.push('DONE');
  return new Response(lines.join('\n') + '\n');
}

// ---------------------------------------------------------- scenario --

const text = new TextEncoder().encode('a healthy request, compressed and back again. '.repeat(40));
let keeper = null;
let shadow = 0;
const seen = { resets: 0, mismatches: 0, stale: 0, incs: 0, maxCount: 0 };

function keeperNow() {
  if (keeper === null) {
    keeper = new unwind.Thing(0);
    shadow = 0;
    seen.resets++;
  }
  return keeper;
}

function errorResponse(e) {
  const what = (e && e.name) + (e && e.kind ? '(' + e.kind + ')' : '') + ': ' + String(e && e.message).slice(0, 200);
  return new Response(what, { status: 500 });
}

const routes = {
  inc() {
    let reset = false;
    let v;
    try {
      v = keeperNow().poke(0);
    } catch (e) {
      // The keeper belonged to an instance that aborted: visibly reset.
      if (!(e instanceof unwind.StaleInstanceError)) throw e;
      seen.stale++;
      keeper = null;
      reset = true;
      v = keeperNow().poke(0);
    }
    shadow++;
    seen.incs++;
    if (v !== shadow) seen.mismatches++;
    seen.maxCount = Math.max(seen.maxCount, v);
    return Response.json({ v, generation: unwind.wbgGuard.stats().generation, reset });
  },
  work() {
    const back = brotli.decompress(brotli.compress(text));
    if (back.length !== text.length || !back.every((b, i) => b === text[i])) throw new Error('brotli round trip differs');
    return Response.json({ ok: true, generation: brotli.wbgGuard.stats().generation });
  },
  panic() {
    unwind.fault_fn(7);
    return new Response('no panic?', { status: 200 });
  },
  abort() {
    unwind.fault_fn(1);
    return new Response('no abort?', { status: 200 });
  },
  crash() {
    new brotli.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31);
    return new Response('no crash?', { status: 200 });
  },
  stats() {
    return Response.json({ ...seen, unwind: unwind.wbgGuard.stats(), brotli: brotli.wbgGuard.stats(), uncaught });
  },
};

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/matrix') return matrix();
    const route = url.pathname.startsWith('/s/') && routes[url.pathname.slice(3)];
    if (!route) return new Response('not found', { status: 404 });
    await init();
    try {
      return route();
    } catch (e) {
      return errorResponse(e);
    }
  },
};
