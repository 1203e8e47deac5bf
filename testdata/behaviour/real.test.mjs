// Real Rust panics in real wasm-bindgen packages; see README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const require = createRequire(import.meta.url);
const out = process.env.WBG_OUT;
const npm = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../npm/node_modules');
const text = new TextEncoder().encode('the quick brown fox jumps over the lazy dog '.repeat(50));

test('photon (bundler target, --platform node): a panic on bad image bytes', async () => {
  const p = await import(path.join(out, 'photon', 'photon_rs.js'));
  const img = new p.PhotonImage(new Uint8Array(4 * 3 * 2).fill(100), 3, 2);
  assert.equal(img.get_width(), 3);
  assert.throws(() => p.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])),
    (e) => e instanceof p.AbortError && e.kind === 'unreachable' &&
      // named as the package.json names it, not by its crate (photon_rs)
      e.message.startsWith("'@silvia-odwyer/photon' Wasm instance aborted (unreachable) in PhotonImage.new_from_byteslice"));
  assert.throws(() => img.get_width(), p.StaleInstanceError);
  const img2 = new p.PhotonImage(new Uint8Array(4 * 5 * 2).fill(7), 5, 2);
  assert.equal(img2.get_width(), 5);
  assert.equal(p.wbgGuard.stats().generation, 2);
});

// photon's glue (before 0.2.84) registers nothing with a FinalizationRegistry
// and reads the .wasm's exports through the bundler target's ES imports,
// its stack pointer (a global) among them: swap mode tags its objects where
// they are made (the facade's constructor, the class's __wrap) and reads the
// shim's bindings of the memory and globals again for each new instance.
test('photon (bundler target, glue without a FinalizationRegistry): swap mode, output identical after reinits', async () => {
  const file = path.join(out, 'photon', 'photon_rs.js');
  const p = await import(file);
  // A second copy of the package (its own module instance), which never
  // aborts, gives the expected output. New pixels each round: a glue still
  // writing and reading the dead instance's memory, where a fresh
  // instance's allocations fall at the same addresses, would otherwise
  // read back the results of the round before.
  const ref = await import(pathToFileURL(file).href + '?reference');
  const pixels = (round) => Uint8Array.from({ length: 4 * 6 * 4 }, (_, i) => (i * 37 + round * 101 + 11) % 256);
  const run = (P, round) => {
    const img = new P.PhotonImage(pixels(round), 6, 4);
    P.grayscale(img);
    // An object Rust returned (made by the glue's __wrap).
    const small = P.resize(img, 3, 2, 1);
    return { img, small, out: [Array.from(img.get_raw_pixels()), Array.from(small.get_raw_pixels()), small.get_width()] };
  };
  const first = run(p, 0);
  assert.deepEqual(first.out, run(ref, 0).out);
  const proto = Object.getPrototypeOf(first.img);
  const g0 = p.wbgGuard.stats().generation;
  for (let round = 1; round <= 2; round++) {
    assert.throws(() => p.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])), (e) => e instanceof p.AbortError);
    const r = run(p, round);
    assert.equal(Object.getPrototypeOf(r.img), proto, 'the glue was not evaluated again');
    assert.deepEqual(r.out, run(ref, round).out);
    assert.throws(() => first.small.get_width(), p.StaleInstanceError);
    assert.throws(() => first.img.get_width(), p.StaleInstanceError);
    assert.equal(p.wbgGuard.stats().generation, g0 + round);
  }
  assert.equal(ref.wbgGuard.stats().generation, 1);
});

test('brotli (nodejs target): Result::Err is not a failure; a panic is an abort', async () => {
  const g = require(path.join(out, 'brotli-nodejs', 'brotli_wasm.js'));
  const o = require(path.join(npm, 'brotli-wasm/pkg.node/brotli_wasm.js'));
  const c = g.compress(text);
  assert.deepEqual(c, o.compress(text));
  assert.deepEqual(g.decompress(c), text);
  // Result::Err: the same value thrown, the instance untouched.
  let ge, oe;
  try { g.decompress(new Uint8Array([9, 9, 9, 9])); } catch (e) { ge = e; }
  try { o.decompress(new Uint8Array([9, 9, 9, 9])); } catch (e) { oe = e; }
  assert.equal(ge, oe);
  assert.equal(g.wbgGuard.stats().aborts, 0);
  // A Rust panic ('capacity overflow') traps.
  const s = new g.DecompressStream();
  let abort;
  assert.throws(() => s.decompress(new Uint8Array([1, 2, 3]), 2 ** 31), (e) => (abort = e) instanceof g.AbortError && e.kind === 'unreachable');
  // From then on, at once and later, the stale object is refused with a
  // StaleInstanceError naming it, whose cause is the abort.
  assert.throws(() => s.total_out(), (e) => e instanceof g.StaleInstanceError && e.cause === abort && /DecompressStream\.total_out/.test(e.message));
  await null;
  assert.throws(() => s.total_out(), (e) => e instanceof g.StaleInstanceError && /DecompressStream\.total_out/.test(e.message));
  assert.deepEqual(g.decompress(g.compress(text)), text);
  assert.equal(g.wbgGuard.stats().generation, 2);
  // In swap mode (its glue has no FinalizationRegistry: its objects are
  // tagged by the facade and the class's __wrap), the one glue class.
  assert.equal(Object.getPrototypeOf(new g.DecompressStream()), Object.getPrototypeOf(s));
});

// Bundling names a class whose body refers to itself (its `__wrap`)
// `_Foo`: the glue's objects must still report the exported class as their
// constructor, by its name, and the glue's own messages name it too.
test('glue classes keep their names and are their objects\' constructors, before and after a reinit', async () => {
  const o = require(path.join(npm, 'brotli-wasm/pkg.node/brotli_wasm.js'));
  const g = require(path.join(out, 'brotli-nodejs', 'brotli_wasm.js'));
  // A copy of its own (the web glue keeps its instance in module state).
  const web = await import(pathToFileURL(path.join(out, 'brotli-web', 'brotli_wasm.js')).href + '?names');
  await web.default(readFileSync(path.join(out, 'brotli-web', 'brotli_wasm_bg.wasm')));
  const check = (P, what) => {
    const s = new P.CompressStream();
    // BrotliStreamResult is made by the glue's __wrap of a pointer Rust returned.
    const r = s.compress(text, 64);
    for (const [obj, C, name] of [[s, P.CompressStream, 'CompressStream'], [r, P.BrotliStreamResult, 'BrotliStreamResult']]) {
      assert.equal(obj.constructor, C, what + ': ' + name + ' is the constructor');
      assert.equal(obj.constructor.name, name, what);
      assert.match(inspect(obj), new RegExp('^' + name + ' '), what);
    }
  };
  check(o, 'the original');
  for (const [P, what] of [[g, 'nodejs'], [web, 'web']]) {
    check(P, what);
    assert.throws(() => new P.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31), P.AbortError);
    check(P, what + ' after a reinit');
  }
  // photon's glue checks its arguments with `expected instance of ${klass.name}`.
  const p = await import(path.join(out, 'photon', 'photon_rs.js'));
  assert.throws(() => p.grayscale({}), (e) => e.message === 'expected instance of PhotonImage');
});

// A bundler-target package used from disk without a bundler (as packages
// that ship only bundler output are): the default build loads in Node.
test('brotli (bundler target, default platform) runs from disk in Node', async () => {
  const g = await import(path.join(out, 'brotli-bundler', 'brotli_wasm.js'));
  assert.deepEqual(g.decompress(g.compress(text)), text);
  assert.equal(g.wbgGuard.stats().generation, 1);
});

// Packages as they ship: the wrapper, README and LICENSE beside the glue
// are kept, and the wrapper reaches the guarded glue.
test('a package\'s own wrappers keep working against the guarded glue', async () => {
  const dirN = path.join(out, 'layout-nodejs');
  const viaWrapper = require(path.join(dirN, 'index.cjs'));
  assert.equal(typeof viaWrapper.wbgGuard.stats, 'function', 'the wrapper got the guarded glue');
  assert.deepEqual(viaWrapper.decompress(viaWrapper.compress(text)), text);
  for (const f of ['README.md', 'LICENSE']) assert.ok(existsSync(path.join(dirN, f)), f + ' kept');
  // Bundler target: a wrapper importing <n>_bg.js directly.
  const dirB = path.join(out, 'layout-bundler');
  const b = await import(path.join(dirB, 'index.mjs'));
  assert.equal(typeof b.wbgGuard.stats, 'function');
  assert.deepEqual(b.decompress(b.compress(text)), text);
});

test('brotli (web target, early era): init, abort, reinit through the patched initSync', async () => {
  const g = await import(path.join(out, 'brotli-web', 'brotli_wasm.js'));
  await g.default(readFileSync(path.join(out, 'brotli-web', 'brotli_wasm_bg.wasm')));
  const c = g.compress(text);
  const s = new g.DecompressStream();
  assert.throws(() => s.decompress(new Uint8Array([1, 2, 3]), 2 ** 31), (e) => e instanceof g.AbortError);
  assert.deepEqual(g.decompress(c), text, 'generation 2, instantiated synchronously from the cached module');
  assert.equal(g.wbgGuard.stats().generation, 2);
});

// Glue before 0.2.84 instantiates again on every init() call. Its one
// evaluation serves every generation in swap mode: the instance init() makes
// after a recovery is the live generation's. (It was taken for the dead
// first generation's, and every call after it was refused as stale.)
test('brotli (web target, early era): init() called again after a recovery', async () => {
  const g = await import(pathToFileURL(path.join(out, 'brotli-web', 'brotli_wasm.js')).href + '?init-again');
  const bytes = readFileSync(path.join(out, 'brotli-web', 'brotli_wasm_bg.wasm'));
  const abort = () => assert.throws(() => new g.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31), g.AbortError);
  await g.default(bytes);
  abort();
  assert.deepEqual(g.decompress(g.compress(text)), text);
  await g.default(bytes);
  const kept = new g.CompressStream();
  assert.deepEqual(g.decompress(g.compress(text)), text, 'a call after init() again');
  assert.equal(g.wbgGuard.stats().generation, 2);
  // The generation it serves still dies and is replaced as any other.
  abort();
  assert.throws(() => kept.compress(text, 64), g.StaleInstanceError);
  assert.deepEqual(g.decompress(g.compress(text)), text);
  await g.default(bytes);
  assert.deepEqual(g.decompress(g.compress(text)), text);
  assert.equal(g.wbgGuard.stats().generation, 3);
});

test('oxc (web target, 0.2.100): a panic on a bad file extension', async () => {
  const g = await import(path.join(out, 'oxc-web', 'oxc_parser_wasm.js'));
  g.initSync({ module: readFileSync(path.join(out, 'oxc-web', 'oxc_parser_wasm_bg.wasm')) });
  assert.equal(g.parseSync('let a = 1;').program.body.length, 1);
  assert.throws(() => g.parseSync('let x', { sourceFilename: 'a.zzz' }), (e) => e instanceof g.AbortError && e.kind === 'unreachable');
  assert.equal(g.parseSync('a; b;').program.body.length, 2);
});

test('oxc (nodejs target): output identical to the original', () => {
  const g = require(path.join(out, 'oxc-nodejs', 'oxc_parser_wasm.js'));
  const o = require(path.join(npm, '@oxc-parser/wasm/node/oxc_parser_wasm.js'));
  const src = 'function f(a, b = 2) { return a ** b } class C extends D { #x = 1; get y() { return this.#x } }';
  assert.deepEqual(g.parseSync(src).program, o.parseSync(src).program);
  assert.deepEqual(g.parseSync('let = ;').errors, o.parseSync('let = ;').errors);
});

// oxc's glue (0.2.84-0.2.106) keeps the JS values Rust holds in a heap array
// of its own; its build is in swap mode all the same, the factory emptying
// that array for each new instance (host.resetHeap; the emptying itself is
// asserted in templates/test/runtime.test.js: oxc passes its options
// borrowed, so no value of its outlives a call).
//
// A new source each round: the glue's cached views of the memory must be of
// the new instance's (the factory's host.resetViews drops them). A view
// still of the dead memory, where a fresh instance's allocations fall at the
// same addresses, would read back the round before's output, which the same
// source each round would not tell from the right one.
test('oxc (nodejs target): swap mode on a glue with a heap array, output identical after reinits', () => {
  const g = require(path.join(out, 'oxc-nodejs', 'oxc_parser_wasm.js'));
  const o = require(path.join(npm, '@oxc-parser/wasm/node/oxc_parser_wasm.js'));
  const source = (i) => `let a${i} = ${i}; function f(x) { return x + "s${'q'.repeat(7 * i)}" } const o = { k: [${i}, "two", null] };`;
  const first = g.parseSync('a');
  const proto = Object.getPrototypeOf(first);
  for (let i = 0; i < 3; i++) {
    assert.throws(() => g.parseSync('x', { sourceFilename: 'b.zzz' }), (e) => e instanceof g.AbortError && e.kind === 'unreachable');
    const src = source(i);
    const r = g.parseSync(src);
    assert.equal(Object.getPrototypeOf(r), proto, 'the glue was not evaluated again');
    assert.deepEqual(r.program, o.parseSync(src).program);
    assert.deepEqual(g.parseSync('let = ;').errors, o.parseSync('let = ;').errors);
    r.free();
  }
  assert.throws(() => first.program, g.StaleInstanceError);
});
