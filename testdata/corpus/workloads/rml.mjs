// @xn-sakina/rml-wasm: an ES module import/export lexer (nodejs target).
import { attempt } from './_util.mjs';
export const pkg = '@xn-sakina/rml-wasm';
export const dirs = ['.'];
const SRC = `import a, { b as c } from 'x';\nimport * as ns from "./y.js";\nexport const q = 1;\nexport default function f() { return import('dyn') }\nexport { c as d } from 'z';\nconst t = <div/>;`;
export async function run(load) {
  const R = await load('index.js');
  const M = R.default && R.default.parse ? R.default : R;
  const out = {};
  out.parse = M.parse({ input: [{ code: SRC, filename: 'a.tsx' }, { code: "import x from 'y'; export let z = 2;", filename: 'a.js' }] });
  out.many = M.parse({ input: Array.from({ length: 200 }, (_, i) => ({ code: SRC + `\nexport const v${i} = ${i};`, filename: `m${i}.tsx` })) }).output.length;
  out.parseAsync = await M.parseAsync({ input: [{ code: SRC, filename: 'b.tsx' }] });
  out.bad = await attempt(() => M.parse({ input: [{ code: 'import { from ;', filename: 'bad.js' }] }));
  out.badAsync = await attempt(() => M.parseAsync({ input: [{ code: 'export default (', filename: 'bad.ts' }] }));
  out.badConfig = await attempt(() => M.parse({}));
  out.badConfigAsync = await attempt(() => M.parseAsync({ input: 3 }));
  return out;
}
// The documented policy switch for JS exceptions that crossed Rust frames.
export const flagVariants = [['--js-errors-through-rust', 'pass']];
