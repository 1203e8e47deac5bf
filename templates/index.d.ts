// Types of the wbg-guard runtime. The generated package .d.ts re-exports the
// error classes and the `GuardApi` type from here.

/** What kind of abort killed a generation. */
export type AbortKind =
  | 'unreachable'
  | 'oom'
  | 'stack-overflow'
  | 'memory-access'
  | 'js-exception'
  | 'trap'
  | 'cpp-exception';

export declare const ABORT_KINDS: readonly AbortKind[];

/**
 * A Rust panic that unwound cleanly (panic=unwind builds). The instance is
 * still valid and keeps its state. `message` is the Rust panic message.
 */
export declare class PanicError extends Error {
  constructor(message: string, options?: { cause?: unknown; generation?: number; label?: string });
  readonly name: 'PanicError';
  /** The glue-made error (upstream wasm-bindgen's PanicError). */
  readonly cause: unknown;
  /** The generation (instance number, from 1) that panicked. */
  readonly generation: number;
  /** JS-level name of the export that panicked, '' if unknown. */
  readonly label: string;
}

/**
 * The Wasm instance failed in a way that leaves its state unknown. Its
 * generation is dead: no Rust code of it runs again. Under policy 'reinit'
 * the next call gets a fresh instance.
 */
export declare class AbortError extends Error {
  constructor(message: string, options?: { kind?: AbortKind; cause?: unknown; generation?: number; label?: string });
  readonly name: 'AbortError' | 'PoisonedError';
  readonly kind: AbortKind;
  /** What escaped the Wasm call (a WebAssembly.RuntimeError, RangeError, JS error...). */
  readonly cause: unknown;
  /** The generation that died. */
  readonly generation: number;
  /** JS-level name of the export where the abort was detected, or the raw export name. */
  readonly label: string;
}

/**
 * No new instance will be made: policy 'poison', or more reinits than
 * `reinitLimit.max` within `reinitLimit.windowMs` (a crash loop). Final.
 */
export declare class PoisonedError extends AbortError {
  constructor(
    message: string,
    options?: { reason?: 'policy' | 'reinit-limit'; kind?: AbortKind; cause?: unknown; generation?: number; label?: string },
  );
  readonly name: 'PoisonedError';
  readonly reason: 'policy' | 'reinit-limit';
  /** The AbortError that poisoned the package. */
  readonly cause: unknown;
}

/**
 * An object, closure or function of a dead generation was used. It is
 * refused: it can never read or free memory of a newer instance.
 */
export declare class StaleInstanceError extends Error {
  constructor(message: string, options?: { cause?: unknown; generation?: number; label?: string });
  readonly name: 'StaleInstanceError';
  /** The method or function that was called, e.g. 'PhotonImage.get_width'. */
  readonly label: string;
  /** The dead generation the object belongs to. */
  readonly generation: number;
  /** The AbortError that killed that generation. */
  readonly cause: unknown;
}

export interface GuardStats {
  /** Number of the latest generation (1 = first instance; 0 = none yet). */
  generation: number;
  /** Recoverable panics seen. */
  panics: number;
  /** Aborts seen (each kills one generation). */
  aborts: number;
  /** Generations created after an abort. */
  reinits: number;
  /** True once no new generation will be created. */
  poisoned: boolean;
  /** Hook callbacks that threw (their errors are dropped). */
  hookErrors: number;
  /**
   * Calls of a dead generation's closures or callbacks made from outside the
   * package's API (a timer, an event listener, a promise reaction, a
   * microtask, or code holding the closure): each did nothing.
   */
  staleCalls: number;
  /**
   * Stale instances of `--reconstruct` classes rebuilt in a fresh
   * generation (their constructor run again with their first arguments).
   */
  reconstructed: number;
}

export interface StaleCallInfo {
  /** The dead generation the closure belongs to. */
  generation: number;
  /** The raw export it tried to call ('' if unknown). */
  label: string;
}

export interface ReinitInfo {
  /** The new generation. */
  generation: number;
  /** The dead one it replaces. */
  previous: number;
  /** The abort that killed the previous generation (null if it failed to load). */
  cause: AbortError | null;
}

/** Unsubscribes the hook. */
export type Unsubscribe = () => void;

export interface GuardApi {
  /** Called with each recoverable panic, before the caller sees it. */
  onPanic(cb: (error: PanicError) => void): Unsubscribe;
  /**
   * Called synchronously when a generation dies, before the caller sees the
   * error. The dying generation's frames may still be on the stack, so a call
   * into the package from here throws the same AbortError.
   */
  onAbort(cb: (error: AbortError) => void): Unsubscribe;
  /** Called after a new generation was created. */
  onReinit(cb: (info: ReinitInfo) => void): Unsubscribe;
  /**
   * Called when a closure or callback of a dead generation is called from
   * outside the package's API (see GuardStats.staleCalls); the call itself
   * does nothing and returns undefined, so the host never sees an exception.
   */
  onStaleCall(cb: (info: StaleCallInfo) => void): Unsubscribe;
  /** A snapshot of the counters. */
  stats(): GuardStats;
  readonly policy: 'reinit' | 'poison';
}

/** Raw export facts from the .wasm (type and export sections). */
export interface ExportInfo {
  /** Number of Wasm parameters. */
  arity: number;
  /** JS-level name used in messages, e.g. 'PhotonImage.get_width' ('' if unknown). */
  label?: string;
  /**
   * Silent no-op once the generation is dead (freeing memory of a dead
   * instance). Defaults to a name test: `__wbg_*_free`, `__wbindgen_free*`.
   */
  free?: boolean;
}

/** The glue run as a function: one call = one generation. */
export type GlueFactory = (
  WebAssembly: typeof globalThis.WebAssembly,
  FinalizationRegistry: typeof globalThis.FinalizationRegistry | undefined,
  host: unknown,
) => Record<string, any>;

export interface RuntimeOptions {
  /** Package name, used in error messages. */
  name?: string;
  factory: GlueFactory;
  /** 'factory': the factory instantiates (nodejs, bundler, module...); 'initSync': call `initSync({ module })` after it (web, no-modules). Default 'factory'. */
  reinitMode?: 'factory' | 'initSync';
  /** Default 'reinit'. */
  policy?: 'reinit' | 'poison';
  /** Default { max: 10, windowMs: 60000 }. */
  reinitLimit?: { max?: number; windowMs?: number };
  /** A JS exception thrown through Rust frames: abort the generation (default) or rethrow it unchanged. */
  jsErrorsThroughRust?: 'abort' | 'pass';
  exports?: Record<string, ExportInfo>;
  /** Function imports of the module and their Wasm arity: { [module]: { [field]: arity } }. */
  imports?: Record<string, Record<string, number>>;
  /** Exported funcref tables whose functions are guarded when read with `.get(i)`. */
  tables?: string[];
  /**
   * The maximum the module declares for its memory, in pages. With it, an
   * `unreachable` abort is told to be out-of-memory from the memory's size
   * alone; without it, memories under 16 MiB are taken to be able to grow,
   * larger ones are probed by growing them one page.
   */
  memoryMax?: number;
  /**
   * Swap mode: generations after the first are new instances of the module
   * under the glue evaluated for the first one, not new evaluations of the
   * glue. Only for a glue whose every object is registered with a
   * FinalizationRegistry (the build decides). Default false.
   */
  swap?: boolean;
  /** With swap: the glue keeps JS values in a heap array, which `host.resetHeap` (set by the factory) empties. */
  swapHeap?: boolean;
  /** Members returning promises: 'fn', 'Class.staticFn', 'Class.prototype.method'. */
  asyncMembers?: string[];
  /** Create generation 1 now (targets that instantiate at load). Default false. */
  eager?: boolean;
  /** Passed to the factory as its third argument, unchanged. */
  host?: unknown;
  /** Overrides of the host globals (tests, unusual hosts). */
  WebAssembly?: typeof globalThis.WebAssembly;
  FinalizationRegistry?: typeof globalThis.FinalizationRegistry | undefined;
  /** Clock for the reinit limit (tests). Default Date.now. */
  now?: () => number;
}

export interface Runtime {
  /** A stable function forwarding to export `name` of the live generation. */
  fn<F extends (...args: any[]) => any>(name: string): F;
  /** A stable class facade (construct, statics, `instanceof` across generations). */
  cls<C extends abstract new (...args: any[]) => any>(name: string): C;
  /** An enum or constant, from the first generation. */
  value<T = unknown>(name: string): T;
  /** The web target's default export. */
  init(arg?: unknown): Promise<unknown>;
  /** The web target's initSync. */
  initSync(arg?: unknown): unknown;
  /**
   * The Wasm exports object as user code holds it (init's and initSync's
   * result, nodejs glue's `__wasm`): functions called through the API on the
   * live generation, other exports read from it at each access.
   */
  exportsView(): Record<string, unknown> | undefined;
  api: GuardApi;
  /** What upstream's call guard throws for a dead generation (loader patches). */
  terminated(): StaleInstanceError | AbortError;
  /** Our PanicError for a panic upstream's catch handler unwrapped, else the value itself (loader patches). */
  panicOf(value: unknown): unknown;
}

export declare function createRuntime(options: RuntimeOptions): Runtime;

/** The host protocol (host.js): what the entry hands each glue factory. */
export interface Host {
  importMetaUrl: string | undefined;
  require: ((id: string) => unknown) | undefined;
  dirname: string | undefined;
  filename: string | undefined;
  module: () => WebAssembly.Module;
  terminated: () => Error;
  unwrap: (value: unknown) => unknown;
}

export declare function makeHost(
  o: { url?: string; require?: (id: string) => unknown; dirname?: string; filename?: string; module: () => WebAssembly.Module },
  runtime: () => Runtime | null,
): Host;
