// wbg-guard runtime: entry point used by the generated bundle.
//
//   const rt = createRuntime({ name, factory, ... });
//   export const add = rt.fn('add');
//   export const PhotonImage = rt.cls('PhotonImage');
//   export const Kind = rt.value('Kind');
//   export const guard = rt.api;
//
// See README.md for the options and index.d.ts for the types.

import { addHook, createManager, current, panicOf, stats, terminatedError } from './generation.js';
import { makeFacade } from './facade.js';

export { makeHost } from './host.js';
export { ABORT_KINDS, AbortError, PanicError, PoisonedError, StaleInstanceError } from './errors.js';

export function createRuntime(options) {
  const rt = createManager(options);
  const facade = makeFacade(rt);
  const api = Object.freeze({
    onPanic: (cb) => addHook(rt, 'panic', cb),
    onAbort: (cb) => addHook(rt, 'abort', cb),
    onReinit: (cb) => addHook(rt, 'reinit', cb),
    onStaleCall: (cb) => addHook(rt, 'staleCall', cb),
    stats: () => stats(rt),
    policy: rt.policy,
  });
  // Targets whose glue instantiates at load (nodejs, bundler, module...) get
  // generation 1 now, so load-time failures surface at import as they did.
  if (options.eager) current(rt);
  return Object.freeze({
    fn: facade.fn,
    cls: facade.cls,
    value: facade.value,
    init: facade.init,
    initSync: facade.initSync,
    // The Wasm exports object user code holds (facade.js): nodejs glue's
    // `__wasm` before 0.2.107.
    exportsView: facade.exportsView,
    api,
    // For loader patches of upstream's guard glue (patches/upstream-*): the
    // error its call guard throws for a dead generation, and our PanicError
    // for a panic its catch handler unwrapped.
    terminated: () => terminatedError(rt),
    panicOf: (v) => panicOf(rt, v),
  });
}
