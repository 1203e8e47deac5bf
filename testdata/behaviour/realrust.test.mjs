// Real Rust fixtures under Node 20: the panic=abort builds and the legacy-EH
// unwind builds that Node 20 can load (0.2.110's glue imports
// WebAssembly.JSTag, which Node 20 lacks; 0.2.125+ make a tag of their own).
// realrust.node24.mjs runs the rest. See realrust.mjs.
import { builds, scenario, node20 } from './realrust.mjs';

for (const b of builds(node20)) scenario(b);
