// Real Rust fixtures under Node 24: the builds Node 20 cannot load (exnref,
// upstream's abort handler, reset-state, 0.2.110's unwind glue); see
// realrust.mjs.
import { builds, scenario, node20 } from './realrust.mjs';

for (const b of builds((b) => !node20(b) && b.profile !== 'split-debug')) scenario(b);
