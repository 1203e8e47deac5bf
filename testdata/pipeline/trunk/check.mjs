// node check.mjs DIST: the guarded web-target package trunk wrote (its
// post_build hook guarded it) answers add(2,3), turns crash() into an
// AbortError, then answers again on a fresh instance. Node loads the glue
// as the browser would, with init() given the module's bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] || 'dist');
const files = readdirSync(dist);
const js = files.find((f) => /^counter-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^counter-[0-9a-f]+_bg\.wasm$/.test(f));
const fail = (what) => {
  console.error('trunk check: ' + what);
  process.exit(1);
};
if (!js || !wasm || !files.includes('index.html')) fail(`${dist} lacks index.html, counter-<hash>.js or its .wasm: ${files.join(', ')}`);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
if (!html.includes(js)) fail('index.html does not load ' + js);
const m = await import(pathToFileURL(join(dist, js)).href);
await m.default({ module_or_path: readFileSync(join(dist, wasm)) });
if (m.add(2, 3) !== 5) fail('add(2,3) !== 5 before the crash');
let err = null;
try {
  m.crash();
} catch (e) {
  err = e;
}
if (!(err instanceof m.AbortError)) fail('crash() threw ' + (err && err.name) + ', not the package\'s AbortError');
if (m.add(2, 3) !== 5) fail('add(2,3) !== 5 after the crash');
console.log(`trunk check: ${dist}: add, crash -> AbortError (${err.kind}), add again: ok`);
