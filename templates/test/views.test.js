// The per-generation WebAssembly view on its own.

import test from 'node:test';
import assert from 'node:assert/strict';

import { AbortError, createRuntime } from '../index.js';
import { wat } from './support.js';

function capture(extra = {}) {
  let W;
  const rt = createRuntime({
    factory(view) {
      W = view;
      return {};
    },
    eager: true,
    ...extra,
  });
  return { rt, W };
}

const noopImports = () => {
  const tag = new WebAssembly.Tag({ parameters: ['externref'] });
  return {
    wbg: {
      __wbg_callback_1: (x) => x,
      __wbg___wbindgen_panic_error_1: () => new Error('p'),
      __wbg___wbindgen_rethrow_1: (e) => {
        throw e;
      },
      __wbindgen_wrapped_jstag: tag,
    },
  };
};

test('Module: compiled once, instanceof works, statics forward', async () => {
  const bytes = await wat('counter');
  const { W } = capture();
  const m1 = new W.Module(bytes);
  const m2 = new W.Module(new Uint8Array(bytes));
  assert.equal(m1, m2);
  assert.ok(m1 instanceof W.Module);
  assert.ok(m1 instanceof WebAssembly.Module);
  assert.ok(new WebAssembly.Module(bytes) instanceof W.Module, 'any real module');
  assert.equal(await W.compile(bytes), m1);
  assert.ok(W.Module.exports(m1).some((e) => e.name === 'add'));
  assert.ok(W.Module.imports(m1).length > 0);
  assert.deepEqual(W.Module.customSections(m1, 'x'), []);
  assert.throws(() => W.Module(bytes), TypeError);
});

test('every other property is the real one', async () => {
  const bytes = await wat('counter');
  const { W } = capture();
  for (const k of ['Memory', 'Table', 'Global', 'Tag', 'Exception', 'RuntimeError', 'CompileError', 'LinkError']) {
    assert.equal(W[k], WebAssembly[k], k);
  }
  assert.equal(W.validate(bytes), true);
  assert.equal(W.validate(new Uint8Array([1, 2, 3])), false);
  assert.equal(Object.prototype.toString.call(W), '[object WebAssembly]');
});

test('Instance: read-only guarded exports, memory and globals as is', async () => {
  const bytes = await wat('counter');
  const { W } = capture();
  const inst = new W.Instance(new W.Module(bytes), noopImports());
  assert.ok(inst instanceof W.Instance);
  assert.ok(inst instanceof WebAssembly.Instance);
  const e = inst.exports;
  // As in the engine's frozen exports object, no export can be replaced or
  // removed (the object itself stays extensible: see views.js).
  for (const k of Object.keys(e)) {
    const d = Object.getOwnPropertyDescriptor(e, k);
    assert.deepEqual([d.writable, d.configurable, d.enumerable], [false, false, true], k);
  }
  assert.throws(() => {
    e.add = null;
  }, TypeError);
  assert.throws(() => delete e.add, TypeError);
  assert.equal(Object.getPrototypeOf(e), null);
  assert.ok(e.memory instanceof WebAssembly.Memory);
  assert.ok(e.raw_calls instanceof WebAssembly.Global);
  assert.equal(e.add.length, 2);
  assert.equal(e.sum14.length, 14);
  assert.equal(e.sum14(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 14, 'rest-args fallback passes every argument');
  assert.equal(e.add(2, 2), 4);
  // unlisted tables (externref tables, here: not in `tables`) pass as is
  assert.ok(e.__wbindgen_export_2 instanceof WebAssembly.Table);
});

test('instantiate: bytes form, module form, streaming form', async () => {
  const bytes = await wat('counter');
  const { W } = capture();
  const { module, instance } = await W.instantiate(bytes, noopImports());
  assert.ok(module instanceof WebAssembly.Module);
  assert.equal(instance.exports.add(1, 1), 2);
  const inst2 = await W.instantiate(module, noopImports());
  assert.ok(inst2 instanceof W.Instance);
  assert.equal(inst2.exports.add(2, 1), 3);
  const r = await W.instantiateStreaming(new Response(bytes, { headers: { 'content-type': 'application/wasm' } }), noopImports());
  assert.equal(r.module, module);
  assert.equal(r.instance.exports.add(3, 1), 4);
  assert.equal(await W.compileStreaming(Promise.resolve(new Response(bytes))), module);
});

test('compile once across generations (counted on the real namespace)', async () => {
  const bytes = await wat('oom');
  let compiles = 0;
  const spy = Object.create(WebAssembly, {
    Module: {
      value: class extends WebAssembly.Module {
        constructor(b) {
          compiles++;
          super(b);
        }
      },
    },
  });
  const rt = createRuntime({
    factory(W) {
      const wasm = new W.Instance(new W.Module(bytes), {}).exports;
      return { boom: () => wasm.boom(), grow: (n) => wasm.grow(n) };
    },
    WebAssembly: spy,
    eager: true,
  });
  for (let i = 0; i < 3; i++) assert.throws(() => rt.fn('boom')(), AbortError);
  assert.equal(rt.fn('grow')(0), 1);
  assert.equal(rt.api.stats().generation, 4);
  assert.equal(compiles, 1);
});

test('a trapping start function aborts the generation; link errors pass as is', async () => {
  const start = await wat('start');
  const { W, rt } = capture();
  assert.throws(() => new W.Instance(new WebAssembly.Module(start)), (e) => e instanceof AbortError && e.kind === 'unreachable' && e.label === '(start function)');
  assert.equal(rt.api.stats().aborts, 1);
  const counter = await wat('counter');
  const { W: W2, rt: rt2 } = capture();
  assert.throws(() => new W2.Instance(new W2.Module(counter), { wbg: {} }), WebAssembly.LinkError);
  assert.equal(rt2.api.stats().aborts, 0);
});

test('funcref tables listed in `tables` are wrapped', async () => {
  const bytes = await wat('counter');
  const { W } = capture({ tables: ['__wbindgen_export_2'] });
  const t = new W.Instance(new W.Module(bytes), noopImports()).exports.__wbindgen_export_2;
  assert.ok(t instanceof WebAssembly.Table);
  assert.equal(t.length, 4);
  assert.equal(t.get(3)(3, 3), 9);
  assert.equal(t.get(2), null);
  assert.equal(t.grow(1), 4);
  assert.equal(t.length, 5);
  t.set(4, t.get(0));
  assert.equal(t.get(4)(1, 2), 3);
});

test('the heap-era drop_ref import is handed over as it is; other imports are guarded', async () => {
  const bytes = await wat('dropref');
  let given = null;
  class RecordingInstance extends WebAssembly.Instance {
    constructor(module, imports) {
      super(module, imports);
      given = imports;
    }
  }
  const ns = Object.create(WebAssembly, { Instance: { value: RecordingInstance } });
  const { W } = capture({ WebAssembly: ns });
  const dropped = [];
  const drop = (i) => void dropped.push(i);
  const callback = (x) => x + 1;
  const inst = new W.Instance(new W.Module(bytes), { wbg: { __wbindgen_object_drop_ref: drop, __wbg_callback_1: callback } });
  assert.equal(given.wbg.__wbindgen_object_drop_ref, drop);
  assert.notEqual(given.wbg.__wbg_callback_1, callback);
  inst.exports.drop(140);
  assert.deepEqual(dropped, [140]);
  assert.equal(inst.exports.call_js(1), 2);
});
