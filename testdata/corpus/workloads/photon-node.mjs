// @silvia-odwyer/photon-node 0.3.4: image processing (nodejs target,
// wasm-bindgen 0.2.95), shipped with a stale photon_rs_bg.js
// beside it: a bundler build's file that names exports this module lacks,
// and that nothing loads.
import { attempt, sha, bytes } from './_util.mjs';
export const pkg = '@silvia-odwyer/photon-node';
export const dirs = ['.'];
function image(P, seed, w, h) {
  return new P.PhotonImage(bytes(w * h * 4, seed), w, h);
}
export async function run(load) {
  const P = load.require('photon_rs.js');
  const out = {};
  const img = image(P, 1, 16, 8);
  out.size = [img.get_width(), img.get_height()];
  P.grayscale(img);
  out.gray = sha(img.get_raw_pixels());
  P.invert(img);
  P.gaussian_blur(img, 1);
  out.filtered = sha(img.get_raw_pixels());
  const small = P.resize(img, 4, 2, 1);
  out.resized = [small.get_width(), small.get_height(), sha(small.get_raw_pixels())];
  small.free();
  const png = img.get_bytes();
  out.png = png.length > 0;
  const back = P.PhotonImage.new_from_byteslice(png);
  out.decoded = [back.get_width(), back.get_height(), sha(back.get_raw_pixels()) === sha(img.get_raw_pixels())];
  back.free();
  img.free();
  out.base64 = P.base64_to_vec('aGVsbG8=').length;
  // Not an image: the decoder's unwrap panics (panic=abort: a trap).
  out.notImage = await attempt(() => P.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])).get_width());
  const again = image(P, 2, 8, 8);
  P.flipv(again);
  out.after = sha(again.get_raw_pixels());
  again.free();
  return out;
}
