// @cf-wasm/photon 0.4.0: photon packaged for Workers, Next.js and Node
// (web target, wasm-bindgen 0.2.107+ glue in dist/lib/), run through the
// authors' dist/node.js: it compiles the module from a base64 copy of its
// own (dist/lib/photon_rs_bg.wasm.inline.js) and calls the glue's initSync.
import { attempt, sha, bytes } from './_util.mjs';
export const pkg = '@cf-wasm/photon';
export const dirs = ['dist/lib'];
export async function run(load) {
  const P = await load('dist/node.js');
  const out = {};
  const img = new P.PhotonImage(bytes(16 * 8 * 4, 3), 16, 8);
  out.size = [img.get_width(), img.get_height()];
  P.grayscale(img);
  P.gaussian_blur(img, 1);
  out.filtered = sha(img.get_raw_pixels());
  const small = P.resize(img, 4, 2, P.SamplingFilter.Nearest);
  out.resized = [small.get_width(), small.get_height(), sha(small.get_raw_pixels())];
  small.free();
  const png = img.get_bytes();
  const back = P.PhotonImage.new_from_byteslice(png);
  out.decoded = [back.get_width(), back.get_height(), sha(back.get_raw_pixels()) === sha(img.get_raw_pixels())];
  back.free();
  img.free();
  // Not an image: the decoder's unwrap panics (panic=abort: a trap).
  out.notImage = await attempt(() => P.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])).get_width());
  const again = new P.PhotonImage(bytes(8 * 8 * 4, 4), 8, 8);
  P.invert(again);
  out.after = sha(again.get_raw_pixels());
  again.free();
  return out;
}
