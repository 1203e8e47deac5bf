// @next/swc-wasm-nodejs 16.3.7: Next.js's build of swc (nodejs target,
// 0.2.107+ glue), 29 MB module; Next.js loads it where no native binding
// runs (WebContainers, unsupported platforms).
//
// As with @swc/wasm (its 0.2.100 sibling, workloads/swc-wasm.mjs), an
// expression nested 20,000 deep runs Rust's stack out of its region; the
// original's instance fails every later call, and the guarded copy answers
// them from a fresh instance (afterAbort, see _util.mjs).
import { attempt, afterAbort } from './_util.mjs';
export const pkg = '@next/swc-wasm-nodejs';
export const dirs = ['.'];

const TS = { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2017' } };

export async function run(load) {
  const S = load.require('wasm.js');
  const out = {};
  // The public API; the glue's `__wbg_*` import functions are not
  // re-exported (README, "Commands").
  out.exports = Object.keys(S)
    .filter((k) => !/Error$|^wbgGuard$|^__/.test(k))
    .sort();
  out.transform = S.transformSync('const a: number = 1; export const E = () => <div>{a}</div>;', TS).code;
  out.parse = JSON.parse(S.parseSync('for (const x of y) {}', { syntax: 'ecmascript' })).body.map((s) => s.type);
  out.minify = S.minifySync('function f(aaaa){ return aaaa * 2 } f(2)', {}).code;
  out.async = await attempt(() => S.transform('let c = 3 ** 2', {}).then((r) => r.code));
  out.mdx = await attempt(() => S.mdxCompileSync('# Hi\n\nsome *text*', {}).length > 0);
  // Errors swc reports on purpose.
  out.syntaxError = await attempt(() => S.transformSync('let = = ;', {}));
  out.asyncError = await attempt(() => S.transform('let = = ;', {}));
  const expected = S.transformSync('const b = 2', {}).code;
  const deep = '('.repeat(20000) + '1' + ')'.repeat(20000);
  out.deep = await attempt(() => JSON.parse(S.parseSync(deep, { syntax: 'ecmascript' })).type);
  out.next = await afterAbort(() => S.transformSync('const b = 2', {}).code, expected);
  return out;
}
