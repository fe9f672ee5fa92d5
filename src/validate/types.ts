/**
 * What `prikaz validate` finds. A finding is made against the data (a JSON pointer);
 * its line and column in the file are filled in afterwards, from the parsed YAML, only
 * for the findings that are actually reported.
 */
export type FindingSeverity = 'error' | 'warning';

/** 1-based, as shown to a person. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Finding {
  /** Stable id, "area/what" ("item/duplicate-number", "schema/required"); documented in README. */
  ruleId: string;
  severity: FindingSeverity;
  /** What is wrong, in plain words. */
  message: string;
  /** The file (or folder, or pattern) as the user named it. */
  file: string;
  /** JSON pointer to the value the finding is about; "" for the whole document. */
  path: string;
  /** Where in the file; absent when the file has no usable text (missing, binary, too large). */
  range?: Range;
  /** What would fix it, when we can say. */
  hint?: string;
}

/** A finding as a rule makes it: against the data, before the file and the place are known. */
export interface RawFinding {
  ruleId: string;
  severity: FindingSeverity;
  message: string;
  path: string;
  range?: Range;
  hint?: string;
}

/** Everything one `validate` call found, the input to a formatter. */
export interface ValidationRun {
  /** Every file that was looked at, in order (including ones that could not be read). */
  files: string[];
  /** Findings, in file order, then by place in the file. */
  findings: Finding[];
  /** How many findings were silenced by `# prikaz-ignore` or `x-prikaz-ignore`. */
  suppressed: number;
}
