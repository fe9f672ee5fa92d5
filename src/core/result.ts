import type { Diagnostic } from './diagnostic.js';

/** A value together with what was found on the way to it (mammoth's Result, with places). */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { value, diagnostics };
}
