// The fault matrix: fault kind x entrypoint kind, run by one runtime against
// guarded packages that host.js (Node, Deno, Bun), the browser page or the
// Worker has loaded. Runtime-neutral: only standard globals.
//
// Every cell asserts the contract of ARCHITECTURE.md §3 and stops at the first
// value that differs from it (reported as 'expected ..., got ...'):
//   abort: the error class (AbortError of the package) and its kind, cause
//          kept, the onAbort hook called with the same error; poison: stale
//          objects and closures of the dead generation are refused with
//          StaleInstanceError, free() of them is silent, and no raw export
//          of that instance runs any more (counted by counting.js, and
//          Wasm-side by the synthetic modules), finalizers and closure
//          destructors included (a GC is forced where the runtime allows);
//          recovery: the next call runs on a new instance (generation + 1,
//          fresh state), and a stale free() does not reach it.
//   panic: PanicError with the Rust message; the instance and its state are
//          kept (a counter held in Rust keeps counting), no reinit.
// A cell the runtime cannot run is reported 'n/a' with the reason.
import { touched } from './counting.js';

export const FAULTS = [
  { id: 'panic->unreachable', k: 1, kind: 'unreachable' },
  { id: 'out-of-bounds', k: 2, kind: 'memory-access' },
  { id: 'oom', k: 3, kind: 'oom' },
  { id: 'stack-overflow', k: 4, kind: 'stack-overflow' },
  { id: 'js-exception', k: 5, kind: 'js-exception' },
  { id: 'cpp-exception', k: 6, kind: 'cpp-exception' },
  { id: 'panic-unwind', k: 7, panic: true },
  { id: 'throw-str', k: 8, deliberate: true },
];
export const ENTRIES = ['function', 'constructor', 'method', 'static', 'accessor', 'closure', 'async', 'finalizer'];

class CellFail extends Error {}
function expect(ok, what, got) {
  if (!ok) throw new CellFail('expected ' + what + ', got ' + show(got));
}
function show(v) {
  if (v instanceof Error || (v && typeof v === 'object' && 'message' in v)) {
    return (v.name || 'Error') + (v.kind ? '(' + v.kind + ')' : '') + ': ' + String(v.message).slice(0, 140);
  }
  try {
    return typeof v === 'string' ? JSON.stringify(v.slice(0, 140)) : String(JSON.stringify(v) ?? v).slice(0, 140);
  } catch (_) {
    return String(v);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function within(p, ms, what) {
  return Promise.race([p, sleep(ms).then(() => { throw new CellFail(what + ' did not settle within ' + ms + ' ms (hang)'); })]);
}

function threw(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

// ----------------------------------------------------------- synthetic --

const TRIGGERS = {
  function: (P, k) => P.fault_fn(k),
  constructor: (P, k) => new P.Thing(k),
  method: (P, k) => new P.Thing(0).poke(k),
  static: (P, k) => P.Thing.make(k),
  accessor: (P, k) => {
    const t = new P.Thing(0);
    t.arm(k);
    try {
      return t.armed;
    } finally {
      try { t.arm(0); } catch (_) { /* dead generation */ }
    }
  },
  closure: (P, k) => P.make_callback()(k),
  async: (P, k) => within(P.run_async(k), 5000, 'the promise of run_async'),
};

// The harness's own registry tells whether the object was collected at all.
let collected = 0;
const probe = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry(() => collected++) : null;
function armForFinalizer(P, k) {
  const t = new P.Thing(0);
  t.arm(k);
  if (probe) probe.register(t, 0);
}

// Drives the collector until `done()` or about `ms` have passed; finalizers
// run as tasks after a collection. Counted in rounds, not by the clock:
// workerd's clock stands still while a request computes.
async function collectUntil(ctx, done, ms = 5000) {
  for (let i = 0; i < ms / 5 && !done(); i++) {
    await ctx.gc();
    await sleep(5);
  }
  return done();
}

/**
 * One cell on a synthetic module (faults: 0.2.100 shape; unwind: 0.2.114+
 * shape with upstream's guard). Both export fault_fn, Thing, make_callback
 * and run_async (see synthetic/*).
 */
export async function syntheticCell(ctx, P, fault, entry) {
  if (fault.deliberate && (entry === 'async' || entry === 'finalizer')) {
    // A throw_str in a task or a finalizer has no caller to receive it: the
    // original leaves it to the host, and since it is not a failure, so
    // does the guard. Nothing to compare but that.
    return { status: 'n/a', detail: 'n/a: a deliberate throw with no caller (task, finalizer) behaves as in the original' };
  }
  if (entry === 'finalizer' && !ctx.gc) return { status: 'n/a', detail: 'n/a: ' + ctx.runtime + ' cannot force a GC here' };
  if (entry === 'finalizer' && ctx.noFinalizers) return { status: 'n/a', detail: 'n/a: ' + ctx.noFinalizers };
  const s0 = P.wbgGuard.stats();
  const seen = [];
  const offA = P.wbgGuard.onAbort((e) => seen.push(e));
  const offP = P.wbgGuard.onPanic((e) => seen.push(e));
  try {
    const w = new P.Thing(0);
    const [one, inst] = touched(() => w.poke(0));
    expect(one === 1, 'witness.poke(0) === 1', one);
    const cb = P.make_callback();
    expect(cb(0) === 7, 'callback(0) === 7', 'other');
    expect(inst !== undefined, 'a counted instance', inst);
    let err;
    const u0 = ctx.uncaught ? ctx.uncaught() : 0;
    if (entry === 'finalizer') {
      const c0 = collected;
      armForFinalizer(P, fault.k);
      await collectUntil(ctx, () => seen.length > 0);
      if (seen.length === 0 && collected === c0) {
        return { status: 'n/a', detail: 'n/a: ' + ctx.runtime + ' did not collect the armed object within 5 s of forced GCs (the harness\'s own FinalizationRegistry saw nothing either)' };
      }
      expect(seen.length === 1, 'one hook call from the finalizer', seen.length);
      err = seen[0];
      await sleep(20);
      // A GC callback has no caller: what failed in it is reported through
      // the hooks, and nothing may reach the host's global error handler.
      const u = ctx.uncaught ? ctx.uncaught() - u0 : 0;
      expect(u === 0, 'nothing thrown out of the finalizer to the host', u + ' uncaught error(s)');
    } else {
      try {
        await TRIGGERS[entry](P, fault.k);
      } catch (e) {
        err = e;
      }
    }
    if (fault.deliberate) {
      // wasm-bindgen's own throw: the original's Error, not a failure.
      expect(err instanceof Error && err.name === 'Error' && !(err instanceof P.AbortError), 'the Error throw_str throws', err);
      expect(/synthetic JS exception/.test(err.message), "throw_str's message", err.message);
      expect(seen.length === 0, 'no hook call', seen.length);
      const s1 = P.wbgGuard.stats();
      expect(s1.aborts === s0.aborts && s1.generation === s0.generation, 'same aborts and generation', s1);
      expect(w.poke(0) === 2, 'state kept: witness.poke(0) === 2', 'other');
      const [r42, same] = touched(() => P.fault_fn(0));
      expect(r42 === 42 && same === inst, 'the same instance answers', 'a new one');
      w.free();
      return { status: 'pass', detail: 'Error, instance kept' };
    }
    if (fault.panic) {
      expect(err instanceof P.PanicError && err.name === 'PanicError', 'PanicError', err);
      expect(/synthetic panic/.test(err.message), 'the Rust panic message', err.message);
      expect(err.cause !== undefined, 'the original as cause', err.cause);
      expect(seen.length === 1 && seen[0] === err, 'onPanic called with the error', seen.length);
      const s1 = P.wbgGuard.stats();
      expect(s1.panics === s0.panics + 1 && s1.aborts === s0.aborts && s1.generation === s0.generation,
        'panics+1, same aborts and generation', s1);
      expect(w.poke(0) === 2, 'state kept: witness.poke(0) === 2', 'other');
      expect(cb(0) === 7, 'the closure still works', 'other');
      const [r42, same] = touched(() => P.fault_fn(0));
      expect(r42 === 42, 'fault_fn(0) === 42', r42);
      expect(same === inst, 'the same instance', 'a new one');
      w.free();
      return { status: 'pass', detail: 'PanicError, state kept' };
    }
    expect(err instanceof P.AbortError && err.name === 'AbortError', 'AbortError', err);
    expect(err.kind === fault.kind, "kind '" + fault.kind + "'", err.kind);
    expect(err.cause !== undefined, 'the original as cause', err.cause);
    expect(seen.length === 1 && seen[0] === err, 'onAbort called once with the error', seen.length);
    expect(P.wbgGuard.stats().aborts === s0.aborts + 1, 'aborts+1', P.wbgGuard.stats());
    const atDeath = [inst.total(), inst.wasmCalls()];
    await sleep(0);
    // Poison: nothing of the dead generation runs.
    let e = threw(() => w.poke(0));
    expect(e instanceof P.StaleInstanceError, 'StaleInstanceError from a stale method', e);
    e = threw(() => w.armed);
    expect(e instanceof P.StaleInstanceError, 'StaleInstanceError from a stale getter', e);
    e = threw(() => cb(0));
    expect(e instanceof P.StaleInstanceError, 'StaleInstanceError from a stale closure', e);
    e = threw(() => w.free());
    expect(e === undefined, 'a silent stale free()', e);
    if (ctx.gc) await collectUntil(ctx, () => false, 60); // dead finalizers and closure destructors
    const after = [inst.total(), inst.wasmCalls()];
    expect(after[0] === atDeath[0] && after[1] === atDeath[1], 'no call into the dead instance ' + show(atDeath), after);
    // Recovery.
    const [r42, fresh] = touched(() => P.fault_fn(0));
    expect(r42 === 42, 'fault_fn(0) === 42 on a fresh instance', r42);
    const s1 = P.wbgGuard.stats();
    expect(s1.generation === s0.generation + 1 && s1.reinits === s0.reinits + 1, 'generation+1 and reinits+1', s1);
    expect(fresh !== inst, 'a new instance', 'the dead one');
    const w2 = new P.Thing(0);
    expect(w2.poke(0) === 1, 'fresh state: poke(0) === 1', 'other');
    expect(w instanceof P.Thing && w2 instanceof P.Thing, 'instanceof across generations', false);
    const frees = fresh.calls.__wbg_thing_free;
    w.free();
    expect(fresh.calls.__wbg_thing_free === frees, 'a stale free() not reaching the new instance', fresh.calls.__wbg_thing_free);
    w2.free();
    await sleep(0);
    const u = ctx.uncaught ? ctx.uncaught() - u0 : 0;
    expect(u === 0, "nothing reaching the host's global error handler", u + ' uncaught error(s)');
    return { status: 'pass', detail: err.name + '(' + err.kind + ')' };
  } catch (e) {
    return { status: 'fail', detail: e instanceof CellFail ? e.message : 'harness error: ' + show(e) + (e && e.stack ? ' ' + String(e.stack).split('\n').slice(1, 3).join(' | ') : '') };
  } finally {
    offA();
    offP();
  }
}

// ------------------------------------------------------------------ real --

const text = new TextEncoder().encode('the quick brown fox jumps over the lazy dog '.repeat(40));
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Real faults in real packages: descriptors by package. */
export const REAL = {
  brotli: {
    fault: 'panic->unreachable', entry: 'method', kind: 'unreachable', 
    what: "DecompressStream.decompress([1,2,3], 2**31): 'capacity overflow'",
    witness: (P) => {
      const s = new P.DecompressStream();
      return { stale: () => s.total_out(), free: () => s.free() };
    },
    trigger: (P) => new P.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31),
    recover: (P) => sameBytes(P.decompress(P.compress(text)), text),
  },
  oxc: {
    fault: 'panic->unreachable', entry: 'function', kind: 'unreachable', 
    what: "parseSync('x', {sourceFilename: 'a.zzz'})",
    witness: (P) => {
      const r = P.parseSync('let a = 1;');
      return { stale: () => r.programJson, free: () => r.free() };
    },
    trigger: (P) => P.parseSync('x', { sourceFilename: 'a.zzz' }),
    recover: (P) => P.parseSync('a; b;').program.body.length === 2,
  },
  photon: {
    fault: 'panic->unreachable', entry: 'static', kind: 'unreachable', 
    what: 'PhotonImage.new_from_byteslice([1,2,3,4])',
    witness: (P) => {
      const img = new P.PhotonImage(new Uint8Array(4 * 3 * 2).fill(100), 3, 2);
      return { stale: () => img.get_width(), free: () => img.free() };
    },
    trigger: (P) => P.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])),
    recover: (P) => new P.PhotonImage(new Uint8Array(4 * 5 * 2).fill(7), 5, 2).get_width() === 5,
  },
  'counter-crash': {
    fault: 'panic->unreachable', entry: 'function', kind: 'unreachable', 
    what: 'crash()',
    witness: (P) => {
      const c = new P.Counter();
      c.increment();
      return { stale: () => c.increment(), free: () => c.free() };
    },
    trigger: (P) => P.crash(),
    recover: (P) => P.add(2, 3) === 5 && new P.Counter().increment() === 1,
  },
  'counter-throw': {
    fault: 'throw-str', entry: 'function', deliberate: true,
    what: 'throw_message()',
    witness: (P) => {
      const c = new P.Counter();
      c.increment();
      return { stale: () => c.increment(), free: () => c.free() };
    },
    trigger: (P) => P.throw_message(),
    recover: (P) => P.add(2, 3) === 5 && new P.Counter().increment() === 1,
  },
};

// The fixture crate of testdata/rust, built by the real toolchain
// (testdata/real): one cell per fault kind and entrypoint kind.
const fixtureWitness = (P) => {
  const c = new P.Counter();
  c.increment();
  return { stale: () => c.increment(), free: () => c.free() };
};
const fixtureRecover = (P) => P.add(2, 3) === 5 && P.count() === 1 && new P.Counter().increment() === 1;
const realFixtureCell = (fault, entry, what, trigger, more) => ({
  fault, entry, what, trigger, witness: fixtureWitness, recover: fixtureRecover, ...more,
});
Object.assign(REAL, {
  'fixture-unreachable': realFixtureCell('unreachable', 'function', 'trap_unreachable()', (P) => P.trap_unreachable(), { kind: 'unreachable' }),
  'fixture-oob': realFixtureCell('out-of-bounds', 'function', 'out_of_bounds()', (P) => P.out_of_bounds(), { kind: 'memory-access' }),
  'fixture-stack': realFixtureCell('stack-overflow', 'function', 'stack_overflow(1e7)', (P) => P.stack_overflow(10_000_000), { kinds: ['stack-overflow', 'memory-access'] }),
  'fixture-oom': realFixtureCell('oom', 'function', 'oom_huge()', (P) => P.oom_huge(), { kinds: ['oom', 'unreachable'] }),
  'fixture-js-exception': realFixtureCell('js-exception', 'function', 'call_js_uncaught(throws)', (P) => P.call_js_uncaught(() => { throw new Error('from JS'); }), { kind: 'js-exception' }),
  'fixture-panic-method': realFixtureCell('panic->unreachable', 'method', 'counter.increment_then_panic()', (P) => new P.Counter().increment_then_panic('boom'), { kind: 'unreachable' }),
  'fixture-panic-closure': realFixtureCell('panic->unreachable', 'closure', 'make_panicker()()', (P) => P.make_panicker('boom')(), { kind: 'unreachable' }),
  'fixture-async': realFixtureCell('unreachable', 'async', 'async_trap_after_await()', (P) => P.async_trap_after_await(1), { kind: 'unreachable' }),
  'fixture-throw-str': realFixtureCell('throw-str', 'function', 'throw_message()', (P) => P.throw_message('deliberate'), { deliberate: true }),
  'fixture-panic-unwind': realFixtureCell('panic-unwind', 'method', 'counter.increment_then_panic() (unwind)', (P) => P.__w.increment_then_panic('boom'), { panic: true }),
});

// The fixture cells a panic=abort build runs, and those an unwind build runs
// (a clean panic, a trap, a JS exception, throw_str). matrix_test.go's
// fixtureCells and unwindCells list the same for the runtimes it drives.
export const FIXTURE_CELLS = Object.freeze(['fixture-unreachable', 'fixture-oob', 'fixture-stack', 'fixture-oom',
  'fixture-js-exception', 'fixture-panic-method', 'fixture-panic-closure', 'fixture-async', 'fixture-throw-str']);
export const UNWIND_CELLS = Object.freeze(['fixture-panic-unwind', 'fixture-unreachable', 'fixture-js-exception', 'fixture-throw-str']);

export async function realCell(ctx, P, d) {
  const s0 = P.wbgGuard.stats();
  const seen = [];
  const off = P.wbgGuard.onAbort((e) => seen.push(e));
  try {
    const [w, inst] = touched(() => d.witness(P));
    expect(inst !== undefined, 'a counted instance', inst);
    let err;
    const u0 = ctx.uncaught ? ctx.uncaught() : 0;
    if (d.panic) {
      // A clean unwind: PanicError, and the same instance keeps its state.
      const c = new P.Counter();
      c.increment();
      const n = P.bump();
      try {
        c.increment_then_panic('boom');
      } catch (e) {
        err = e;
      }
      expect(err instanceof P.PanicError && /boom/.test(err.message), 'PanicError with the Rust message', err);
      expect(P.bump() === n + 1 && c.value === 2, 'state kept (global counter and the object)', [P.bump(), c.value]);
      const s1 = P.wbgGuard.stats();
      expect(s1.generation === s0.generation && s1.aborts === s0.aborts, 'same generation', s1);
      return { status: 'pass', detail: 'PanicError, state kept' };
    }
    try {
      const r = d.trigger(P);
      if (r && typeof r.then === 'function') await within(r, 5000, 'the promise of ' + d.what);
    } catch (e) {
      err = e;
    }
    if (d.deliberate) {
      // wasm-bindgen's own throw: the original's Error, not a failure.
      expect(err instanceof Error && err.name === 'Error' && !(err instanceof P.AbortError), 'the Error throw_str throws', err);
      expect(seen.length === 0, 'no onAbort call', seen.length);
      const s1 = P.wbgGuard.stats();
      expect(s1.aborts === s0.aborts && s1.generation === s0.generation, 'same aborts and generation', s1);
      expect(d.recover(P) === true, 'the workload to work on', false);
      return { status: 'pass', detail: 'Error, instance kept' };
    }
    expect(err instanceof P.AbortError && err.name === 'AbortError', 'AbortError', err);
    if (d.kinds) expect(d.kinds.includes(err.kind), 'kind in ' + d.kinds, err.kind);
    else expect(err.kind === d.kind, "kind '" + d.kind + "'", err.kind);
    expect(err.cause !== undefined, 'the original as cause', err.cause);
    expect(seen.length === 1 && seen[0] === err, 'onAbort called once with the error', seen.length);
    const atDeath = inst.total();
    await sleep(0);
    const e = threw(w.stale);
    expect(e instanceof P.StaleInstanceError, 'StaleInstanceError from a stale object', e);
    const ef = threw(w.free);
    expect(ef === undefined, 'a silent stale free()', ef);
    if (ctx.gc) await collectUntil(ctx, () => false, 40);
    expect(inst.total() === atDeath, 'no call into the dead instance (' + atDeath + ')', inst.total());
    const [ok, fresh] = touched(() => d.recover(P));
    expect(ok === true, 'the workload to work again', ok);
    const s1 = P.wbgGuard.stats();
    expect(s1.generation === s0.generation + 1, 'generation+1', s1);
    expect(fresh !== undefined && fresh !== inst, 'a new instance', 'the dead one');
    await sleep(20);
    const u = ctx.uncaught ? ctx.uncaught() - u0 : 0;
    expect(u === 0, "nothing reaching the host's global error handler", u + ' uncaught error(s)');
    return { status: 'pass', detail: err.name + '(' + err.kind + ')' };
  } catch (e) {
    return { status: 'fail', detail: e instanceof CellFail ? e.message : 'harness error: ' + show(e) };
  } finally {
    off();
  }
}

// The synthetic upstream-guard fixture of testdata/glue (web-unwind-0.2.114):
// divide(1, 0) unwinds; a counter held in Rust survives.
export async function fixtureCell(ctx, P) {
  try {
    const c = P.Counter.withStart(5);
    expect(c.increment() === 6, 'increment() === 6', 'other');
    const s0 = P.wbgGuard.stats();
    const err = threw(() => P.divide(1, 0));
    expect(err instanceof P.PanicError && err.message === 'attempt to divide by zero', 'PanicError', err);
    expect(c.increment() === 7, 'state kept: increment() === 7', 'other');
    const s1 = P.wbgGuard.stats();
    expect(s1.panics === s0.panics + 1 && s1.generation === s0.generation, 'panics+1, same generation', s1);
    return { status: 'pass', detail: 'PanicError, state kept' };
  } catch (e) {
    return { status: 'fail', detail: e instanceof CellFail ? e.message : 'harness error: ' + show(e) };
  }
}

/**
 * Runs every cell this runtime was given. `pkgs`: { faults, unwind, fixture }
 * (guarded synthetic packages; unwind and fixture null where the runtime has
 * no exnref) and `real`: [{ pkg, target, P, d }].
 */
export async function runMatrix(ctx, pkgs, real) {
  const rows = [];
  // Does this runtime run FinalizationRegistry callbacks after a forced GC
  // at all (workerd, within a request, does not)? Probed with a plain object.
  if (ctx.gc && typeof FinalizationRegistry === 'function') {
    let ran = 0;
    const reg = new FinalizationRegistry(() => ran++);
    (() => { reg.register({}, 0); })();
    await collectUntil(ctx, () => ran > 0, 1000);
    if (ran === 0) ctx.noFinalizers = ctx.runtime + ' ran no FinalizationRegistry callback of a plain object within 1 s of forced GCs (probe)';
  }
  const row = (pkg, target, fault, entry, r) => {
    rows.push({ runtime: ctx.runtime, pkg, target, fault, entry, status: r.status, detail: r.detail });
    if (ctx.onRow) ctx.onRow(rows[rows.length - 1]);
  };
  for (const f of FAULTS) {
    const unwindBuild = f.panic;
    for (const entry of ENTRIES) {
      if (!unwindBuild) {
        row('synthetic-faults', 'web 0.2.100', f.id, entry, await syntheticCell(ctx, pkgs.faults, f, entry));
      } else if (pkgs.unwind) {
        row('synthetic-unwind', 'web 0.2.114+', f.id, entry, await syntheticCell(ctx, pkgs.unwind, f, entry));
      } else {
        row('synthetic-unwind', 'web 0.2.114+', f.id, entry, { status: 'n/a', detail: 'n/a: ' + ctx.noExnref });
      }
    }
  }
  // panic=abort inside an upstream-guard build: upstream's flag is set too.
  for (const entry of ENTRIES) {
    const f = FAULTS[0];
    row('synthetic-unwind', 'web 0.2.114+', f.id, entry,
      pkgs.unwind ? await syntheticCell(ctx, pkgs.unwind, f, entry) : { status: 'n/a', detail: 'n/a: ' + ctx.noExnref });
  }
  row('glue/web-unwind-0.2.114', 'web 0.2.114+', 'panic-unwind', 'function',
    pkgs.fixture ? await fixtureCell(ctx, pkgs.fixture) : { status: 'n/a', detail: 'n/a: ' + ctx.noExnref });
  for (const r of real) row(r.pkg, r.target, r.d.fault + ' ' + r.d.what, r.d.entry, await realCell(ctx, r.P, r.d));
  return rows;
}
