// The contract on real Rust built by the real wasm-bindgen CLI: the fixture
// crate of testdata/rust (testdata/real/<version>/<profile>/<target>/),
// guarded by TestBehaviourUnderNode into $WBG_OUT/real/... . Shared by
// realrust.test.mjs (Node 20: panic=abort and legacy-EH unwind builds) and
// realrust.node24.mjs (exnref builds). Every build is compared with its
// original where the original can say anything (while nothing fails); after
// a failure the original is the problem, not the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const realSrc = path.join(here, '..', 'real');

/** Guarded builds under $WBG_OUT/real: [{ version, profile, target, dir, src }]. */
export function builds(filter) {
  const root = path.join(process.env.WBG_OUT, 'real');
  const out = [];
  if (!existsSync(root)) return out;
  for (const version of readdirSync(root).sort()) {
    for (const profile of readdirSync(path.join(root, version)).sort()) {
      for (const target of readdirSync(path.join(root, version, profile)).sort()) {
        const b = { version, profile, target, dir: path.join(root, version, profile, target), src: path.join(realSrc, version, profile, target) };
        if (filter(b)) out.push(b);
      }
    }
  }
  return out;
}

/** The builds Node 20 can load. */
export const node20 = (b) => b.profile === 'abort' || (b.profile === 'unwind-legacy' && b.version !== '0.2.110');

/** Loads the package in dir as a user of that target would in Node. */
export async function load(b, dir) {
  const entry = path.join(dir, 'fixture.js');
  if (b.target === 'nodejs') return require(entry);
  if (b.target === 'no-modules') {
    // As a <script> would: the file assigns the global wasm_bindgen. The
    // glue reads the browser's `self` at load (the original does too). The
    // original declares it with a script-level `let`, which a second script
    // could not declare again: each load runs in a function scope of its own.
    globalThis.self ??= globalThis;
    const src = readFileSync(entry, 'utf8');
    const g = vm.runInThisContext('(function () {\n' + src + '\n;return wasm_bindgen;\n})()', { filename: entry });
    delete globalThis.wasm_bindgen;
    g.initSync({ module: readFileSync(path.join(dir, 'fixture_bg.wasm')) });
    return g;
  }
  const m = await import(entry + '?' + encodeURIComponent(dir));
  if (b.target === 'web') m.initSync({ module: readFileSync(path.join(dir, 'fixture_bg.wasm')) });
  return m;
}

const unwind = (b) => b.profile.startsWith('unwind') || b.profile === 'reset-state';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function threw(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

// What the scenarios compare with the original: one call of every kind,
// strings in and out of the instance's memory included.
async function workload(P) {
  const c = new P.Counter();
  const r = {
    count: P.count(),
    add: P.add(2, 3),
    inc: [c.increment(), c.increment()],
    value: c.value,
    withValue: P.Counter.with_value(7).value,
    div: P.checked_div(9, 3),
    divErr: String(threw(() => P.checked_div(1, 0))),
    parseErr: String(threw(() => P.parse_u32('x'))),
    throwStr: String(threw(() => P.throw_message('deliberate'))),
    unwrapNone: String(threw(() => P.unwrap_none())),
    adder: P.make_adder(10)(5),
    callJs: P.call_js(() => P.add(1, 1)),
    callJsErr: String(threw(() => P.call_js(() => { throw new TypeError('from js'); }))),
    sleep: await P.sleep_then(41, 1),
    awaited: await P.await_promise(Promise.resolve('ok')),
    later: await P.Counter.create_later(3, 1).then((x) => x.value),
    incLater: await c.increment_later(1),
    instanceOf: c instanceof P.Counter,
  };
  c.value = 40;
  r.setter = c.value;
  c.free();
  return r;
}

// The original of a bundler or module target cannot load in Node (it
// imports the .wasm as a module): the same build's nodejs target, from the
// same Rust and the same wasm-bindgen, is the reference then.
function loadReference(b) {
  const ref = b.target === 'bundler' || b.target === 'module' ? { ...b, target: 'nodejs', src: path.join(path.dirname(b.src), 'nodejs') } : b;
  return load(ref, ref.src);
}

// The Wasm exports object user code can hold: initSync's result (web and
// no-modules; the instance is there already, so the glue hands it back), or
// nodejs glue's `__wasm` (before 0.2.107). undefined where there is none.
function exportsObject(b, P, dir) {
  if (b.target === 'web' || b.target === 'no-modules') return P.initSync({ module: readFileSync(path.join(dir, 'fixture_bg.wasm')) });
  return P.__wasm;
}

/** The scenario for one build; `label` names it in test titles. */
export function scenario(b) {
  const label = `${b.version} ${b.profile} ${b.target}`;

  test(`${label}: equivalent to the original while nothing fails`, async () => {
    const G = await load(b, b.dir);
    const O = await loadReference(b);
    const [g, o] = [await workload(G), await workload(O)];
    assert.deepEqual(g, o);
    assert.equal(g.count, 1, 'the start function ran once');
    // Deliberate throws of wasm-bindgen are not failures.
    assert.deepEqual([G.wbgGuard.stats().aborts, G.wbgGuard.stats().generation], [0, 1]);
  });

  // A generation made after aborts (a new evaluation of the glue, or in
  // swap mode a new instance under the first one's glue) must serve every
  // kind of call as a fresh original does: strings written into and read
  // from the new instance's memory (not the dead one's), classes,
  // closures, promises, the start function run once for it.
  test(`${label}: after aborts and reinits, equivalent to a fresh original`, async () => {
    const G = await load(b, b.dir);
    const O = await loadReference(b);
    // Which way this build reinits: in swap mode (its entry asks for it, and
    // the runtime takes it unless the module exports a funcref table) the
    // glue's class is the same in every generation, otherwise each has its
    // own. Checked, so that a build silently leaving swap mode shows here.
    const entry = readdirSync(b.dir).filter((f) => /\.(c|m)?js$/.test(f)).map((f) => readFileSync(path.join(b.dir, f), 'utf8')).join('');
    const flagged = entry.includes('"swap": true');
    const swap = flagged && entry.includes('"tables": []');
    const proto = Object.getPrototypeOf(new G.Counter());
    // Strings Rust itself reads (parse_u32 parses what JS wrote) and that
    // it writes for JS to read (the Err's message): a glue still viewing a
    // dead instance's memory writes and reads there instead, which a round
    // trip through throw_message alone would not show. New text each round,
    // so a dead memory cannot hold the right bytes by chance.
    const strings = (P, round) => [P.parse_u32(String(4000 + round)), String(threw(() => P.parse_u32('x'.repeat(round))))];
    for (let round = 1; round <= 2; round++) {
      assert.deepEqual(strings(G, round), strings(O, round));
      new G.Counter().increment();
      assert.ok(threw(() => G.trap_unreachable()) instanceof G.AbortError);
      assert.deepEqual(strings(G, round + 10), strings(O, round + 10));
    }
    assert.deepEqual(await workload(G), await workload(O));
    assert.equal(G.wbgGuard.stats().generation, 3);
    assert.equal(Object.getPrototypeOf(new G.Counter()) === proto, swap, swap ? 'swap mode: one glue class' : 'a glue per generation');
    // Every target, of builds without upstream's own abort handling.
    const expectFlag = b.profile === 'abort';
    assert.equal(flagged, expectFlag, 'the build asks for swap mode where it should');
  });

  const aborts = [
    ['trap_unreachable', (P) => P.trap_unreachable(), ['unreachable']],
    ['out_of_bounds', (P) => P.out_of_bounds(), ['memory-access']],
    ['stack_overflow', (P) => P.stack_overflow(10_000_000), ['stack-overflow', 'memory-access']],
    ['oom_huge', (P) => P.oom_huge(), ['oom', 'unreachable']],
    ['call_js_uncaught', (P) => P.call_js_uncaught(() => { throw new Error('thrown in JS'); }), ['js-exception']],
  ];
  if (!unwind(b)) aborts.push(['panic_now (panic=abort)', (P) => P.panic_now('boom'), ['unreachable']]);
  for (const [what, trigger, kinds] of aborts) {
    test(`${label}: ${what} is an abort; the dead instance never runs again; the next call gets a fresh one`, async () => {
      const P = await load(b, b.dir);
      const s0 = P.wbgGuard.stats();
      const c = new P.Counter();
      c.increment();
      P.bump();
      let err;
      try {
        trigger(P);
      } catch (e) {
        err = e;
      }
      assert.ok(err instanceof P.AbortError, `${what}: expected AbortError, got ${err && err.name}: ${err && err.message}`);
      assert.ok(kinds.includes(err.kind), `${what}: kind ${err.kind}, expected one of ${kinds}`);
      assert.ok(err.cause !== undefined);
      const stale = threw(() => c.increment());
      assert.ok(stale instanceof P.StaleInstanceError && stale.label === 'Counter.increment', `stale: ${stale}`);
      assert.equal(threw(() => c.free()), undefined, 'a stale free() is silent');
      const s1 = P.wbgGuard.stats();
      assert.equal(s1.aborts, s0.aborts + 1);
      // Recovery: a fresh instance, visibly (the global counter restarts
      // from the start function's 1).
      assert.equal(P.count(), 1);
      assert.equal(new P.Counter().increment(), 1);
      assert.equal(P.wbgGuard.stats().generation, s1.generation + 1);
    });
  }

  if (unwind(b)) {
    test(`${label}: a panic is a PanicError and the instance keeps its state`, async () => {
      const P = await load(b, b.dir);
      const g0 = P.wbgGuard.stats().generation;
      const c = new P.Counter();
      c.increment();
      const n = P.bump();
      assert.throws(() => P.panic_now('boom'), (e) => e instanceof P.PanicError && e.name === 'PanicError' && /boom/.test(e.message));
      assert.throws(() => c.increment_then_panic('in method'), (e) => e instanceof P.PanicError && /in method/.test(e.message));
      assert.equal(P.bump(), n + 1, 'the global counter kept counting');
      assert.equal(c.value, 2, 'the object kept its state (incremented before the panic)');
      assert.equal(c.increment(), 3, 'and is usable: its borrow was released by the unwind');
      assert.throws(() => P.make_panicker('in closure')(), (e) => e instanceof P.PanicError && /in closure/.test(e.message));
      assert.equal(P.wbgGuard.stats().generation, g0);
    });
  }

  test(`${label}: an abort in a task of wasm-bindgen-futures rejects the promise and reaches no host handler`, async () => {
    const P = await load(b, b.dir);
    const uncaught = [];
    const onU = (e) => uncaught.push(e);
    process.on('uncaughtException', onU);
    process.on('unhandledRejection', onU);
    try {
      const c = new P.Counter();
      const pending = c.increment_later(50).then(() => 'resolved', (e) => e);
      const pendingStatic = P.Counter.create_later(1, 50).then(() => 'resolved', (e) => e);
      const p = P.async_trap_after_await(1).then(() => 'resolved', (e) => e);
      const err = await Promise.race([p, sleep(3000).then(() => 'hang')]);
      assert.ok(err instanceof P.AbortError && err.kind === 'unreachable', `got ${err}`);
      assert.equal(await Promise.race([pending, sleep(3000).then(() => 'hang')]), err, 'a pending async method rejects with it');
      assert.equal(await Promise.race([pendingStatic, sleep(3000).then(() => 'hang')]), err, 'a pending async static too');
      await sleep(80); // the timers of the dead generation fire
      assert.deepEqual(uncaught, []);
      assert.ok(P.wbgGuard.stats().staleCalls > 0, 'its closures were called by the host and did nothing');
      assert.equal(await P.sleep_then(1, 1), 2, 'the next call works');
    } finally {
      process.off('uncaughtException', onU);
      process.off('unhandledRejection', onU);
    }
  });

  test(`${label}: an abort inside a callback: the outer Rust frames never resume`, async () => {
    const P = await load(b, b.dir);
    const n = P.bump();
    let inner;
    const err = threw(() => P.call_js_uncaught(() => {
      try {
        P.trap_unreachable();
      } catch (e) {
        inner = e;
      }
      return 1; // swallowed: Rust would resume and bump the counter again
    }));
    assert.ok(inner instanceof P.AbortError);
    assert.equal(err, inner, 'the outer call throws the same abort');
    assert.equal(P.count(), 1, 'a fresh instance (the dead one never bumped its counter after the callback)');
    void n;
  });

  // User code that holds the exports object calls raw exports and reads the
  // memory itself. Through the guard an abort there must throw (as the
  // original's trap does) and the object must serve the live generation
  // after it: calls made through it were once taken for the host's (a dead
  // generation's closure called by a timer) and answered undefined.
  test(`${label}: the Wasm exports object user code holds: an abort throws, then the live generation`, async (t) => {
    if (!['web', 'no-modules', 'nodejs'].includes(b.target)) {
      t.skip('no exports object offered by this target');
      return;
    }
    const G = await load(b, b.dir);
    const O = await load(b, b.src);
    const [rg, ro] = [exportsObject(b, G, b.dir), exportsObject(b, O, b.src)];
    if (ro === undefined) {
      assert.equal(rg, undefined, 'the original offers none');
      return;
    }
    assert.equal(rg.add(2, 3), ro.add(2, 3));
    assert.ok(rg.memory instanceof WebAssembly.Memory);
    const memory = rg.memory;
    const g0 = G.wbgGuard.stats().generation; // the package may be loaded already
    assert.throws(() => ro.trap_unreachable(), WebAssembly.RuntimeError);
    assert.throws(() => rg.trap_unreachable(), (e) => e instanceof G.AbortError && e.kind === 'unreachable');
    assert.equal(rg.add(2, 3), 5);
    assert.equal(G.wbgGuard.stats().generation, g0 + 1);
    assert.notEqual(rg.memory, memory, "the live generation's memory");
    assert.equal(exportsObject(b, G, b.dir), rg, 'one object, however often it is asked for');
  });

  test(`${label}: a class is a class on real glue`, async () => {
    const P = await load(b, b.dir);
    class Mine extends P.Counter {
      twice() {
        this.increment();
        return this.increment();
      }
    }
    const m = new Mine();
    assert.equal(m.twice(), 2);
    assert.ok(m instanceof P.Counter);
    assert.equal(typeof P.Counter.prototype.increment, 'function');
    assert.ok(Object.getOwnPropertyNames(P.Counter).includes('with_value'));
    m.free();
  });
}
