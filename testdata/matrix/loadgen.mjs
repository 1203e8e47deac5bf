// Load generator of the Workers scenario: a bounded stream of requests to the
// Worker (workerd/worker.js) on 127.0.0.1, some of which panic or abort.
//
//   node loadgen.mjs http://127.0.0.1:PORT [total=2000] [concurrency=8]
//
// Prints `SCENARIO {json}` with the counts, then `DONE`.
const base = process.argv[2];
const total = Number(process.argv[3] || 2000);
const concurrency = Number(process.argv[4] || 8);
const timeoutMs = 10000;

// A fixed, deterministic mix.
function kindOf(i) {
  if (i % 40 === 7) return 'panic';
  if (i % 97 === 13) return 'abort';
  if (i % 61 === 29) return 'crash';
  return i % 2 === 0 ? 'inc' : 'work';
}
const expect = { inc: [200], work: [200], panic: [500, 'PanicError'], abort: [500, 'AbortError'], crash: [500, 'AbortError'] };

const counts = {};
const problems = [];
let resetsSeen = 0, afterFaultOk = 0, lastFault = -1, timeouts = 0, maxMs = 0;
const incs = [];
let next = 0;

async function one(i) {
  const kind = kindOf(i);
  const c = (counts[kind] ??= { sent: 0, ok200: 0, err500: 0, rightClass: 0, other: 0, timeout: 0 });
  c.sent++;
  const t0 = Date.now();
  try {
    const res = await fetch(base + '/s/' + kind, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.text();
    maxMs = Math.max(maxMs, Date.now() - t0);
    const [status, cls] = expect[kind];
    if (res.status === 200) c.ok200++;
    else if (res.status === 500) c.err500++;
    else c.other++;
    if (res.status === status && (!cls || body.startsWith(cls))) c.rightClass++;
    else problems.push(`#${i} ${kind}: ${res.status} ${body.slice(0, 120)}`);
    if (status === 500) lastFault = i;
    else if (res.status === 200 && lastFault >= 0 && i > lastFault) afterFaultOk++;
    if (kind === 'inc' && res.status === 200) {
      const j = JSON.parse(body);
      if (j.reset) resetsSeen++;
      incs.push(j);
    }
  } catch (e) {
    if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
      c.timeout++;
      timeouts++;
    } else c.other++;
    problems.push(`#${i} ${kind}: ${e && e.name}: ${e && e.message}`);
  }
}

async function worker() {
  while (next < total) await one(next++);
}
const t0 = Date.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = Date.now() - t0;
const stats = await (await fetch(base + '/s/stats', { signal: AbortSignal.timeout(timeoutMs) })).json();
const out = {
  total, concurrency, elapsedMs: elapsed, maxRequestMs: maxMs, timeouts,
  byKind: counts, healthyAfterAFault: afterFaultOk, resetsSeenByClients: resetsSeen,
  worker: stats, problems: problems.slice(0, 20), problemCount: problems.length,
};
console.log('SCENARIO ' + JSON.stringify(out));
console.log('DONE');
