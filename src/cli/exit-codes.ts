/** Exit codes, as documented in the README. */
export const EXIT = {
  /** Everything converted (or valid, or no differences). */
  OK: 0,
  /** A document could not be converted; validate found errors; diff found differences. */
  FAILED: 1,
  /** Usage error, a missing or unreadable file, an output that cannot be written. */
  USAGE_OR_IO: 2,
  /** A bug in prikaz-roadmap: please report it with the input file. */
  INTERNAL: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
