/* tslint:disable */
/* eslint-disable */
export function add(a: number, b: number): number;
export function crash(): void;
export function throw_message(): void;
export class Counter {
  free(): void;
  constructor();
  increment(): number;
  readonly value: number;
}
