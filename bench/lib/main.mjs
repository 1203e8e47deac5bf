// The benchmark driver (run through bench/run, which installs the tools and
// builds the binary first). Runs every section, prints the results as
// Markdown tables and, in a full run, writes them into bench/README.md
// between the generated-results markers.
//
//   node bench/lib/main.mjs --work DIR --bin WBG_GUARD [--quick] [--no-write]
//                           [--only parse,builds,calls,recovery,memory,profile]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, parseArgs, summary } from './common.mjs';
import { ROOT, RUNTIME_PACKAGES } from './packages.mjs';
import { render } from './report.mjs';

const opt = parseArgs(process.argv.slice(2));
const QUICK = !!opt.quick;
const WORK = opt.work;
const BIN = opt.bin;
if (!WORK || !BIN) {
  console.error('usage: node bench/lib/main.mjs --work DIR --bin WBG_GUARD [--quick] [--no-write] [--only SECTIONS]');
  process.exit(2);
}
const SECTIONS = ['parse', 'builds', 'calls', 'recovery', 'memory', 'profile'];
const only = opt.only ? String(opt.only).split(',') : SECTIONS;
const BENCH = path.join(ROOT, 'bench');
const TOOLS = path.join(BENCH, 'node_modules', '.bin');
const ESBUILD = path.join(TOOLS, 'esbuild');
const DENO = path.join(TOOLS, 'deno');
const BUN = path.join(TOOLS, 'bun');
const NM = path.join(ROOT, 'testdata', 'npm', 'node_modules');

// The 12 wasm-bindgen output directories of the npm corpus.
const CORPUS = [
  ['brotli-bundler', 'brotli-wasm/pkg.bundler'],
  ['brotli-node', 'brotli-wasm/pkg.node'],
  ['brotli-web', 'brotli-wasm/pkg.web'],
  ['photon-bundler', '@silvia-odwyer/photon'],
  ['automerge-bundler', '@automerge/automerge-wasm/bundler'],
  ['automerge-deno', '@automerge/automerge-wasm/deno'],
  ['automerge-nodejs', '@automerge/automerge-wasm/nodejs'],
  ['automerge-web', '@automerge/automerge-wasm/web'],
  ['oxc-node', '@oxc-parser/wasm/node'],
  ['oxc-web', '@oxc-parser/wasm/web'],
  ['biome-nodejs', '@biomejs/wasm-nodejs'],
  ['biome-web', '@biomejs/wasm-web'],
].map(([id, rel]) => ({ id, rel, dir: path.join(NM, rel) }));

const results = { quick: QUICK, started: new Date().toISOString(), errors: [] };

function log(msg) {
  process.stderr.write(msg + '\n');
}

/** Run a command; never throws. */
function run(cmd, args, o = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: o.timeoutMs || 0,
    env: o.env ? { ...process.env, ...o.env } : process.env,
    cwd: o.cwd || ROOT,
    stdio: o.inheritStderr ? ['ignore', 'pipe', 'inherit'] : 'pipe',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    ok: r.status === 0,
    code: r.status,
    signal: r.signal,
    stdout: r.stdout || '',
    stderr: r.stderr || '',
    error: r.error ? String(r.error.message) : '',
    ms,
  };
}

function firstLine(s) {
  return String(s || '').trim().split('\n').slice(-3).join(' | ').slice(0, 300);
}

function fail(section, what) {
  results.errors.push(`${section}: ${what}`);
  log(`!! ${section}: ${what}`);
}

// ------------------------------------------------------------------ machine --

function machine() {
  const v = (cmd, args) => {
    const r = run(cmd, args, { timeoutMs: 30000 });
    return r.ok ? r.stdout.trim().split('\n')[0] : null;
  };
  const cpus = os.cpus();
  const m = {
    cores: cpus.length,
    cpu: cpus[0] ? cpus[0].model.trim() : '?',
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    deno: v(DENO, ['--version']),
    bun: v(BUN, ['--version']),
    go: v('go', ['version']),
    esbuild: v(ESBUILD, ['--version']),
    wbgGuard: v(BIN, ['version']),
    loadavgStart: os.loadavg(),
  };
  if (m.bun) m.bun = 'Bun ' + m.bun;
  return m;
}

// -------------------------------------------------------------------- parse --

function parseBenchLines(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^Benchmark(\w+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns\/op(.*)$/.exec(line.trim());
    if (!m) continue;
    const rest = m[4];
    const num = (re) => {
      const x = re.exec(rest);
      return x ? Number(x[1]) : null;
    };
    (out[m[1]] ||= []).push({
      iters: Number(m[2]),
      ns: Number(m[3]),
      mbs: num(/([\d.]+) MB\/s/),
      bop: num(/(\d+) B\/op/),
      allocs: num(/(\d+) allocs\/op/),
    });
  }
  return out;
}

function sectionParse() {
  const count = QUICK ? 1 : 5;
  const benchtime = QUICK ? '1x' : '0.5s';
  const env = {
    WBG_BENCH_WASM_BROTLI: path.join(NM, 'brotli-wasm/pkg.node/brotli_wasm_bg.wasm'),
    WBG_BENCH_WASM_OXC: path.join(NM, '@oxc-parser/wasm/node/oxc_parser_wasm_bg.wasm'),
    WBG_BENCH_WASM_AUTOMERGE: path.join(NM, '@automerge/automerge-wasm/nodejs/automerge_wasm_bg.wasm'),
    WBG_BENCH_WASM_COUNTER: path.join(ROOT, 'examples/counter/pkg/counter_bg.wasm'),
    WBG_BENCH_INSPECT_DIR: path.join(NM, '@biomejs/wasm-nodejs'),
  };
  // The test binaries were compiled by bench/run (go test -c) at the start.
  const groups = [
    ['wasmparse', '^Benchmark(ParseBiome|ReadFileBiome|OpenBiome|ParseBrotli|ParseOxc|ParseAutomerge)$'],
    ['bench', '^Benchmark(ReadFileBrotli|ReadFileOxc|ReadFileAutomerge|ParseCounter|ReadFileCounter|Inspect)$'],
  ];
  let stdout = '';
  let ok = true;
  const cmds = [];
  for (const [pkg, pattern] of groups) {
    const bin = path.join(WORK, pkg + '.test');
    const args = ['-test.run', '^$', '-test.bench', pattern, '-test.benchmem', '-test.count', String(count), '-test.benchtime', benchtime];
    cmds.push(`go test -run '^$' -bench '${pattern}' -benchmem -count ${count} -benchtime ${benchtime} ./${pkg}/`);
    log(`== parse: ${cmds[cmds.length - 1]}`);
    if (!fs.existsSync(bin)) {
      fail('parse', `${pkg}.test was not built (go test -c ./${pkg}/ failed)`);
      ok = false;
      continue;
    }
    const r = run(bin, args, { env, cwd: path.join(ROOT, pkg), timeoutMs: 10 * 60 * 1000 });
    stdout += r.stdout;
    if (!r.ok) {
      fail('parse', `${pkg}.test exited ${r.code}: ${firstLine(r.stderr || r.stdout)}`);
      ok = false;
    }
  }
  const rows = parseBenchLines(stdout);
  const sizes = {
    Biome: fs.statSync(path.join(NM, '@biomejs/wasm-nodejs/biome_wasm_bg.wasm')).size,
    Automerge: fs.statSync(env.WBG_BENCH_WASM_AUTOMERGE).size,
    Brotli: fs.statSync(env.WBG_BENCH_WASM_BROTLI).size,
    Oxc: fs.statSync(env.WBG_BENCH_WASM_OXC).size,
    Counter: fs.statSync(env.WBG_BENCH_WASM_COUNTER).size,
  };
  const table = [];
  for (const mod of ['Biome', 'Automerge', 'Brotli', 'Oxc', 'Counter']) {
    const p = rows['Parse' + mod];
    const rf = rows['ReadFile' + mod];
    if (!p) continue;
    const row = {
      module: mod,
      bytes: sizes[mod],
      ns: summary(p.map((x) => x.ns)),
      mbs: summary(p.map((x) => x.mbs)),
      bop: median(p.map((x) => x.bop)),
      allocs: median(p.map((x) => x.allocs)),
    };
    if (rf) {
      row.readNs = summary(rf.map((x) => x.ns));
      row.readMbs = median(rf.map((x) => x.mbs));
      const n = Math.min(p.length, rf.length);
      row.ratio = summary(Array.from({ length: n }, (_, i) => p[i].ns / rf[i].ns));
    }
    if (mod === 'Biome' && rows.OpenBiome) row.openNs = summary(rows.OpenBiome.map((x) => x.ns));
    if (mod === 'Biome' && rows.Inspect && rf) {
      // `inspect` of the directory (glue and module) against reading the
      // module: medians of two benchmarks of the same run.
      row.inspectNs = summary(rows.Inspect.map((x) => x.ns));
      row.inspectRatio = row.inspectNs.median / row.readNs.median;
    }
    table.push(row);
  }
  return { count, benchtime, commands: cmds, table, ok };
}

// ------------------------------------------------------------------- builds --

function timed(cmd, args, outFile) {
  const tf = path.join(WORK, 'time.out');
  const r = run('/usr/bin/time', ['-f', '%e %M', '-o', tf, cmd, ...args]);
  let e = null;
  let rssKB = null;
  try {
    const parts = fs.readFileSync(tf, 'utf8').trim().split('\n').pop().split(/\s+/);
    e = Number(parts[0]);
    rssKB = Number(parts[1]);
  } catch (_) {
    // time wrote nothing: the command could not start
  }
  return { ok: r.ok, ms: r.ms, e, rssKB, err: r.ok ? '' : firstLine(r.stderr || r.error), outFile };
}

function sectionBuilds() {
  const reps = QUICK ? 1 : 9;
  log(`== builds: ${CORPUS.length} directories x ${reps} runs, wbg-guard build vs esbuild CLI`);
  const floor = [];
  for (let i = 0; i < (QUICK ? 3 : 15); i++) floor.push(timed('true', []).ms);
  const startupW = [];
  const startupE = [];
  for (let i = 0; i < (QUICK ? 3 : 15); i++) {
    startupW.push(timed(BIN, ['version']).ms);
    startupE.push(timed(ESBUILD, ['--version']).ms);
  }
  const dirs = [];
  for (const c of CORPUS) {
    const ins = run(BIN, ['inspect', c.dir, '--json']);
    if (!ins.ok) {
      fail('builds', `inspect ${c.rel}: ${firstLine(ins.stderr)}`);
      continue;
    }
    const g = JSON.parse(ins.stdout).glue;
    const wasmBytes = fs.statSync(path.join(c.dir, g.files.wasm)).size;
    dirs.push({ ...c, entry: g.files.entry, format: g.module_format, target: g.target, wasm: g.files.wasm, wasmBytes, w: [], e: [], cp: [] });
  }
  const base = path.join(WORK, 'builds');
  for (let rep = 0; rep < reps; rep++) {
    for (const d of dirs) {
      const wOut = path.join(base, d.id + '-w' + rep);
      const eOut = path.join(base, d.id + '-e' + rep);
      const doW = () =>
        d.w.push(timed(BIN, ['build', d.dir, '--out-dir', wOut]));
      const doE = () =>
        d.e.push(
          timed(ESBUILD, [
            path.join(d.dir, d.entry),
            '--bundle',
            '--format=' + d.format,
            '--platform=node',
            '--outfile=' + path.join(eOut, d.entry),
            '--loader:.wasm=file',
            '--log-level=error',
          ]),
        );
      // The .wasm copied by the fastest means cp has (a reflink where the
      // filesystem offers one, else copy_file_range): what a build that
      // bundles the glue and ships the module must do at least.
      const cpOut = path.join(base, d.id + '-cp' + rep);
      const doCp = () => {
        fs.mkdirSync(cpOut, { recursive: true });
        d.cp.push(timed('cp', ['--reflink=auto', path.join(d.dir, d.wasm), path.join(cpOut, 'm.wasm')]));
      };
      if (rep % 2 === 0) {
        doW();
        doE();
        doCp();
      } else {
        doCp();
        doE();
        doW();
      }
      fs.rmSync(wOut, { recursive: true, force: true });
      fs.rmSync(eOut, { recursive: true, force: true });
      fs.rmSync(cpOut, { recursive: true, force: true });
    }
  }
  const table = [];
  const floorMs = summary(floor);
  for (const d of dirs) {
    const bad = [...d.w, ...d.e, ...d.cp].find((x) => !x.ok);
    if (bad) fail('builds', `${d.rel}: ${bad.err}`);
    const okW = d.w.filter((x) => x.ok);
    const okE = d.e.filter((x) => x.ok);
    const n = Math.min(d.w.length, d.e.length, d.cp.length);
    const ratios = [];
    const ratiosCp = [];
    const cpWork = [];
    for (let i = 0; i < n; i++) {
      if (!d.w[i].ok || !d.e[i].ok || !d.cp[i].ok) continue;
      ratios.push(d.w[i].ms / d.e[i].ms);
      // cp's own work: its wall time less the floor of spawning a process
      // (`true`), so the baseline is one process start plus both jobs.
      const cp = Math.max(0, d.cp[i].ms - floorMs.median);
      cpWork.push(cp);
      ratiosCp.push(d.w[i].ms / (d.e[i].ms + cp));
    }
    table.push({
      id: d.id,
      rel: d.rel,
      target: d.target,
      format: d.format,
      entry: d.entry,
      wasmBytes: d.wasmBytes,
      wbgMs: okW.length ? summary(okW.map((x) => x.ms)) : null,
      esbuildMs: okE.length ? summary(okE.map((x) => x.ms)) : null,
      wbgRssKB: okW.length ? summary(okW.map((x) => x.rssKB)) : null,
      esbuildRssKB: okE.length ? summary(okE.map((x) => x.rssKB)) : null,
      ratio: ratios.length ? summary(ratios) : null,
      cpMs: cpWork.length ? summary(cpWork) : null,
      ratioCp: ratiosCp.length ? summary(ratiosCp) : null,
      error: bad ? bad.err : undefined,
    });
  }
  return {
    reps,
    floorMs,
    startup: { wbg: summary(startupW), esbuild: summary(startupE) },
    table,
  };
}

// ------------------------------------------------- guarded builds for Node --

function buildGuarded(dest, extra) {
  fs.mkdirSync(dest, { recursive: true });
  for (const [id, p] of Object.entries(RUNTIME_PACKAGES)) {
    const out = path.join(dest, id);
    const r = run(BIN, ['build', path.join(ROOT, p.dir), '--out-dir', out, ...p.flags, ...extra]);
    if (!r.ok) throw new Error(`wbg-guard build ${p.dir}: ${firstLine(r.stderr)}`);
  }
  return dest;
}

let guardedDefault = null;
let guardedNoLimit = null;
function guarded() {
  if (guardedDefault === null) {
    log('== building the guarded packages for the runtime benchmarks');
    guardedDefault = buildGuarded(path.join(WORK, 'guarded'), []);
    // Recovery and memory loops abort thousands of times: no reinit limit.
    guardedNoLimit = buildGuarded(path.join(WORK, 'guarded-nolimit'), ['--reinit-limit', '0']);
  }
  return { guardedDefault, guardedNoLimit };
}

// -------------------------------------------------------------------- calls --

function sectionCalls() {
  const { guardedDefault: g } = guarded();
  const script = path.join(BENCH, 'lib', 'calls.mjs');
  const out = {};
  const runtimes = [
    ['node', process.execPath, ['--expose-gc', '--experimental-wasm-modules', '--no-warnings', script]],
    ['deno', DENO, ['run', '-A', '--v8-flags=--expose-gc', script]],
    ['bun', BUN, [script]],
  ];
  const listed = run(process.execPath, [script, '--list'], { timeoutMs: 30000 });
  if (!listed.ok) throw new Error('calls.mjs --list: ' + firstLine(listed.stderr));
  const { packages: callPackages, cases: listedCases } = JSON.parse(listed.stdout);
  const caseOrder = listedCases.map((c) => c.id);
  for (const [name, exe, pre] of runtimes) {
    log(`== calls: ${name}`);
    const probe = run(exe, name === 'deno' ? ['--version'] : ['--version'], { timeoutMs: 30000 });
    if (!probe.ok) {
      out[name] = { unavailable: `cannot run here: ${firstLine(probe.stderr || probe.error) || 'exit ' + probe.code}` };
      log(`   ${name}: ${out[name].unavailable}`);
      continue;
    }
    // One process per package. In one process for all, the package loaded
    // later ran on slower Wasm code in Bun: its JSC gives guard pages (no
    // bounds checks) to the first 8 live Wasm memories of a process only,
    // and by oxc's case the original and guarded copies of the packages
    // before it held 7, so the guarded oxc (loaded after the original) got
    // the 9th memory, with bounds checks. The original package loaded twice
    // (an A/A run) showed the same +5-6%. Each package's cases keep at most
    // 2 memories alive, so both variants run the same kind of memory.
    let merged = null;
    const failed = [];
    for (const pkg of callPackages) {
      const file = path.join(WORK, `calls-${name}-${pkg}.json`);
      const r = run(exe, [...pre, '--guarded', g, '--out', file, '--pkg', pkg, ...(QUICK ? ['--quick'] : [])], {
        inheritStderr: true,
        timeoutMs: 8 * 60 * 1000,
      });
      if (!r.ok || !fs.existsSync(file)) {
        const why = `exited ${r.code}${r.signal ? ' (' + r.signal + ')' : ''}`;
        fail('calls', `${name} ${pkg} ${why}`);
        // Its cases stay in the tables, as errors: a target is not met by
        // the cases that happened to run.
        failed.push(...listedCases.filter((c) => c.pkg === pkg).map((c) => ({ ...c, error: `its process ${why}`, reported: true })));
        continue;
      }
      const res = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (merged === null) merged = { ...res, cases: [] };
      merged.cases.push(...res.cases);
    }
    if (merged === null) {
      out[name] = { error: 'every process failed' };
      continue;
    }
    merged.cases.push(...failed);
    merged.cases.sort((a, b) => caseOrder.indexOf(a.id) - caseOrder.indexOf(b.id));
    out[name] = merged;
    for (const c of merged.cases) if (c.error && !c.reported) fail('calls', `${name} ${c.id}: ${c.error.split('\n')[0]}`);
  }
  return out;
}

// ----------------------------------------------------------------- recovery --

function sectionRecovery() {
  const { guardedNoLimit: g } = guarded();
  const script = path.join(BENCH, 'lib', 'recovery.mjs');
  log('== recovery (node)');
  const listed = run(process.execPath, [script, '--list'], { timeoutMs: 30000 });
  if (!listed.ok) throw new Error('recovery.mjs --list: ' + firstLine(listed.stderr));
  // One process per case: the ES module copies a case's cold loop imports
  // stay alive for the rest of its process.
  let res = null;
  for (const c of JSON.parse(listed.stdout)) {
    const file = path.join(WORK, `recovery-${c.id}.json`);
    const r = run(
      process.execPath,
      ['--expose-gc', '--experimental-wasm-modules', '--no-warnings', script, '--guarded', g, '--out', file, '--case', c.id, ...(QUICK ? ['--quick'] : [])],
      { inheritStderr: true, timeoutMs: 8 * 60 * 1000 },
    );
    let one;
    if (!r.ok || !fs.existsSync(file)) {
      one = { quick: QUICK, version: process.version, cases: [{ id: c.id, label: c.label, error: `its process exited ${r.code}` }] };
    } else {
      one = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    if (res === null) res = { ...one, cases: [] };
    res.cases.push(...one.cases);
  }
  for (const c of res.cases) if (c.error) fail('recovery', `${c.id}: ${c.error.split('\n')[0]}`);
  // Where recovery misses its target, profile what a reinit spends its time on.
  const slow = res.cases.filter((c) => c.ratioToBound && c.ratioToBound.median > 1.5).map((c) => c.id);
  if (slow.length) res.profile = profileReinit(g, slow.filter((id) => id !== 'biome').slice(0, 2));
  return res;
}

function profileReinit(g, ids) {
  const out = {};
  for (const id of ids) {
    const dir = path.join(WORK, 'cpuprof-' + id);
    fs.rmSync(dir, { recursive: true, force: true });
    const r = run(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir=' + dir,
        '--cpu-prof-interval=50',
        '--no-warnings',
        path.join(BENCH, 'lib', 'reinitprof.mjs'),
        '--guarded',
        g,
        '--pkg',
        id,
        '--n',
        QUICK ? '50' : '3000',
      ],
      { timeoutMs: 5 * 60 * 1000 },
    );
    if (!r.ok) {
      fail('recovery', `profile ${id}: ${firstLine(r.stderr)}`);
      continue;
    }
    const f = fs.readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
    out[id] = { ...summariseCpuProfile(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))), loop: JSON.parse(r.stdout) };
  }
  return out;
}

// Self and inclusive time per function of a V8 .cpuprofile.
function summariseCpuProfile(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const key = (n) => {
    const cf = n.callFrame;
    const file = cf.url ? cf.url.split('/').pop() : '';
    return (cf.functionName || '(anonymous)') + (file ? ` ${file}:${cf.lineNumber + 1}` : '');
  };
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] || 0;
    total += dt;
    let id = p.samples[i];
    const n0 = byId.get(id);
    self.set(key(n0), (self.get(key(n0)) || 0) + dt);
    const seen = new Set();
    while (id !== undefined) {
      const k = key(byId.get(id));
      if (!seen.has(k)) {
        seen.add(k);
        incl.set(k, (incl.get(k) || 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const top = (m, n, filter) =>
    [...m.entries()]
      .filter(([k]) => !filter || filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ fn: k, pct: (100 * v) / total }));
  return {
    totalMs: total / 1000,
    self: top(self, 12),
    inclusive: top(incl, 25, (k) => !/^\((root|program|idle)\)|^main |^run |^\(anonymous\) reinitprof|node:internal|^runMain|^executeUserEntryPoint/.test(k)),
  };
}

// ------------------------------------------------------------------- memory --

function sectionMemory() {
  const { guardedNoLimit: g } = guarded();
  const file = path.join(WORK, 'memory.json');
  log('== memory (node --expose-gc)');
  const r = run(
    process.execPath,
    ['--expose-gc', '--no-warnings', path.join(BENCH, 'lib', 'memory.mjs'), '--guarded', g, '--out', file, ...(QUICK ? ['--quick'] : [])],
    { inheritStderr: true, timeoutMs: 8 * 60 * 1000 },
  );
  if (!r.ok || !fs.existsSync(file)) {
    fail('memory', `exited ${r.code}`);
    return { error: `exited ${r.code}` };
  }
  const res = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [k, v] of Object.entries(res)) if (v && v.error) fail('memory', `${k}: ${v.error.split('\n')[0]}`);
  return res;
}

// ------------------------------------------------------------------ profile --

// Phases of a CPU profile, exclusive: each sample goes to the first phase
// (in this order) that any frame of its stack names. esbuild parses in
// worker goroutines whose stacks do not show the caller, so its two passes
// (glue -> CommonJS factory, then the final bundle) are one phase.
const GC_PHASE = 'Go GC background workers';
const OTHER_PHASE = 'other (Go runtime, scheduler)';
const PHASES = [
  ['reading the input (os.ReadFile)', /^os\.ReadFile$/],
  ['jsgen (glue detection)', /wbg-guard\/internal\/(glue|jsgen)\./],
  ['wasmparse (Parse and its scan goroutines)', /wbg-guard\/wasmparse\./],
  ['writing the output (builder.writeAtomically)', /builder\.writeAtomically/],
  ['esbuild (both passes, incl. its goroutines)', /evanw\/esbuild/],
  ['rest of builder (plan, generate, patches)', /wbg-guard\//],
  [GC_PHASE, /^runtime\.(gcBgMarkWorker|bgsweep|bgscavenge)/],
];

function pprofPhases(binPath, prof) {
  const r = run('go', ['tool', 'pprof', '-traces', binPath, prof]);
  const unit = (v) => {
    const m = /^([\d.]+)(ns|us|µs|ms|s)$/.exec(v);
    if (!m) return 0;
    return Number(m[1]) * { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000 }[m[2]];
  };
  const totals = new Map(PHASES.map(([l]) => [l, 0]));
  totals.set(OTHER_PHASE, 0);
  let total = 0;
  for (const block of r.stdout.split(/^-+\+-+$/m).slice(1)) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    const first = /^\s*(\S+)\s+(.*)$/.exec(lines[0]);
    if (!first) continue;
    const v = unit(first[1]);
    const frames = [first[2], ...lines.slice(1)].map((l) => l.trim().replace(/ \(inline\)$/, ''));
    total += v;
    let phase = OTHER_PHASE;
    for (const [label, re] of PHASES) {
      if (frames.some((f) => re.test(f))) {
        phase = label;
        break;
      }
    }
    totals.set(phase, totals.get(phase) + v);
  }
  return [...totals.entries()].map(([label, v]) => ({ label, ms: v, pct: total ? (100 * v) / total : 0 }));
}

const ROW = /^\s*[\d.]+(ns|us|µs|ms|s)?\s+[\d.]+%/;

function sectionProfile(builds) {
  // The slowest build by median wall time (biome's nodejs target when the
  // build section did not run).
  let slow = { id: 'biome-nodejs', rel: '@biomejs/wasm-nodejs' };
  if (builds && builds.table) {
    const t = builds.table.filter((x) => x.wbgMs).sort((a, b) => b.wbgMs.median - a.wbgMs.median);
    if (t.length) slow = t[0];
  }
  const out = { cases: [] };
  // Also the small module (< 5 MB) whose ratio to the esbuild CLI is worst:
  // what bounds the common case.
  const cases = [slow];
  if (builds && builds.table) {
    const worst = builds.table
      .filter((x) => x.ratio && x.wasmBytes < 5e6)
      .sort((a, b) => b.ratio.median - a.ratio.median)[0];
    if (worst && worst.id !== slow.id) cases.push(worst);
  }
  for (const c of cases) {
    const dir = path.join(NM, c.rel);
    const prof = path.join(WORK, `build-${c.id}.cpu`);
    const testBin = path.join(WORK, 'bench.test');
    const n = QUICK ? '1x' : c === slow ? '30x' : '300x';
    const args = ['-test.run', '^$', '-test.bench', '^BenchmarkBuild$', '-test.benchmem', '-test.benchtime', n, '-test.cpuprofile', prof];
    log(`== profile: WBG_BENCH_BUILD_DIR=${c.rel} go test -run '^$' -bench '^BenchmarkBuild$' -benchmem -benchtime ${n} -cpuprofile ${prof} ./bench/`);
    if (!fs.existsSync(testBin)) {
      fail('profile', 'bench.test was not built (go test -c ./bench/ failed)');
      break;
    }
    const r = run(testBin, args, { env: { WBG_BENCH_BUILD_DIR: dir }, cwd: BENCH, timeoutMs: 10 * 60 * 1000 });
    if (!r.ok) {
      fail('profile', `${c.id}: ${firstLine(r.stderr || r.stdout)}`);
      continue;
    }
    const bench = parseBenchLines(r.stdout).Build;
    const top = run('go', ['tool', 'pprof', '-top', '-nodecount=15', testBin, prof]).stdout;
    const cum = run('go', ['tool', 'pprof', '-top', '-cum', '-nodecount=60', testBin, prof]).stdout;
    const phases = pprofPhases(testBin, prof);
    out.cases.push({
      id: c.id,
      rel: c.rel,
      benchtime: n,
      iters: bench ? bench[0].iters : 0,
      inProcess: bench ? bench[0] : null,
      phases,
      top: top.split('\n').filter((l) => ROW.test(l)).slice(0, 15),
      cum: cum
        .split('\n')
        .filter((l) => ROW.test(l) && !/testing\.|runtime\.main|runtime\.goexit|BenchmarkBuild/.test(l))
        .slice(0, 30),
    });
  }
  return out;
}

// --------------------------------------------------------------------- main --

const t0 = Date.now();
results.machine = machine();
const steps = {
  parse: sectionParse,
  builds: sectionBuilds,
  calls: sectionCalls,
  recovery: sectionRecovery,
  memory: sectionMemory,
  profile: () => sectionProfile(results.builds),
};
for (const s of SECTIONS) {
  if (!only.includes(s)) continue;
  const ts = Date.now();
  try {
    results[s] = steps[s]();
  } catch (e) {
    fail(s, String((e && e.stack) || e).split('\n').slice(0, 3).join(' | '));
    results[s] = { error: String(e && e.message) };
  }
  log(`   (${s}: ${((Date.now() - ts) / 1000).toFixed(1)} s)`);
}
results.machine.loadavgEnd = os.loadavg();
results.seconds = (Date.now() - t0) / 1000;
fs.writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(results, null, 1));

const md = render(results);
process.stdout.write(md + '\n');

if (!QUICK && !opt['no-write'] && only.length === SECTIONS.length) {
  const readme = path.join(BENCH, 'README.md');
  const BEGIN = '<!-- results:begin (generated by bench/run; do not edit by hand) -->';
  const END = '<!-- results:end -->';
  let text = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '# Benchmarks\n\n';
  const block = `${BEGIN}\n${md}\n${END}`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : text.trimEnd() + '\n\n' + block + '\n';
  fs.writeFileSync(readme, text);
  log(`== wrote ${path.relative(ROOT, readme)}`);
}
log(`== done in ${results.seconds.toFixed(0)} s${results.errors.length ? `, ${results.errors.length} error(s):` : ''}`);
for (const e of results.errors) log('   ' + e);
process.exit(results.errors.length ? 1 : 0);
