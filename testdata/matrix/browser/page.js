// The fault matrix in a page (headless Chromium, driven by ../browser.mjs):
// web-target packages initialised with initSync({ module }), the bundler
// target built with --platform browser. Rows go to the console as `CELL ...`.
import { install } from '../lib/counting.js';
import { REAL, runMatrix } from '../lib/cells.js';

install();
const uncaught = [];
const note = (where, e) => {
  const line = where + ': ' + (e && e.name) + (e && e.kind ? '(' + e.kind + ')' : '') + ' ' + String(e && e.message).slice(0, 100);
  uncaught.push(line);
  console.log('UNCAUGHT ' + line);
};
addEventListener('error', (ev) => { ev.preventDefault(); note('error event', ev.error); });
addEventListener('unhandledrejection', (ev) => { ev.preventDefault(); note('unhandledrejection', ev.reason); });

const plan = await (await fetch('/out/plan-chromium.json')).json();
async function load(p) {
  const base = '/out/' + p.dir + '/';
  const P = await import(base + p.entry);
  if (p.init === 'initSync' || p.init === 'init') {
    // Chromium refuses to compile large modules synchronously on the main
    // thread: compile first, then initialise synchronously with the module.
    const m = await WebAssembly.compile(await (await fetch(base + p.wasm)).arrayBuffer());
    if (p.init === 'initSync') P.initSync({ module: m });
    else await P.default(m);
  }
  return P;
}
try {
  const probe = await (await fetch('/out/' + plan.synthetic.unwind.dir + '/' + plan.synthetic.unwind.wasm)).arrayBuffer();
  const exnref = WebAssembly.validate(probe);
  const ctx = {
    runtime: 'chromium',
    gc: typeof globalThis.gc === 'function' ? async () => globalThis.gc() : null,
    uncaught: () => uncaught.length,
    noExnref: 'this Chromium has no exnref',
    onRow: (r) => console.log('CELL ' + JSON.stringify(r)),
  };
  const pkgs = {
    faults: await load(plan.synthetic.faults),
    unwind: exnref ? await load(plan.synthetic.unwind) : null,
    fixture: exnref ? await load(plan.synthetic.fixture) : null,
  };
  const real = [];
  for (const p of plan.real) real.push({ pkg: p.pkg, target: p.target, P: await load(p), d: REAL[p.cell] });
  await runMatrix(ctx, pkgs, real);
  console.log('DONE ' + navigator.userAgent);
} catch (e) {
  console.log('FATAL ' + (e && e.stack ? e.stack : e));
  console.log('DONE with a fatal error');
}
