// @minify-html/wasm 0.18.1: an HTML minifier (bundler target, 0.2.104
// glue), 5.5 MB module whose type section declares (ref $0) parameters:
// typed function references, which Node 20 (V8 11.3) cannot compile, the
// original as much as the guarded copy (ORIGINAL-FAILS in Node; `inspect`
// says it needs Node 22+, and `build --platform node` warns). Deno runs
// both; Bun cannot load the bundler-target original.
import { attempt } from './_util.mjs';
export const pkg = '@minify-html/wasm';
export const dirs = ['.'];

const enc = new TextEncoder();
const dec = new TextDecoder();

export async function run(load) {
  const M = await load('index.js');
  const out = {};
  const min = (html, cfg) => dec.decode(M.minify(enc.encode(html), cfg));
  out.page = min('<!doctype html><html><head><title> t </title></head><body><p>  hello   <b>world</b> </p><!-- c --></body></html>', {});
  out.keepComments = min('<p> a </p><!-- kept -->', { keep_comments: true });
  out.js = min('<script> let  x = 1 ;  console.log( x ) </script>', { minify_js: true });
  out.css = min('<style> p { color : red ; } </style>', { minify_css: true });
  out.empty = min('', {});
  // Errors the glue reports on purpose.
  out.notBytes = await attempt(() => M.minify('<p>', {}));
  out.badConfig = await attempt(() => M.minify(enc.encode('<p>'), { keep_comments: 'yes' }));
  out.after = min('<div>  a  </div>', {});
  return out;
}
