import type { Diagnostic } from './diagnostic.js';

/** A value together with what was found on the way to it (mammoth's Result, with places). */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { value, diagnostics };
}

/** Collects diagnostics from several stages while passing values along. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push(d);
  }
  take<T>(result: Result<T>): T {
    this.items.push(...result.diagnostics);
    return result.value;
  }
}
