// Unit tests of errors.js, classify.js and guard.js.

import test from 'node:test';
import assert from 'node:assert/strict';

import { ABORT_KINDS, AbortError, PanicError, PoisonedError, StaleInstanceError } from '../errors.js';
import { ABORT, DELIBERATE, FOREIGN, PANIC, PROBE_MIN_BYTES, classify, isOutOfMemory, isStackOverflow, memoryExhausted, trapKind } from '../classify.js';
import { MAX_FIXED_ARITY, guardExport, guardImport } from '../guard.js';
import { NONE } from '../generation.js';
import { isThrowIntrinsic } from '../views.js';

test('error classes: names, hierarchy, cause', () => {
  const cause = new Error('x');
  const p = new PanicError('msg', { cause, generation: 3, label: 'f' });
  assert.equal(p.name, 'PanicError');
  assert.equal(p.message, 'msg');
  assert.equal(p.cause, cause);
  assert.equal(p.generation, 3);
  assert.ok(p instanceof Error);
  const a = new AbortError('m', { kind: 'oom', cause, generation: 2, label: 'g' });
  assert.equal(a.name, 'AbortError');
  assert.equal(a.kind, 'oom');
  const po = new PoisonedError('m', { reason: 'reinit-limit', kind: 'trap', cause: a });
  assert.equal(po.name, 'PoisonedError');
  assert.ok(po instanceof AbortError);
  assert.equal(po.reason, 'reinit-limit');
  const s = new StaleInstanceError('m', { label: 'X.y', generation: 1 });
  assert.equal(s.name, 'StaleInstanceError');
  assert.ok(!(s instanceof AbortError));
  assert.deepEqual([...ABORT_KINDS].sort(), ['cpp-exception', 'js-exception', 'memory-access', 'oom', 'stack-overflow', 'trap', 'unreachable']);
});

test('trap wordings of V8, SpiderMonkey and JavaScriptCore', () => {
  const cases = {
    // V8
    unreachable: 'unreachable',
    'memory access out of bounds': 'memory-access',
    'divide by zero': 'trap',
    'integer overflow': 'trap',
    'float unrepresentable in integer range': 'trap',
    'null function or function signature mismatch': 'trap',
    'table index is out of bounds': 'trap',
    'operation does not support unaligned accesses': 'memory-access',
    // SpiderMonkey
    'unreachable executed': 'unreachable',
    'index out of bounds': 'memory-access',
    'indirect call to null': 'trap',
    'indirect call signature mismatch': 'trap',
    'integer divide by zero': 'trap',
    // JavaScriptCore
    'Unreachable code should not be executed': 'unreachable',
    'Out of bounds memory access': 'memory-access',
    'Out of bounds call_indirect': 'trap',
    'Out of bounds Trunc operation': 'trap',
    'Division by zero': 'trap',
    'something new': 'trap',
  };
  for (const [msg, kind] of Object.entries(cases)) assert.equal(trapKind(msg), kind, msg);
});

test('stack overflow and out-of-memory errors', () => {
  assert.ok(isStackOverflow(new RangeError('Maximum call stack size exceeded')));
  assert.ok(isStackOverflow(new RangeError('Maximum call stack size exceeded.')));
  assert.ok(isStackOverflow(Object.assign(new Error('too much recursion'), { name: 'InternalError' })));
  assert.ok(!isStackOverflow(new Error('Maximum call stack size exceeded')));
  assert.ok(isOutOfMemory(new RangeError('Array buffer allocation failed')));
  assert.ok(isOutOfMemory(new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded')));
  assert.ok(isOutOfMemory(Object.assign(new Error('out of memory'), { name: 'InternalError' })));
  assert.ok(!isOutOfMemory(new RangeError('Invalid array length')));
});

function classifyGen() {
  return { wrappedTags: [], panics: new WeakMap(), crossed: NONE, crossedAll: new WeakSet(), deliberate: NONE };
}

test('classify is an allow-list', () => {
  const gen = classifyGen();
  const tag = new WebAssembly.Tag({ parameters: ['externref'] });
  gen.wrappedTags.push(tag);
  const made = new Error('boom');
  made.name = 'PanicError';
  gen.panics.set(made, null);
  const fake = new Error('boom');
  fake.name = 'PanicError';
  assert.deepEqual(classify(made, WebAssembly, gen), { type: PANIC, payload: made, wrapped: false });
  assert.equal(classify(fake, WebAssembly, gen).type, FOREIGN);
  const wrapped = new WebAssembly.Exception(tag, [made]);
  assert.deepEqual(classify(wrapped, WebAssembly, gen), { type: PANIC, payload: made, wrapped: true });
  assert.equal(classify(new WebAssembly.Exception(tag, [fake]), WebAssembly, gen).type, FOREIGN);
  const cpp = new WebAssembly.Tag({ parameters: ['i32'] });
  assert.deepEqual(classify(new WebAssembly.Exception(cpp, [1]), WebAssembly, gen), { type: ABORT, kind: 'cpp-exception' });
  assert.deepEqual(classify(new WebAssembly.RuntimeError('unreachable'), WebAssembly, gen), { type: ABORT, kind: 'unreachable' });
  assert.deepEqual(classify(new RangeError('Maximum call stack size exceeded'), WebAssembly, gen), { type: ABORT, kind: 'stack-overflow' });
  assert.equal(classify('a string', WebAssembly, gen).type, FOREIGN);
  assert.equal(classify(undefined, WebAssembly, gen).type, FOREIGN);
});

test("wasm-bindgen's deliberate throws are not failures, in every form", () => {
  const gen = classifyGen();
  const tag = new WebAssembly.Tag({ parameters: ['externref'] });
  gen.wrappedTags.push(tag);
  const thrown = new Error('null pointer passed to rust');
  gen.deliberate = thrown;
  gen.crossed = thrown; // it also crossed the import
  assert.deepEqual(classify(thrown, WebAssembly, gen), { type: DELIBERATE });
  // upstream's unwind builds rethrow it wrapped in their private tag
  assert.deepEqual(classify(new WebAssembly.Exception(tag, [thrown]), WebAssembly, gen), { type: DELIBERATE });
  // 0.2.114+ glue's throw intrinsic throws the wrapped exception itself
  const itself = new WebAssembly.Exception(tag, [new Error('recursive use of an object detected')]);
  gen.deliberate = itself;
  assert.deepEqual(classify(itself, WebAssembly, gen), { type: DELIBERATE });
  // throw_val may throw any value, a string included
  gen.deliberate = 'a JsValue string';
  assert.deepEqual(classify('a JsValue string', WebAssembly, gen), { type: DELIBERATE });
  // an error of the same text that did not come through the intrinsic is not
  gen.deliberate = NONE;
  assert.equal(classify(new Error('null pointer passed to rust'), WebAssembly, gen).type, FOREIGN);
  for (const name of ['__wbindgen_throw', '__wbindgen_rethrow', '__wbg_wbindgenthrow_451ec1a8469d7eb6', '__wbg___wbindgen_throw_81fc77679af83bc6', '__wbg___wbindgen_rethrow_5d5bb3b5f3ee0e5a']) {
    assert.ok(isThrowIntrinsic(name), name);
  }
  for (const name of ['__wbg_throw_1234', '__wbindgen_throw_str_x', 'throw', '__wbg_rethrowAll_12ab']) {
    assert.ok(!isThrowIntrinsic(name), name);
  }
});

test('classification never runs user code', () => {
  const gen = classifyGen();
  let touched = 0;
  const trap = () => {
    touched++;
    throw new Error('user code ran');
  };
  const hostile = new Proxy(new Error('x'), { get: trap, getPrototypeOf: trap, has: trap, getOwnPropertyDescriptor: trap });
  // What a JS import threw is recorded as it crosses, and recognised by identity.
  gen.crossed = hostile;
  assert.deepEqual(classify(hostile, WebAssembly, gen), { type: FOREIGN, kind: 'js-exception' });
  gen.crossed = NONE;
  gen.crossedAll.add(hostile);
  assert.deepEqual(classify(hostile, WebAssembly, gen), { type: FOREIGN, kind: 'js-exception' });
  const getterError = new Error('y');
  Object.defineProperty(getterError, 'message', { get: trap });
  Object.defineProperty(getterError, 'name', { get: trap });
  gen.crossedAll.add(getterError);
  assert.equal(classify(getterError, WebAssembly, gen).type, FOREIGN);
  assert.equal(touched, 0);
});

test('memoryExhausted: the declared maximum, then the size, then a probe', () => {
  assert.equal(memoryExhausted(null), false);
  // A declared maximum answers from the size, without growing the memory.
  const full = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  assert.equal(memoryExhausted(full, 1), true);
  const roomy = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  assert.equal(memoryExhausted(roomy, 4), false);
  const almost = new WebAssembly.Memory({ initial: 3, maximum: 4 });
  assert.equal(memoryExhausted(almost, 4), false, 'one page left');
  assert.equal(almost.buffer.byteLength, 3 * 65536, 'not probed');
  // Without one, a small memory is taken to be able to grow (not probed,
  // so on an engine without type reflection even a full one says false).
  if (typeof full.type !== 'function') assert.equal(memoryExhausted(full), false);
  const small = new WebAssembly.Memory({ initial: 1 });
  assert.equal(memoryExhausted(small), false);
  assert.equal(small.buffer.byteLength, 65536, 'not probed');
  // A large one without a declared maximum is probed.
  const pages = PROBE_MIN_BYTES / 65536;
  const bigFull = new WebAssembly.Memory({ initial: pages, maximum: pages });
  assert.equal(memoryExhausted(bigFull), true);
  const bigRoomy = new WebAssembly.Memory({ initial: pages });
  assert.equal(memoryExhausted(bigRoomy), false);
  const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  assert.equal(memoryExhausted(shared, 1), false);
});

function fakeGen() {
  return { dead: false, depth: 0, abortError: null };
}

const UNCATCHABLE = new WebAssembly.RuntimeError('stands for a trap error');

function fakeHandler(log) {
  return {
    dead(gen, site) {
      log.push(['dead', site.name]);
      if (site.free) return undefined;
      throw new StaleInstanceError('stale', { label: site.label });
    },
    fail(gen, site, e) {
      log.push(['fail', gen.depth]);
      gen.dead = true;
      gen.abortError = new AbortError('x', { cause: e });
      throw gen.abortError;
    },
    returnedDead(gen, site) {
      log.push(['returnedDead', gen.depth]);
      throw gen.abortError;
    },
    crossed(gen, e) {
      return gen.dead ? UNCATCHABLE : e;
    },
    uncatchable: UNCATCHABLE,
  };
}

test('guardExport: exact arity 0..12 and a rest fallback; arguments pass through', () => {
  for (let n = 0; n <= MAX_FIXED_ARITY + 2; n++) {
    const gen = fakeGen();
    let seen;
    const raw = (...args) => {
      seen = args;
      return gen.depth;
    };
    const g = guardExport(raw, n, gen, { name: 'f', label: 'f', free: false }, fakeHandler([]));
    assert.equal(g.length, n, 'length for arity ' + n);
    const args = Array.from({ length: n }, (_, i) => i + 1);
    assert.equal(g(...args), 1, 'depth is 1 inside the call');
    assert.deepEqual(seen, args);
    assert.equal(gen.depth, 0);
  }
});

test('guardExport: failure, depth bookkeeping, dead generation', () => {
  const log = [];
  const gen = fakeGen();
  const h = fakeHandler(log);
  const boom = new Error('boom');
  const g = guardExport(() => {
    throw boom;
  }, 0, gen, { name: 'f', label: 'f', free: false }, h);
  assert.throws(() => g(), (e) => e instanceof AbortError && e.cause === boom);
  assert.equal(gen.depth, 0);
  assert.deepEqual(log, [['fail', 1]]);
  assert.throws(() => g(), StaleInstanceError);
  const free = guardExport(() => 1, 2, gen, { name: '__wbg_x_free', label: 'X.free', free: true }, h);
  assert.equal(free(1, 0), undefined);
  // A raw call that returns although its generation died meanwhile (a
  // nested call aborted): its value is never handed on.
  const gen2 = fakeGen();
  const late = guardExport(() => {
    gen2.dead = true;
    gen2.abortError = new AbortError('nested');
    return 42;
  }, 0, gen2, { name: 'g', label: 'g', free: false }, h);
  assert.throws(() => late(), (e) => e === gen2.abortError);
  assert.equal(gen2.depth, 0);
});

test('guardImport: never returns into Rust of a dead generation', () => {
  const gen = fakeGen();
  const h = fakeHandler([]);
  const abortErr = new AbortError('dead');
  const imp = guardImport((a) => {
    gen.dead = true; // a nested call aborted...
    gen.abortError = abortErr;
    return a; // ...and the JS callback returned normally
  }, 1, gen, h);
  assert.throws(() => imp(1), (e) => e === UNCATCHABLE, 'an error no Wasm catch_all catches');
  const gen2 = fakeGen();
  const boom = new Error('x');
  const thrower = guardImport(() => {
    throw boom;
  }, undefined, gen2, h);
  assert.throws(() => thrower(), (e) => e === boom, 'a live generation sees the JS error');
  const ok = guardImport((a, b, c) => a + b + c, 3, fakeGen(), h);
  assert.equal(ok.length, 3);
  assert.equal(ok(1, 2, 3), 6);
});
