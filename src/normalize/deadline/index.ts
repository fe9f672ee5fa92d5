/**
 * The deadline grammar: the text of a roadmap's "Срок" cell → a Deadline.
 *
 *   tokenizer.ts   text → tokens (normalized spelling, repaired line wraps)
 *   lexicon.ts     the words: months in all cases, weekdays, ordinals, frequencies, …
 *   dates.ts       dates, months, quarters, years, academic years; ranges, lists, "до"/"с"
 *   recurrence.ts  "ежеквартально", "1 раз в 2 недели", "по вторникам", "10 числа"
 *   conditions.ts  "постоянно", "весь период"; "по необходимости", "в сроки, установленные …"
 *   grammar.ts     tokens → parts (what each stretch of the text says)
 *   infer.ts       years for months written without one (period, then order date)
 *   resolve.ts     parts → ISO dates
 *   build.ts       parts → the Deadline, with diagnostics
 *
 * parseDeadline never throws: a text it cannot read becomes kind "unrecognized" with a
 * "deadline/unrecognized" warning, and `raw` is always the input unchanged.
 */
import { diagnostic } from '../../core/diagnostic.js';
import type { Result } from '../../core/result.js';
import type { Deadline } from '../../model/deadline.js';
import { build } from './build.js';
import { analyse } from './grammar.js';
import { cleanContext, type DeadlineContext } from './infer.js';
import { tokenize } from './tokenizer.js';

export type { DeadlineContext } from './infer.js';

/** Parses the text of a deadline cell. `raw` is kept exactly as given. */
export function parseDeadline(raw: string, ctx?: DeadlineContext): Result<Deadline> {
  const text = typeof raw === 'string' ? raw : String(raw ?? '');
  let location: DeadlineContext['location'];
  try {
    const c = cleanContext(ctx);
    location = c.location;
    return build(raw, analyse(tokenize(text)), c);
  } catch {
    // A bug of ours must not lose the user's text: report it as not understood.
    return {
      value: { raw, kind: 'unrecognized', start: null, end: null },
      diagnostics: [
        diagnostic(
          'warning',
          'deadline/unrecognized',
          `Unrecognized deadline "${text.replace(/\s+/g, ' ').trim()}"; kept as written`,
          location,
        ),
      ],
    };
  }
}
