// lz4-wasm-nodejs 0.9.2: LZ4 block compression (nodejs target, <0.2.84
// glue, heap-era), 150 KB module.
//
// A block whose size prefix announces 4 GB traps (`unreachable`) in
// `decompress`. The original keeps going on the same
// instance; the guarded copy reports the abort and answers the next calls
// from a fresh instance.
import { attempt, enc, sha, bytes } from './_util.mjs';
export const pkg = 'lz4-wasm-nodejs';
export const dirs = ['.'];

export async function run(load) {
  const L = load.require('lz4_wasm_nodejs.js');
  const out = {};
  const text = enc.encode('hello hello hello hello, lz4 '.repeat(40));
  const packed = L.compress(text);
  out.text = [packed.length, sha(packed), Buffer.from(L.decompress(packed)).toString() === Buffer.from(text).toString()];
  const noise = bytes(5000, 3);
  out.noise = [sha(L.compress(noise)), sha(L.decompress(L.compress(noise)))];
  out.empty = Array.from(L.decompress(L.compress(new Uint8Array(0))));
  // Errors Rust returns on purpose.
  out.truncated = await attempt(() => L.decompress(new Uint8Array([1])));
  out.corrupt = await attempt(() => sha(L.decompress(new Uint8Array([16, 0, 0, 0, 0xff, 0xff, 1]))));
  // The exports object the glue publishes as `__wasm`: raw calls and the
  // memory (the bytes a raw malloc returned, read back through a view).
  const raw = L.__wasm;
  const rawBytes = () => {
    const p = raw.__wbindgen_malloc(3);
    new Uint8Array(raw.memory.buffer, p, 3).set([7, 8, 9]);
    const back = Array.from(new Uint8Array(raw.memory.buffer, p, 3));
    raw.__wbindgen_free(p, 3);
    return back;
  };
  out.raw = await attempt(rawBytes);
  // The trap, then the next calls, the exports object's included.
  out.hugePrefix = await attempt(() => L.decompress(new Uint8Array([255, 255, 255, 255, 1, 2, 3])));
  out.next = await attempt(() => Buffer.from(L.decompress(L.compress(enc.encode('again')))).toString());
  out.nextNoise = await attempt(() => sha(L.decompress(L.compress(noise))));
  out.rawAfter = await attempt(rawBytes);
  return out;
}
