// Helpers shared by the workloads (not a workload: run.mjs skips files
// starting with an underscore).
import { createHash } from 'node:crypto';

export function sha(data) {
  const h = createHash('sha256');
  if (typeof data === 'string') h.update(data);
  else h.update(Buffer.from(data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data));
  return h.digest('hex').slice(0, 24);
}

// Deterministic pseudo-random bytes (an LCG).
export function bytes(n, seed) {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function errInfo(e) {
  if (e === null || e === undefined) return { thrown: String(e) };
  if (typeof e !== 'object') return { thrown: typeof e, value: String(e) };
  // The guard's contract turns a trap (or another abort) into an AbortError
  // whose cause is the original error: recorded as that cause plus a `guard`
  // note, so run.mjs can tell this intended change from any other.
  if (e.name === 'AbortError' && e.cause && typeof e.cause === 'object') {
    return { ...errInfo(e.cause), guard: 'AbortError(' + e.kind + ')' };
  }
  return { name: e.name, message: String(e.message === undefined ? e : e.message).slice(0, 500) };
}

// Runs f (sync or async) and records { ok } or { error: { name, message } }.
export async function attempt(f) {
  try {
    return { ok: await f() };
  } catch (e) {
    return { error: errInfo(e) };
  }
}

export const hex = (u8) => Buffer.from(u8).toString('hex');
export const enc = new TextEncoder();

// A call made after an abort the workload provoked, with the value a working
// instance gives (computed before the abort). The original's instance may be
// left broken by its abort (after a stack overflow, Rust's stack pointer
// stays where the overflow left it and every later call fails); the guard's
// contract is that the next call runs on a fresh instance. run.mjs accepts an
// original that fails here only where the guarded copy answers `expected`.
export async function afterAbort(f, expected) {
  return { afterAbort: true, expected, ...(await attempt(f)) };
}
