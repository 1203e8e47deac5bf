// @deno/eszip 0.106.0: Deno's eszip format (dnt-built npm copy of a Deno
// package). esm/ holds wasmbuild output (eszip_wasm.generated.js, a
// hand-shaped loader with instantiate()/Parser, beside mod.js and other
// modules); deps/ carries two more wasmbuild modules (deno_graph inline,
// deno_cache_dir with snippets/). No network: a custom loader serves modules.
import { attempt, errInfo, sha } from './_util.mjs';
export const pkg = '@deno/eszip';
export const dirs = ['esm', 'esm/deps/jsr.io/@deno/graph/0.69.10', 'esm/deps/jsr.io/@deno/cache-dir/0.8.0/lib'];
const FILES = {
  'file:///main.ts': "import { add } from './lib.ts';\nimport data from './data.json' with { type: 'json' };\nexport const x: number = add(1, 2);\nconsole.log(x, data);\n",
  'file:///lib.ts': 'export function add(a: number, b: number): number { return a + b }\n',
  'file:///data.json': '{"a": 1}',
};
async function loader(specifier) {
  if (!(specifier in FILES)) return undefined;
  return { kind: 'module', specifier, headers: specifier.endsWith('.json') ? { 'content-type': 'application/json' } : { 'content-type': 'application/typescript' }, content: FILES[specifier] };
}
export async function run(load, dir) {
  const out = {};
  if (dir === 'esm') {
    const E = await load('esm/mod.js');
    const bytes = await E.build(['file:///main.ts'], loader);
    out.eszip = { len: bytes.length, sha: sha(bytes) };
    const p = await E.Parser.createInstance();
    const specs = await p.parseBytes(bytes);
    out.specs = specs;
    await p.load();
    out.sources = {};
    for (const s of specs) out.sources[s] = await p.getModuleSource(s);
    out.missingModule = await attempt(() => E.build(['file:///nope.ts'], loader).then((b) => b.length));
    out.syntaxError = await attempt(() => E.build(['file:///bad.ts'], async (s) => ({ kind: 'module', specifier: s, headers: { 'content-type': 'application/typescript' }, content: 'export const = ;' })).then((b) => b.length));
    // Garbage bytes: the Rust future panics (unwrap) while polled from a
    // microtask, outside any call of ours: in the original the trap is an
    // uncaught exception (the parseBytes promise never settles). Recorded
    // with a temporary uncaughtException listener.
    let onUncaught;
    const uncaught = new Promise((res) => { onUncaught = (e) => res({ uncaught: errInfo(e) }); process.on('uncaughtException', onUncaught); });
    const timeout = new Promise((res) => setTimeout(() => res({ timeout: true }), 5000).unref());
    out.badBytes = await Promise.race([attempt(async () => { const q = await E.Parser.createInstance(); return q.parseBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])); }), uncaught, timeout]);
    process.off('uncaughtException', onUncaught);
    out.afterPanic = await attempt(async () => { const q = await E.Parser.createInstance(); return (await q.parseBytes(bytes)).length; });
  } else if (dir.includes('/graph/')) {
    const G = await load(`${dir}/mod.js`);
    const graph = await G.createGraph('file:///main.ts', { load: loader });
    out.graph = sha(JSON.stringify(graph));
    out.roots = graph.roots;
    out.modules = graph.modules.map((m) => [m.specifier, m.mediaType, (m.dependencies || []).map((d) => d.specifier)]);
    const mod = G.parseModule('file:///a.ts', new TextEncoder().encode("import { b } from './b.ts';\nexport * from 'npm:x';\nawait import('./c.ts');"));
    out.parsed = mod.dependencies.map((d) => [d.specifier, d.isDynamic || false]);
    out.parseError = await attempt(() => G.parseModule('file:///bad.ts', new TextEncoder().encode('import {')).specifier);
  } else {
    const C = await load('esm/deps/jsr.io/@deno/cache-dir/0.8.0/mod.js');
    const L = await load(`${dir}/deno_cache_dir.generated.js`);
    out.exports = Object.keys(L).sort();
    out.cacheExports = Object.keys(C).sort();
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const d = mkdtempSync(join(tmpdir(), 'eszip-cache-'));
    try {
      const dd = new C.DenoDir(d);
      out.genDir = dd.gen ? typeof dd.gen : null;
      const cache = C.createCache({ root: d, cacheSetting: 'only', allowRemote: false });
      out.local = await cache.load('file:///does/not/exist.ts').then((r) => r ?? null, (e) => ({ error: String(e.message || e) }));
      out.remoteOnly = await attempt(() => cache.load('https://example.com/x.ts').then((r) => r ?? null));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }
  return out;
}
// The wasmbuild module with its .wasm, without mod.js and the rest.
export const isolated = [{ dir: 'esm', files: ['eszip_wasm.generated.js', 'eszip_wasm_bg.wasm'] }];
