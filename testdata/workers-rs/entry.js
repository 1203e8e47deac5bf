// The Worker's entry module on the wbg-guard side of the comparison: the
// guarded wasm-bindgen output (built into ./guarded by the test with
// `wbg-guard build out/KIND/wasm-bindgen --platform workerd`) served as a
// module Worker with its Durable Object class. This is all a user writes;
// worker-build writes the equivalent (its shim.js) itself.
import { fetch as rustFetch, Counter } from "./guarded/index.js";

export default {
  fetch(request, env, ctx) {
    return rustFetch(request, env, ctx);
  },
};

export { Counter };
