// @wasm-fmt/ruff_fmt 0.15.20 through the authors' ruff_fmt_node.js (see
// ruff-fmt.mjs): a loader that makes its own instance with the imports of
// ruff_fmt_bg.js. It must keep working from the guarded output, unguarded.
import { use } from './ruff-fmt.mjs';
export const pkg = '@wasm-fmt/ruff_fmt';
export const dirs = ['.'];
export async function run(load) {
  return use(await load('ruff_fmt_node.js'));
}
