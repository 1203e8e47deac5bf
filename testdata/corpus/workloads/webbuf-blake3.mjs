// @webbuf/blake3 3.8.0: BLAKE3 with wasm-bindgen bundler glue shipped twice:
// rs-*-bundler (imports the .wasm, which dist/ does not ship) and
// rs-*-inline-base64 (the bundler entry importing a hand-made
// *_bg.wasm.js that instantiates a base64 copy). dist/index.js uses the
// inline one.
import { attempt, bytes } from './_util.mjs';
export const pkg = '@webbuf/blake3';
export const dirs = ['dist/rs-webbuf_blake3-inline-base64', 'dist/rs-webbuf_blake3-bundler'];
export async function run(load, dir) {
  const out = {};
  if (dir.includes('inline')) {
    const B = await load('dist/index.js');
    const { WebBuf } = await import('@webbuf/webbuf');
    const { FixedBuf } = await import('@webbuf/fixedbuf');
    out.hash = B.blake3Hash(WebBuf.fromUtf8('hello')).buf.toHex();
    out.double = B.doubleBlake3Hash(WebBuf.fromUint8Array(bytes(100000, 3))).buf.toHex();
    out.mac = B.blake3Mac(FixedBuf.fromBuf(32, WebBuf.alloc(32, 9)), WebBuf.fromUtf8('msg')).buf.toHex();
  }
  const G = await load(`${dir}/webbuf_blake3.js`);
  out.raw = Buffer.from(G.blake3_hash(new Uint8Array([1, 2, 3]))).toString('hex');
  out.badKey = await attempt(() => Buffer.from(G.blake3_mac(new Uint8Array(3), new Uint8Array(1))).toString('hex'));
  return out;
}
