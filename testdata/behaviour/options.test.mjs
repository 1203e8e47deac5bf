// Build options, checked by loading what they produce; see README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const out = process.env.WBG_OUT;

test('--inline-wasm (nodejs target): no .wasm file, and reinit still works', () => {
  const dir = path.join(out, 'counter-inline');
  assert.equal(existsSync(path.join(dir, 'counter_bg.wasm')), false);
  const g = require(path.join(dir, 'counter.js'));
  assert.equal(g.add(2, 2), 4);
  assert.throws(() => g.crash(), g.AbortError);
  assert.equal(g.add(3, 3), 6);
  assert.equal(g.wbgGuard.stats().generation, 2);
});

test('--inline-wasm (web target): init() needs no file or fetch', async () => {
  const dir = path.join(out, 'oxc-web-inline');
  assert.equal(existsSync(path.join(dir, 'oxc_parser_wasm_bg.wasm')), false);
  const g = await import(path.join(dir, 'oxc_parser_wasm.js'));
  await g.default();
  assert.equal(g.parseSync('a;').program.body.length, 1);
  assert.throws(() => g.parseSync('x', { sourceFilename: 'a.zzz' }), g.AbortError);
  assert.equal(g.parseSync('a; b;').program.body.length, 2);
});

test('--inline-wasm (web target): initSync() needs no argument either', async () => {
  const dir = path.join(out, 'fx130-web-inline');
  const g = await import(path.join(dir, 'fixture.js'));
  g.initSync();
  assert.equal(g.add(2, 3), 5);
  assert.throws(() => g.trap_unreachable(), g.AbortError);
  assert.equal(g.add(2, 3), 5);
});

test('--format esm --minify --sourcemap on a CommonJS package', async () => {
  const dir = path.join(out, 'counter-esm-min-map');
  const js = readFileSync(path.join(dir, 'counter.js'), 'utf8');
  assert.match(js, /\/\/# sourceMappingURL=counter\.js\.map\s*$/);
  const map = JSON.parse(readFileSync(path.join(dir, 'counter.js.map'), 'utf8'));
  assert.ok(map.sources.some((s) => s.endsWith('counter.js')), 'the glue is among the sources');
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).type, 'module');
  const g = await import(path.join(dir, 'counter.js'));
  const c = new g.Counter();
  assert.equal(c.increment(), 1);
  assert.throws(() => g.crash(), (e) => e instanceof g.AbortError && e.kind === 'unreachable');
  assert.throws(() => c.increment(), g.StaleInstanceError);
  assert.equal(g.add(1, 2), 3);
});
