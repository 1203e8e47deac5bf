// @resvg/resvg-wasm 2.6.2: SVG renderer. The package root holds index.mjs /
// index.js / index.min.js: the web-target glue re-bundled by the authors
// (tsup) together with their own Resvg wrapper class and initWasm().
import { attempt, sha } from './_util.mjs';
export const pkg = '@resvg/resvg-wasm';
export const dirs = ['.'];
export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs><rect x="5" y="5" width="110" height="70" rx="9" fill="url(#g)"/><circle cx="60" cy="40" r="25" fill="yellow" opacity="0.6"/><path d="M10 70 Q60 0 110 70" stroke="black" fill="none" stroke-width="3"/></svg>';
export async function run(load) {
  const R = await load('index.mjs');
  await R.initWasm(load.bytes('index_bg.wasm'));
  const out = {};
  const r = new R.Resvg(SVG, { fitTo: { mode: 'width', value: 240 }, background: 'white' });
  out.size = [r.width, r.height];
  const bb = r.getBBox();
  out.bbox = bb && [bb.x, bb.y, bb.width, bb.height];
  const ib = r.innerBBox();
  out.innerBBox = ib && [ib.x, ib.y, ib.width, ib.height];
  const img = r.render();
  out.png = sha(img.asPng());
  out.pixels = sha(img.pixels);
  out.imgSize = [img.width, img.height];
  out.images = r.imagesToResolve();
  out.toString = sha(r.toString());
  img.free();
  r.free();
  const big = new R.Resvg(SVG, { fitTo: { mode: 'zoom', value: 8 } });
  out.big = sha(big.render().asPng());
  out.invalid = await attempt(() => new R.Resvg('<svg', {}));
  out.notSvg = await attempt(() => new R.Resvg('hello', {}));
  out.badOpts = await attempt(() => new R.Resvg(SVG, { fitTo: { mode: 'nope' } }).width);
  return out;
}
// The ESM bundle alone, with its .wasm.
export const isolated = [{ dir: '.', files: ['index.mjs', 'index_bg.wasm'] }];
