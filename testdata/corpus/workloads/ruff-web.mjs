// @astral-sh/ruff-wasm-web: the same API, web target (initialised with the bytes).
import { runRuff } from './ruff-nodejs.mjs';
export const pkg = '@astral-sh/ruff-wasm-web';
export const dirs = ['.'];
export async function run(load) {
  const R = await load('ruff_wasm.js');
  await R.default({ module_or_path: load.bytes('ruff_wasm_bg.wasm') });
  return runRuff(R);
}
