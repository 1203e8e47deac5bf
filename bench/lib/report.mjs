// Markdown tables from the driver's results (see main.mjs).

const TARGETS = {
  buildRatio: 1.3, // small modules: wbg-guard build within 1.3x of the esbuild CLI
  buildLargeRatio: 1.2, // large modules: within 1.2x of the esbuild CLI plus copying the .wasm
  largeBytes: 10 * 1024 * 1024, // "large": a .wasm of 10 MiB or more
  trivialNs: 25, // trivial-call overhead under 25 ns
  realRatio: 1.03, // realistic calls within 3%
  recoveryRatio: 1.5, // recovery within 1.5x of a bare new WebAssembly.Instance
  abortPlusRecoveryRatio: 2, // the aborting call plus recovery within 2x of it
  abortRatio: 1.5, // the aborting call within 1.5x of the original's trap
  inspectRatio: 3, // inspect of the 45 MB module within 3x of reading it
};

function fixed(x, d) {
  return x === null || x === undefined || Number.isNaN(x) ? '?' : Number(x).toFixed(d);
}

/** A duration given in ns, in a readable unit. */
function ns(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '?';
  const a = Math.abs(x);
  if (a < 1e3) return `${fixed(x, a < 10 ? 1 : 0)} ns`;
  if (a < 1e6) return `${fixed(x / 1e3, a < 1e4 ? 2 : 1)} µs`;
  if (a < 1e9) return `${fixed(x / 1e6, a < 1e7 ? 2 : 1)} ms`;
  return `${fixed(x / 1e9, 2)} s`;
}
const ms = (x) => ns(x * 1e6);

function bytes(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '?';
  const a = Math.abs(x);
  if (a < 1024) return `${fixed(x, 0)} B`;
  if (a < 1024 * 1024) return `${fixed(x / 1024, 1)} KiB`;
  if (a < 1024 * 1024 * 1024) return `${fixed(x / 1048576, 1)} MiB`;
  return `${fixed(x / 1073741824, 2)} GiB`;
}

function mmm(s, f) {
  if (!s) return '?';
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}
const ratio = (s) => (s ? `${fixed(s.median, 2)}× (${fixed(s.min, 2)}–${fixed(s.max, 2)})` : '?');
const mark = (ok) => (ok ? 'met' : '**missed**');

function table(head, rows) {
  const out = ['| ' + head.join(' | ') + ' |', '|' + head.map(() => ' --- |').join('')];
  for (const r of rows) out.push('| ' + r.join(' | ') + ' |');
  return out.join('\n');
}

function codeBlock(lines) {
  return '```\n' + lines.join('\n') + '\n```';
}

// ------------------------------------------------------------------ targets --

// A target's status from the cases that missed it and those that failed to
// run: a case that failed is not a case that met.
function targetStatus(missed, broken) {
  const parts = [];
  if (missed.length) parts.push(`**missed** (${missed.map((x) => x.id).join(', ')})`);
  if (broken.length) parts.push(`**incomplete** (${broken.map((x) => x.id).join(', ')}: error)`);
  return parts.length ? parts.join('; ') : 'met';
}

function targetRows(R) {
  const rows = [];
  const pt = R.parse && R.parse.table && R.parse.table[0];
  if (pt && pt.inspectRatio) {
    rows.push([
      '`inspect` of the 45 MB module within 3× of reading its .wasm (in-process medians)',
      `${fixed(pt.inspectRatio, 2)}× (${ns(pt.inspectNs.median)} vs ${ns(pt.readNs.median)})`,
      mark(pt.inspectRatio <= TARGETS.inspectRatio),
    ]);
  }
  const b = R.builds;
  if (b && b.table) {
    for (const large of [false, true]) {
      const key = large ? 'ratioCp' : 'ratio';
      const limit = large ? TARGETS.buildLargeRatio : TARGETS.buildRatio;
      const t = b.table.filter((x) => x[key] && (x.wasmBytes >= TARGETS.largeBytes) === large);
      const met = t.filter((x) => x[key].median <= limit);
      const worst = [...t].sort((x, y) => y[key].median - x[key].median)[0];
      const best = [...t].sort((x, y) => x[key].median - y[key].median)[0];
      if (!worst) continue;
      rows.push([
        large
          ? '`build`, .wasm ≥ 10 MiB: within 1.2× of the esbuild CLI plus `cp --reflink=auto` of the .wasm (median wall, per directory)'
          : '`build`, .wasm < 10 MiB: within 1.3× of the esbuild CLI (median wall, per directory)',
        `${met.length}/${t.length} directories; best ${fixed(best[key].median, 2)}× (${best.id}), worst ${fixed(worst[key].median, 2)}× (${worst.id})`,
        mark(met.length === t.length),
      ]);
    }
  }
  const c = R.calls;
  if (c) {
    for (const [rt, res] of Object.entries(c)) {
      if (!res || !res.cases) {
        rows.push([`per-call targets on ${rt}`, res && res.unavailable ? res.unavailable : 'no result', 'n/a']);
        continue;
      }
      const tr = res.cases.find((x) => x.id === 'trivial');
      const g = tr && tr.variants && tr.variants.guarded;
      if (g && g.overheadNs) {
        rows.push([
          `trivial-call overhead < 25 ns (${res.version})`,
          `${ns(g.overheadNs.median)} per call (${ns(tr.variants.original.ns.median)} → ${ns(g.ns.median)})`,
          mark(g.overheadNs.median < TARGETS.trivialNs),
        ]);
      } else if (tr && tr.error) {
        rows.push([`trivial-call overhead < 25 ns (${res.version})`, 'error', '**incomplete**']);
      }
      const real = res.cases.filter((x) => x.group === 'real' && x.variants && x.variants.guarded && x.variants.guarded.ratio);
      // A case whose process or setup failed is not a case that met.
      const broken = res.cases.filter((x) => x.group === 'real' && x.error);
      if (real.length || broken.length) {
        const miss = real.filter((x) => x.variants.guarded.ratio.median > TARGETS.realRatio);
        rows.push([
          `realistic calls within 3% (${res.version})`,
          real.map((x) => `${x.id} ${fixed((x.variants.guarded.ratio.median - 1) * 100, 1)}%`).join(', ') || '—',
          targetStatus(miss, broken),
        ]);
      }
    }
  }
  const r = R.recovery;
  if (r && r.cases) {
    const ok = r.cases.filter((x) => x.ratioToBound);
    const broken = r.cases.filter((x) => x.error);
    const status = (missed) => targetStatus(missed, broken);
    const miss = ok.filter((x) => x.ratioToBound.median > TARGETS.recoveryRatio);
    rows.push([
      'recovery within 1.5× of a bare `new WebAssembly.Instance` (Node)',
      ok.map((x) => `${x.id} ${fixed(x.ratioToBound.median, 2)}×`).join(', '),
      status(miss),
    ]);
    for (const [key, limit, label] of [
      ['abortPlusRecoveryToBound', TARGETS.abortPlusRecoveryRatio, 'the aborting call plus recovery within 2× of a bare `new WebAssembly.Instance` (Node)'],
      ['abortRatio', TARGETS.abortRatio, "the aborting call within 1.5× of the original package's own trap (Node; its instance kept, see §4)"],
    ]) {
      const have = r.cases.filter((x) => x[key]);
      if (!have.length) continue;
      const missed = have.filter((x) => x[key].median > limit);
      rows.push([label, have.map((x) => `${x.id} ${fixed(x[key].median, 2)}×`).join(', '), status(missed)]);
    }
  }
  return rows;
}

// ------------------------------------------------------------------ sections --

function machineSection(R) {
  const m = R.machine || {};
  const la = (x) => (x ? x.map((v) => v.toFixed(2)).join(' / ') : '?');
  return table(
    ['', ''],
    [
      ['mode', R.quick ? '`--quick` (smoke run: numbers are not meaningful)' : 'full'],
      ['date', R.started],
      ['duration', `${fixed(R.seconds, 0)} s`],
      ['cores', `${m.cores} × ${m.cpu}`],
      ['memory', `${m.memGiB} GiB`],
      ['kernel', m.kernel],
      ['load average (1/5/15 min) at start → end', `${la(m.loadavgStart)} → ${la(m.loadavgEnd)} (shared machine)`],
      ['Node', m.node],
      ['Deno', m.deno || 'cannot run here'],
      ['Bun', m.bun || 'cannot run here'],
      ['Go', m.go],
      ['esbuild CLI', m.esbuild],
      ['wbg-guard', m.wbgGuard],
    ],
  );
}

function parseSection(P) {
  if (!P || !P.table) return `Parse benchmarks failed: ${P && P.error}`;
  const rows = P.table.map((r) => [
    r.module,
    bytes(r.bytes),
    mmm(r.ns, ns),
    fixed(r.mbs.median, 0),
    bytes(r.bop),
    fixed(r.allocs, 0),
    r.readNs ? `${ns(r.readNs.median)} (${fixed(r.readMbs, 0)} MB/s)` : '—',
    r.ratio ? ratio(r.ratio) : '—',
  ]);
  return (
    P.commands.map((c) => `\`${c}\``).join('<br>') +
    ` (compiled with \`go test -c\` at the start of the run; ${P.count} runs each; median (min–max) over the runs).\n\n` +
    table(['module', 'size', 'Parse time/op', 'MB/s (median)', 'B/op', 'allocs/op', 'os.ReadFile of it', 'Parse ÷ ReadFile'], rows) +
    (P.table[0] && P.table[0].openNs ? `\n\nOpen (ReadFile + Parse) of Biome: ${mmm(P.table[0].openNs, ns)}.` : '') +
    (P.table[0] && P.table[0].inspectNs
      ? ` \`inspect\` of @biomejs/wasm-nodejs in-process (\`BenchmarkInspect\` in bench/build_test.go: glue analysis, module parse, report): ` +
        `${mmm(P.table[0].inspectNs, ns)}, ${fixed(P.table[0].inspectRatio, 2)}× os.ReadFile of its .wasm (target ≤ 3×: ${mark(P.table[0].inspectRatio <= TARGETS.inspectRatio)}).`
      : '')
  );
}

function buildsSection(B, prof) {
  if (!B || !B.table) return `Build benchmarks failed: ${B && B.error}`;
  const rows = B.table.map((r) => [
    `${r.rel} (${r.target}, ${r.format})`,
    bytes(r.wasmBytes),
    mmm(r.wbgMs, ms),
    r.wbgRssKB ? bytes(r.wbgRssKB.median * 1024) : '?',
    mmm(r.esbuildMs, ms),
    r.esbuildRssKB ? bytes(r.esbuildRssKB.median * 1024) : '?',
    ratio(r.ratio),
    mmm(r.cpMs, ms),
    ratio(r.ratioCp),
    r.wasmBytes >= TARGETS.largeBytes
      ? r.ratioCp ? `≤ 1.2× with cp: ${mark(r.ratioCp.median <= TARGETS.buildLargeRatio)}` : r.error || '?'
      : r.ratio ? `≤ 1.3×: ${mark(r.ratio.median <= TARGETS.buildRatio)}` : r.error || '?',
  ]);
  let s =
    `Each directory built ${B.reps}× with the binary (\`CGO_ENABLED=0 go build -o\`, static as the npm packages ship it) and bundled ${B.reps}× by the esbuild CLI ` +
    '(`esbuild <entry> --bundle --format=<esm|cjs> --platform=node --outfile=… --loader:.wasm=file`, the glue entry unmodified), ' +
    'and its `.wasm` copied by `cp --reflink=auto` (reflink or `copy_file_range`), ' +
    'alternating the order; each run under `/usr/bin/time -f "%e %M"` (peak RSS from `%M`), wall time measured ' +
    'by the driver around it. Ratio = wbg-guard ÷ esbuild of the same repetition; "with cp" = wbg-guard ÷ (esbuild + cp\'s own work, ' +
    'its wall time less the `true` floor below) of the same repetition. Targets: 1.3× esbuild for a .wasm under 10 MiB, ' +
    '1.2× esbuild plus cp for a larger one.\n\n' +
    table(['directory', '.wasm', 'wbg-guard build', 'peak RSS', 'esbuild CLI', 'peak RSS', 'ratio', 'cp of .wasm', 'ratio with cp', 'target'], rows) +
    `\n\nFloors: spawning \`/usr/bin/time true\` from the driver takes ${mmm(B.floorMs, ms)}; ` +
    `\`wbg-guard version\` ${mmm(B.startup.wbg, ms)}; \`esbuild --version\` ${mmm(B.startup.esbuild, ms)} (process start-up alone).`;
  if (prof && prof.cases) {
    for (const c of prof.cases) {
      s +=
        `\n\n#### CPU profile: \`build\` of ${c.rel}\n\n` +
        `\`WBG_BENCH_BUILD_DIR=… go test -run '^$' -bench '^BenchmarkBuild$' -benchtime ${c.benchtime} -cpuprofile … ./bench/\` ` +
        `(builder.Run in-process, so without process start-up)` +
        (c.inProcess ? `: ${ns(c.inProcess.ns)}/build, ${bytes(c.inProcess.bop)} and ${c.inProcess.allocs} allocations per build.` : '.') +
        '\n\nCPU samples by phase (each sample counted once: the first phase, in table order, that a frame of its stack names; ' +
        'esbuild parses in worker goroutines, so its two passes are one row; the scan goroutines run in parallel, so CPU time can exceed wall time):\n\n' +
        table(['phase', '≈ CPU time / build', 'share'], c.phases.map((p) => [p.label, ms(p.ms / (c.iters || 1)), `${fixed(p.pct, 1)}%`])) +
        '\n\n`go tool pprof -top` (flat):\n\n' +
        codeBlock(c.top) +
        '\n\n`go tool pprof -top -cum` (test harness frames removed):\n\n' +
        codeBlock(c.cum);
    }
  }
  return s;
}

function callsSection(C) {
  if (!C) return 'not run';
  let s =
    'Each case runs the original glue, the guarded output and a naive shim (a function Proxy per export, and a new ' +
    'function Proxy created on every method read of an instance) in one process. Each variant is calibrated to batches ' +
    'of about 25 ms (micro cases, 21 rounds) or 40 ms (realistic cases, 25 rounds), warmed up round-robin first ' +
    '(0.3 s / 2 s per variant: Wasm tier-up happens in the background, and JSC compiles the second module of the same ' +
    'bytes separately), garbage collected between batches (untimed); in each round the variants run back to back, ' +
    'order rotated. Ratio and overhead are per round (guarded ÷ original of the same round); median (min–max) over the rounds.\n';
  for (const [rt, res] of Object.entries(C)) {
    if (!res || !res.cases) {
      s += `\n#### ${rt}\n\n${res && res.unavailable ? res.unavailable : 'failed: ' + (res && res.error)}\n`;
      continue;
    }
    const rows = [];
    for (const c of res.cases) {
      if (c.error) {
        rows.push([c.label, `error: ${c.error.split('\n')[0].slice(0, 120)}`, '', '', '', '', '']);
        continue;
      }
      const o = c.variants.original;
      const g = c.variants.guarded;
      const n = c.variants.naive;
      let target = '';
      if (c.id === 'trivial' && g && g.overheadNs) target = `< 25 ns: ${mark(g.overheadNs.median < TARGETS.trivialNs)}`;
      else if (c.group === 'real' && g && g.ratio) target = `≤ 3%: ${mark(g.ratio.median <= TARGETS.realRatio)}`;
      rows.push([
        c.label + (c.group === 'real' ? ' *(realistic)*' : ''),
        o && o.ns ? ns(o.ns.median) : o && o.error ? 'error' : 'cannot run unmodified here',
        g && g.ns ? ns(g.ns.median) : g && g.error ? 'error: ' + g.error.slice(0, 80) : '?',
        g && g.ratio ? ratio(g.ratio) : '—',
        g && g.overheadNs ? mmm(g.overheadNs, ns) : '—',
        n && n.ratio ? `${ns(n.ns.median)}: ${fixed(n.ratio.median, 2)}×` : n && n.error ? 'error' : '—',
        target,
      ]);
    }
    s +=
      `\n#### ${res.version}\n\n` +
      table(['call', 'original / call', 'guarded / call', 'guarded ÷ original', 'overhead / call', 'naive shim / call, ÷ original', 'target'], rows) +
      '\n';
  }
  return s;
}

function recoverySection(R) {
  if (!R || !R.cases) return `Recovery benchmark failed: ${R && R.error}`;
  const rows = R.cases.map((c) =>
    c.error
      ? [c.label, 'error: ' + c.error.split('\n')[0].slice(0, 120), '', '', '', '', '', '', '', '', '', '']
      : [
          c.label,
          `${c.abortLabel} → ${c.kinds.join(', ')}`,
          `${c.callLabel}: ${ms(c.steadyCallMs.median)}`,
          mmm(c.recoveryMs, ms),
          mmm(c.boundMs, ms),
          `${ratio(c.ratioToBound)}: ${mark(c.ratioToBound.median <= TARGETS.recoveryRatio)}` +
            (c.ratioToBoundRecoveryFirst
              ? `; recovery first ${fixed(c.ratioToBoundRecoveryFirst.median, 2)}×, bound first ${fixed(c.ratioToBoundBoundFirst.median, 2)}×`
              : ''),
          c.warmComebackToBound
            ? `${ratio(c.warmComebackToBound)}; its first call ${ms(c.warmFirstCallMs.median)}`
            : 'n/a',
          c.abortMs
            ? `${ms(c.abortMs.median)} vs ${ms(c.origAbortMs.median)} (kept) / ` +
              `${c.warmAbortMs ? ms(c.warmAbortMs.median) : 'n/a'} (warm) / ${c.freshAbortMs ? ms(c.freshAbortMs.median) : 'n/a'} (fresh)`
            : '?',
          c.abortRatio
            ? `${ratio(c.abortRatio)}: ${mark(c.abortRatio.median <= TARGETS.abortRatio)}` +
              (c.abortRatioWarm ? `; warm ${ratio(c.abortRatioWarm)}` : '; warm n/a') +
              (c.abortRatioFresh ? `; fresh ${ratio(c.abortRatioFresh)}` : '; fresh n/a')
            : '?',
          c.abortPlusRecoveryToBound
            ? `${ratio(c.abortPlusRecoveryToBound)}: ${mark(c.abortPlusRecoveryToBound.median <= TARGETS.abortPlusRecoveryRatio)}`
            : '?',
          c.coldMs ? mmm(c.coldMs, ms) : c.coldNote || 'n/a',
          c.coldMs ? `${fixed(c.ratioToCold, 2)}×` : 'n/a',
        ],
  );
  let s =
    'Node only. Per iteration: provoke the abort (the caller catches the `AbortError`), then time the next successful ' +
    'call (the lazy reinit from the cached compiled module plus the call) and a bare ' +
    '`new WebAssembly.Instance(module, stubImports)` of the same compiled module (the lower bound), each after a garbage ' +
    'collection. The two take turns at going first: the first instantiation after the abort is the slower one, whichever ' +
    'makes it (the example\'s bound took ~115 µs going first, ~91 µs going second, and its recovery ~12 µs less going ' +
    'second), so the ratio is given for each order too. Cold = re-`require` of the ' +
    'original package with the require cache cleared, then the same call (what users do today). Guarded packages built ' +
    'with `--reinit-limit 0`. The aborting call is timed too (from the call to the caught `AbortError`), against the same ' +
    'call on the original package, three ways. Kept (the target\'s baseline, the ' +
    'stricter): one instance of the original kept for the whole run; its trap leaves it callable, and after its first ' +
    'panic Rust\'s panic count stays raised, so its later panics skip the panic hook, while every guarded abort is its ' +
    'generation\'s first panic. Fresh: a fresh copy of the original glue per iteration (loaded untimed on the module ' +
    'compiled once, and called once), so its first panic, hook included; but that copy\'s closures run for the first ' +
    'time, without the type feedback a guarded generation\'s closures share with the generations before them. Warm (like ' +
    'for like): the original CommonJS glue compiled once into one function (`vm.compileFunction`), as the guard\'s factory ' +
    'wraps the glue, and called afresh per iteration on the module compiled once (loaded untimed and called once): a new ' +
    'instance\'s first panic, by closures that share the feedback of the copies before them, as a guarded generation\'s ' +
    'do. The original\'s own way back, like for like with a recovery: a warm copy made and the same call on it, per ' +
    'iteration, divided by that iteration\'s bound; its first call (on the new instance\'s fresh memory) is shown apart, ' +
    'against the steady cost. No fresh or warm ' +
    'copies of ES module originals (oxc-web, photon): an imported module stays alive for the life of the process. Each ' +
    'case runs in its own process. Median (min–max) over the iterations; every ratio is per iteration.\n\n' +
    table(['module', 'abort used → kind', 'next call: steady cost', 'recovery (abort → next call done)', 'bound: new Instance', 'recovery ÷ bound (≤ 1.5×)', 'the original\'s way back: warm copy + call ÷ bound', 'aborting call: guarded vs the original\'s (kept / warm / fresh)', 'aborting call ÷ the original\'s, kept (≤ 1.5×); warm; fresh', '(aborting call + recovery) ÷ bound (≤ 2×)', 'cold load of original + call', 'recovery ÷ cold'], rows);
  const after = R.cases.filter((c) => c.afterRecovery);
  if (after.length) {
    s +=
      '\n\n#### The next call after a recovery\n\n' +
      'The same call on two fresh copies of the guarded package in one process, one in its first generation, the ' +
      'other in the generation its first abort\'s recovery made, each with a loop of its own; batches of ~5 ms, ' +
      'alternating which goes first, no garbage collection forced between them. The rest of this file times first generations only. Median (min–max) over the rounds; the ratio is ' +
      'per round.\n\n' +
      table(
        ['module', 'call', 'first generation / call', 'after a recovery / call', 'after ÷ first'],
        after.map((c) => [
          c.label,
          c.callLabel,
          mmm(c.afterRecovery.firstNs, ns),
          mmm(c.afterRecovery.recoveredNs, ns),
          ratio(c.afterRecovery.ratio),
        ]),
      );
  }
  if (R.profile && Object.keys(R.profile).length) {
    for (const [id, p] of Object.entries(R.profile)) {
      s +=
        `\n\n#### Where a reinit's time goes: ${id} (\`node --cpu-prof\`, ${p.loop.n} abort/reinit cycles, ` +
        `${ms(p.loop.recoveryMs)} per recovery in this loop)\n\n` +
        'Inclusive share of the profile (the whole loop: abort, classification, reinit, call):\n\n' +
        table(['function', 'inclusive'], p.inclusive.slice(0, 18).map((x) => ['`' + x.fn + '`', `${fixed(x.pct, 1)}%`])) +
        '\n\nSelf time:\n\n' +
        table(['function', 'self'], p.self.slice(0, 10).map((x) => ['`' + x.fn + '`', `${fixed(x.pct, 1)}%`]));
    }
  }
  return s;
}

function memorySection(M) {
  if (!M || M.error) return `Memory benchmark failed: ${M && M.error}`;
  let s = 'Node with `--expose-gc`; every figure after full garbage collections; each part in its own process.\n';
  if (M.load && !M.load.error) {
    s +=
      '\n**Loading the package** (JS heap, external memory including ArrayBuffers, RSS added by loading it; the guarded side includes the runtime, facade and first generation):\n\n' +
      table(
        ['package', 'original: heap / external / RSS', 'guarded: heap / external / RSS', 'extra heap', 'extra external', 'extra RSS'],
        Object.entries(M.load).map(([id, v]) => [
          id,
          `${bytes(v.original.heap)} / ${bytes(v.original.external)} / ${bytes(v.original.rss)}`,
          `${bytes(v.guarded.heap)} / ${bytes(v.guarded.external)} / ${bytes(v.guarded.rss)}`,
          bytes(v.extra.heap),
          bytes(v.extra.external),
          bytes(v.extra.rss),
        ]),
      ) +
      '\n';
  } else if (M.load) s += `\nload: error ${M.load.error.split('\n')[0]}\n`;
  if (M.objects && !M.objects.error) {
    const o = M.objects;
    s +=
      `\n**Per object** (${o.n} live example \`Counter\` objects, JS heap per object): original ${bytes(o.original.heap)}, ` +
      `guarded ${bytes(o.guarded.heap)} (extra ${bytes(o.extraGuarded)}), naive shim ${bytes(o.naive.heap)} (extra ${bytes(o.extraNaive)}).\n`;
  } else if (M.objects) s += `\nobjects: error ${M.objects.error.split('\n')[0]}\n`;
  if (M.generations && !M.generations.error) {
    const g = M.generations;
    const row = (id, v, rel) => [id, bytes(v.heap), bytes(v.external), bytes(v.rss), `${bytes(rel.heap)} heap, ${bytes(rel.external)} external`];
    s +=
      `\n**Per generation** kept alive by the user (one object of each of ${g.generations} dead generations held; an event-loop turn between aborts):\n\n` +
      table(
        ['package', 'heap / generation', 'external / generation', 'RSS / generation', 'after dropping the objects (vs before the cycles)'],
        [row('counter', g.counter, g.counterReleased), row('brotli', g.brotli, g.brotliReleased)],
      ) +
      '\n';
  } else if (M.generations) s += `\ngenerations: error ${M.generations.error.split('\n')[0]}\n`;
  if (M.cycles && !M.cycles.error) {
    const rows = [];
    for (const [k, v] of Object.entries(M.cycles)) {
      if (!v || typeof v !== 'object') continue;
      rows.push([
        k === 'counterSyncBurst' ? 'counter, one synchronous burst (no event-loop turn between aborts)' : k,
        String(v.reinits),
        ms(v.perCycleMs),
        `${bytes(v.start.rss)} → ${bytes(v.end.rss)} (peak ${bytes(v.peakRss)})`,
        `${bytes(v.start.heap)} → ${bytes(v.end.heap)}`,
        `${bytes(v.start.external)} → ${bytes(v.end.external)}`,
      ]);
    }
    s +=
      `\n**${M.cycles.cycles} abort/reinit cycles** (abort, then a successful call; an event-loop turn between cycles unless noted):\n\n` +
      table(['package', 'reinits', 'per cycle', 'RSS start → end after GC', 'heap', 'external'], rows) +
      '\n';
  } else if (M.cycles) s += `\ncycles: error ${M.cycles.error.split('\n')[0]}\n`;
  return s;
}

export function render(R) {
  const parts = [];
  parts.push('### Machine and run\n\n' + machineSection(R));
  const tr = targetRows(R);
  if (tr.length) parts.push('### Targets\n\n' + table(['target', 'measured (median)', 'status'], tr));
  if (R.parse) parts.push('### 1. Parse speed of wasmparse\n\n' + parseSection(R.parse));
  if (R.builds || R.profile) parts.push('### 2. `build` end to end vs the esbuild CLI\n\n' + buildsSection(R.builds, R.profile));
  if (R.calls) parts.push('### 3. Per-call overhead\n\n' + callsSection(R.calls));
  if (R.recovery) parts.push('### 4. Recovery latency\n\n' + recoverySection(R.recovery));
  if (R.memory) parts.push('### 5. Memory\n\n' + memorySection(R.memory));
  if (R.errors && R.errors.length) parts.push('### Errors in this run\n\n' + R.errors.map((e) => '- ' + e).join('\n'));
  return parts.join('\n\n');
}
