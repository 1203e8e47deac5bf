// Added by wbg-guard: the errors guarded calls throw, and the guard's API.
export type AbortKind = 'unreachable' | 'oom' | 'stack-overflow' | 'memory-access' | 'js-exception' | 'trap' | 'cpp-exception';
/** A Rust panic that unwound cleanly; the instance keeps its state. */
export declare class PanicError extends Error {
  readonly name: 'PanicError';
  readonly cause: unknown;
  readonly generation: number;
  readonly label: string;
}
/** The instance aborted (trap, OOM, stack overflow...); it is dead, and the next call gets a fresh one. */
export declare class AbortError extends Error {
  readonly name: 'AbortError' | 'PoisonedError';
  readonly kind: AbortKind;
  readonly cause: unknown;
  readonly generation: number;
  readonly label: string;
}
/** No new instance will be made (policy poison, or too many reinits in the window). */
export declare class PoisonedError extends AbortError {
  readonly name: 'PoisonedError';
  readonly reason: 'policy' | 'reinit-limit';
}
/** An object or function of a dead instance was used. */
export declare class StaleInstanceError extends Error {
  readonly name: 'StaleInstanceError';
  readonly label: string;
  readonly generation: number;
  readonly cause: unknown;
}
export interface GuardStats { generation: number; panics: number; aborts: number; reinits: number; poisoned: boolean; hookErrors: number; staleCalls: number; reconstructed: number }
/** A closure of a dead instance called from outside the package's API (a timer, an event, a promise): it did nothing. */
export interface StaleCallInfo { generation: number; label: string }
export interface ReinitInfo { generation: number; previous: number; cause: AbortError | null }
export interface GuardApi {
  onPanic(cb: (error: PanicError) => void): () => void;
  onAbort(cb: (error: AbortError) => void): () => void;
  onReinit(cb: (info: ReinitInfo) => void): () => void;
  onStaleCall(cb: (info: StaleCallInfo) => void): () => void;
  stats(): GuardStats;
  readonly policy: 'reinit' | 'poison';
}
export declare const wbgGuard: GuardApi;
