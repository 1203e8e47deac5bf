// @swc/wasm 1.16.18: the swc JavaScript/TypeScript compiler (nodejs target,
// 0.2.84-0.2.106 glue), 17 MB module; about 4.5 million downloads a month.
//
// An expression nested 20,000 parentheses deep overflows Rust's stack (in
// linear memory) while it is parsed: "memory access out of bounds". The
// original's instance never recovers: every later call fails the same way,
// and its async `transform` throws that synchronously instead of rejecting
// (a caller with only `.catch()` gets an unhandled exception). The guarded
// copy reports the abort and answers the next calls from a fresh instance
// (afterAbort, see _util.mjs).
import { attempt, afterAbort } from './_util.mjs';
export const pkg = '@swc/wasm';
export const dirs = ['.'];

const TS = { jsc: { parser: { syntax: 'typescript' }, target: 'es5' } };

export async function run(load) {
  const S = load.require('wasm.js');
  const out = {};
  // The public API (the glue's `__wbg_*` and `__wbindgen_*` import
  // functions are not re-exported by the guard, README "Commands"), and the
  // exports object the glue publishes as `__wasm`, which user code reads the
  // memory through.
  out.exports = Object.keys(S)
    .filter((k) => !/Error$|^wbgGuard$|^__wbg|^__wbindgen/.test(k))
    .sort();
  out.rawExports = [S.__wasm.memory instanceof WebAssembly.Memory, typeof S.__wasm.transformSync, S.__wasm.memory.buffer.byteLength > 0];
  out.transform = S.transformSync('const a: number = 1; export default a?.b ?? 2', TS).code;
  out.parse = S.parseSync('let x = 1; x++', { syntax: 'ecmascript' }).body.map((s) => s.type);
  out.minify = S.minifySync('function f(aaa){ return aaa + 1 } f(2)', {}).code;
  out.print = S.printSync(S.parseSync('let y = [1,2]', { syntax: 'ecmascript' }), {}).code;
  out.async = await attempt(() => S.transform('const c = 3 ?? 4', {}).then((r) => r.code));
  out.asyncParse = await attempt(() => S.parse('a => a', { syntax: 'ecmascript' }).then((m) => m.body[0].expression.type));
  // Errors swc reports on purpose.
  out.syntaxError = await attempt(() => S.transformSync('let = = ;', {}));
  out.badOption = await attempt(() => S.transformSync('1', { jsc: { parser: { syntax: 'nope' } } }));
  out.asyncError = await attempt(() => S.transform('let = = ;', {}));
  const expected = S.transformSync('const b = 2', {}).code;
  const expectedAsync = await S.transform('const d = 4', {}).then((r) => r.code);
  // The overflow, then the next calls, sync and async.
  const deep = '('.repeat(20000) + '1' + ')'.repeat(20000);
  out.deep = await attempt(() => S.parseSync(deep, { syntax: 'ecmascript' }).type);
  out.next = await afterAbort(() => S.transformSync('const b = 2', {}).code, expected);
  out.nextAsync = await afterAbort(() => S.transform('const d = 4', {}).then((r) => r.code), expectedAsync);
  return out;
}
