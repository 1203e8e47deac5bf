/* tslint:disable */
/* eslint-disable */
// SYNTHETIC typings of the mod_late fixture.
export function __wbg_reset_state(): void;
export function greet(name: string): string;
