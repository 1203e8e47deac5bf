// Host safety of the runtime files themselves (ARCHITECTURE.md §3, point 9): no dynamic
// code evaluation (Workers and CSP forbid it), no Node-only APIs (the runtime
// must run unchanged on Node, Deno, Bun, workerd and browsers), and only
// relative imports between the runtime files (esbuild bundles them).

import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'));

test('the runtime files are there', () => {
  for (const f of ['errors.js', 'classify.js', 'guard.js', 'views.js', 'generation.js', 'facade.js', 'index.js', 'index.d.ts']) {
    assert.ok(files.includes(f), f);
  }
});

test('no eval or Function constructor in any template', () => {
  const evalCall = ['ev', 'al('].join('');
  const fnCtor = ['new', 'Function'].join(' ');
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    assert.ok(!text.includes(evalCall), f + ' contains ' + evalCall);
    assert.ok(!text.includes(fnCtor), f + ' contains ' + fnCtor);
    assert.ok(!/\bFunction\s*\(/.test(text), f + ' calls Function(');
  }
});

test('no Node-only APIs and only relative imports in the runtime', () => {
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const bad of [/\brequire\(/, /\bprocess\./, /\bBuffer\b/, /__dirname/, /'node:/, /\bsetImmediate\b/]) {
      assert.ok(!bad.test(text), f + ' uses ' + bad);
    }
    for (const m of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
      assert.match(m[1], /^\.\/[a-z]+\.js$/, f + ' imports ' + m[1]);
    }
  }
});

test('index.js exports what index.d.ts declares', async () => {
  const mod = await import('../index.js');
  const dts = readFileSync(path.join(dir, 'index.d.ts'), 'utf8');
  for (const name of Object.keys(mod)) {
    assert.match(dts, new RegExp('export (declare )?(class|function|const) ' + name + '\\b'), name);
  }
});

// The host protocol (host.js) is the only contract between the generated
// code and the glue's factory: every `__wbgg_host.<member>` the repository
// generates or patches in must be one of HOST_MEMBERS, and makeHost must
// make exactly those.
test('the host protocol: every __wbgg_host member used anywhere is declared in host.js', async () => {
  const { HOST_MEMBERS, makeHost } = await import('../host.js');
  assert.deepEqual(Object.keys(makeHost({}, () => null)).sort(), [...HOST_MEMBERS].sort());
  const repo = path.join(dir, '..');
  const sources = [
    path.join(repo, 'builder', 'factory.go'),
    ...readdirSync(path.join(repo, 'internal', 'jsgen')).filter((f) => f.endsWith('.go')).map((f) => path.join(repo, 'internal', 'jsgen', f)),
    ...readdirSync(path.join(repo, 'patches')).filter((f) => f.endsWith('.json')).map((f) => path.join(repo, 'patches', f)),
  ];
  const used = new Set();
  for (const f of sources) {
    for (const m of readFileSync(f, 'utf8').matchAll(/__wbgg_host\.([A-Za-z_$][\w$]*)/g)) {
      assert.ok(HOST_MEMBERS.includes(m[1]), `${path.relative(repo, f)} uses __wbgg_host.${m[1]}, which host.js does not declare`);
      used.add(m[1]);
    }
  }
  // The preamble, shim and patches do use the protocol (the scan found them).
  for (const m of ['importMetaUrl', 'require', 'dirname', 'filename', 'module', 'terminated', 'unwrap', 'resetHeap', 'resetViews', 'rebind']) {
    assert.ok(used.has(m), `no use of __wbgg_host.${m} found: is the scan looking in the right files?`);
  }
});

// One source of truth for abort kinds: errors.js's ABORT_KINDS. The types
// (index.d.ts for the runtime, package.d.ts for every guarded package) and
// the README's list must name exactly those.
test('abort kinds: the .d.ts unions and the README agree with ABORT_KINDS', async () => {
  const { ABORT_KINDS } = await import('../errors.js');
  const want = [...ABORT_KINDS].sort();
  for (const f of ['index.d.ts', 'package.d.ts']) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const m = text.match(/export type AbortKind =([^;]*);/);
    assert.ok(m, f + ' declares AbortKind');
    const kinds = [...m[1].matchAll(/'([a-z-]+)'/g)].map((x) => x[1]).sort();
    assert.deepEqual(kinds, want, f);
  }
  const readme = readFileSync(path.join(dir, '..', 'README.md'), 'utf8');
  for (const k of ABORT_KINDS) assert.ok(readme.includes('`' + k + '`'), 'README.md does not name the abort kind ' + k);
});
