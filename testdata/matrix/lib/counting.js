// Counts calls into the raw exports of every Wasm instance made after it is
// installed, per instance, so a cell can prove that no Rust code of a dead
// generation runs. Runtime-neutral (Node, Deno, Bun, workerd, browsers):
// install() it before any guarded package is evaluated, since the guard
// captures the WebAssembly namespace when it loads (it reads Instance and
// instantiate from it at call time, so replacing those members suffices).
//
// The synthetic modules also count every entry Wasm-side (the exported
// global __matrix_calls, table calls included): wasmCalls() reads it from the
// real, unguarded exports.
export const instances = [];

function record(real) {
  const calls = Object.create(null);
  const exports = Object.create(null);
  for (const [name, value] of Object.entries(real.exports)) {
    if (typeof value !== 'function') {
      exports[name] = value;
      continue;
    }
    calls[name] = 0;
    // Keep the Wasm arity: the guard reads raw.length where it has no info.
    const f = function (...args) {
      calls[name]++;
      return value.apply(this, args);
    };
    Object.defineProperty(f, 'length', { value: value.length });
    exports[name] = f;
  }
  const rec = {
    calls,
    has: (name) => name in real.exports,
    total: () => Object.values(calls).reduce((a, b) => a + b, 0),
    wasmCalls: () => (real.exports.__matrix_calls ? real.exports.__matrix_calls.value : 0),
  };
  instances.push(rec);
  return exports;
}

let installed = false;
export function install(W = globalThis.WebAssembly) {
  if (installed) return;
  installed = true;
  const RealInstance = W.Instance;
  const realInstantiate = W.instantiate;
  const wrap = (inst) => Object.create(RealInstance.prototype, { exports: { value: Object.freeze(record(inst)), enumerable: true } });
  function CountingInstance(module, imports) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
    return wrap(new RealInstance(module, imports));
  }
  CountingInstance.prototype = RealInstance.prototype;
  W.Instance = CountingInstance;
  W.instantiate = function instantiate(source, imports) {
    return realInstantiate.call(W, source, imports).then((r) =>
      r instanceof RealInstance ? wrap(r) : { module: r.module, instance: wrap(r.instance) },
    );
  };
  if (typeof W.instantiateStreaming === 'function') {
    const realStreaming = W.instantiateStreaming;
    W.instantiateStreaming = function instantiateStreaming(source, imports) {
      return realStreaming.call(W, source, imports).then((r) => ({ module: r.module, instance: wrap(r.instance) }));
    };
  }
}

/** The latest instance whose module exports `name`. */
export function latest(name) {
  for (let i = instances.length - 1; i >= 0; i--) if (instances[i].has(name)) return instances[i];
  return undefined;
}

/**
 * Runs fn and returns [its result, the instance it called into]: the last
 * instance whose count changed (several packages may export the same names).
 */
export function touched(fn) {
  const before = instances.map((i) => i.total());
  const r = fn();
  let hit;
  for (let n = 0; n < instances.length; n++) if (instances[n].total() !== (n < before.length ? before[n] : 0)) hit = instances[n];
  return [r, hit];
}
