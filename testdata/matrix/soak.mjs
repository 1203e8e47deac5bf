// Soak: abort/reinit cycles in one Node process, on the guarded example
// crate (examples/counter, nodejs target).
//
//   node --expose-gc soak.mjs GUARDED/counter.js [cycles=10000]
//
// Each cycle makes an object of the live generation, aborts the instance
// (crash(): `unreachable`) and lets the next call reinitialise. Every old
// generation's object and its class prototype (which belongs to that
// generation's glue, and through it to its instance and memory) are
// registered in a FinalizationRegistry: they must be collected. RSS and the
// JS heap are sampled after a warm-up and at the end, after forced GCs.
// Prints `SOAK {json}`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const P = require(process.argv[2]);
const cycles = Number(process.argv[3] || 10000);
const warmup = Math.min(1000, cycles / 10);
if (typeof gc !== 'function') throw new Error('run with --expose-gc');

let objects = 0, protos = 0;
const registry = new FinalizationRegistry((kind) => (kind === 'proto' ? protos++ : objects++));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function settle() {
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(10);
  }
}
const mem = () => {
  const m = process.memoryUsage();
  return { rssMB: +(m.rss / 2 ** 20).toFixed(1), heapUsedMB: +(m.heapUsed / 2 ** 20).toFixed(1), externalMB: +(m.external / 2 ** 20).toFixed(1), arrayBuffersMB: +(m.arrayBuffers / 2 ** 20).toFixed(1) };
};

const failures = [];
let base = null;
let last = null;
const t0 = Date.now();
for (let i = 1; i <= cycles; i++) {
  const c = new P.Counter();
  if (c.increment() !== 1) failures.push(`cycle ${i}: a fresh counter did not start at 1`);
  registry.register(c, 'object');
  registry.register(Object.getPrototypeOf(c), 'proto');
  try {
    P.crash();
    failures.push(`cycle ${i}: crash() did not throw`);
  } catch (e) {
    if (!(e instanceof P.AbortError) || e.kind !== 'unreachable') failures.push(`cycle ${i}: ${e && e.name}`);
  }
  if (i === warmup) {
    await settle();
    base = mem();
  }
  if (i % 1000 === 0) await sleep(0); // let finalizers run now and then, as a server would
  if (failures.length > 5) break;
}
const elapsed = Date.now() - t0;
if (P.add(1, 2) !== 3) failures.push('the package does not work after the soak');
await settle();
last = mem();
const s = P.wbgGuard.stats();
const result = {
  cycles,
  elapsedMs: elapsed,
  perCycleMs: +(elapsed / cycles).toFixed(3),
  stats: s,
  afterWarmup: base,
  atEnd: last,
  growth: { rssMB: +(last.rssMB - base.rssMB).toFixed(1), heapUsedMB: +(last.heapUsedMB - base.heapUsedMB).toFixed(1) },
  collected: { objects, prototypes: protos, of: cycles },
};
// Flat: bounded growth over 9,000 cycles after the warm-up, whatever one
// generation weighs (a leaked instance keeps at least a 64 KiB memory).
if (s.aborts !== cycles || s.generation !== cycles + 1) failures.push('unexpected stats ' + JSON.stringify(s));
if (result.growth.heapUsedMB > 8) failures.push(`heap grew by ${result.growth.heapUsedMB} MB`);
if (result.growth.rssMB > 48) failures.push(`RSS grew by ${result.growth.rssMB} MB`);
if (objects < cycles * 0.95) failures.push(`only ${objects} of ${cycles} old generations' objects were collected`);
if (protos < cycles * 0.95) failures.push(`only ${protos} of ${cycles} old generations' prototypes (glue, instance) were collected`);
result.ok = failures.length === 0;
result.failures = failures;
console.log('SOAK ' + JSON.stringify(result));
