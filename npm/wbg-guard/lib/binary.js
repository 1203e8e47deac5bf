'use strict';
// Finds the wbg-guard binary: $WBG_GUARD, else the platform package that npm
// installed as an optional dependency (@wbg-guard/<platform>-<arch>), the way
// esbuild ships its Go binary.
const path = require('path');
const fs = require('fs');

function binaryPath() {
  if (process.env.WBG_GUARD) return process.env.WBG_GUARD;
  const pkg = '@wbg-guard/' + process.platform + '-' + process.arch;
  const exe = process.platform === 'win32' ? 'wbg-guard.exe' : 'wbg-guard';
  let dir;
  try {
    dir = path.dirname(require.resolve(pkg + '/package.json'));
  } catch (_) {
    throw new Error(
      'wbg-guard: no binary for ' + process.platform + '-' + process.arch + ': the package ' + pkg +
        ' is not installed (npm installs it as an optional dependency of wbg-guard on that platform); ' +
        'or set WBG_GUARD to a wbg-guard binary built from a checkout (go build -o wbg-guard .)',
    );
  }
  const p = path.join(dir, 'bin', exe);
  if (!fs.existsSync(p)) throw new Error('wbg-guard: ' + pkg + ' is installed but has no bin/' + exe);
  return p;
}

module.exports = { binaryPath };
