// @datadog/wasm-js-rewriter 5.0.4: Datadog's JS source rewriter for taint
// tracking (nodejs target, wasm-bindgen 0.2.92), whose glue
// requires a snippet at run time: require(String.raw`./snippets/.../tracer_logger.js`).
import { attempt } from './_util.mjs';
export const pkg = '@datadog/wasm-js-rewriter';
export const dirs = ['wasm'];
const CSI = [
  { src: 'plusOperator', operator: true },
  { src: 'concat' },
  { src: 'trim' },
];
export async function run(load) {
  const W = load.require('wasm/wasm_js_rewriter.js');
  const out = {};
  const r = new W.Rewriter({ csiMethods: CSI, localVarPrefix: 'test', chainSourceMap: false, comments: false });
  const rewrite = (code, file) => {
    const res = r.rewrite(code, file, ['iast']);
    return { content: res.content, status: res.metrics && res.metrics.status, n: res.metrics && res.metrics.instrumentedPropagation };
  };
  out.plus = rewrite('function f(a, b) { return a + b; }', 'a.js');
  out.methods = rewrite('const s = x.concat(y).trim();', 'b.js');
  out.untouched = rewrite('const n = 1;', 'c.js');
  out.csi = r.csiMethods();
  // Through the snippet: a logger set by Rust, then messages logged to it.
  const logged = [];
  out.setLogger = await attempt(() => r.setLogger({ debug: (m) => logged.push(['debug', String(m)]), error: (m) => logged.push(['error', String(m)]) }, 'DEBUG'));
  out.afterLogger = rewrite('function g(a) { return a + "x"; }', 'd.js');
  out.logged = logged.length > 0;
  out.syntax = await attempt(() => r.rewrite('const = ;', 'e.js', ['iast']));
  out.badPass = await attempt(() => r.rewrite('let z = 1;', 'f.js', ['nope']));
  out.badConfig = await attempt(() => {
    const bad = new W.Rewriter({ csiMethods: 'nope' });
    const methods = bad.csiMethods();
    bad.free();
    return methods;
  });
  r.free();
  return out;
}
