// The example crate, guarded with each policy; see README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { instances } from './counting.mjs';

const require = createRequire(import.meta.url);
const out = process.env.WBG_OUT;
assert.ok(out, 'WBG_OUT must name the directory of built outputs');
const load = (name) => require(path.join(out, name, 'counter.js'));
const original = require('../../examples/counter/pkg/counter.js');

test('equivalence while nothing fails', () => {
  const g = load('counter');
  assert.equal(g.add(2, 3), original.add(2, 3));
  const a = new g.Counter(), b = new original.Counter();
  assert.deepEqual([a.increment(), a.increment(), a.value], [b.increment(), b.increment(), b.value]);
  assert.ok(a instanceof g.Counter);
  assert.equal(typeof g.wbgGuard.stats, 'function');
});

test('abort: AbortError, dead generation never runs again, next call on a fresh instance', () => {
  const g = load('counter');
  const before = g.wbgGuard.stats();
  const k = new g.Counter();
  k.increment();
  const gen = instances[instances.length - 1];

  // The original keeps running on the trapped instance: the problem.
  const ok = new original.Counter();
  assert.throws(() => original.crash(), WebAssembly.RuntimeError);
  assert.equal(ok.increment(), 1, 'unguarded: the trapped instance is still used');

  assert.throws(() => g.crash(), (e) => e instanceof g.AbortError && e.name === 'AbortError' &&
    e.kind === 'unreachable' && e.cause instanceof WebAssembly.RuntimeError);
  const callsAtDeath = gen.total();

  // Stale object: refused by name, and nothing of generation 1 runs.
  assert.throws(() => k.increment(), (e) => e instanceof g.StaleInstanceError && /Counter\.increment/.test(e.message));
  assert.throws(() => k.value, g.StaleInstanceError);
  k.free(); // silent: the memory of a dead instance is gone anyway
  assert.equal(gen.total(), callsAtDeath, 'no raw export of the dead generation ran');

  // The next call gets generation 2 with fresh state.
  assert.equal(g.add(1, 1), 2);
  const s = g.wbgGuard.stats();
  assert.equal(s.aborts, before.aborts + 1);
  assert.equal(s.generation, before.generation + 1);
  const fresh = instances[instances.length - 1];
  assert.notEqual(fresh, gen);
  const k2 = new g.Counter();
  assert.equal(k2.increment(), 1);
  assert.ok(k instanceof g.Counter && k2 instanceof g.Counter, 'instanceof holds across generations');

  // free() of the stale object does not reach the new instance, whose
  // counter lives at the same address.
  const freesBefore = fresh.calls.__wbg_counter_free;
  k.free();
  assert.equal(fresh.calls.__wbg_counter_free, freesBefore);
  assert.equal(k2.value, 1);
});

// throw_message calls wasm_bindgen::throw_str: a deliberate throw through
// wasm-bindgen's throw intrinsic, which the original throws and survives.
// It is not a failure under either --js-errors-through-rust policy.
for (const variant of ['counter', 'counter-pass']) {
  test(`throw_str is rethrown as the original throws it; the instance keeps its state (${variant})`, () => {
    const g = load(variant);
    const o = original;
    const before = g.wbgGuard.stats();
    const k = new g.Counter();
    k.increment();
    let ge, oe;
    try { g.throw_message(); } catch (e) { ge = e; }
    try { o.throw_message(); } catch (e) { oe = e; }
    assert.ok(ge instanceof Error && !(ge instanceof g.AbortError));
    assert.equal(ge.constructor.name, oe.constructor.name);
    assert.equal(ge.message, oe.message);
    assert.equal(k.increment(), 2, 'state kept');
    const after = g.wbgGuard.stats();
    assert.deepEqual([after.aborts, after.generation], [before.aborts, before.generation], 'no abort, same instance');
  });
}

test('--on-abort poison: every later call throws PoisonedError', () => {
  const g = load('counter-poison');
  assert.equal(g.wbgGuard.policy, 'poison');
  assert.throws(() => g.crash(), g.AbortError);
  const n = instances.length;
  assert.throws(() => g.add(1, 2), (e) => e instanceof g.PoisonedError && e.reason === 'policy');
  assert.throws(() => new g.Counter(), g.PoisonedError);
  assert.equal(instances.length, n, 'no new instance');
});

test('--reinit-limit: a crash loop ends poisoned', () => {
  const g = load('counter-limit'); // built with --reinit-limit 2/1h
  for (let i = 0; i < 3; i++) {
    assert.throws(() => g.crash(), (e) => e.name === 'AbortError' && e.kind === 'unreachable');
  }
  assert.throws(() => g.add(1, 1), (e) => e instanceof g.PoisonedError && e.reason === 'reinit-limit');
  assert.equal(g.wbgGuard.stats().reinits, 2);
});

test('finalizers of a dead generation never run', async () => {
  const g = load('counter-fin');
  const gen = instances[instances.length - 1];
  (() => { for (let i = 0; i < 50; i++) new g.Counter(); })();
  assert.throws(() => g.crash(), g.AbortError);
  const at = gen.calls.__wbg_counter_free;
  for (let i = 0; i < 5; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(gen.calls.__wbg_counter_free, at, 'no finalizer called into the dead instance');
});

test('hooks fire with the error', () => {
  const g = load('counter-hooks');
  const seen = [];
  const off = g.wbgGuard.onAbort((e) => seen.push(['abort', e.kind]));
  g.wbgGuard.onReinit((i) => seen.push(['reinit', i.generation, i.previous]));
  assert.throws(() => g.crash());
  g.add(1, 1);
  off();
  assert.deepEqual(seen, [['abort', 'unreachable'], ['reinit', 2, 1]]);
});

// A nodejs-target glue reads its .wasm and requires `fs` at its top level,
// which every generation runs again. The module compiled at load serves
// every generation, and what the glue requires is kept: neither the disk
// nor Node's module loader is asked again by a reinit.
test('a reinit neither reads the .wasm again nor requires fs again', () => {
  const g = load('counter-nolimit');
  assert.equal(g.add(1, 1), 2);
  const fs = require('node:fs');
  const Module = require('node:module');
  const realRead = fs.readFileSync;
  const realRequire = Module.prototype.require;
  let wasmReads = 0;
  let fsRequires = 0;
  fs.readFileSync = function (p, ...rest) {
    if (String(p).endsWith('.wasm')) wasmReads++;
    return realRead.call(this, p, ...rest);
  };
  Module.prototype.require = function (id) {
    if (id === 'fs' || id === 'node:fs') fsRequires++;
    return realRequire.apply(this, arguments);
  };
  const before = g.wbgGuard.stats();
  try {
    for (let i = 0; i < 3; i++) {
      assert.throws(() => g.crash(), g.AbortError);
      assert.equal(g.add(i, 1), i + 1);
    }
  } finally {
    fs.readFileSync = realRead;
    Module.prototype.require = realRequire;
  }
  assert.equal(g.wbgGuard.stats().reinits, before.reinits + 3, 'three generations made');
  assert.equal(wasmReads, 0, 'the .wasm was not read again');
  assert.equal(fsRequires, 0, 'fs was not required again');
});

// The example's glue is fit for swap mode (its build says "swap": true): a
// reinit makes a new instance under the glue evaluated for the first
// generation instead of evaluating the glue again. What that must not
// change: objects of a dead generation are refused, those of the live one
// work, and no finalizer of a dead generation's object reaches the new
// instance (whose counter may sit at the same address), while those of the
// live one's objects do. (That the glue reads the new instance's memory is
// shown on the real Rust fixture, realrust.mjs: the example has no call
// whose strings tell two memories apart.)
test('swap mode: one glue for every generation, each object tied to its own', async () => {
  const g = load('counter-nolimit');
  const proto = Object.getPrototypeOf(new g.Counter());
  const kept = [];
  const olds = [];
  for (let round = 0; round < 3; round++) {
    const k = new g.Counter();
    k.increment();
    kept.push(k);
    (() => { for (let i = 0; i < 30; i++) olds.push(new g.Counter()); })();
    assert.throws(() => g.crash(), g.AbortError);
    assert.throws(() => k.increment(), g.StaleInstanceError, 'an object of the dead generation is refused');
    const fresh = new g.Counter();
    const inst = instances[instances.length - 1];
    assert.equal(Object.getPrototypeOf(fresh), proto, 'the glue was not evaluated again');
    assert.deepEqual([fresh.increment(), fresh.increment(), fresh.value], [1, 2, 2], 'fresh state');
    // The dead generation's objects become garbage: their finalizers must
    // not free anything in the live instance.
    olds.length = 0;
    const frees = inst.calls.__wbg_counter_free;
    for (let i = 0; i < 4; i++) {
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(inst.calls.__wbg_counter_free, frees, "no finalizer of a dead generation's object reached the new instance");
    // Control: this test's GCs do run finalizers, as the live generation's
    // garbage shows.
    (() => { for (let i = 0; i < 30; i++) new g.Counter(); })();
    const before = inst.calls.__wbg_counter_free;
    for (let i = 0; i < 4; i++) {
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(inst.calls.__wbg_counter_free > before, "the live generation's garbage was finalized: finalizers do run here");
    const frees2 = inst.calls.__wbg_counter_free;
    assert.equal(fresh.value, 2);
    fresh.free();
    assert.equal(inst.calls.__wbg_counter_free, frees2 + 1, 'free() of a live object reaches its instance');
  }
  for (const k of kept) assert.throws(() => k.value, g.StaleInstanceError);
});
