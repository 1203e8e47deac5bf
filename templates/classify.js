// Classification of whatever escaped a raw Wasm export call.
//
// It is an allow-list: the only recoverable outcome is a panic that the Wasm
// side itself marked as a clean unwind (an object its glue created through
// the `__wbindgen_panic_error` import). Everything else is an abort; the
// `kind` only says which kind, for messages, hooks and counters.
//
// Classification never runs user code. A value a JS import threw into Wasm
// (a user callback's exception, wasm-bindgen's deliberate throws) is known by
// identity, recorded as it crossed the import (views.js, guard.js), and never
// inspected; only values the engine itself made inside Wasm (a trap's
// RuntimeError, a stack overflow, a Wasm exception) have their name, message
// or tag read. The caller has already marked the generation dead before
// calling (see generation.js).

export const PANIC = 'panic';
// wasm-bindgen's own deliberate throws (throw_str, throw_val, unwrap_throw:
// "null pointer passed to rust", "recursive use of an object detected", ...)
// through its throw intrinsics. Not a failure: the original throws them and
// keeps running, and upstream's unwind builds treat them as recoverable.
export const DELIBERATE = 'deliberate';
export const ABORT = 'abort';
// A JS exception that was thrown through Rust frames. An abort unless the
// runtime is configured with jsErrorsThroughRust: 'pass'.
export const FOREIGN = 'foreign';

function nameOf(e) {
  try {
    return e !== null && typeof e === 'object' && typeof e.name === 'string' ? e.name : '';
  } catch (_) {
    return '';
  }
}

function messageOf(e) {
  try {
    return e !== null && typeof e === 'object' && typeof e.message === 'string' ? e.message : '';
  } catch (_) {
    return '';
  }
}

// No regular expressions on the failure path: V8 compiles a regular
// expression the first time it runs, and compiling one with the stack nearly
// exhausted (an abort deep in a recursion) ends the process ("RegExpCompiler
// Allocation failed"). Plain substring tests need no compiler.
function has(m, ...words) {
  for (let i = 0; i < words.length; i++) if (m.includes(words[i])) return true;
  return false;
}

/**
 * Kind of a WebAssembly.RuntimeError from its message. Engines word traps
 * differently (V8 / SpiderMonkey / JavaScriptCore), so the tests below are
 * ordered from the most specific wording to the least.
 */
export function trapKind(message) {
  const m = String(message).toLowerCase();
  // V8 "unreachable", SpiderMonkey "unreachable executed",
  // JSC "Unreachable code should not be executed".
  if (m.includes('unreachable')) return 'unreachable';
  // Indirect calls and tables: V8 "table index is out of bounds",
  // "null function or function signature mismatch"; SM "indirect call to
  // null", "indirect call signature mismatch"; JSC "Out of bounds
  // call_indirect", "call_indirect to a null table entry".
  if (has(m, 'table', 'indirect', 'signature')) return 'trap';
  // Float-to-int conversions: JSC says "Out of bounds Trunc operation".
  if (has(m, 'trunc', 'unrepresentable', 'integer overflow', 'divide by zero', 'division by zero', 'remainder by zero')) {
    return 'trap';
  }
  // GC proposal array accesses are not linear memory.
  if (m.includes('array')) return 'trap';
  // Linear memory: V8 "memory access out of bounds", SM "index out of
  // bounds" / "out of bounds memory access", JSC "Out of bounds memory
  // access", unaligned atomics.
  if (has(m, 'memory access', 'out of bounds', 'unaligned')) return 'memory-access';
  if (has(m, 'stack', 'recursion')) return 'stack-overflow';
  if (has(m, 'out of memory', 'allocation')) return 'oom';
  return 'trap';
}

/** V8/JSC RangeError "Maximum call stack size exceeded", SM InternalError "too much recursion". */
export function isStackOverflow(e) {
  const n = nameOf(e);
  if (n !== 'RangeError' && n !== 'InternalError') return false;
  return has(messageOf(e).toLowerCase(), 'call stack', 'too much recursion', 'stack overflow');
}

/** An allocation failure reported by the engine (not a Wasm trap). */
export function isOutOfMemory(e) {
  const n = nameOf(e);
  if (n !== 'RangeError' && n !== 'InternalError') return false;
  return has(
    messageOf(e).toLowerCase(),
    'out of memory',
    'allocation failed',
    'could not allocate',
    'cannot allocate',
    'maximum memory size',
    'memory size exceeded',
  );
}

// Below this size a memory that cannot grow by one more page is not worth
// probing for: see memoryExhausted.
export const PROBE_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Can this memory still grow? Used to tell an out-of-memory abort (Rust's
 * allocator gets -1 from memory.grow and ends in `unreachable`) from any other
 * `unreachable`. Shared memories are never exhausted here (other threads may
 * still use them).
 *
 * `maxPages` is the maximum the module declares (known at build time), or
 * null. In order:
 *  - with a declared maximum, the memory's size answers: it is exhausted
 *    when one more page would pass the maximum;
 *  - type reflection, where the engine has it, gives the maximum too;
 *  - a memory smaller than PROBE_MIN_BYTES can grow: every engine lets a
 *    Wasm memory grow far beyond that (the smallest limit in practice is a
 *    Worker's 128 MB isolate), so one that small is at its limit only when
 *    the whole process is out of memory. An allocation too large for what
 *    is left (a huge Vec on a small heap) fails Rust's grow but leaves room
 *    for a page: a probe would call it `unreachable` too;
 *  - otherwise a probe grows it by one page. It is only called on a
 *    generation that is already dead, so the probe harms nobody; but it
 *    costs more than the rest of an abort's bookkeeping on small modules
 *    (bench/README.md), hence the rules before it.
 */
export function memoryExhausted(memory, maxPages) {
  if (memory === null || memory === undefined) return false;
  let size;
  try {
    if (typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer) return false;
    size = memory.buffer.byteLength;
  } catch (_) {
    return false;
  }
  if (typeof maxPages === 'number') return size + 65536 > maxPages * 65536;
  try {
    // Type reflection, where the engine has it, answers without side effects.
    if (typeof memory.type === 'function') {
      const t = memory.type();
      if (t && typeof t.maximum === 'number') return size >= t.maximum * 65536;
    }
  } catch (_) {
    // fall through to the size, then the probe
  }
  if (size < PROBE_MIN_BYTES) return false;
  try {
    memory.grow(1);
    return false;
  } catch (_) {
    return true;
  }
}

/**
 * Classify `e`, thrown out of a raw export call of generation `gen`.
 * `W` is the real WebAssembly namespace. Returns
 *   { type: PANIC, payload, wrapped }  payload = the glue-made panic object;
 *                                      wrapped = e is the WebAssembly.Exception
 *                                      carrying it (upstream's glue unwraps it)
 *   { type: ABORT, kind }
 *   { type: FOREIGN, kind: 'js-exception' }
 *   { type: DELIBERATE }              wasm-bindgen's throw intrinsic (not a failure)
 */
export function classify(e, W, gen) {
  const obj = e !== null && (typeof e === 'object' || typeof e === 'function');
  // Older unwind builds (0.2.107..0.2.113) throw the glue-made PanicError
  // itself. Only an object the glue created at Rust's request counts: an
  // error that merely *named* itself PanicError is a JS exception.
  if (obj && gen.panics.has(e)) return { type: PANIC, payload: e, wrapped: false };
  // Upstream (0.2.114+) throws panics and Rust-side throws of JS values as
  // an exception with its private tag `__wbindgen_wrapped_jstag`; the Wasm
  // frames it crossed were unwound by the engine's exception handling. The
  // tag is read with the built-in methods, whose brand check refuses
  // anything but a real WebAssembly.Exception without running user code.
  const Exc = W && typeof W.Exception === 'function' ? W.Exception.prototype : null;
  const tags = gen.wrappedTags;
  if (obj && Exc !== null) {
    for (let i = 0; i < tags.length; i++) {
      let payload;
      try {
        if (!Exc.is.call(e, tags[i])) continue;
        payload = Exc.getArg.call(e, tags[i], 0);
      } catch (_) {
        break; // not a WebAssembly.Exception
      }
      if (gen.panics.has(payload)) return { type: PANIC, payload, wrapped: true };
      // The throw intrinsic of upstream's unwind builds throws the wrapped
      // exception itself (0.2.114+ glue); older ones are rethrown wrapped by
      // the catch handler.
      if (payload === gen.deliberate || e === gen.deliberate) return { type: DELIBERATE };
      return { type: FOREIGN, kind: 'js-exception' };
    }
  }
  // Values that crossed a JS import: known by identity, never inspected.
  if (e === gen.deliberate) return { type: DELIBERATE };
  if (e === gen.crossed || (obj && gen.crossedAll.has(e))) return { type: FOREIGN, kind: 'js-exception' };
  // From here on the value was made by the engine inside Wasm.
  if (W && typeof W.RuntimeError === 'function' && e instanceof W.RuntimeError) {
    return { type: ABORT, kind: trapKind(messageOf(e)) };
  }
  if (obj && Exc !== null && isWasmException(Exc, e)) {
    // Any other tag: in practice the C++/Rust `__cpp_exception` escaping.
    return { type: ABORT, kind: 'cpp-exception' };
  }
  if (isStackOverflow(e)) return { type: ABORT, kind: 'stack-overflow' };
  if (isOutOfMemory(e)) return { type: ABORT, kind: 'oom' };
  return { type: FOREIGN, kind: 'js-exception' };
}

let probeTag = null;

function isWasmException(Exc, e) {
  try {
    if (probeTag === null) probeTag = new WebAssembly.Tag({ parameters: [] });
    Exc.is.call(e, probeTag);
    return true;
  } catch (_) {
    return false;
  }
}
