// Runs the fault matrix in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core): serves testdata/matrix at /matrix/ and the
// built packages (OUT) at /out/ from 127.0.0.1, opens browser/index.html and
// relays the page's `CELL`/`UNCAUGHT`/`DONE` console lines.
//
//   node browser.mjs OUT          (OUT/plan-chromium.json names the packages)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2]);
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.wasm': 'application/wasm' };

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let base, rel;
  if (url.pathname.startsWith('/matrix/')) [base, rel] = [here, url.pathname.slice(8)];
  else if (url.pathname.startsWith('/out/')) [base, rel] = [out, url.pathname.slice(5)];
  const file = base && path.resolve(base, decodeURIComponent(rel));
  if (!file || !file.startsWith(base + path.sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
});
let finish;
const finished = new Promise((r) => (finish = r));
const timer = setTimeout(() => { console.log('TIMEOUT: the page did not finish within 240 s'); finish(); }, 240000);
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    const t = m.text();
    if (/^(CELL|UNCAUGHT|FATAL|DONE)/.test(t)) console.log(t);
    if (t.startsWith('DONE')) finish();
  });
  page.on('pageerror', (e) => console.log('PAGEERROR ' + e.message));
  await page.goto(`http://127.0.0.1:${port}/matrix/browser/index.html`);
  await finished;
  console.log('BROWSER ' + browser.version());
} finally {
  clearTimeout(timer);
  await browser.close();
  server.close();
}
