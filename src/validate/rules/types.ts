import type { FindingSeverity, RawFinding } from '../types.js';

export interface Report {
  /** JSON pointer to the value the finding is about. */
  path: string;
  message: string;
  hint?: string;
  /** Only for rule families ("schema/…"): the id of this finding. */
  ruleId?: string;
}

/** What a rule sees: the document as data, and where to put what it finds. */
export interface RuleContext {
  readonly data: unknown;
  report(finding: Report): void;
  /** Stops the rules after this one (an unknown schemaVersion: nothing else can be judged). */
  halt(): void;
}

export interface Rule {
  /** "area/what"; a family's prefix ("schema") for rules whose findings carry their own ids. */
  id: string;
  severity: FindingSeverity;
  /** One line for the documentation. */
  description: string;
  /**
   * Its findings in a converted roadmap usually say what the order itself says (a number used
   * twice, an abbreviation never defined): `--strict` does not raise them to errors.
   */
  source?: boolean;
  check(ctx: RuleContext): void;
}

/** Runs rules over one document, in order, and returns what they found. */
export function runRules(rules: readonly Rule[], data: unknown): RawFinding[] {
  const findings: RawFinding[] = [];
  let halted = false;
  for (const rule of rules) {
    const ctx: RuleContext = {
      data,
      report: (r) => {
        const f: RawFinding = { ruleId: r.ruleId ?? rule.id, severity: rule.severity, message: r.message, path: r.path };
        if (r.hint) f.hint = r.hint;
        findings.push(f);
      },
      halt: () => {
        halted = true;
      },
    };
    rule.check(ctx);
    if (halted) break;
  }
  return findings;
}
