// The web target shape: the glue does not instantiate at load; the user
// calls the async default export (or initSync). Reinit runs the factory and
// calls initSync with the cached compiled module.

import test from 'node:test';
import assert from 'node:assert/strict';

import { AbortError, StaleInstanceError, createRuntime } from '../index.js';
import { counterExports, counterGlue, counterImports, wat } from './support.js';

function setup(extra = {}) {
  const instances = [];
  const rt = createRuntime({
    name: 'counter',
    factory: counterGlue,
    reinitMode: 'initSync',
    eager: false,
    exports: counterExports,
    imports: counterImports,
    tables: ['__wbindgen_export_2'],
    host: { target: 'web', onInstance: (i) => instances.push(i) },
    ...extra,
  });
  return {
    rt,
    instances,
    add: rt.fn('add'),
    trap: rt.fn('trapUnreachable'),
    Counter: rt.cls('Counter'),
    Kind: rt.value('Kind'),
  };
}

test('init(bytes) instantiates generation 1; reinit uses initSync with the one compiled module', async () => {
  const bytes = await wat('counter');
  const { rt, instances, add, trap, Counter, Kind } = setup();
  assert.deepEqual(Kind, { A: 0, 0: 'A', B: 1, 1: 'B' }, 'enums are there before init');
  assert.equal(instances.length, 0);
  const exp = await rt.init({ module_or_path: bytes });
  assert.throws(() => {
    exp.add = null;
  }, TypeError, 'the exports are read-only');
  assert.equal(exp.add.length, 2);
  assert.ok(instances[0].instance instanceof WebAssembly.Instance);
  assert.equal(add(1, 2), 3);
  const c = new Counter();
  c.inc();
  assert.throws(() => trap(), (e) => e instanceof AbortError && e.kind === 'unreachable');
  assert.equal(add(2, 2), 4);
  assert.equal(instances.length, 2);
  assert.equal(instances[1].module, instances[0].module, 'compiled once, instantiated twice');
  assert.equal(rt.api.stats().generation, 2);
  // init() again returns the live generation's exports, no new instance
  const exp2 = await rt.init({ module_or_path: bytes });
  assert.equal(exp2.add(5, 5), 10);
  assert.equal(instances.length, 2);
});

test('init(Response) goes through instantiateStreaming', async () => {
  const bytes = await wat('counter');
  const { rt, instances, add, trap } = setup();
  const response = new Response(bytes, { headers: { 'content-type': 'application/wasm' } });
  await rt.init(response);
  assert.equal(add(3, 4), 7);
  assert.throws(() => trap(), AbortError);
  assert.equal(add(3, 5), 8);
  assert.equal(instances[1].module, instances[0].module);
});

test('initSync(bytes) without init()', async () => {
  const bytes = await wat('counter');
  const { rt, instances, add, trap } = setup();
  rt.initSync({ module: bytes });
  assert.equal(add(1, 1), 2);
  assert.throws(() => trap(), AbortError);
  assert.equal(add(1, 1), 2);
  assert.equal(instances.length, 2);
});

test('a call before init fails as the original glue does, without an abort', async () => {
  const { rt, add } = setup();
  assert.throws(() => add(1, 2), TypeError);
  assert.equal(rt.api.stats().aborts, 0);
});

test('older initSync(module) taking the module positionally still reinits', async () => {
  const bytes = await wat('oom');
  const made = [];
  // The shape of early initSync: `new WebAssembly.Module(module)` unless it
  // already is one; handed `{ module }` by the runtime, the view's Module
  // returns the cached module.
  function oldGlue(WebAssembly) {
    let wasm;
    function initSync(module) {
      if (!(module instanceof WebAssembly.Module)) module = new WebAssembly.Module(module);
      const instance = new WebAssembly.Instance(module, {});
      wasm = instance.exports;
      made.push(module);
      return wasm;
    }
    return {
      initSync,
      default: async (m) => initSync(m),
      boom: () => wasm.boom(),
      grow: (n) => wasm.grow(n),
    };
  }
  const rt = createRuntime({ factory: oldGlue, reinitMode: 'initSync' });
  await rt.init(bytes);
  assert.throws(() => rt.fn('boom')(), AbortError);
  assert.equal(rt.fn('grow')(0), 1);
  assert.equal(made.length, 2);
  assert.equal(made[1], made[0]);
});

// Swap mode on the web target (the build's `swap: true`): the instance
// init() made is the first generation's, and each reinit is a new instance
// under the same glue, not a new evaluation of it and a call of initSync.
// The glue factory, counting its evaluations.
function countingGlue() {
  const c = { runs: 0 };
  c.factory = (...a) => {
    c.runs++;
    return counterGlue(...a);
  };
  return c;
}

test('swap mode: init() makes the first instance; each reinit a new instance under the one glue', async () => {
  const bytes = await wat('counter');
  const glue = countingGlue();
  const { rt, instances, add, trap, Counter } = setup({ swap: true, tables: [], factory: glue.factory });
  const exp = await rt.init({ module_or_path: bytes });
  const c = new Counter();
  c.inc();
  assert.throws(() => trap(), AbortError);
  assert.equal(add(2, 2), 4);
  assert.equal(rt.api.stats().generation, 2);
  assert.equal(glue.runs, 1, 'the glue was not evaluated again');
  assert.equal(instances.length, 1, 'the glue did not instantiate again');
  assert.throws(() => c.inc(), StaleInstanceError);
  assert.equal(new Counter().inc(), 1);
  // init() again: the glue's one exports object, now the new instance's.
  assert.equal(await rt.init({ module_or_path: bytes }), exp);
  assert.equal(exp.add(5, 5), 10);
  assert.equal(instances.length, 1);
});

// init() twice at once: the glue makes two instances for the first
// generation and keeps the one that finished last. Swap mode could renew
// only one of the two exports objects, so it is given up: every later
// generation is a new evaluation of the glue, and neither first instance
// runs again once its generation is dead, whichever object reaches it.
test('swap mode: init() twice at once gives it up; neither first instance runs after the abort', async () => {
  const bytes = await wat('counter');
  const glue = countingGlue();
  const { rt, instances, add, trap } = setup({ swap: true, tables: [], factory: glue.factory });
  const [e1, e2] = await Promise.all([rt.init({ module_or_path: bytes }), rt.init({ module_or_path: bytes })]);
  assert.equal(instances.length, 2, 'two instances for generation 1, as the original glue makes');
  assert.equal(e1.add(1, 2), 3);
  assert.equal(e2.add(1, 2), 3);
  assert.equal(add(1, 2), 3);
  assert.throws(() => trap(), AbortError);
  const callsAtDeath = [instances[0].wasm.raw_calls.value, instances[1].wasm.raw_calls.value];
  assert.equal(add(2, 2), 4);
  assert.equal(glue.runs, 2, 'a new evaluation of the glue');
  assert.equal(instances.length, 3, 'instantiated by that glue');
  // What init() returned is the runtime's view of the exports object, the
  // same for both calls: its calls run on the live generation 2, never on
  // either first instance (whose exports carry the guards made for swap
  // mode, which stay with generation 1, dead).
  const s0 = rt.api.stats();
  assert.equal(e1, e2, 'one view, whichever instance the glue returned');
  assert.equal(e1.add(1, 2), 3);
  assert.equal(e2.add(2, 2), 4);
  const s1 = rt.api.stats();
  assert.deepEqual([s1.aborts, s1.generation, s1.staleCalls], [s0.aborts, s0.generation, s0.staleCalls], 'the live generation served them');
  assert.deepEqual([instances[0].wasm.raw_calls.value, instances[1].wasm.raw_calls.value], callsAtDeath, 'no code of theirs ran');
  assert.equal(instances[2].wasm.raw_calls.value > 0, true, "the live generation's instance ran them");
  assert.equal(add(2, 3), 5);
  assert.throws(() => trap(), AbortError);
  assert.equal(add(3, 3), 6);
  assert.equal(glue.runs, 3);
  assert.equal(rt.api.stats().generation, 3);
});
