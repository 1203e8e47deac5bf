/* tslint:disable */
/* eslint-disable */
// SYNTHETIC: see faults.js.
export function fault_fn(kind: number): number;
export function make_callback(): Function;
export function run_async(kind: number): Promise<number>;
export class Thing {
  free(): void;
  [Symbol.dispose](): void;
  constructor(kind: number);
  static make(kind: number): Thing;
  poke(kind: number): number;
  arm(kind: number): void;
  readonly armed: number;
}
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export interface InitOutput { readonly memory: WebAssembly.Memory; }
export type SyncInitInput = BufferSource | WebAssembly.Module;
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
