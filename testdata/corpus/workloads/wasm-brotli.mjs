// wasm-brotli 2.0.2: brotli (an early wasm-bindgen: nodejs target with the
// loader in *_bg.js, and a bundler target, side by side in the root).
import { attempt, sha, bytes, enc } from './_util.mjs';
export const pkg = 'wasm-brotli';
export const dirs = ['.'];
export async function run(load) {
  const B = load.require('wasm_brotli_nodejs.js');
  const out = {};
  const inputs = [new Uint8Array(0), enc.encode('hello hello hello brotli'), bytes(50000, 5), enc.encode('abc'.repeat(20000))];
  out.rt = inputs.map((i) => {
    const c = B.compress(i);
    const d = B.decompress(c);
    return { c: sha(c), n: c.length, ok: sha(d) === sha(i) };
  });
  out.bad = await attempt(() => sha(B.decompress(new Uint8Array([1, 2, 3, 4, 5]))));
  out.bad2 = await attempt(() => sha(B.decompress(enc.encode('not brotli at all, really'))));
  return out;
}
// The nodejs glue alone (without the bundler copy beside it).
export const isolated = [{ dir: '.', files: ['wasm_brotli_nodejs.js', 'wasm_brotli_nodejs_bg.js', 'wasm_brotli_nodejs_bg.wasm'] }];
