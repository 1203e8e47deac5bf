// Glue shapes no npm package ships (testdata/glue, synthetic): each target's
// loader must run inside the factory and come back after an abort. Faults are
// injected at the raw export (counting.mjs); see README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { instances, failNext } from './counting.mjs';

const out = process.env.WBG_OUT;

async function recovers(name, load, call, expect, raw) {
  const pkg = await load(path.join(out, name));
  assert.deepEqual(call(pkg), expect, 'equivalent while nothing fails');
  const gen = instances[instances.length - 1];
  failNext(raw);
  assert.throws(() => call(pkg), (e) => e.name === 'AbortError' && e.kind === 'unreachable');
  const dead = gen.total();
  assert.deepEqual(call(pkg), expect, 'the next call runs on a fresh instance');
  assert.notEqual(instances[instances.length - 1], gen);
  assert.equal(gen.total(), dead, 'nothing ran on the dead instance');
  assert.equal(pkg.wbgGuard.stats().generation, 2);
  return pkg;
}

const esm = (file) => (dir) => import(path.join(dir, file));

test('bundler 0.2.107+ (--platform node)', () =>
  recovers('bundler-0.2.107', esm('bundler_late.js'), (p) => p.add(2, 3), 5, 'add'));

test('experimental-nodejs-module 0.2.100', () =>
  recovers('enm-0.2.100', esm('enm_mid.js'), (p) => p.add(20, 22), 42, 'add'));

test('experimental-nodejs-module 0.2.107+', () =>
  recovers('enm-0.2.107', esm('enm_late.js'), (p) => p.checksum(new Uint8Array([1, 2, 3])), 3, 'checksum'));

test('module 0.2.102 (source-phase import replaced)', () =>
  recovers('module-0.2.102', esm('mod_mid.js'), (p) => p.add(1, 2), 3, 'add'));

test('module 0.2.107+', () =>
  recovers('module-0.2.107', esm('mod_late.js'), (p) => p.greet('hi'), 'hi', 'greet'));

for (const [name, file, bytes] of [
  ['no-modules-0.2.100', 'nm_mid.js', 'nm_mid_bg.wasm'],
  ['no-modules-0.2.107', 'nm_late.js', 'nm_late_bg.wasm'],
]) {
  test(`no-modules ${name.slice(11)} (a classic script assigning a global)`, () =>
    recovers(name, (dir) => {
      // As a <script> would: the file assigns the global wasm_bindgen. The
      // glue reads the browser's `self` at load (the original does too).
      globalThis.self ??= globalThis;
      vm.runInThisContext(readFileSync(path.join(dir, file), 'utf8'), { filename: file });
      const g = globalThis.wasm_bindgen;
      delete globalThis.wasm_bindgen;
      g.initSync({ module: readFileSync(path.join(dir, bytes)) });
      return g;
    }, (p) => p.add(4, 5), 9, 'add'));
}

test('unwind build without upstream abort handling (0.2.107-0.2.113 shape)', async () => {
  const dir = path.join(out, 'web-unwind-0.2.110');
  const g = await import(path.join(dir, 'unwind_mid.js'));
  g.initSync({ module: readFileSync(path.join(dir, 'unwind_mid_bg.wasm')) });
  const c = g.Counter.withStart(10);
  assert.equal(c.increment(), 11);
  // The export caught the panic and threw upstream's PanicError: recoverable.
  assert.throws(() => g.divide(1, 0), (e) => e instanceof g.PanicError && e.message === 'attempt to divide by zero' &&
    e.cause instanceof Error && e.cause.name === 'PanicError');
  assert.equal(c.increment(), 12, 'state kept across a panic');
  // A trap: nothing upstream poisons this instance; wbg-guard does.
  assert.throws(() => g.divide(-2147483648, -1), (e) => e instanceof g.AbortError && e.kind === 'trap');
  await null;
  assert.throws(() => c.increment(), g.StaleInstanceError);
  assert.equal(g.Counter.withStart(0).increment(), 1, 'fresh state after the abort');
  assert.deepEqual([g.wbgGuard.stats().panics, g.wbgGuard.stats().aborts, g.wbgGuard.stats().generation], [1, 1, 2]);
});
