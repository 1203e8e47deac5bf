// @datadog/libdatadog-wasm 0.21.0: the Wasm fallback of @datadog/libdatadog
// (dd-trace's native library), nodejs-target glue in dist/ and
// dist/remote-config/, each making its module from a brotli-compressed
// base64 string it embeds (no .wasm is published). Refused, with the
// embedding named: the module is not a file the guard can read.
import { sha } from './_util.mjs';
export const pkg = '@datadog/libdatadog-wasm';
export const dirs = ['dist', 'dist/remote-config'];
export async function run(load, dir) {
  if (dir === 'dist/remote-config') {
    const R = load.require('dist/remote-config/remote_config.js');
    return { classes: Object.keys(R).sort() };
  }
  const D = load.require('dist/libdatadog_wasm.js');
  const s = new D.DDSketch();
  for (let i = 1; i <= 100; i++) s.add(i);
  s.addWithCount(1000, 5);
  const out = { count: s.count(), sketch: sha(s.encode()) };
  s.free();
  out.zstd = sha(D.zstd_compress(new TextEncoder().encode('hello '.repeat(100)), 3));
  return out;
}
