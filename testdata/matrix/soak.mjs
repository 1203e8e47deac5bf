// Soak: abort/reinit cycles in one Node process, on the guarded example
// crate (examples/counter, nodejs target).
//
//   node --expose-gc soak.mjs GUARDED/counter.js [cycles=10000]
//
// Each cycle makes an object of the live generation, aborts the instance
// (crash(): `unreachable`) and lets the next call reinitialise. Every old
// generation's object and Wasm instance (which holds its memory) are
// registered in a FinalizationRegistry: they must be collected. So is each
// glue class prototype that a generation made for itself (a build that
// evaluates the glue per generation); a build in swap mode keeps one glue
// for every generation, and its prototype must stay the same. RSS and the
// JS heap are sampled after a warm-up and at the end, after forced GCs.
// Prints `SOAK {json}`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cycles = Number(process.argv[3] || 10000);
const warmup = Math.min(1000, cycles / 10);
if (typeof gc !== 'function') throw new Error('run with --expose-gc');

const collected = { object: 0, proto: 0, instance: 0 };
const registry = new FinalizationRegistry((kind) => collected[kind]++);
// Every real instance, whoever makes it (the guard reads
// WebAssembly.Instance when it instantiates).
const RealInstance = WebAssembly.Instance;
let instancesMade = 0;
function TrackedInstance(module, imports) {
  const inst = new RealInstance(module, imports);
  instancesMade++;
  registry.register(inst, 'instance');
  return inst;
}
TrackedInstance.prototype = RealInstance.prototype;
WebAssembly.Instance = TrackedInstance;
const P = require(process.argv[2]);
let lastProto = null;
let protosMade = 0;
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
  const proto = Object.getPrototypeOf(c);
  if (proto !== lastProto) {
    if (lastProto !== null) protosMade++;
    lastProto = proto;
    registry.register(proto, 'proto');
  }
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
  collected: { objects: collected.object, instances: collected.instance, prototypes: collected.proto, of: cycles },
  made: { instances: instancesMade, newPrototypes: protosMade },
};
// Flat: bounded growth over 9,000 cycles after the warm-up, whatever one
// generation weighs (a leaked instance keeps at least a 64 KiB memory).
if (s.aborts !== cycles || s.generation !== cycles + 1) failures.push('unexpected stats ' + JSON.stringify(s));
if (result.growth.heapUsedMB > 8) failures.push(`heap grew by ${result.growth.heapUsedMB} MB`);
if (result.growth.rssMB > 48) failures.push(`RSS grew by ${result.growth.rssMB} MB`);
if (collected.object < cycles * 0.95) failures.push(`only ${collected.object} of ${cycles} old generations' objects were collected`);
if (instancesMade < cycles) failures.push(`only ${instancesMade} instances made for ${cycles} generations`);
if (collected.instance < cycles * 0.95) failures.push(`only ${collected.instance} of ${cycles} old generations' instances were collected`);
// Glue per generation: a new prototype each cycle, the old ones collected.
// Swap mode: one prototype throughout.
if (protosMade > 0 && protosMade !== cycles - 1) failures.push(`${protosMade} new class prototypes in ${cycles} generations: neither one per generation nor one glue`);
if (protosMade > 0 && collected.proto < protosMade * 0.95) failures.push(`only ${collected.proto} of ${protosMade} old generations' prototypes (glue) were collected`);
result.ok = failures.length === 0;
result.failures = failures;
console.log('SOAK ' + JSON.stringify(result));
