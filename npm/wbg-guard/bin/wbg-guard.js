#!/usr/bin/env node
'use strict';
// `npx wbg-guard ...`: runs the platform binary with the same arguments and
// exit code.
const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib/binary.js');

let bin;
try {
  bin = binaryPath();
} catch (e) {
  process.stderr.write(e.message + '\n');
  process.exit(1);
}
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  process.stderr.write('wbg-guard: cannot run ' + bin + ': ' + r.error.message + '\n');
  process.exit(1);
}
process.exit(r.status === null ? 1 : r.status);
