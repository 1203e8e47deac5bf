// Real Rust fixtures under Node 24: the unwind builds (legacy EH and
// exnref; all import WebAssembly.JSTag), upstream's abort handler, and
// reset-state; see realrust.mjs.
import { builds, scenario } from './realrust.mjs';

for (const b of builds((b) => !['abort', 'split-debug'].includes(b.profile))) scenario(b);
