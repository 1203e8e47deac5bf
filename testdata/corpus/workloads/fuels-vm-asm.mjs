// @fuels/vm-asm 0.62.0: Fuel VM instruction encoder. dist/node/index.cjs and
// dist/web/index.mjs are the web-target glue bundled by the authors (rollup)
// with the module inlined as base64 and an initWasm() that runs at import.
import { attempt, hex } from './_util.mjs';
export const pkg = '@fuels/vm-asm';
export const dirs = ['dist/node', 'dist/web'];
function use(A) {
  const out = {};
  const prog = [A.movi(0x10, 7), A.addi(0x11, 0x10, 35), A.add(0x12, 0x10, 0x11), A.mul(0x13, 0x12, 0x12), A.ret(0x13), A.noop(), A.gtf_args(0x10, 0x00, A.GTFArgs.ScriptData)];
  out.prog = prog.map((i) => hex(i.to_bytes()));
  const i = new A.ADD(new A.RegId(0x10), new A.RegId(0x11), new A.RegId(0x12));
  out.addRegs = [i.ra().to_u8(), i.rb().to_u8(), i.rc().to_u8()];
  out.imm = hex(A.movi(0x20, 0x3ffff).to_bytes());
  out.many = Array.from({ length: 500 }, (_, k) => A.addi(k % 64, (k + 1) % 64, k).to_bytes()[3]).reduce((a, b) => a + b, 0);
  out.regConst = A.RegId.zero ? A.RegId.zero().to_u8() : null;
  out.badReg = attemptSync(() => hex(A.add(300, 1, 2).to_bytes()));
  out.badImm = attemptSync(() => hex(A.movi(1, 2 ** 40).to_bytes()));
  return out;
}
function attemptSync(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: { name: e && e.name, message: String(e && e.message !== undefined ? e.message : e) } };
  }
}
export async function run(load, dir) {
  const A = dir === 'dist/node' ? load.require('dist/node/index.cjs') : await load('dist/web/index.mjs');
  await A.initWasm();
  return use(A);
}
