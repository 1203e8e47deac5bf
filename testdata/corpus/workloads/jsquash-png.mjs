// @jsquash/png: PNG encode/decode (web target under codec/pkg, with the
// package's own decode.js/encode.js wrappers beside it).
import { attempt, sha, bytes } from './_util.mjs';
export const pkg = '@jsquash/png';
export const dirs = ['codec/pkg'];
export async function run(load) {
  const D = await load('decode.js');
  const E = await load('encode.js');
  const wasm = load.bytes('codec/pkg/squoosh_png_bg.wasm');
  await D.init(wasm);
  await E.init(wasm);
  const out = {};
  const w = 37, h = 23;
  const px = bytes(w * h * 4, 3);
  const png = new Uint8Array(await E.default({ data: new Uint8ClampedArray(px), width: w, height: h }));
  out.encoded = sha(png);
  out.size = png.length;
  const img = await D.decode(png.buffer);
  out.decoded = { w: img.width, h: img.height, same: sha(img.data) === sha(px) };
  const img16 = await D.decode(png.buffer, { bitDepth: 16 });
  out.decoded16 = { w: img16.width, h: img16.height, data: sha(new Uint8Array(img16.data.buffer)) };
  const big = bytes(512 * 512 * 4, 9);
  out.big = sha(new Uint8Array(await E.default({ data: new Uint8ClampedArray(big), width: 512, height: 512 })));
  const c16 = new Uint16Array(w * h * 4).map((_, i) => (i * 977) & 0xffff);
  out.encode16 = sha(new Uint8Array(await E.default({ data: c16, width: w, height: h }, { bitDepth: 16 })));
  // The raw glue: a size mismatch.
  const G = await load('codec/pkg/squoosh_png.js');
  out.rawMismatch = await attempt(() => sha(G.encode(new Uint8Array(10), 100, 100, 8)));
  // Invalid PNG: the Rust decoder fails.
  out.invalid = await attempt(() => D.decode(new Uint8Array([1, 2, 3, 4]).buffer));
  out.truncated = await attempt(() => D.decode(png.slice(0, 40).buffer));
  return out;
}
// The documented policy switch for JS exceptions that crossed Rust frames.
export const flagVariants = [['--js-errors-through-rust', 'pass']];
