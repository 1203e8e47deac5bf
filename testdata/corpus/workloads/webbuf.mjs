// @webbuf/webbuf 3.8.0: base64/hex/base32 codecs in Rust, same layout as
// @webbuf/blake3 (wasm-bindgen 0.2.106, bundler glue, inline-base64 copy).
import { attempt, bytes } from './_util.mjs';
export const pkg = '@webbuf/webbuf';
export const dirs = ['dist/rs-webbuf-inline-base64', 'dist/rs-webbuf-bundler'];
export async function run(load, dir) {
  const out = {};
  if (dir.includes('inline')) {
    const { WebBuf } = await load('dist/index.js');
    const b = WebBuf.fromUint8Array(bytes(5000, 1));
    out.b64 = b.toBase64().slice(0, 200);
    out.hex = b.toHex().slice(0, 200);
    out.back = WebBuf.fromBase64(b.toBase64()).toHex() === b.toHex();
    out.hexBack = WebBuf.fromHex(b.toHex()).equals(b);
    out.b32 = WebBuf.fromUtf8('hello').toString('base32') ?? null;
    out.badHex = await attempt(() => WebBuf.fromHex('zz'.repeat(600)).toHex());
    out.badB64 = await attempt(() => WebBuf.fromBase64('!!!!'.repeat(10)).toHex());
  }
  const G = await load(`${dir}/webbuf.js`);
  out.raw = G.encode_hex(new Uint8Array([1, 2, 255]));
  out.rawBad = await attempt(() => Array.from(G.decode_hex('xyz')));
  out.rawBadB64 = await attempt(() => Array.from(G.decode_base64('***')));
  return out;
}
