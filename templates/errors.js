// Error classes of the guarded runtime.
//
// Every guarded bundle carries its own copy of this file, so two guarded
// packages in one program have distinct classes: code that mixes packages
// should test `err.name` (stable strings) rather than `instanceof`.

/** The abort kinds an AbortError can carry (see classify.js for how each is recognised). */
export const ABORT_KINDS = Object.freeze([
  'unreachable',
  'oom',
  'stack-overflow',
  'memory-access',
  'js-exception',
  'trap',
  'cpp-exception',
]);

// Reading `message` of an arbitrary thrown value must never throw itself: it
// runs on the failure path, where a second exception would hide the first.
export function describe(value) {
  try {
    if (value !== null && typeof value === 'object' && typeof value.message === 'string') {
      return value.message;
    }
    return String(value);
  } catch (_) {
    return 'unprintable value';
  }
}

// `new Error(msg, { cause })` is ES2022; set it by hand where an engine
// ignores the option, so `cause` is always there.
function setCause(err, cause) {
  if (cause !== undefined && !Object.prototype.hasOwnProperty.call(err, 'cause')) {
    Object.defineProperty(err, 'cause', { value: cause, writable: true, configurable: true });
  }
}

function setName(cls, name) {
  // On the prototype, like the built-in errors, so `err.name` works for every
  // instance and subclasses can override it.
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}

/**
 * A Rust panic that unwound cleanly (panic=unwind builds): the instance is
 * still valid and keeps its state. `message` is the Rust panic message.
 */
export class PanicError extends Error {
  constructor(message, options) {
    const o = options || {};
    super(message, o.cause !== undefined ? { cause: o.cause } : undefined);
    setCause(this, o.cause);
    this.generation = o.generation || 0;
    this.label = o.label || '';
  }
}
setName(PanicError, 'PanicError');

/**
 * The Wasm instance failed in a way that leaves its state unknown (trap, OOM,
 * stack overflow, a JS exception thrown through Rust frames...). The
 * generation is dead: none of its Rust code runs again.
 */
export class AbortError extends Error {
  constructor(message, options) {
    const o = options || {};
    super(message, o.cause !== undefined ? { cause: o.cause } : undefined);
    setCause(this, o.cause);
    this.kind = o.kind || 'trap';
    this.generation = o.generation || 0;
    this.label = o.label || '';
  }
}
setName(AbortError, 'AbortError');

/**
 * No new instance will be made: policy 'poison', or the reinit limit was hit
 * (a crash loop). A subclass of AbortError so one `instanceof AbortError`
 * covers every "the instance is gone" case. `reason` is 'policy' or
 * 'reinit-limit'; `kind` and `cause` come from the abort that poisoned it.
 */
export class PoisonedError extends AbortError {
  constructor(message, options) {
    super(message, options);
    this.reason = (options && options.reason) || 'policy';
  }
}
setName(PoisonedError, 'PoisonedError');

/**
 * An object, closure or function of a dead generation was used. It is
 * refused so it can never touch the memory of a newer instance. `label` names
 * the method (e.g. 'PhotonImage.get_width'), `generation` the dead one.
 */
export class StaleInstanceError extends Error {
  constructor(message, options) {
    const o = options || {};
    super(message, o.cause !== undefined ? { cause: o.cause } : undefined);
    setCause(this, o.cause);
    this.generation = o.generation || 0;
    this.label = o.label || '';
  }
}
setName(StaleInstanceError, 'StaleInstanceError');
