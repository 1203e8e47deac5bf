// Serves the bundle `wrangler deploy --dry-run --outdir DIR` wrote with
// workerd and checks the guarded Worker: answers, an abort is a 500 for that
// request only, the next request runs on a fresh instance.
//
//   node check.mjs DIR WORKERD
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const [dir, workerd] = process.argv.slice(2);
if (!dir || !workerd) {
  console.error('usage: node check.mjs DIR WORKERD');
  process.exit(2);
}

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
// wrangler's outdir: the bundle (main's name) and each .wasm under a
// content-hash name, imported as a compiled module (CompiledWasm).
const files = readdirSync(dir);
const mods = [`(name = "worker.js", esModule = embed "worker.js")`];
for (const f of files) if (f.endsWith('.wasm')) mods.push(`(name = ${JSON.stringify(f)}, wasm = embed ${JSON.stringify(f)})`);
if (!files.includes('worker.js') || mods.length !== 2) {
  console.error(`check: ${dir} should hold worker.js and one .wasm, has ${files.join(', ')}`);
  process.exit(1);
}
writeFileSync(join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .w) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const w :Workerd.Worker = (modules = [ ${mods.join(', ')} ], compatibilityDate = "2025-09-01");
`);

const server = spawn(workerd, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
const base = `http://127.0.0.1:${port}`;

async function get(path) {
  const res = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
  return [res.status, await res.text()];
}

let failed = false;
function expect(what, got, want) {
  const ok = JSON.stringify(got) === JSON.stringify(want);
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}: ${JSON.stringify(got)}${ok ? '' : ` (want ${JSON.stringify(want)})`}`);
  if (!ok) failed = true;
}

try {
  for (let i = 0; ; i++) {
    try {
      await get('/add?a=0&b=0');
      break;
    } catch (e) {
      if (i > 100 || server.exitCode !== null) throw new Error(`workerd did not start: ${e.message}\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  expect('add', await get('/add?a=2&b=3'), [200, '5']);
  expect('count', await get('/count'), [200, '1']);
  expect('count', await get('/count'), [200, '2']);
  expect('crash: an AbortError for this request', await get('/crash'), [500, 'AbortError unreachable']);
  expect('count after the abort: a fresh instance', await get('/count'), [200, '1']);
  expect('add after the abort', await get('/add?a=40&b=2'), [200, '42']);
  const [, stats] = await get('/stats');
  const s = JSON.parse(stats);
  expect('stats: aborts, reinits', [s.aborts, s.reinits], [1, 1]);
} catch (e) {
  console.error(`check: ${e.message}\n${log}`);
  failed = true;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
