// snappy-wasm 0.3.0: Snappy compression (wasm-bindgen 0.2.83: the glue
// makes its memory caches as empty arrays, the last release before they
// became null), `cjs/` (nodejs target) and `es/` (web target, the package's
// `import` export, initSync(bytes)), 150 KB module.
//
// A framed stream whose header announces more than Rust can allocate traps
// (`unreachable`) in `decompress`. The original keeps its instance; the
// guarded copy reports the abort and answers the next calls from a fresh
// instance, through the exports object initSync returned too.
import { attempt, sha, bytes } from './_util.mjs';
export const pkg = 'snappy-wasm';
export const dirs = ['cjs', 'es'];

async function open(load, dir) {
  if (dir === 'cjs') return { S: load.require('cjs/snappy.js') };
  const S = await load('es/snappy.js');
  const raw = S.initSync(load.bytes('es/snappy_bg.wasm'));
  return { S, raw };
}

export async function run(load, dir) {
  const { S, raw } = await open(load, dir);
  const out = {};
  const text = 'hello hello hello hello, snappy '.repeat(30);
  const packed = S.compress(text);
  out.text = [packed.length, sha(packed), S.decompress(packed) === text];
  const noise = bytes(4000, 5);
  const rawPacked = S.compress_raw(noise);
  out.noise = [rawPacked.length, sha(rawPacked), sha(S.decompress_raw(rawPacked))];
  out.empty = [S.decompress(S.compress('')), Array.from(S.decompress_raw(S.compress_raw(new Uint8Array(0))))];
  // Errors Rust returns on purpose.
  out.tooLarge = await attempt(() => S.decompress_raw(new Uint8Array([200, 200, 200, 200, 200, 1])));
  out.truncated = await attempt(() => S.decompress_raw(new Uint8Array([10, 0])));
  if (raw) out.rawExports = [raw.memory instanceof WebAssembly.Memory, typeof raw.compress, raw.memory.buffer.byteLength > 0];
  // The trap, then the next calls.
  out.hugeFrame = await attempt(() => S.decompress(new Uint8Array([255, 255, 255, 255, 15, 1, 2])));
  out.next = await attempt(() => S.decompress(S.compress('again')));
  out.nextRaw = await attempt(() => sha(S.decompress_raw(S.compress_raw(noise))));
  if (raw) out.rawExportsAfter = [raw.memory instanceof WebAssembly.Memory, raw.memory.buffer.byteLength > 0];
  return out;
}
