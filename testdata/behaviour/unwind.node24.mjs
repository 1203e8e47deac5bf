// Upstream's own abort handling (wasm-bindgen 0.2.114+, panic=unwind, exnref):
// the synthetic fixture testdata/glue/web-unwind-0.2.114. Run with Node 24
// (Node 20 has no exnref) by TestBehaviourUnderNode; see README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(process.env.WBG_OUT, 'web-unwind-0.2.114');

test('a clean unwind is a PanicError and the instance keeps its state; an abort is not', async () => {
  const g = await import(path.join(dir, 'web_unwind.js'));
  g.initSync({ module: readFileSync(path.join(dir, 'web_unwind_bg.wasm')) });
  const c = g.Counter.withStart(5);
  assert.equal(c.increment(), 6);
  assert.equal(g.divide(7, 2), 3);

  // panic: upstream's PanicError becomes ours, with its message and cause.
  const panics = [];
  g.wbgGuard.onPanic((e) => panics.push(e));
  assert.throws(() => g.divide(1, 0), (e) => e instanceof g.PanicError && e.name === 'PanicError' &&
    e.message === 'attempt to divide by zero' && e.cause instanceof Error && e.cause.name === 'PanicError');
  assert.equal(panics.length, 1);
  assert.equal(c.increment(), 7, 'state held in Rust survives a panic');
  assert.deepEqual([g.wbgGuard.stats().panics, g.wbgGuard.stats().aborts, g.wbgGuard.stats().generation], [1, 0, 1]);

  // abort: i32::MIN / -1 traps.
  assert.throws(() => g.divide(-2147483648, -1), (e) => e instanceof g.AbortError && e.kind === 'trap');
  await null;
  // The dead generation's own call guard now sees the terminated flag
  // wbg-guard set; the patched guard refuses the stale object as such.
  assert.throws(() => c.increment(), (e) => e instanceof g.StaleInstanceError);
  // The next call reinitialises (initSync with the cached module): state is
  // fresh, visibly.
  const d = g.Counter.withStart(0);
  assert.equal(d.increment(), 1);
  assert.equal(g.wbgGuard.stats().generation, 2);
});
