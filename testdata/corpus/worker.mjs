// Runs one workload against one copy of a package, in its own process:
//   node --experimental-wasm-modules worker.mjs WORKLOAD.mjs PACKAGE_ROOT DIR
// (DIR: the directory of wasm-bindgen output under test; run(load, dir))
// Prints `RESULT <json>` on success; anything thrown out of run() is a
// failure of the copy (reported by run.mjs as BROKEN for the guarded copy).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [workloadFile, root, dir] = process.argv.slice(2);
const W = await import(pathToFileURL(workloadFile).href);

const requireFromRoot = createRequire(path.join(root, 'package.json'));
// load('rel/file.js'): import a file of the package (ESM import, or CJS via
// import's interop). load.require(rel): require() it. load.bytes(rel): its
// bytes. load.path(rel): absolute path. load.root: the package root.
async function load(rel) {
  return import(pathToFileURL(path.join(root, rel)).href);
}
load.require = (rel) => requireFromRoot(path.join(root, rel));
load.bytes = (rel) => new Uint8Array(fs.readFileSync(path.join(root, rel)));
load.path = (rel) => path.join(root, rel);
load.root = root;

process.on('unhandledRejection', (e) => {
  process.stderr.write(`WORKLOAD-ERROR unhandled rejection: ${e && e.stack ? e.stack : e}\n`);
  process.exit(3);
});

try {
  const value = await W.run(load, dir);
  process.stdout.write(`RESULT ${JSON.stringify(value)}\n`);
  process.exit(0);
} catch (e) {
  process.stderr.write(`WORKLOAD-ERROR ${e && e.name}: ${e && e.message}\n${e && e.stack}\n`);
  process.exit(1);
}
