// gecko-profiler-demangle: C++/Rust symbol demangling (bundler target, run
// with --experimental-wasm-modules).
export const pkg = 'gecko-profiler-demangle';
export const dirs = ['.'];
const NAMES = [
  '_ZN4core3fmt9Formatter3pad17h0123456789abcdefE',
  '_ZNSt6vectorIiSaIiEE9push_backERKi',
  '_ZN7mozilla3dom8Document10GetElementEv',
  '?foo@bar@@YAHH@Z',
  '_RNvCs1234_7mycrate3foo',
  'not_mangled',
  '',
  '_Z' + 'N'.repeat(2000),
];
export async function run(load) {
  const G = await load('index.js');
  return NAMES.map((n) => {
    try {
      return { ok: G.demangle_any(n) };
    } catch (e) {
      return { error: { name: e.name, message: e.message } };
    }
  });
}
