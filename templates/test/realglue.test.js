// The runtime around real wasm-bindgen output from testdata/npm (installed by
// the test setup; skipped when absent): brotli-wasm@3.0.1 (nodejs target,
// early era, `this.ptr`) and @oxc-parser/wasm@0.60.0 (nodejs target,
// 0.2.100: `__wbg_ptr`, FinalizationRegistry, renamed free export). The
// CommonJS glue is wrapped into a factory the way the bundling step does,
// unchanged inside. An abort is provoked by corrupting the shadow stack
// pointer through the glue's own `__wasm` export (a guarded exports object).

import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { AbortError, StaleInstanceError, createRuntime } from '../index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const npm = path.join(here, '../../testdata/npm/node_modules');
const require = createRequire(import.meta.url);

const work = mkdtempSync(path.join(tmpdir(), 'wbg-guard-runtime-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

// The factory form of a CommonJS glue file: its top level, unchanged, inside
// a function whose WebAssembly/FinalizationRegistry are the runtime's views.
function factoryOf(glueFile) {
  const src = readFileSync(glueFile, 'utf8');
  const out = path.join(work, path.basename(glueFile, '.js') + '.factory.cjs');
  writeFileSync(
    out,
    'module.exports = function factory(WebAssembly, FinalizationRegistry, host) {\n' +
      'const module = { exports: {} }; const exports = module.exports;\n' +
      'const require = host.require; const __dirname = host.dirname;\n' +
      src +
      '\nreturn module.exports;\n};\n',
  );
  return require(out);
}

function runtimeFor(glueFile, extra = {}) {
  return createRuntime({
    name: path.basename(glueFile, '.js'),
    factory: factoryOf(glueFile),
    eager: true,
    host: { require: createRequire(glueFile), dirname: path.dirname(glueFile) },
    ...extra,
  });
}

const brotliGlue = path.join(npm, 'brotli-wasm/pkg.node/brotli_wasm.js');
const oxcGlue = path.join(npm, '@oxc-parser/wasm/node/oxc_parser_wasm.js');

test('brotli-wasm (nodejs, early era): equivalence, abort, reinit, stale objects', { skip: !existsSync(brotliGlue) }, () => {
  const raw = require(brotliGlue);
  const rt = runtimeFor(brotliGlue);
  const compress = rt.fn('compress');
  const decompress = rt.fn('decompress');
  const CompressStream = rt.cls('CompressStream');
  const text = new TextEncoder().encode('hello hello hello hello wbg-guard '.repeat(50));

  const packed = compress(text, { quality: 5 });
  assert.deepEqual(packed, raw.compress(text, { quality: 5 }));
  assert.deepEqual(decompress(packed), text);
  // Result::Err from the glue: same error, no abort
  const rawErr = (() => { try { raw.decompress(new Uint8Array([1, 2, 3])); } catch (e) { return e; } })();
  assert.throws(() => decompress(new Uint8Array([1, 2, 3])), (e) => e.message === rawErr.message);
  assert.equal(rt.api.stats().aborts, 0);
  assert.deepEqual(rt.value('BrotliStreamResultCode'), raw.BrotliStreamResultCode);

  const stream = new CompressStream(5);
  assert.ok(stream instanceof CompressStream);
  // Corrupt generation 1: its shadow stack pointer now points far outside memory.
  rt.value('__wasm').__wbindgen_add_to_stack_pointer(-0x40000000);
  assert.throws(() => compress(text, { quality: 5 }), (e) => e instanceof AbortError && e.kind === 'memory-access' && e.generation === 1);
  assert.throws(() => stream.compress(text, 1000), (e) => e instanceof StaleInstanceError && e.label === 'CompressStream.compress');
  stream.free(); // silent
  assert.deepEqual(compress(text, { quality: 5 }), packed, 'generation 2 computes the same');
  assert.equal(rt.api.stats().generation, 2);
  const s2 = new CompressStream(5);
  assert.ok(s2 instanceof CompressStream);
  assert.equal(s2.compress(text, 100000).code, raw.BrotliStreamResultCode.NeedsMoreInput);
});

test('@oxc-parser/wasm (nodejs, 0.2.100): equivalence, abort, reinit, stale results', { skip: !existsSync(oxcGlue) }, () => {
  const raw = require(oxcGlue);
  const rt = runtimeFor(oxcGlue, { exports: { __wbindgen_export_3: { arity: 3, label: '', free: true } } });
  const parseSync = rt.fn('parseSync');
  const ParseResult = rt.cls('ParseResult');
  const src = 'const answer = 6 * 7; function f(a) { return a + answer }';
  const r1 = parseSync(src);
  assert.ok(r1 instanceof ParseResult);
  assert.deepEqual(r1.program, raw.parseSync(src).program);
  const cached = r1.program;
  rt.value('__wasm').__wbindgen_add_to_stack_pointer(-0x40000000);
  assert.throws(() => parseSync(src), (e) => e instanceof AbortError && e.generation === 1);
  // Every member of a stale object is refused, even one the glue answers
  // from a JS-side cache: the rule is the same for all of them.
  assert.throws(() => r1.program, (e) => e instanceof StaleInstanceError && e.label === 'ParseResult.program');
  assert.throws(() => r1.errors, (e) => e instanceof StaleInstanceError && e.label === 'ParseResult.errors');
  r1.free();
  const r2 = parseSync(src);
  assert.ok(r2 instanceof ParseResult);
  assert.deepEqual(r2.program, cached);
  assert.equal(rt.api.stats().generation, 2);
});
