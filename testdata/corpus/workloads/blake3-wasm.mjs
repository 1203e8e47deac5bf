// blake3-wasm 2.1.5: BLAKE3 (wasm-bindgen 0.2.68, three targets). The nodejs
// target is driven through the package's own wrapper (dist/node); the web
// target through the glue with init(bytes); the browser (bundler) target
// through its entry.
import { attempt, sha, hex, bytes, enc } from './_util.mjs';
export const pkg = 'blake3-wasm';
export const dirs = ['dist/wasm/nodejs', 'dist/wasm/web', 'dist/wasm/browser'];
function raw(W) {
  const out = {};
  const o = new Uint8Array(32);
  W.hash(enc.encode('hello'), o);
  out.hash = hex(o);
  const h = W.create_hasher();
  for (let i = 0; i < 10; i++) h.update(bytes(10000, i));
  const d = new Uint8Array(64);
  h.digest(d);
  out.streamed = hex(d);
  const r = h.reader();
  r.set_position(1000n);
  const f = new Uint8Array(100);
  r.fill(f);
  out.xof = hex(f);
  r.free();
  h.free();
  const k = W.create_keyed(new Uint8Array(32).fill(7));
  k.update(enc.encode('mac me'));
  const m = new Uint8Array(32);
  k.digest(m);
  out.keyed = hex(m);
  const dk = W.create_derive('ctx 2020');
  dk.update(enc.encode('key material'));
  const dd = new Uint8Array(32);
  dk.digest(dd);
  out.derive = hex(dd);
  // A key of the wrong length: the Rust side panics (no Result).
  out.badKey = attempt(() => W.create_keyed(new Uint8Array(5)));
  return out;
}
export async function run(load, dir) {
  if (dir === 'dist/wasm/nodejs') {
    const B = load.require('dist/node/index.js');
    const out = {};
    out.hash = B.hash('hello').toString('hex');
    out.hashLen = B.hash(Buffer.from(bytes(100000, 1)), { length: 100 }).toString('hex');
    out.keyed = B.keyedHash(Buffer.alloc(32, 7), 'mac me').toString('hex');
    out.derive = B.deriveKey('ctx 2020', 'key material').toString('hex');
    const h = B.createHash();
    h.update('a');
    h.update(Buffer.from(bytes(5000, 2)));
    out.stream = h.digest('hex');
    const kh = B.createKeyed(Buffer.alloc(32, 1));
    kh.update('x');
    out.keyedStream = kh.digest('hex');
    out.badKey = await attempt(() => B.keyedHash(Buffer.alloc(3), 'x').toString('hex'));
    out.raw = raw(load.require('dist/wasm/nodejs/blake3_js.js'));
    out.raw.badKey = await out.raw.badKey;
    return out;
  }
  if (dir === 'dist/wasm/web') {
    const W = await load('dist/wasm/web/blake3_js.js');
    await W.default(load.bytes('dist/wasm/web/blake3_js_bg.wasm'));
    const out = raw(W);
    out.badKey = await out.badKey;
    return out;
  }
  const W = await load('dist/wasm/browser/blake3_js.js');
  const out = raw(W);
  out.badKey = await out.badKey;
  return out;
}
