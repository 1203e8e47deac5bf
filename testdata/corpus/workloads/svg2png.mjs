// svg2png-wasm 1.4.1: SVG to PNG (resvg). dist/index.{mjs,cjs,min.js} are
// the web-target glue bundled with the authors' initialize()/svg2png(); the
// .wasm sits at the package root, without glue beside it.
import { attempt, sha } from './_util.mjs';
import { SVG } from './resvg.mjs';
export const pkg = 'svg2png-wasm';
export const dirs = ['.', 'dist'];
export async function run(load) {
  const S = await load('dist/index.mjs');
  await S.initialize(load.bytes('svg2png_wasm_bg.wasm'));
  const out = {};
  out.png = sha(await S.svg2png(SVG));
  out.scaled = sha(await S.svg2png(SVG, { scale: 3, backgroundColor: '#ffffff' }));
  out.width = sha(await S.svg2png(SVG, { width: 50, height: 50 }));
  const conv = S.createSvg2png({});
  out.conv = sha(await conv(SVG, { scale: 2 }));
  conv.dispose();
  out.invalid = await attempt(() => S.svg2png('<svg'));
  out.afterDispose = await attempt(() => conv(SVG));
  const c = await load('dist/index.cjs');
  out.cjs = Object.keys(c.default || c).sort();
  return out;
}
