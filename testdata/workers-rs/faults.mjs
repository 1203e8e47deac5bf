// The fault script of the side-by-side comparison (testdata/workers-rs):
// sends the same requests to one Worker served by workerd and prints what
// happened, one JSON line per fault ("FAULT {...}"), then "DONE".
//
//   node faults.mjs http://127.0.0.1:PORT
//
// For each fault, in the Worker and in its Durable Object:
//   1. GET count          the counter held in Rust, before the fault;
//   2. the fault request, with four GET /slow requests (an async handler
//      that awaits a timer) sent at the same moment: the concurrent requests;
//   3. GET count again: the first request after the fault. Its time is the
//      recovery time; its value says whether Rust's state was kept
//      (before + 1), lost (1: a fresh instance) or neither;
//   4. three more GET count: the Worker is healthy again.
// A request that does not answer within 10 s is a hang.

const base = process.argv[2];
if (!base) {
  console.error("usage: node faults.mjs BASE_URL");
  process.exit(2);
}
const HANG_MS = 10_000;

async function get(path) {
  const t0 = performance.now();
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), HANG_MS);
  try {
    const res = await fetch(base + path, { signal: ctl.signal });
    const body = await res.text();
    return { status: res.status, body: body.slice(0, 200), ms: performance.now() - t0 };
  } catch (e) {
    const hang = ctl.signal.aborted;
    return { status: hang ? "hang" : "error", body: String(e && e.message), ms: performance.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}

function count(r) {
  return r.status === 200 && /^\d+$/.test(r.body) ? Number(r.body) : null;
}

const faults = ["panic", "unreachable", "oom", "overflow", "jserror", "async-panic"];
const scopes = [
  ["worker", ""],
  ["durable-object", "/do"],
];

// Warm up both counters, then a baseline of a normal request's time.
for (const [, p] of scopes) await get(p + "/count");
const baseline = [];
for (let i = 0; i < 7; i++) baseline.push((await get("/count")).ms);
baseline.sort((a, b) => a - b);
console.log("BASELINE " + JSON.stringify({ countMs: baseline[3] }));

for (const [scope, p] of scopes) {
  for (const fault of faults) {
    const before = await get(p + "/count");
    const slow = Array.from({ length: 4 }, () => get("/slow"));
    const hit = await get(p + "/" + fault);
    const concurrent = await Promise.all(slow);
    const next = await get(p + "/count");
    const later = [];
    for (let i = 0; i < 3; i++) later.push(await get(p + "/count"));
    const b = count(before);
    const n = count(next);
    let state;
    if (b === null || n === null) state = "broken";
    else if (n === b + 1) state = "kept";
    else if (n === 1) state = "lost";
    else state = `other (${b} then ${n})`;
    const laterCounts = later.map(count);
    const healthy = laterCounts.every((c, i) => c !== null && (i === 0 ? n === null || c === n + 1 : c === laterCounts[i - 1] + 1));
    console.log("FAULT " + JSON.stringify({
      scope,
      fault,
      answer: hit.status,
      answerBody: hit.body,
      concurrent: concurrent.map((r) => r.status),
      next: next.status,
      nextBody: next.body,
      state,
      recoveryMs: Math.round(next.ms * 10) / 10,
      healthyAfter: healthy,
    }));
  }
}
console.log("DONE");
