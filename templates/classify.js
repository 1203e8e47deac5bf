// Classification of whatever escaped a raw Wasm export call.
//
// It is an allow-list: the only recoverable outcome is a panic that the Wasm
// side itself marked as a clean unwind (an object its glue created through
// the `__wbindgen_panic_error` import). Everything else is an abort; the
// `kind` only says which kind, for messages, hooks and counters.
//
// These functions only read the thrown value: the caller has already marked
// the generation dead before calling them (see generation.js).

export const PANIC = 'panic';
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
  if (/table|indirect|signature/.test(m)) return 'trap';
  // Float-to-int conversions: JSC says "Out of bounds Trunc operation".
  if (/trunc|unrepresentable|integer overflow|divide by zero|division by zero|remainder by zero/.test(m)) {
    return 'trap';
  }
  // GC proposal array accesses are not linear memory.
  if (m.includes('array')) return 'trap';
  // Linear memory: V8 "memory access out of bounds", SM "index out of
  // bounds" / "out of bounds memory access", JSC "Out of bounds memory
  // access", unaligned atomics.
  if (/memory access|out of bounds|unaligned/.test(m)) return 'memory-access';
  if (/stack|recursion/.test(m)) return 'stack-overflow';
  if (/out of memory|allocation/.test(m)) return 'oom';
  return 'trap';
}

/** V8/JSC RangeError "Maximum call stack size exceeded", SM InternalError "too much recursion". */
export function isStackOverflow(e) {
  const n = nameOf(e);
  if (n !== 'RangeError' && n !== 'InternalError') return false;
  return /call stack|too much recursion|stack overflow/i.test(messageOf(e));
}

/** An allocation failure reported by the engine (not a Wasm trap). */
export function isOutOfMemory(e) {
  const n = nameOf(e);
  if (n !== 'RangeError' && n !== 'InternalError') return false;
  return /out of memory|allocation failed|could not allocate|cannot allocate|maximum memory size|memory size exceeded/i.test(
    messageOf(e),
  );
}

/**
 * Can this memory still grow? Used to tell an out-of-memory abort (Rust's
 * allocator gets -1 from memory.grow and ends in `unreachable`) from any other
 * `unreachable`. It is only called on a generation that is already dead, so
 * growing its memory by one page as a probe harms nobody. Shared memories
 * are never probed (other threads may still use them).
 */
export function memoryExhausted(memory) {
  if (memory === null || memory === undefined) return false;
  try {
    if (typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer) return false;
  } catch (_) {
    return false;
  }
  try {
    // Type reflection, where the engine has it, answers without side effects.
    if (typeof memory.type === 'function') {
      const t = memory.type();
      if (t && typeof t.maximum === 'number') return memory.buffer.byteLength >= t.maximum * 65536;
    }
  } catch (_) {
    // fall through to the probe
  }
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
 */
export function classify(e, W, gen) {
  if (W && typeof W.RuntimeError === 'function' && e instanceof W.RuntimeError) {
    return { type: ABORT, kind: trapKind(messageOf(e)) };
  }
  if (W && typeof W.Exception === 'function' && e instanceof W.Exception) {
    // Upstream (0.2.114+) throws panics and Rust-side throws of JS values as
    // an exception with its private tag `__wbindgen_wrapped_jstag`; the Wasm
    // frames it crossed were unwound by the engine's exception handling.
    const tags = gen.wrappedTags;
    for (let i = 0; i < tags.length; i++) {
      let payload;
      try {
        if (!e.is(tags[i])) continue;
        payload = e.getArg(tags[i], 0);
      } catch (_) {
        continue;
      }
      if (gen.panics.has(payload)) return { type: PANIC, payload, wrapped: true };
      return { type: FOREIGN, kind: 'js-exception' };
    }
    // Any other tag: in practice the C++/Rust `__cpp_exception` escaping.
    return { type: ABORT, kind: 'cpp-exception' };
  }
  if (isStackOverflow(e)) return { type: ABORT, kind: 'stack-overflow' };
  if (isOutOfMemory(e)) return { type: ABORT, kind: 'oom' };
  // Older unwind builds (0.2.107..0.2.113) throw the glue-made PanicError
  // itself. Only an object the glue created at Rust's request counts: an
  // error that merely *named* itself PanicError is a JS exception.
  if (e !== null && (typeof e === 'object' || typeof e === 'function') && gen.panics.has(e)) {
    return { type: PANIC, payload: e, wrapped: false };
  }
  return { type: FOREIGN, kind: 'js-exception' };
}
