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
  /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  TERMINATED: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
