// @rollup/wasm-node: rollup with its Rust parser (nodejs target, wasm-bindgen
// 0.2.130) loaded by dist/native.js; bundles a small virtual project.
import { attempt, sha } from './_util.mjs';
export const pkg = '@rollup/wasm-node';
export const dirs = ['dist/wasm-node'];
const FILES = {
  'main.js': "import { add, Greeter } from './lib.js';\nimport data from './data.js';\nexport const r = add(1, 2);\nexport const g = new Greeter('x').greet();\nexport { data };\nconsole.log(r, g);",
  'lib.js': "export function add(a, b) { return a + b }\nexport function unused() { return 'tree-shaken' }\nexport class Greeter { constructor(n) { this.n = n } greet() { return `hi ${this.n}` } }",
  'data.js': 'export default { a: [1, 2, 3], async *gen() { yield* [1]; } };',
};
function virtual(files) {
  return {
    name: 'virtual',
    resolveId(id) { return id.replace(/^\.\//, ''); },
    load(id) { return files[id]; },
  };
}
export async function run(load) {
  const native = load.require('dist/native.js');
  const { rollup, VERSION } = load.require('dist/rollup.js');
  const { parseAst } = load.require('dist/parseAst.js');
  const out = { version: VERSION };
  out.xxhash = [native.xxhashBase16(Buffer.from('abc')), native.xxhashBase36(Buffer.from('abc')), native.xxhashBase64Url(Buffer.from('abc'))];
  out.ast = sha(JSON.stringify(parseAst('const a = async () => { for await (const x of y) {} }; export { a }')));
  const bundle = await rollup({ input: 'main.js', plugins: [virtual(FILES)], onwarn() {} });
  for (const format of ['es', 'cjs', 'iife']) {
    const { output } = await bundle.generate({ format, name: 'X' });
    out[format] = output.map((c) => c.code);
  }
  await bundle.close();
  out.syntaxError = await attempt(() => parseAst('let let = ;'));
  out.bundleError = await attempt(async () => {
    const b = await rollup({ input: 'main.js', plugins: [virtual({ 'main.js': 'export default (' })], onwarn() {} });
    return b.generate({});
  });
  return out;
}
