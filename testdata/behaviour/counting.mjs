// Counts calls into raw Wasm exports, per instance, so a test can prove that
// no Rust code of a dead generation runs. Import it before the package.
export const instances = [];

// failNext(name) makes the next call of raw export `name` (of any instance)
// throw the error a trap would: fault injection for glue shapes whose
// synthetic modules have no trapping export. Real traps are tested with the
// example crate and real packages.
let failing = null;
export function failNext(name) {
  failing = name;
}

const RealInstance = WebAssembly.Instance;

function CountingInstance(module, imports) {
  const real = new RealInstance(module, imports);
  const calls = Object.create(null);
  const exports = Object.create(null);
  for (const [name, value] of Object.entries(real.exports)) {
    if (typeof value !== 'function') {
      exports[name] = value;
      continue;
    }
    calls[name] = 0;
    exports[name] = function (...args) {
      calls[name]++;
      if (failing === name) {
        failing = null;
        throw new WebAssembly.RuntimeError('unreachable');
      }
      return value.apply(this, args);
    };
  }
  const record = { calls, exports: Object.freeze(exports), total: () => Object.values(calls).reduce((a, b) => a + b, 0) };
  instances.push(record);
  return record;
}
CountingInstance.prototype = RealInstance.prototype;
WebAssembly.Instance = CountingInstance;
