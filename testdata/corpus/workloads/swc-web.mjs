// @swc/wasm-web: the SWC compiler (web target, large module): transform,
// parse, print, minify, sync and async, and syntax errors.
import { attempt, sha } from './_util.mjs';
export const pkg = '@swc/wasm-web';
export const dirs = ['.'];
const TS = 'interface P { x: number }\nexport const f = async <T,>(p: P, t: T): Promise<T> => { await null; return t; };\nenum E { A, B = 4 }\nclass C { #p = 1; static s?: string; get p() { return this.#p } }\n';
export async function run(load) {
  const S = await load('wasm.js');
  S.initSync({ module: load.bytes('wasm_bg.wasm') });
  const out = {};
  out.transform = S.transformSync(TS, { jsc: { parser: { syntax: 'typescript' }, target: 'es2015' } }).code;
  out.transformAsync = (await S.transform(TS, { jsc: { parser: { syntax: 'typescript' }, target: 'es5' }, module: { type: 'commonjs' } })).code;
  out.jsx = S.transformSync('const a = <div className="x">{y}</div>;', { jsc: { parser: { syntax: 'ecmascript', jsx: true } } }).code;
  const ast = S.parseSync(TS, { syntax: 'typescript' });
  out.ast = sha(JSON.stringify(ast));
  out.print = S.printSync(ast, {}).code;
  out.minify = S.minifySync('function add(first, second) { var unused = 1; return first + second }\nconsole.log(add(1, 2));', { compress: true, mangle: true }).code;
  out.minifyAsync = (await S.minify('let a = 1 + 2; export { a }', { module: true })).code;
  out.parseAsync = sha(JSON.stringify(await S.parse('let x = 1', { syntax: 'ecmascript' })));
  out.big = sha(S.transformSync(TS.repeat(100).replace(/enum E/g, (m, i) => `enum E${i}`).replace(/class C/g, (m, i) => `class C${i}`).replace(/const f/g, (m, i) => `const f${i}`).replace(/interface P /g, 'interface P '), { jsc: { parser: { syntax: 'typescript' } } }).code);
  out.syntaxError = await attempt(() => S.transformSync('let = ;', {}));
  out.syntaxErrorAsync = await attempt(() => S.transform('function (', {}));
  out.parseError = await attempt(() => S.parseSync('a +', { syntax: 'ecmascript' }));
  out.badOptions = await attempt(() => S.transformSync('1', { jsc: { target: 'es1999' } }));
  return out;
}
