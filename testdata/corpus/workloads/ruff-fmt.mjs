// @wasm-fmt/ruff_fmt 0.15.20: ruff's Python formatter (0.2.120), the
// bundler glue (ruff_fmt.js + ruff_fmt_bg.js) beside four loaders of the
// authors' (for Node, plain ES modules, Vite and the web), each making its
// own instance of the module with the imports of ruff_fmt_bg.js; Node loads
// ruff_fmt_node.js (the package's "node" export condition). The guarded
// output keeps ruff_fmt_bg.js as it was for those loaders, which stay
// unguarded (the build warns), and guards ruff_fmt.js. This workload runs
// the glue; ruff-fmt-node.mjs the authors' Node loader (in a process of its
// own: the loaders share ruff_fmt_bg.js's module state, and two instances
// handed to it in one process garble each other's strings).
import { attempt } from './_util.mjs';
export const pkg = '@wasm-fmt/ruff_fmt';
export const dirs = ['.'];
export async function use(R) {
  const out = {};
  out.format = R.format('x = 1\nif   x:\n  pass\n', 'a.py');
  out.config = R.format('def f(a,b): return {"k":a,  "v":b}\n', 'a.py', { indent_width: 2, line_width: 20 });
  out.range = R.format_range('a=1\nb   =  2\n', { start: 4, end: 12 });
  out.syntax = await attempt(() => R.format('def (:', 'a.py'));
  out.stub = R.format('x:int=1\n', 'a.pyi');
  return out;
}
export async function run(load) {
  return use(await load('ruff_fmt.js'));
}
