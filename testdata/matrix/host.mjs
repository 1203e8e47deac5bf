// Runs the fault matrix (lib/cells.js) in Node, Deno or Bun:
//
//   node --expose-gc host.mjs PLAN.json
//   deno run -A --v8-flags=--expose-gc host.mjs PLAN.json
//   bun host.mjs PLAN.json
//
// PLAN.json (written by matrix/matrix_test.go) names the directory of built,
// guarded packages and which of them this runtime loads. Prints one line
// `CELL {json}` per cell and `UNCAUGHT ...` for errors that reached the
// runtime's global handlers (a failure in a microtask or a finalizer has no
// caller), then `DONE`.
import { install } from './lib/counting.js';
import { REAL, runMatrix } from './lib/cells.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

install();
const runtime = typeof Deno !== 'undefined' ? 'deno' : typeof Bun !== 'undefined' ? 'bun' : 'node';
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const require = createRequire(import.meta.url);

const uncaught = [];
const note = (where, e) => {
  const line = where + ': ' + (e && e.name) + (e && e.kind ? '(' + e.kind + ')' : '') + ' ' + String(e && e.message).slice(0, 100);
  uncaught.push(line);
  console.log('UNCAUGHT ' + line + (e && e.kind ? '' : ' ' + String(e && e.stack).split('\n').slice(1, 3).join(' |')));
};
if (runtime === 'deno') {
  globalThis.addEventListener('error', (ev) => { ev.preventDefault(); note('error event', ev.error); });
  globalThis.addEventListener('unhandledrejection', (ev) => { ev.preventDefault(); note('unhandledrejection', ev.reason); });
} else {
  process.on('uncaughtException', (e) => note('uncaughtException', e));
  process.on('unhandledRejection', (e) => note('unhandledRejection', e));
}

async function load(p) {
  const dir = path.join(plan.out, p.dir);
  const file = path.join(dir, p.entry);
  const P = p.init === 'require' ? require(file) : await import(pathToFileURL(file).href);
  if (p.init === 'initSync') P.initSync({ module: readFileSync(path.join(dir, p.wasm)) });
  if (p.init === 'init') await P.default(readFileSync(path.join(dir, p.wasm)));
  return P;
}

let gc = null;
if (typeof globalThis.gc === 'function') gc = async () => globalThis.gc();
else if (runtime === 'bun') gc = async () => Bun.gc(true);

const exnrefProbe = readFileSync(path.join(plan.out, plan.synthetic.unwind.dir, plan.synthetic.unwind.wasm));
const exnref = WebAssembly.validate(exnrefProbe);
const version = runtime === 'deno' ? Deno.version.deno : runtime === 'bun' ? Bun.version : process.versions.node;
const ctx = {
  runtime: plan.runtime || runtime,
  gc,
  uncaught: () => uncaught.length,
  noExnref: runtime + ' ' + version + ' has no exnref (WebAssembly.validate fails on try_table)',
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
console.log('DONE ' + uncaught.length + ' uncaught');
