// simplecc-wasm 1.1.1: Chinese script conversion (OpenCC's dictionaries),
// 1.2 MB module, one function, built three times: pkg/nodejs (nodejs
// target), pkg/web (web target) and pkg/deno (wasm-bindgen's deno target,
// 0.2.107+ glue: it fetches its .wasm by URL and instantiates it with a
// top-level await; the package's `deno` export). The deno glue cannot load
// in Node 20, whose fetch refuses file: URLs; it runs in Deno and Bun.
//
// A number where a string is expected runs the glue's string copy off the
// end of memory: a trap, which the original survives; the guarded copy
// reports the abort and answers the next call from a fresh instance.
import { attempt } from './_util.mjs';
export const pkg = 'simplecc-wasm';
export const dirs = ['pkg/nodejs', 'pkg/web', 'pkg/deno'];

async function open(load, dir) {
  if (dir === 'pkg/nodejs') return { S: load.require('pkg/nodejs/simplecc_wasm.js') };
  const S = await load(dir + '/simplecc_wasm.js');
  if (dir !== 'pkg/web') return { S };
  // The exports object initSync returns, which user code may hold.
  const raw = S.initSync({ module: load.bytes('pkg/web/simplecc_wasm_bg.wasm') });
  return { S, raw };
}

export async function run(load, dir) {
  const { S, raw } = await open(load, dir);
  const out = {};
  out.s2t = S.simplecc('发财了去植发', 's2t');
  out.t2s = S.simplecc('發財了去植髮，開放中文轉換', 't2s');
  out.s2hk = S.simplecc('头发和面条', 's2hk');
  out.s2tw = S.simplecc('软件和网络', 's2tw');
  out.empty = S.simplecc('', 's2t');
  out.long = S.simplecc('汉字'.repeat(5000), 's2t').length;
  // Errors Rust returns on purpose.
  out.badDict = await attempt(() => S.simplecc('x', 'nope'));
  out.notString = await attempt(() => S.simplecc(42, 's2t'));
  out.afterNotString = await attempt(() => S.simplecc('汉字', 's2t'));
  if (raw) out.rawExports = [raw.memory instanceof WebAssembly.Memory, typeof raw.simplecc, raw === S.initSync({ module: load.bytes('pkg/web/simplecc_wasm_bg.wasm') })];
  return out;
}
