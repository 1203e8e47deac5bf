// Real Rust fixtures under Node 20: the panic=abort builds. (Every unwind
// build, legacy EH included, imports WebAssembly.JSTag, which Node 20 lacks:
// realrust.node24.mjs runs those.) See realrust.mjs.
import { builds, scenario } from './realrust.mjs';

for (const b of builds((b) => b.profile === 'abort')) scenario(b);
