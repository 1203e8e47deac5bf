// The abort/reinit loop of the recovery benchmark, alone, for a CPU profile
// (bench/run runs it under `node --cpu-prof` where recovery misses its
// target and summarises where the time goes).
//
//   node --cpu-prof bench/lib/reinitprof.mjs --guarded DIR --pkg ID --n N

import fs from 'node:fs';
import { args, load, now } from './common.mjs';
import { RUNTIME_PACKAGES, guardedEntry, guardedWasm } from './packages.mjs';

const opt = args();
const m = await load(guardedEntry(opt.guarded, opt.pkg));
// A web target is initialised as recovery.mjs does it in Node.
if (RUNTIME_PACKAGES[opt.pkg].web) m.initSync({ module: fs.readFileSync(guardedWasm(opt.guarded, opt.pkg)) });
const N = Number(opt.n || 1000);
const cases = {
  counter: [() => m.crash(), () => m.add(1, 2)],
  oxc: [() => m.parseSync('x', { sourceFilename: 'a.zzz' }), () => m.parseSync('a').free()],
  'oxc-web': [() => m.parseSync('x', { sourceFilename: 'a.zzz' }), () => m.parseSync('a').free()],
  brotli: [
    () => new m.DecompressStream().decompress(new Uint8Array([1, 2, 3]), 2 ** 31),
    () => m.compress(new Uint8Array([97]), { quality: 1 }),
  ],
  photon: [
    () => m.PhotonImage.new_from_byteslice(new Uint8Array([1, 2, 3, 4])),
    () => new m.PhotonImage(new Uint8Array(4), 1, 1).free(),
  ],
};
const [abort, call] = cases[opt.pkg];
console.error = () => {};
call();
let rec = 0;
const t0 = now();
for (let i = 0; i < N; i++) {
  try {
    abort();
  } catch (_) {
    // AbortError
  }
  const t = now();
  call();
  rec += now() - t;
  await null;
}
process.stdout.write(JSON.stringify({ n: N, totalMs: now() - t0, recoveryMs: rec / N }));
