// Helpers shared by the benchmark scripts. They run under Node, Deno and Bun,
// so they use only what all three provide (performance.now, node: builtins
// through Node compatibility).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const require = createRequire(import.meta.url);

export function now() {
  return performance.now();
}

export function runtimeName() {
  if (typeof globalThis.Bun !== 'undefined') return 'bun';
  if (typeof globalThis.Deno !== 'undefined') return 'deno';
  return 'node';
}

export function runtimeVersion() {
  if (typeof globalThis.Bun !== 'undefined') return 'Bun ' + globalThis.Bun.version;
  if (typeof globalThis.Deno !== 'undefined') return 'Deno ' + globalThis.Deno.version.deno;
  return 'Node ' + process.version;
}

/** A full garbage collection where the runtime lets us ask for one. */
export function gc() {
  if (typeof globalThis.Bun !== 'undefined') return globalThis.Bun.gc(true);
  if (typeof globalThis.gc === 'function') return globalThis.gc();
  return undefined;
}

export function sorted(xs) {
  return [...xs].sort((a, b) => a - b);
}

export function median(xs) {
  const s = sorted(xs);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** { min, median, max, n } of a list of numbers. */
export function summary(xs) {
  const s = sorted(xs);
  return { min: s[0], median: median(s), max: s[s.length - 1], n: s.length };
}

/** Load a package's entry file: CommonJS through require, ESM through import. */
export async function load(file) {
  if (/\.cjs$/.test(file)) return require(file);
  if (/\.mjs$/.test(file) || isEsm(file)) return import(pathToFileURL(file).href);
  return require(file);
}

function isEsm(file) {
  // A .js file is ESM when its package.json says so or its text has
  // top-level import/export statements (wasm-bindgen's bundler target ships
  // ESM without "type": "module").
  try {
    const pj = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8'));
    if (pj.type === 'module') return true;
  } catch (_) {
    // no package.json next to it
  }
  return /^\s*(import|export)\s/m.test(fs.readFileSync(file, 'utf8'));
}

export function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) o[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) o[a.slice(2)] = argv[++i];
    else o[a.slice(2)] = true;
  }
  return o;
}

export function args() {
  const argv = typeof globalThis.Deno !== 'undefined' ? globalThis.Deno.args : process.argv.slice(2);
  return parseArgs(argv);
}

/** Silence console.error/warn while `fn` runs (Rust panic hooks print there). */
export function quietly(fn) {
  const e = console.error;
  const w = console.warn;
  console.error = () => {};
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.error = e;
    console.warn = w;
  }
}
