// The packages the runtime benchmarks load: the original wasm-bindgen output
// (testdata/npm, or the repo's example) and the guarded output the driver
// built from it (`wbg-guard build <dir> --out-dir <guarded>/<id>`).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NM = path.join(ROOT, 'testdata', 'npm', 'node_modules');

// id -> input directory (relative to the repo), entry file, extra build flags.
// The driver builds each with `wbg-guard build`, the runtime scripts load
// both sides. photon ships only the bundler target: its original needs Wasm
// ES-module integration (node --experimental-wasm-modules).
export const RUNTIME_PACKAGES = {
  counter: { dir: 'examples/counter/pkg', entry: 'counter.js', flags: [] },
  brotli: { dir: 'testdata/npm/node_modules/brotli-wasm/pkg.node', entry: 'brotli_wasm.js', flags: [] },
  automerge: { dir: 'testdata/npm/node_modules/@automerge/automerge-wasm/nodejs', entry: 'automerge_wasm.cjs', flags: [] },
  oxc: { dir: 'testdata/npm/node_modules/@oxc-parser/wasm/node', entry: 'oxc_parser_wasm.js', flags: [] },
  photon: {
    dir: 'testdata/npm/node_modules/@silvia-odwyer/photon',
    entry: 'photon_rs.js',
    flags: ['--platform', 'node'],
    originalNeedsWasmEsm: true,
  },
  biome: { dir: 'testdata/npm/node_modules/@biomejs/wasm-nodejs', entry: 'biome_wasm.js', flags: [] },
  // A web target (ESM, initSync in Node), for recovery through initSync.
  'oxc-web': { dir: 'testdata/npm/node_modules/@oxc-parser/wasm/web', entry: 'oxc_parser_wasm.js', flags: [], web: true },
};

export function originalEntry(id) {
  const p = RUNTIME_PACKAGES[id];
  return path.join(ROOT, p.dir, p.entry);
}

export function originalWasm(id) {
  const p = RUNTIME_PACKAGES[id];
  const base = p.entry.replace(/\.(c|m)?js$/, '');
  return path.join(ROOT, p.dir, base + '_bg.wasm');
}

export function guardedEntry(guardedRoot, id) {
  return path.join(guardedRoot, id, RUNTIME_PACKAGES[id].entry);
}

export function guardedWasm(guardedRoot, id) {
  const p = RUNTIME_PACKAGES[id];
  return path.join(guardedRoot, id, p.entry.replace(/\.(c|m)?js$/, '') + '_bg.wasm');
}

/** Can this runtime load the original package unmodified? */
export function originalRuns(id) {
  const p = RUNTIME_PACKAGES[id];
  if (!p.originalNeedsWasmEsm) return true;
  // Node runs it with --experimental-wasm-modules; Deno's Wasm imports hand
  // exported globals over as numbers (the old glue wants WebAssembly.Global
  // objects) and Bun has no Wasm ES-module integration.
  if (typeof globalThis.Bun !== 'undefined' || typeof globalThis.Deno !== 'undefined') return false;
  return process.execArgv.includes('--experimental-wasm-modules');
}
