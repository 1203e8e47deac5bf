// The contract (ARCHITECTURE.md §3) on a nodejs-shaped glue factory around the
// synthetic counter.wasm. Each test would fail without the runtime: the raw
// glue keeps running a trapped instance, has no PanicError conversion, no
// generations, no hooks.

import test from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';

import { AbortError, PanicError, PoisonedError, StaleInstanceError, createRuntime } from '../index.js';
import { makeHost } from '../host.js';
import { ManualRegistry, counterExports, counterGlue, counterImports, oomGlue, tick, wat } from './support.js';

const FNS = [
  'add', 'checked', 'trapUnreachable', 'trapOob', 'div', 'recurse', 'callJs', 'explodeWithFinally',
  'incThenPanic', 'throwCpp', 'sum14', 'fetchThing', 'failLater', 'tableGet', 'tableSet', 'memoryOf',
  'callJsWithCleanup', 'scheduleAdd', 'scheduleTrap', 'timerAdd',
];

async function setup(extra = {}) {
  const bytes = await wat('counter');
  const instances = [];
  const pending = [];
  const scheduled = [];
  const host = {
    target: 'nodejs',
    bytes,
    era: extra.era || 'wrapped',
    pending,
    scheduled,
    onInstance: (i) => instances.push(i),
  };
  const { era, reconstruct, ...options } = extra;
  const rt = createRuntime({
    name: 'counter',
    factory: counterGlue,
    reinitMode: 'factory',
    eager: true,
    exports: counterExports,
    imports: counterImports,
    tables: ['__wbindgen_export_2'],
    host,
    ...options,
  });
  const m = {};
  for (const n of FNS) m[n] = rt.fn(n);
  m.Counter = rt.cls('Counter', { methods: ['free', 'inc', 'incThenPanic', 'explode', 'later'], getters: ['value'], statics: ['withValue', 'laterZero'], free: true, dispose: true, reconstruct });
  m.Kind = rt.value('Kind');
  const rawCalls = (i) => instances[i].wasm.raw_calls.value;
  return { rt, m, api: rt.api, instances, pending, scheduled, rawCalls };
}

async function rawGlue(extra = {}) {
  return counterGlue(WebAssembly, FinalizationRegistry, { target: 'nodejs', bytes: await wat('counter'), ...extra });
}

test('equivalence: values, Result::Err, classes, statics, enums, getters, dispose', async () => {
  const raw = await rawGlue();
  const { m, api } = await setup();
  assert.equal(m.add(2, 3), raw.add(2, 3));
  assert.equal(m.sum14(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), raw.sum14(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
  // Result::Err thrown by glue after a normal return: same class and message, no abort.
  const rawErr = (() => { try { raw.checked(500); } catch (e) { return e; } })();
  assert.throws(() => m.checked(500), (e) => e instanceof RangeError && e.message === rawErr.message);
  assert.equal(api.stats().aborts, 0);
  assert.equal(m.checked(5), 5);
  assert.deepEqual(m.Kind, raw.Kind);
  assert.ok(Object.isFrozen(m.Kind));
  const c = new m.Counter();
  const rc = new raw.Counter();
  assert.equal(c.inc(), rc.inc());
  assert.equal(c.value, rc.value);
  assert.ok(c instanceof m.Counter);
  const w = m.Counter.withValue(3);
  assert.ok(w instanceof m.Counter);
  assert.equal(w.value, 3);
  assert.equal(m.Counter.zero, raw.Counter.zero);
  assert.equal(typeof m.Counter.withValue, 'function');
  assert.equal(m.Counter.withValue, m.Counter.withValue, 'static forwarders are stable');
  assert.equal(m.Counter.name, 'Counter');
  assert.throws(() => m.Counter(), TypeError, 'a class still needs new');
  if (Symbol.dispose) assert.equal(typeof c[Symbol.dispose], 'function');
  c.free();
  assert.equal(c.__wbg_ptr, 0);
  assert.equal(m.add.name, 'add');
});

test('async success and Err pass through unchanged', async () => {
  const { m, pending } = await setup();
  const p = m.fetchThing(41);
  assert.equal(pending.length, 1);
  pending[0]();
  assert.equal(await p, 42);
  await assert.rejects(m.failLater(1), (e) => e instanceof TypeError && e.message === 'async Err 1');
  const c = new m.Counter();
  c.inc();
  const q = c.later();
  pending[1]();
  assert.equal(await q, 1);
});

test('without the runtime the trapped instance keeps running (the problem)', async () => {
  const raw = await rawGlue();
  assert.throws(() => raw.trapUnreachable(), WebAssembly.RuntimeError);
  assert.equal(raw.add(1, 1), 2, 'raw glue happily calls into the trapped instance');
});

test('unreachable -> AbortError; generation 1 never runs again; next call runs on generation 2', async () => {
  const { m, api, instances, rawCalls } = await setup();
  const c = new m.Counter();
  c.inc();
  let err;
  assert.throws(() => m.trapUnreachable(), (e) => (err = e) instanceof AbortError);
  assert.equal(err.name, 'AbortError');
  assert.equal(err.kind, 'unreachable');
  assert.equal(err.generation, 1);
  assert.equal(err.label, 'trapUnreachable');
  assert.ok(err.cause instanceof WebAssembly.RuntimeError);
  assert.match(err.message, /counter/);
  const callsAtDeath = rawCalls(0);
  // Stale object: refused, and nothing of generation 1 runs.
  assert.throws(() => c.inc(), (e) => e instanceof StaleInstanceError && e.generation === 1);
  assert.throws(() => c.value, StaleInstanceError);
  assert.equal(rawCalls(0), callsAtDeath);
  assert.equal(api.stats().generation, 1, 'reinit is lazy');
  // The next facade call gets a fresh instance.
  assert.equal(m.add(20, 22), 42);
  assert.equal(instances.length, 2);
  assert.equal(api.stats().generation, 2);
  assert.equal(api.stats().reinits, 1);
  assert.equal(api.stats().aborts, 1);
  assert.equal(rawCalls(0), callsAtDeath, 'generation 1 untouched');
  assert.equal(rawCalls(1), 1);
  // upstream's poison flag was set in generation 1's memory
  const flag = new DataView(instances[0].wasm.memory.buffer).getInt32(1024, true);
  assert.equal(flag, 1);
  assert.equal(new DataView(instances[1].wasm.memory.buffer).getInt32(1024, true), 0);
});

test('trap kinds: memory-access, trap (divide by zero), stack-overflow, cpp-exception', async () => {
  const { m, api } = await setup();
  assert.throws(() => m.trapOob(), (e) => e instanceof AbortError && e.kind === 'memory-access' && e.generation === 1);
  assert.throws(() => m.div(1, 0), (e) => e instanceof AbortError && e.kind === 'trap' && e.generation === 2);
  assert.throws(() => m.recurse(), (e) => e instanceof AbortError && e.kind === 'stack-overflow' && e.cause instanceof RangeError);
  assert.throws(() => m.throwCpp(), (e) => e instanceof AbortError && e.kind === 'cpp-exception' && e.cause instanceof WebAssembly.Exception);
  assert.equal(api.stats().aborts, 4);
  assert.equal(m.div(9, 3), 3);
  assert.equal(api.stats().generation, 5);
});

test('oom: memory.grow fails, then unreachable with memory at its maximum', async () => {
  const bytes = await wat('oom');
  const instances = [];
  // memoryMax: the maximum oom.wat declares, as the build passes it.
  const rt = createRuntime({
    name: 'oom', factory: oomGlue, eager: true, memoryMax: 2, host: { bytes, onInstance: (i) => instances.push(i) },
  });
  const grow = rt.fn('grow');
  const boom = rt.fn('boom');
  assert.throws(() => boom(), (e) => e instanceof AbortError && e.kind === 'unreachable', 'growable memory: plain unreachable');
  assert.equal(grow(1), 2);
  assert.throws(() => grow(1), (e) => e instanceof AbortError && e.kind === 'oom');
  assert.equal(grow(1), 2, 'a fresh instance starts with its initial memory again');
  assert.equal(instances.length, 3);
});

test('a throwing import is a js-exception abort by default', async () => {
  const { m, api, instances } = await setup();
  const boom = new TypeError('callback failed');
  assert.throws(
    () => m.callJs(() => { throw boom; }, 1),
    (e) => e instanceof AbortError && e.kind === 'js-exception' && e.cause === boom,
  );
  assert.equal(instances[0].wasm.resumed.value, 0);
  assert.equal(m.add(1, 2), 3);
  assert.equal(api.stats().generation, 2);
});

test("jsErrorsThroughRust 'pass': the JS error is rethrown unchanged, generation stays alive", async () => {
  const { m, api } = await setup({ jsErrorsThroughRust: 'pass' });
  const boom = new TypeError('callback failed');
  assert.throws(() => m.callJs(() => { throw boom; }, 1), (e) => e === boom);
  assert.equal(api.stats().aborts, 0);
  assert.equal(m.add(1, 2), 3);
  assert.equal(api.stats().generation, 1);
  // traps still abort
  assert.throws(() => m.trapUnreachable(), AbortError);
});

test('an error merely named PanicError is not trusted as a panic', async () => {
  const { m, api } = await setup();
  const fake = new Error('not a rust panic');
  fake.name = 'PanicError';
  assert.throws(() => m.callJs(() => { throw fake; }, 1), (e) => e instanceof AbortError && e.kind === 'js-exception');
  assert.equal(api.stats().panics, 0);
});

for (const era of ['wrapped', 'raw-panic']) {
  test(`panic (${era === 'wrapped' ? '0.2.114+ wrapped tag' : 'older unwind builds'}) -> PanicError, state kept`, async () => {
    const { m, api, instances } = await setup({ era });
    const panics = [];
    api.onPanic((p) => panics.push(p));
    const c = new m.Counter();
    assert.equal(c.inc(), 1);
    let err;
    assert.throws(() => m.incThenPanic(c), (e) => (err = e) instanceof PanicError);
    assert.equal(err.name, 'PanicError');
    assert.equal(err.message, 'boom');
    assert.ok(err.cause instanceof instances[0].PanicError, 'cause is the glue-made PanicError');
    assert.equal(err.generation, 1);
    // the instance keeps its state: the counter keeps counting
    assert.equal(c.value, 2);
    assert.equal(c.inc(), 3);
    // the method path: upstream's glue unwraps its own tag (wrapped era)
    // or the guard converts (older era); either way a PanicError, counted once.
    assert.throws(() => c.incThenPanic(), (e) => e.name === 'PanicError' && e.message === 'boom');
    assert.equal(c.inc(), 5);
    const s = api.stats();
    assert.equal(s.panics, 2);
    assert.equal(s.aborts, 0);
    assert.equal(s.generation, 1);
    assert.deepEqual(panics.map((p) => p.message), ['boom', 'boom']);
    assert.equal(panics[0], err, 'the hook and the caller see the same error');
  });
}

test('stale object methods throw StaleInstanceError naming the label', async () => {
  const { m, instances, rawCalls } = await setup();
  const c = new m.Counter();
  assert.throws(() => m.trapUnreachable(), AbortError);
  const before = rawCalls(0);
  let err;
  assert.throws(() => c.inc(), (e) => (err = e) instanceof StaleInstanceError);
  assert.equal(err.name, 'StaleInstanceError');
  assert.equal(err.label, 'Counter.inc');
  assert.equal(err.generation, 1);
  assert.match(err.message, /Counter\.inc/);
  assert.match(err.message, /generation 1/);
  assert.ok(err.cause instanceof AbortError);
  // getters and methods whose first raw call is a helper export are named too
  assert.throws(() => c.value, (e) => e instanceof StaleInstanceError && e.label === 'Counter.value');
  assert.throws(() => c.explode(), (e) => e instanceof StaleInstanceError && e.label === 'Counter.explode');
  assert.equal(rawCalls(0), before);
  assert.equal(instances.length, 1, 'using a stale object does not reinit');
  // objects of the new generation are unaffected
  assert.equal(new m.Counter().inc(), 1);
});

test('stale free() and Symbol.dispose are silent and touch neither instance', async () => {
  const { m, instances, rawCalls } = await setup();
  const a = new m.Counter();
  const b = new m.Counter();
  assert.throws(() => m.trapUnreachable(), AbortError);
  const fresh = new m.Counter(); // generation 2
  const g1 = rawCalls(0);
  const g2 = rawCalls(1);
  a.free();
  if (Symbol.dispose) b[Symbol.dispose]();
  else b.free();
  assert.equal(rawCalls(0), g1);
  assert.equal(rawCalls(1), g2, 'the new instance is not touched');
  assert.equal(instances[0].wasm.frees.value, 0);
  assert.equal(instances[1].wasm.frees.value, 0);
  fresh.free();
  assert.equal(instances[1].wasm.frees.value, 1, 'a live free still runs');
});

test('finalizers of a dead generation are dropped; live ones run', async () => {
  ManualRegistry.all = [];
  const { m, instances, rawCalls } = await setup({ FinalizationRegistry: ManualRegistry });
  new m.Counter();
  new m.Counter();
  ManualRegistry.collectAll();
  assert.equal(instances[0].wasm.frees.value, 2, 'live generation: cleanup calls free');
  new m.Counter();
  new m.Counter();
  assert.throws(() => m.trapUnreachable(), AbortError);
  const before = rawCalls(0);
  ManualRegistry.collectAll();
  assert.equal(instances[0].wasm.frees.value, 2, 'dead generation: cleanup dropped');
  assert.equal(rawCalls(0), before);
});

// Swap mode (the build's `swap: true`): the glue runs once and a reinit is a
// new instance under it. The glue's exports object is the one it keeps
// (`instances[0].wasm`), so its globals read the live instance's; those of
// a dead one are kept aside before it dies.
test('swap mode: the glue runs once, each generation a new instance under it, objects tied to theirs', async () => {
  ManualRegistry.all = [];
  let runs = 0;
  let ns = null;
  const factory = (...a) => {
    runs++;
    return (ns = counterGlue(...a));
  };
  // (Its funcref table not declared as one: a module with tables is not
  // swapped, see the next test.)
  const { m, api, instances } = await setup({ swap: true, factory, FinalizationRegistry: ManualRegistry, tables: [] });
  const wasm = instances[0].wasm;
  const c1 = new m.Counter();
  c1.inc();
  const frees1 = wasm.frees;
  const calls1 = wasm.raw_calls;
  assert.throws(() => m.trapUnreachable(), AbortError);
  const calls1AtDeath = calls1.value;
  assert.equal(m.add(2, 3), 5);
  assert.equal(api.stats().generation, 2);
  assert.equal(runs, 1, 'the glue was not evaluated again');
  assert.equal(instances.length, 1);
  assert.notEqual(wasm.frees, frees1, 'the exports object now holds the new instance');
  // The dead generation's object is refused, and nothing runs in its instance.
  assert.throws(() => c1.inc(), StaleInstanceError);
  c1.free();
  assert.equal(calls1.value, calls1AtDeath);
  // The new generation's objects work and are the glue's class, and only
  // they pass the glue's own instanceof.
  const c2 = new m.Counter();
  assert.equal(c2.inc(), 1);
  assert.ok(c1 instanceof m.Counter && c2 instanceof m.Counter);
  // Its generation is stamped on it out of sight: no property a program
  // or an inspector sees, the shape of a first generation's object.
  assert.deepEqual(Reflect.ownKeys(c2), ['__wbg_ptr']);
  assert.deepEqual(Reflect.ownKeys(c2), Reflect.ownKeys(c1));
  assert.doesNotMatch(inspect(c2), /generation/);
  const Glue = ns.Counter;
  assert.equal(Object.getPrototypeOf(c2), Glue.prototype);
  assert.equal(Object.getPrototypeOf(c1), Object.getPrototypeOf(c2), 'one glue class');
  assert.equal(c2.constructor, m.Counter, 'the exported class is the constructor');
  assert.ok(c2 instanceof Glue && !(c1 instanceof Glue));
  // Finalizers: the dead generation's registrations are dropped, the live
  // one's free in the live instance.
  const frees2 = wasm.frees.value;
  ManualRegistry.collectAll();
  assert.equal(frees1.value, 0, 'no cleanup ran in the dead instance');
  assert.equal(wasm.frees.value, frees2 + 1, "only the live generation's object was freed, in its instance");
  // And once more: generation 3.
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.throws(() => c2.inc(), StaleInstanceError);
  assert.equal(new m.Counter().inc(), 1);
  assert.equal(runs, 1);
  assert.equal(api.stats().reinits, 2);
});

// The glue may run user code in the middle of an API call, outside Wasm
// (here `i < n` calls valueOf). If that code aborts the generation and calls
// the package again, a new generation must not be made under the outer
// call, whose glue would go on (counter_inc with the dead generation's
// pointer) through the glue's one exports object into the new instance.
test('swap mode: no new generation while an API call into the dead one is on the stack', async () => {
  const { m, api } = await setup({ swap: true, tables: [] });
  let nested = 'not called';
  const n = {
    valueOf() {
      assert.throws(() => m.trapUnreachable(), AbortError);
      try {
        new m.Counter();
        nested = 'made';
      } catch (e) {
        nested = e;
      }
      return 1;
    },
  };
  assert.throws(() => m.Counter.withValue(n), AbortError);
  assert.ok(nested instanceof AbortError, `the nested call was refused (got ${nested})`);
  assert.equal(api.stats().generation, 1, 'no generation made under the outer call');
  const c = new m.Counter();
  assert.equal(api.stats().generation, 2);
  assert.equal(c.value, 0, 'nothing of the outer call reached the new instance');
  assert.equal(c.inc(), 1);
});

// A first generation whose glue fails after its instance was made (here the
// factory throws once it has run): discarded, and swap mode starts afresh
// with the glue that does finish.
test('swap mode: a glue that failed after instantiating is not swapped under', async () => {
  let runs = 0;
  let failed = null;
  const factory = (...a) => {
    runs++;
    const ns = counterGlue(...a);
    if (runs === 1) {
      failed = ns;
      throw new Error('glue failed after instantiating');
    }
    return ns;
  };
  const rt = createRuntime({
    name: 'counter',
    factory,
    reinitMode: 'factory',
    exports: counterExports,
    imports: counterImports,
    tables: [],
    swap: true,
    host: { target: 'nodejs', bytes: await wat('counter'), era: 'wrapped', pending: [], scheduled: [], onInstance() {} },
  });
  const add = rt.fn('add');
  const trap = rt.fn('trapUnreachable');
  assert.throws(() => add(1, 2), /glue failed/);
  assert.equal(add(1, 2), 3);
  assert.throws(() => trap(), AbortError);
  assert.equal(add(2, 2), 4, 'the next generation serves the glue that finished');
  assert.equal(runs, 2, 'swapped under that glue');
  // Whatever of the failed glue is still called reaches no instance and
  // fails nothing of the live generation (its guards' cells throw the
  // sentinel their catch answers as a call of the failed generation).
  const s0 = rt.api.stats();
  assert.equal(failed.add(5, 5), undefined);
  const s1 = rt.api.stats();
  assert.deepEqual([s1.aborts, s1.generation, s1.staleCalls], [s0.aborts, s0.generation, s0.staleCalls + 1]);
  assert.equal(add(3, 3), 6);
});

// A glue with a heap array (the build's `swapHeap`): its factory hands the
// runtime a way to empty the array (host.resetHeap, which the build writes
// after the array's declarations); the runtime calls it for each new
// instance, before the instance exists, and without it runs the glue again.
test('swap mode with a heap array: emptied before each new instance; not swapped without the means to', async () => {
  let runs = 0;
  const resets = [];
  let api = null;
  const factory = (W, FR, host) => {
    runs++;
    host.resetHeap = () => resets.push(api.stats().generation);
    return counterGlue(W, FR, host);
  };
  const s = await setup({ swap: true, swapHeap: true, factory, tables: [] });
  api = s.api;
  for (let i = 0; i < 2; i++) {
    assert.throws(() => s.m.trapUnreachable(), AbortError);
    assert.equal(s.m.add(1, 2), 3);
  }
  assert.equal(runs, 1, 'swapped');
  assert.deepEqual(resets, [2, 3], 'once per new generation, as it is made');
  let runs2 = 0;
  const plain = (...a) => {
    runs2++;
    return counterGlue(...a);
  };
  const t = await setup({ swap: true, swapHeap: true, factory: plain, tables: [] });
  assert.throws(() => t.m.trapUnreachable(), AbortError);
  assert.equal(t.m.add(1, 2), 3);
  assert.equal(runs2, 2, 'no resetHeap: the glue is evaluated again');
});

// The glue's cached views of the memory: where the build knows every use the
// glue makes of the memory, its factory hands the runtime a way to drop them
// (host.resetViews), called for each new instance; otherwise the runtime
// detaches the old memory's buffer (memory.grow(0)), which the glue's
// checks notice. Either way the glue views the new memory after a swap.
test('swap mode: the glue\'s views of the memory dropped by host.resetViews, or the old buffer detached', async () => {
  let api = null;
  const drops = [];
  const withReset = (W, FR, host) => {
    host.resetViews = () => drops.push(api.stats().generation);
    return counterGlue(W, FR, host);
  };
  for (const [factory, name] of [[withReset, 'resetViews'], [counterGlue, 'no resetViews']]) {
    drops.length = 0;
    const s = await setup({ swap: true, factory, tables: [] });
    api = s.api;
    const before = s.m.memoryOf();
    const buffer = before.buffer; // what the glue's views view
    const bytes = buffer.byteLength;
    assert.ok(bytes > 0);
    assert.throws(() => s.m.trapUnreachable(), AbortError);
    assert.equal(s.m.add(1, 2), 3);
    assert.equal(api.stats().generation, 2);
    assert.equal(s.instances.length, 1, name + ': swapped');
    assert.notEqual(s.m.memoryOf(), before, name + ': the glue reads the new memory');
    if (factory === withReset) {
      assert.deepEqual(drops, [2], 'once per new generation, as it is made');
      assert.equal(buffer.byteLength, bytes, 'the old buffer left as it was');
    } else {
      assert.equal(buffer.byteLength, 0, name + ': the old buffer detached');
    }
  }
});

// Without a FinalizationRegistry (glue before 0.2.84 has none, and the
// glue falls back to registering nothing where the host lacks one), the
// glue's objects are tagged where they are made: by the facade's
// constructor, and by the glue class's `__wrap` for the objects Rust
// returns (here `withValue`).
test('swap mode without a FinalizationRegistry: objects tagged where they are made, stale ones refused', async () => {
  let runs = 0;
  const factory = (...a) => {
    runs++;
    return counterGlue(...a);
  };
  const { m, instances } = await setup({ swap: true, factory, FinalizationRegistry: undefined, tables: [] });
  const made = new m.Counter();
  const returned = m.Counter.withValue(5);
  assert.equal(returned.inc(), 6);
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(m.Counter.withValue(7).inc(), 8, 'an object Rust returned in the new generation is live');
  assert.equal(new m.Counter().inc(), 1);
  assert.equal(runs, 1, 'swapped');
  assert.equal(instances.length, 1);
  assert.throws(() => made.inc(), StaleInstanceError);
  assert.throws(() => returned.inc(), StaleInstanceError);
  assert.throws(() => m.trapUnreachable(), AbortError);
  const again = m.Counter.withValue(1);
  assert.equal(again.inc(), 2);
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.throws(() => again.inc(), StaleInstanceError, 'tagged with its own generation, not the first');
});

// A local file the glue requires at run time holds state of its own, which
// is evaluated once per glue: such a glue is evaluated again per generation,
// whether it required the file before its instance or after.
test('swap mode falls back where the glue required a local file', async () => {
  for (const when of ['before', 'after']) {
    let runs = 0;
    const required = [];
    const factory = (W, FR, host) => {
      runs++;
      if (when === 'before') host.require('./helper.js');
      const ns = counterGlue(W, FR, host);
      if (when === 'after') host.require('../lib/helper.js');
      host.require('fs');
      return ns;
    };
    const host = makeHost({ require: (id) => (required.push(id), {}) }, () => null);
    Object.assign(host, { target: 'nodejs', bytes: await wat('counter'), era: 'wrapped', pending: [], scheduled: [] });
    const rt = createRuntime({ name: 'counter', factory, reinitMode: 'factory', exports: counterExports, imports: counterImports, tables: [], swap: true, host });
    const add = rt.fn('add');
    const trap = rt.fn('trapUnreachable');
    assert.equal(add(1, 2), 3);
    assert.throws(() => trap(), AbortError);
    assert.equal(add(2, 2), 4);
    assert.equal(runs, 2, `required ${when} instantiating: the glue is evaluated again`);
    assert.equal(host.localRequires, 2);
    assert.equal(required.length, 4, 'every require reaches the one the host was made with');
  }
});

for (const [why, extra] of [['the module exports a funcref table', { FinalizationRegistry: ManualRegistry }]]) {
  test(`swap mode falls back to evaluating the glue again where ${why}`, async () => {
    let runs = 0;
    const factory = (...a) => {
      runs++;
      return counterGlue(...a);
    };
    const { m, instances } = await setup({ swap: true, factory, ...extra });
    const c1 = new m.Counter();
    assert.throws(() => m.trapUnreachable(), AbortError);
    assert.equal(new m.Counter().inc(), 1);
    assert.equal(runs, 2, 'a new evaluation of the glue');
    assert.equal(instances.length, 2);
    assert.throws(() => c1.inc(), StaleInstanceError);
  });
}

test('--reconstruct: a stale instance the host keeps is rebuilt in the fresh instance, finalizer included', async () => {
  ManualRegistry.all = [];
  const { m, api, instances, rawCalls } = await setup({ FinalizationRegistry: ManualRegistry, reconstruct: true });
  const c = new m.Counter();
  c.inc();
  c.inc();
  assert.equal(c.value, 2);
  assert.throws(() => m.trapUnreachable(), AbortError);
  const callsAtDeath = rawCalls(0);
  assert.equal(c.inc(), 1, 'constructed again on generation 2: the Rust state of generation 1 is lost');
  assert.equal(c.value, 1);
  assert.equal(rawCalls(0), callsAtDeath, 'nothing of generation 1 ran');
  assert.ok(c instanceof m.Counter);
  assert.equal(api.stats().reconstructed, 1);
  // The new instance's finalizer registration is the kept object's: free()
  // unregisters it, so a later collection does not free the pointer again.
  c.free();
  assert.equal(instances[1].wasm.frees.value, 1);
  ManualRegistry.collectAll();
  assert.equal(instances[1].wasm.frees.value, 1, 'no second free of the same pointer');
  assert.equal(c.free(), undefined, 'free() of a freed object stays what the glue makes of it');
});

// In swap mode the glue's class is the same in every generation: the kept
// object is tagged with the new generation rather than given its class.
test('--reconstruct in swap mode: the kept object is rebuilt in the new instance and tagged with its generation', async () => {
  ManualRegistry.all = [];
  const { m, api, instances } = await setup({ swap: true, tables: [], FinalizationRegistry: ManualRegistry, reconstruct: true });
  const wasm = instances[0].wasm;
  const c = new m.Counter();
  c.inc();
  c.inc();
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(c.inc(), 1, 'constructed again on generation 2');
  assert.equal(c.value, 1);
  assert.ok(c instanceof m.Counter);
  assert.deepEqual([api.stats().reconstructed, api.stats().generation, instances.length], [1, 2, 1], 'swapped, not evaluated again');
  const frees = wasm.frees.value;
  c.free();
  assert.equal(wasm.frees.value, frees + 1, 'freed in the live instance');
  ManualRegistry.collectAll();
  assert.equal(wasm.frees.value, frees + 1, 'no second free of the same pointer');
  // Rebuilt once more after the next abort.
  const d = new m.Counter();
  d.inc();
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(d.inc(), 1);
  assert.equal(api.stats().reconstructed, 2);
});

// Without a FinalizationRegistry nothing the glue registers tags the rebuilt
// object: the facade does, once, and its Rust state then lasts.
test('--reconstruct in swap mode without a FinalizationRegistry: rebuilt once, state kept after', async () => {
  const { m, api } = await setup({ swap: true, tables: [], FinalizationRegistry: undefined, reconstruct: true });
  const c = new m.Counter();
  c.inc();
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(c.inc(), 1, 'rebuilt on generation 2');
  assert.equal(c.inc(), 2, 'and live there: not rebuilt again');
  assert.equal(c.value, 2);
  assert.deepEqual([api.stats().reconstructed, api.stats().generation], [1, 2]);
});

test('without --reconstruct a stale instance stays refused', async () => {
  const { m, api } = await setup();
  const c = new m.Counter();
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.throws(() => c.inc(), StaleInstanceError);
  assert.equal(api.stats().reconstructed, 0);
});

test('the FinalizationRegistry view is a real registry subclass', async () => {
  const seen = [];
  const rt = createRuntime({
    factory(W, FR) {
      seen.push(FR);
      const r = new FR(() => {});
      r.register({}, 1);
      return { r };
    },
    eager: true,
  });
  assert.ok(rt.value('r') instanceof FinalizationRegistry);
  const none = createRuntime({ factory: (W, FR) => ({ t: typeof FR }), FinalizationRegistry: undefined, eager: true });
  assert.equal(none.value('t'), 'undefined', 'hosts without a registry keep the glue fallback');
});

// An async glue function whose Wasm call traps before its first await has
// already rejected its own promise when the call returns; the call throws
// the abort error, and that promise must not reach the host as an unhandled
// rejection (fatal in Node: html-rewriter-wasm's write after end did it).
test('an async glue function aborting before its first await: the call throws, nothing is left unhandled', async () => {
  const unhandled = [];
  const onUnhandled = (e) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const factory = (W, FR, host) => {
      const ns = counterGlue(W, FR, host);
      return { ...ns, asyncTrap: async () => ns.trapUnreachable() };
    };
    const { rt, m } = await setup({ factory });
    const asyncTrap = rt.fn('asyncTrap', { length: 0 });
    assert.throws(() => asyncTrap(), AbortError);
    await tick();
    await tick();
    assert.deepEqual(unhandled, []);
    assert.equal(m.add(1, 2), 3);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('async members in flight reject promptly with the AbortError', async () => {
  const { m } = await setup();
  const c = new m.Counter();
  const p1 = m.fetchThing(1);
  const p2 = c.later();
  const p4 = m.Counter.laterZero();
  let abortErr;
  assert.throws(() => m.trapUnreachable(), (e) => (abortErr = e) instanceof AbortError);
  await assert.rejects(p1, (e) => e === abortErr);
  await assert.rejects(p2, (e) => e === abortErr);
  await assert.rejects(p4, (e) => e === abortErr);
  // a new call works on generation 2 and its promise is independent
  const p3 = m.fetchThing(2);
  assert.ok(p3 instanceof Promise);
});

test('nested JS -> Wasm -> JS -> Wasm abort swallowed by the callback: the outer Wasm frame never resumes', async () => {
  const { m, api, instances } = await setup();
  let inner;
  let during;
  let statsDuring;
  let outer;
  assert.throws(
    () =>
      m.callJs(() => {
        try {
          m.trapUnreachable();
        } catch (e) {
          inner = e; // swallowed!
        }
        try {
          m.add(1, 2); // reinit must not happen under the dead frame
        } catch (e) {
          during = e;
        }
        statsDuring = api.stats();
        return 5;
      }, 1),
    (e) => (outer = e) instanceof AbortError,
  );
  assert.ok(inner instanceof AbortError);
  assert.equal(outer, inner, 'the import wrapper throws the abort error into Rust');
  assert.equal(instances[0].wasm.resumed.value, 0, 'Rust after the import never ran');
  assert.equal(during, inner, 'no reinit while frames of the dead generation are on the stack');
  assert.equal(statsDuring.generation, 1);
  assert.equal(statsDuring.reinits, 0);
  assert.equal(instances.length, 1);
  // once the stack is clear, the next call reinitialises
  assert.equal(m.callJs((x) => x * 2, 3), 7);
  assert.equal(instances[1].wasm.resumed.value, 1);
  assert.equal(api.stats().generation, 2);
});

test("the glue's own finally blocks do not replace the AbortError", async () => {
  const { m } = await setup();
  let caught;
  assert.throws(() => m.explodeWithFinally(), (e) => (caught = e) instanceof AbortError && e.kind === 'unreachable');
  // The cleanup's call into the dead instance was refused with that same
  // error (no second error made while the aborted call unwinds).
  assert.equal(globalThis.__wbggFinallySaw, caught);
  delete globalThis.__wbggFinallySaw;
  const c = new m.Counter(); // generation 2
  assert.throws(() => c.explode(), (e) => e instanceof AbortError && e.generation === 2);
  // method path: right after the abort, the object reports the abort;
  // once it has propagated (a microtask later) it is a plain stale use
  await tick();
  assert.throws(() => c.inc(), StaleInstanceError);
});

test("policy 'poison': stays dead, every call throws PoisonedError", async () => {
  const { m, api, instances } = await setup({ policy: 'poison' });
  let abortErr;
  assert.throws(() => m.trapUnreachable(), (e) => (abortErr = e) instanceof AbortError);
  assert.equal(api.policy, 'poison');
  assert.equal(api.stats().poisoned, true);
  for (let i = 0; i < 2; i++) {
    assert.throws(
      () => m.add(1, 2),
      (e) => e instanceof PoisonedError && e instanceof AbortError && e.reason === 'policy' && e.cause === abortErr && e.kind === 'unreachable',
    );
  }
  assert.throws(() => new m.Counter(), PoisonedError);
  assert.equal(instances.length, 1);
  // instanceof never touches a generation, so it works even when poisoned
  assert.equal({} instanceof m.Counter, false);
});

test('reinit limit: more reinits than max within the window poisons (crash loop)', async () => {
  let now = 1000;
  const { m, api, instances } = await setup({ reinitLimit: { max: 2, windowMs: 60000 }, now: () => now });
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(m.add(1, 1), 2); // reinit 1
  now += 10;
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(m.add(1, 1), 2); // reinit 2
  now += 10;
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.equal(api.stats().poisoned, false, 'decided when a reinit is due, not at abort time');
  assert.throws(() => m.add(1, 1), (e) => e instanceof PoisonedError && e.reason === 'reinit-limit' && e.kind === 'unreachable');
  assert.equal(api.stats().poisoned, true);
  now += 10 * 60000;
  assert.throws(() => m.add(1, 1), PoisonedError, 'poisoned for good');
  assert.equal(instances.length, 3);
  assert.equal(api.stats().reinits, 2);
});

test('reinit limit: reinits spread beyond the window keep working', async () => {
  let now = 0;
  const { m, api } = await setup({ reinitLimit: { max: 1, windowMs: 1000 }, now: () => now });
  for (let i = 0; i < 4; i++) {
    assert.throws(() => m.trapUnreachable(), AbortError);
    now += 1500;
    assert.equal(m.add(i, 1), i + 1);
  }
  assert.equal(api.stats().reinits, 4);
  assert.equal(api.stats().poisoned, false);
});

test('hooks and counters; a throwing hook does not break the guard', async () => {
  const { m, api } = await setup();
  const log = [];
  const offAbort = api.onAbort((e) => log.push(['abort', e.kind, e.generation]));
  api.onAbort(() => {
    throw new Error('bad hook');
  });
  api.onReinit((info) => log.push(['reinit', info.generation, info.previous, info.cause && info.cause.kind]));
  api.onPanic((p) => log.push(['panic', p.message]));
  assert.throws(() => m.trapOob(), (e) => e instanceof AbortError && e.kind === 'memory-access');
  const c = new m.Counter();
  assert.throws(() => m.incThenPanic(c), PanicError);
  offAbort();
  assert.throws(() => m.trapUnreachable(), AbortError);
  assert.deepEqual(log, [
    ['abort', 'memory-access', 1],
    ['reinit', 2, 1, 'memory-access'],
    ['panic', 'boom'],
  ]);
  assert.deepEqual(api.stats(), { generation: 2, panics: 1, aborts: 2, reinits: 1, poisoned: false, hookErrors: 2, staleCalls: 0, reconstructed: 0 });
  assert.throws(() => api.onAbort(42), TypeError);
});

test('funcref table: functions read with .get(i) are guarded', async () => {
  const { m, api, instances, rawCalls } = await setup();
  const mul = m.tableGet(3);
  assert.equal(mul(6, 7), 42);
  assert.equal(mul.length, 2);
  assert.equal(m.tableGet(3), mul, 'one guard per function');
  // writing a guarded function back stores the raw one
  m.tableSet(2, mul);
  assert.equal(m.tableGet(2), mul);
  assert.equal(m.tableGet(2)(4, 4), 16);
  // slot 1 holds the function also exported as trap_unreachable: same guard
  const trap = m.tableGet(1);
  assert.throws(() => trap(), (e) => e instanceof AbortError && e.kind === 'unreachable' && e.label === 'trapUnreachable');
  const before = rawCalls(0);
  await tick();
  // A function the package handed out is refused once its generation is dead.
  assert.throws(() => mul(1, 1), (e) => e instanceof StaleInstanceError && e.generation === 1);
  assert.equal(api.stats().staleCalls, 0);
  assert.equal(rawCalls(0), before);
  assert.equal(m.tableGet(3)(2, 5), 10, 'generation 2 table');
  assert.equal(instances.length, 2);
});

test('instanceof and constructor across generations', async () => {
  const glues = [];
  const { m } = await setup({ factory: (...a) => { const ns = counterGlue(...a); glues.push(ns); return ns; } });
  const c1 = new m.Counter();
  const w1 = m.Counter.withValue(1);
  assert.throws(() => m.trapUnreachable(), AbortError);
  const c2 = new m.Counter();
  const w2 = m.Counter.withValue(2);
  assert.equal(glues.length, 2);
  const [G1, G2] = glues.map((ns) => ns.Counter);
  assert.notEqual(G1, G2, 'each generation has its own class');
  assert.equal(Object.getPrototypeOf(c1), G1.prototype);
  assert.equal(Object.getPrototypeOf(w2), G2.prototype);
  for (const o of [c1, w1, c2, w2]) {
    assert.ok(o instanceof m.Counter);
    // As the original's objects: the exported class is their constructor.
    assert.equal(o.constructor, m.Counter);
  }
  assert.equal(c1 instanceof G2, false, 'a generation-1 object is no generation-2 object');
  assert.equal({} instanceof m.Counter, false);
  assert.equal(m.Counter.prototype, Object.getPrototypeOf(G2.prototype));
});

test('an AbortError of another package thrown through Rust frames aborts this generation too', async () => {
  const a = await setup();
  const b = await setup();
  let inner;
  assert.throws(
    () => a.m.callJs(() => b.m.trapUnreachable(), 1),
    (e) => e instanceof AbortError && e.kind === 'js-exception' && (inner = e.cause) instanceof AbortError,
  );
  assert.equal(inner.kind, 'unreachable');
  assert.equal(a.api.stats().aborts, 1);
  assert.equal(b.api.stats().aborts, 1);
});

test('lazy first generation (eager: false)', async () => {
  const bytes = await wat('counter');
  const instances = [];
  const rt = createRuntime({
    factory: counterGlue,
    eager: false,
    host: { target: 'nodejs', bytes, onInstance: (i) => instances.push(i) },
  });
  assert.equal(instances.length, 0);
  assert.equal(rt.api.stats().generation, 0);
  assert.equal(rt.fn('add')(1, 2), 3);
  assert.equal(instances.length, 1);
});

test('createRuntime validates its options', () => {
  assert.throws(() => createRuntime({}), TypeError);
  assert.throws(() => createRuntime({ factory() {}, policy: 'x' }), TypeError);
  assert.throws(() => createRuntime({ factory() {}, reinitMode: 'x' }), TypeError);
  assert.throws(() => createRuntime({ factory() {}, jsErrorsThroughRust: 'x' }), TypeError);
});

// ------------------------------------------------------------------------
// Contract points under attack (issue: correct on code nobody here wrote).

test('an abort inside a callback never lets the outer frames catch_all run cleanup code', async () => {
  const { m, instances } = await setup();
  const cleanups = () => instances[instances.length - 1].wasm.cleanups.value;
  // Control: an ordinary JS exception from the callback is catchable, so the
  // cleanup handler runs (with the default policy the call then aborts).
  assert.throws(() => m.callJsWithCleanup(() => { throw new Error('plain'); }, 1), AbortError);
  assert.equal(instances.length, 1);
  assert.equal(cleanups(), 1, 'catch_all caught a catchable error');
  // A nested call traps: what comes back through the import is the trap's
  // uncatchable error, so the dead instance's handler never runs.
  const s = await setup();
  const before = s.instances[0].wasm.cleanups.value;
  const resumed = s.instances[0].wasm.resumed.value;
  let inner;
  assert.throws(
    () => s.m.callJsWithCleanup(() => {
      try {
        s.m.trapUnreachable();
      } catch (e) {
        inner = e;
        throw e;
      }
    }, 1),
    (e) => e instanceof AbortError && e === inner && e.kind === 'unreachable',
  );
  assert.equal(s.instances[0].wasm.cleanups.value, before, 'no cleanup code of the dead instance ran');
  assert.equal(s.instances[0].wasm.resumed.value, resumed);
  // The callback swallows the inner abort and returns normally: the outer
  // frames still never resume.
  const t = await setup();
  assert.throws(() => t.m.callJsWithCleanup(() => {
    try { t.m.trapUnreachable(); } catch (_) { /* swallowed */ }
    return 5;
  }, 1), (e) => e instanceof AbortError && e.generation === 1);
  assert.equal(t.instances[0].wasm.cleanups.value, 0);
  assert.equal(t.instances[0].wasm.resumed.value, 0);
});

test('closures the dead generation handed to the host: no exception reaches the host', async () => {
  const { m, api, scheduled, instances, rawCalls } = await setup();
  void m.scheduleTrap;
  const uncaught = [];
  const onUncaught = (e) => uncaught.push(e);
  process.on('uncaughtException', onUncaught);
  try {
    const stale = [];
    api.onStaleCall((info) => stale.push(info));
    m.scheduleAdd(1); // wasm-bindgen-futures' task queue shape
    m.timerAdd(2, 5); // a timer
    assert.throws(() => m.trapUnreachable(), AbortError);
    const calls = rawCalls(0);
    await tick();
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(uncaught, []);
    assert.equal(rawCalls(0), calls, 'no Rust code of the dead generation ran');
    assert.deepEqual(scheduled, [undefined, undefined], 'the raw calls of the stale closures returned nothing');
    assert.equal(api.stats().staleCalls, 2);
    assert.deepEqual(stale.map((s) => s.generation), [1, 1]);
    // (An abort inside a closure the host calls is tested on real glue,
    // testdata/behaviour/realrust.mjs: the closures real glue makes come
    // from its closure intrinsics, which this hand-made glue has none of.)
    assert.equal(m.add(1, 1), 2);
    assert.equal(instances.length, 2);
  } finally {
    process.off('uncaughtException', onUncaught);
  }
});

test('async methods and async statics reject when their generation dies, with no list of them', async () => {
  const { m } = await setup();
  const c = new m.Counter();
  const a = c.later().then(() => 'resolved', (e) => e);
  const b = m.Counter.laterZero().then(() => 'resolved', (e) => e);
  assert.throws(() => m.trapUnreachable(), AbortError);
  const [ea, eb] = await Promise.all([a, b]);
  assert.ok(ea instanceof AbortError && eb instanceof AbortError);
});

test('stale objects through the side door: receivers and arguments are checked', async () => {
  const { m, instances } = await setup();
  const stale = new m.Counter();
  stale.inc();
  assert.throws(() => m.trapUnreachable(), AbortError);
  const live = new m.Counter(); // generation 2: the same address as `stale`
  live.inc();
  live.inc();
  const proto = Object.getPrototypeOf(live);
  const calls = instances[1].wasm.raw_calls.value;
  const frees = instances[1].wasm.frees.value;
  for (const f of [() => proto.inc.call(stale), () => m.Counter.prototype.inc.call(stale)]) {
    assert.throws(f, (e) => e instanceof StaleInstanceError && e.label === 'Counter.inc' && e.generation === 1);
  }
  const getter = Object.getOwnPropertyDescriptor(m.Counter.prototype, 'value').get;
  assert.throws(() => getter.call(stale), StaleInstanceError);
  // free() of a stale object through the live prototype frees nothing.
  proto.free.call(stale);
  assert.equal(instances[1].wasm.frees.value, frees);
  assert.equal(instances[1].wasm.raw_calls.value, calls, 'no raw call reached the new instance');
  assert.equal(live.value, 2);
  // A stale object as an argument of a live function is refused by name.
  assert.throws(() => m.incThenPanic(stale), (e) => e instanceof StaleInstanceError && /argument 1 \(a Counter\)/.test(e.label));
  assert.equal(live.value, 2);
});

test('classes are classes: subclassing, prototype methods, patching, own statics', async () => {
  const { m } = await setup();
  class Mine extends m.Counter {
    bump() {
      return this.inc() + 100;
    }
  }
  const x = new Mine();
  assert.equal(x.bump(), 101);
  assert.equal(x.value, 1);
  assert.ok(x instanceof Mine && x instanceof m.Counter);
  assert.equal(typeof m.Counter.prototype.inc, 'function');
  assert.equal(m.Counter.prototype.constructor, m.Counter);
  for (const k of ['withValue', 'laterZero', 'zero']) {
    assert.ok(Object.getOwnPropertyNames(m.Counter).includes(k), k + ' is an own static');
  }
  assert.equal(m.Counter.withValue(3).value, 3);
  assert.equal(m.Counter.zero, 0);
  // Patching the prototype reaches every instance.
  const orig = m.Counter.prototype.inc;
  m.Counter.prototype.inc = function () {
    return orig.call(this) * 10;
  };
  try {
    assert.equal(new m.Counter().inc(), 10);
    assert.equal(x.inc(), 20);
  } finally {
    m.Counter.prototype.inc = orig;
  }
  // free() on a subclass instance works, and the subclass survives a reinit.
  x.free();
  assert.throws(() => m.trapUnreachable(), AbortError);
  const y = new Mine();
  assert.equal(y.bump(), 101);
  assert.throws(() => x.bump(), StaleInstanceError);
  assert.throws(() => m.Counter(), TypeError, 'a class cannot be called without new');
});

// Each generation's glue class is adopted; after the first, its methods are
// read by the keys the first adoption found. A generation whose prototype has
// other keys is adopted in full again: its new member reaches the facade.
// Generation 3 adds a method and a value (values stay on the glue's
// prototype); generation 4 has the same keys but for the value, replaced by
// a method: only its keys tell it from generation 3.
test('a generation whose glue class has another shape is adopted in full', async () => {
  let made = 0;
  const method = (name) => ({
    value: function () {
      return this.inc() + 1000;
    },
    writable: true,
    configurable: true,
  });
  const { m } = await setup({
    factory: (W, FR, host) => {
      const ns = counterGlue(W, FR, host);
      made++;
      if (made >= 3) Object.defineProperty(ns.Counter.prototype, 'plusThousand', method());
      if (made === 3) Object.defineProperty(ns.Counter.prototype, 'tag', { value: 3, writable: true, configurable: true });
      if (made === 4) Object.defineProperty(ns.Counter.prototype, 'plusKilo', method());
      return ns;
    },
  });
  const a = new m.Counter();
  assert.equal(a.inc(), 1);
  assert.throws(() => m.trapUnreachable(), AbortError);
  // Generation 2: the same shape, adopted as planned.
  const b = new m.Counter();
  assert.deepEqual([b.inc(), b.inc(), b.value], [1, 2, 2]);
  assert.throws(() => a.inc(), StaleInstanceError);
  assert.equal(m.Counter.prototype.plusThousand, undefined);
  assert.throws(() => m.trapUnreachable(), AbortError);
  // Generation 3: one member more.
  const c = new m.Counter();
  assert.equal(typeof m.Counter.prototype.plusThousand, 'function', 'the new member is on the facade');
  assert.equal(c.plusThousand(), 1001);
  assert.deepEqual([c.inc(), c.value], [2, 2]);
  assert.throws(() => b.inc(), StaleInstanceError);
  b.free(); // silent on a stale object
  assert.throws(() => m.trapUnreachable(), AbortError);
  // Generation 4: as many keys as generation 3, one named otherwise.
  const d = new m.Counter();
  assert.equal(typeof m.Counter.prototype.plusKilo, 'function', 'the new method is on the facade');
  assert.equal(d.plusKilo(), 1001);
  assert.equal(d.plusThousand(), 1002);
  assert.throws(() => c.plusKilo(), StaleInstanceError, 'it goes through the facade');
  d.free();
  assert.equal(made, 4);
});

test('classification runs no user code: a hostile thrown value cannot re-enter or revive', async () => {
  for (const policy of ['abort', 'pass']) {
    const { m, api } = await setup({ jsErrorsThroughRust: policy });
    let getterRuns = 0;
    const hostile = {};
    for (const k of ['name', 'message', 'stack', 'constructor']) {
      Object.defineProperty(hostile, k, {
        get() {
          getterRuns++;
          m.add(1, 1); // would make a new generation under the old one's frames
          return 'x';
        },
      });
    }
    let caught;
    try {
      m.callJs(() => {
        throw hostile;
      }, 1);
    } catch (e) {
      caught = e;
    }
    assert.equal(getterRuns, 0, policy + ': no getter of the thrown value ran');
    if (policy === 'abort') {
      assert.ok(caught instanceof AbortError && caught.cause === hostile && caught.kind === 'js-exception');
    } else {
      assert.equal(caught, hostile);
      assert.equal(api.stats().aborts, 0);
    }
    assert.equal(m.add(2, 2), 4);
    assert.equal(api.stats().generation, policy === 'abort' ? 2 : 1);
  }
});

test('an abort with almost no stack left is recorded in full', async () => {
  const { m, api } = await setup({ reinitLimit: { max: 0 } });
  let hooks = 0;
  api.onAbort(() => hooks++);
  let depth = 0;
  const errors = new Set();
  function dive() {
    depth++;
    try {
      dive();
    } catch (e) {
      // On the way back up, every frame makes one aborting call, so some of
      // them run with the stack nearly exhausted.
      if (depth-- > 0) {
        try {
          m.trapUnreachable();
        } catch (e2) {
          errors.add(e2 && e2.name);
        }
      }
      throw e;
    }
  }
  try {
    dive();
  } catch (_) {
    // the stack overflow itself
  }
  await tick();
  assert.equal(m.add(1, 1), 2);
  const s = api.stats();
  assert.ok(s.aborts > 0);
  assert.equal(s.aborts, s.generation - 1, 'every generation that died was counted');
  assert.equal(hooks, s.aborts, 'and reported');
  assert.ok(errors.has('AbortError'), [...errors].join());
});

test('functions passed to constructors, methods and functions reach the glue as they are', () => {
  class Box {
    constructor(f) {
      this.f = f;
    }
    call(x) {
      return this.f(x);
    }
    same(f) {
      return this.f === f;
    }
  }
  const rt = createRuntime({ factory: () => ({ Box, id: (f) => f }), eager: true });
  const B = rt.cls('Box', { methods: ['call', 'same'] });
  const id = rt.fn('id');
  const f = (x) => x * 3;
  const b = new B(f);
  assert.equal(b.call(2), 6);
  assert.ok(b.same(f));
  assert.equal(id(f), f, 'a function of the user comes back as itself');
});
