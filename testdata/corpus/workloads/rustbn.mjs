// rustbn-wasm 0.4.0: alt_bn128 precompiles (ethereumjs). dist/cjs and
// dist/esm each hold rustbn.js (wasm-bindgen glue rewritten by the authors
// and transpiled by Babel, exporting initRustBN()) and wasm.js (the module
// as base64).
import { attempt } from './_util.mjs';
export const pkg = 'rustbn-wasm';
export const dirs = ['dist/cjs', 'dist/esm'];
const pad = (n) => n.toString(16).padStart(64, '0');
export async function run(load, dir) {
  const M = dir === 'dist/cjs' ? load.require('dist/cjs/rustbn.js') : await load('dist/esm/rustbn.js');
  const bn = await M.initRustBN();
  const out = {};
  const G = pad(1) + pad(2);
  out.add0 = bn.ec_add('00'.repeat(128));
  out.addG = bn.ec_add(G + G);
  out.mul2 = bn.ec_mul(G + pad(2));
  out.mulBig = bn.ec_mul(G + 'ff'.repeat(32));
  out.pairEmpty = bn.ec_pairing('');
  out.muls = Array.from({ length: 30 }, (_, i) => bn.ec_mul(G + pad(i + 3)).slice(0, 8));
  // Not on the curve: the precompile's error path.
  out.badPoint = await attempt(() => bn.ec_add(pad(1) + pad(3) + G));
  out.badHex = await attempt(() => bn.ec_mul('zz'));
  out.badPairing = await attempt(() => bn.ec_pairing('00'.repeat(100)));
  return out;
}
