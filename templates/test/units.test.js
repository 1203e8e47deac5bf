// Unit tests of errors.js, classify.js and guard.js.

import test from 'node:test';
import assert from 'node:assert/strict';

import { ABORT_KINDS, AbortError, PanicError, PoisonedError, StaleInstanceError } from '../errors.js';
import { ABORT, FOREIGN, PANIC, classify, isOutOfMemory, isStackOverflow, memoryExhausted, trapKind } from '../classify.js';
import { MAX_FIXED_ARITY, guardExport, guardImport } from '../guard.js';

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

test('classify is an allow-list', () => {
  const gen = { wrappedTags: [], panics: new WeakMap() };
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
  const hostile = new Proxy({}, { get() { throw new Error('getter'); } });
  assert.equal(classify(hostile, WebAssembly, gen).type, FOREIGN);
});

test('memoryExhausted: probes only memories that cannot grow', () => {
  assert.equal(memoryExhausted(null), false);
  const full = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  assert.equal(memoryExhausted(full), true);
  const roomy = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  assert.equal(memoryExhausted(roomy), false);
  const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  assert.equal(memoryExhausted(shared), false);
});

function fakeGen() {
  return { dead: false, depth: 0, abortError: null };
}

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
      return gen.abortError;
    },
    leave(gen) {
      log.push(['leave', gen.depth]);
    },
    crossed(gen, e) {
      return gen.dead ? gen.abortError : e;
    },
    abortErrorOf: (gen) => gen.abortError,
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
  assert.deepEqual(log, [['fail', 1], ['leave', 0]]);
  assert.throws(() => g(), StaleInstanceError);
  const free = guardExport(() => 1, 2, gen, { name: '__wbg_x_free', label: 'X.free', free: true }, h);
  assert.equal(free(1, 0), undefined);
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
  assert.throws(() => imp(1), (e) => e === abortErr);
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
