'use strict';
// The JS API: build({ dir, outDir, ... }) runs `wbg-guard build --json` and
// resolves to its report, or rejects with an Error whose message is the
// tool's own one-line error (err.exitCode: 1 failure, 2 usage).
const { spawn } = require('child_process');
const { binaryPath } = require('./binary.js');

const FLAGS = {
  platform: '--platform',
  format: '--format',
  onAbort: '--on-abort',
  reinitLimit: '--reinit-limit',
  jsErrorsThroughRust: '--js-errors-through-rust',
  entry: '--entry',
};
const SWITCHES = { minify: '--minify', sourcemap: '--sourcemap', inlineWasm: '--inline-wasm' };

function args(o) {
  if (!o || typeof o.dir !== 'string') throw new TypeError('build: `dir` (the wasm-bindgen output directory) is required');
  if (typeof o.outDir !== 'string') throw new TypeError('build: `outDir` is required');
  const a = ['build', o.dir, '--out-dir', o.outDir, '--json'];
  for (const [k, flag] of Object.entries(FLAGS)) {
    if (o[k] !== undefined) a.push(flag, String(o[k]));
  }
  for (const [k, flag] of Object.entries(SWITCHES)) {
    if (o[k]) a.push(flag);
  }
  return a;
}

function build(options) {
  return new Promise((resolve, reject) => {
    let a, bin;
    try {
      a = args(options);
      bin = binaryPath();
    } catch (e) {
      reject(e);
      return;
    }
    const p = spawn(bin, a, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const lines = err.split('\n').filter(Boolean);
      if (code !== 0) {
        const e = new Error(lines.filter((l) => !l.startsWith('wbg-guard: warning:')).pop() || 'wbg-guard exited with ' + code);
        e.exitCode = code;
        e.stderr = err;
        reject(e);
        return;
      }
      try {
        const report = JSON.parse(out);
        report.warnings = lines.filter((l) => l.startsWith('wbg-guard: warning: ')).map((l) => l.slice('wbg-guard: warning: '.length));
        resolve(report);
      } catch (e) {
        reject(new Error('wbg-guard: unreadable report: ' + e.message));
      }
    });
  });
}

module.exports = { build, binaryPath: require('./binary.js').binaryPath };
