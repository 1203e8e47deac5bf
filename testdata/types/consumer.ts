// Type-checked (tsc --noEmit --strict) against the .d.ts of the guarded
// example by builder's TestOutputTypes: the original declarations are kept and
// the guard's API is typed.
import { add, Counter, AbortError, PanicError, PoisonedError, StaleInstanceError, wbgGuard } from './guarded/counter.js';
import type { AbortKind, GuardStats } from './guarded/counter.js';

const sum: number = add(1, 2);
const c = new Counter();
const n: number = c.increment();
const v: number = c.value;
c.free();

try {
  add(sum, n + v);
} catch (e) {
  if (e instanceof AbortError) {
    const kind: AbortKind = e.kind;
    const gen: number = e.generation;
    console.log(kind, gen, e.cause, e.label);
  } else if (e instanceof PoisonedError) {
    const reason: 'policy' | 'reinit-limit' = e.reason;
    console.log(reason);
  } else if (e instanceof PanicError || e instanceof StaleInstanceError) {
    console.log(e.message);
  }
}

const stats: GuardStats = wbgGuard.stats();
const off: () => void = wbgGuard.onAbort((e: AbortError) => console.log(e.kind));
wbgGuard.onReinit((info) => console.log(info.generation, info.previous));
wbgGuard.onStaleCall((info) => console.log(info.generation, info.label));
const stale: number = stats.staleCalls;
console.log(stale);
off();
console.log(stats.generation, wbgGuard.policy);
