// @wasmer/wasi 1.2.2: a WASI runtime in Rust (wasmer-js, wasm-bindgen 0.2.7x
// era). dist/Library.{esm,cjs,umd}[.min].js are the web-target glue bundled
// by rollup with the module inlined as base64 and init()/initSync().
import { attempt } from './_util.mjs';
export const pkg = '@wasmer/wasi';
export const dirs = ['dist'];
export async function run(load) {
  const W = await load('dist/Library.esm.js');
  await W.init();
  const out = {};
  const mod = (f) => WebAssembly.compile(load.bytes(`tests/${f}`));
  // demo.wasm prints hello world.
  let wasi = new W.WASI({ env: {}, args: [] });
  await wasi.instantiate(await mod('demo.wasm'), {});
  out.demo = [wasi.start(), wasi.getStdoutString()];
  // envvar.wasm reads the environment.
  wasi = new W.WASI({ env: { DOG: 'X', DOG_TYPE: 'Y', SET_VAR: '1' }, args: ['envvar'] });
  await wasi.instantiate(await mod('envvar.wasm'), {});
  out.envvar = [wasi.start(), wasi.getStdoutString()];
  // mapdir.wasm lists the in-memory filesystem.
  wasi = new W.WASI({ env: {}, args: [] });
  await wasi.instantiate(await mod('mapdir.wasm'), {});
  wasi.fs.createDir('/a');
  wasi.fs.createDir('/b');
  const file = wasi.fs.open('/file', { read: true, write: true, create: true });
  file.writeString('fileContents');
  file.seek(0);
  out.file = file.readString();
  out.mapdir = [wasi.start(), wasi.getStdoutString()];
  out.readDir = wasi.fs.readDir('/').map((e) => e.path).sort();
  // pipe_reverse.wasm reverses its stdin.
  wasi = new W.WASI({ env: {}, args: [] });
  await wasi.instantiate(await mod('pipe_reverse.wasm'), {});
  wasi.setStdinString('Hello World!');
  out.pipe = [wasi.start(), wasi.getStdoutString()];
  // Errors: a missing file, starting before instantiate, a bad module.
  out.missing = await attempt(() => wasi.fs.open('/nope/x', { read: true }).readString());
  out.notInstantiated = await attempt(() => new W.WASI({}).start());
  out.badDir = await attempt(() => { const m = new W.MemFS(); m.createDir('/x/y/z'); return 'created'; });
  return out;
}
