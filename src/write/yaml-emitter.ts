/**
 * YAML for JSON-shaped data (objects, arrays, strings, finite numbers, booleans, null),
 * written directly. The `yaml` package builds a whole document tree first; for the
 * thousands of roadmaps a batch writes that was a quarter of the conversion time and the
 * part that scaled worst over threads. Parsing stays with the `yaml` package, and a
 * property test holds this writer to it: whatever it writes, `yaml` reads back equal.
 *
 * A string is written plain only when it reads back as the same string under YAML 1.2
 * and 1.1 alike (so "no", "2020-12-01" and "1.0" are quoted for PyYAML's sake too);
 * a multi-line string becomes a literal block when that is exact; anything else is a
 * double-quoted scalar, whose escapes are JSON's.
 */
export function emitYaml(value: unknown): string {
  const out: string[] = [];
  emitTop(value, out);
  return `${out.join('\n')}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function emitTop(value: unknown, out: string[]): void {
  const v = value as Json;
  if (isBlockCollection(v)) emitBlock(v, 0, out);
  else out.push(scalar(v, 0));
}

function isBlockCollection(v: Json): v is Json[] | { [key: string]: Json } {
  return v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
}

function emitBlock(v: Json[] | { [key: string]: Json }, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isBlockCollection(item)) {
        // "- " then the collection's first line on the same line, the rest indented under it.
        // Written in place: spreading the lines as call arguments overflows the stack on a big plan.
        const first = out.length;
        emitBlock(item, indent + 2, out);
        out[first] = `${pad}- ${out[first]!.slice(indent + 2)}`;
      } else out.push(`${pad}- ${scalar(item, indent + 2)}`);
    }
    return;
  }
  for (const [k, item] of Object.entries(v)) {
    if (item === undefined) continue;
    // an implicit key may be at most 1024 characters: a longer one is written as "? key"
    const key = k.length > 1000 ? `${pad}? ${quoted(k)}\n${pad}:` : `${pad}${keyText(k)}:`;
    if (isBlockCollection(item)) {
      out.push(key);
      emitBlock(item, indent + 2, out);
    } else out.push(`${key} ${scalar(item, indent + 2)}`);
  }
}

function keyText(k: string): string {
  return isPlainSafe(k) ? k : quoted(k);
}

function scalar(v: Json, indent: number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError(`emitYaml: ${v} is not a JSON number`);
    return Object.is(v, -0) ? '0' : String(v);
  }
  if (typeof v === 'string') {
    if (isPlainSafe(v)) return v;
    if (v.includes('\n')) {
      const block = literalBlock(v, indent);
      if (block) return block;
    }
    return quoted(v);
  }
  if (Array.isArray(v)) return '[]';
  if (typeof v === 'object') return '{}';
  throw new TypeError(`emitYaml: cannot write a ${typeof v}`);
}

/** YAML forbids these raw in any scalar (C0 but tab/LF/CR, DEL, C1 but NEL, U+FFFE/FFFF, lone surrogates). */
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Double-quoted: JSON's escapes are YAML's, plus the characters JSON leaves raw and YAML does not take. */
function quoted(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * "|-" and the lines indented under it. Only when that reads back exactly: no final line
 * break to keep or lose, no line that would need an indentation indicator, no characters
 * a block may not hold, and no trailing spaces that an editor might eat.
 */
function literalBlock(s: string, indent: number): string | null {
  if (s.endsWith('\n') || /^[ \t]/.test(s) || /\r/.test(s) || NON_PRINTABLE.test(s) || /[\u0085\u2028\u2029]/.test(s)) return null;
  const lines = s.split('\n');
  if (lines.some((l) => /[ \t]$/.test(l) || /^\t/.test(l))) return null;
  // the first line with text sets the block's indentation: it may not start with a space
  if (/^ /.test(lines.find((l) => l !== '') ?? '')) return null;
  const pad = ' '.repeat(indent);
  return `|-\n${lines.map((l) => (l === '' ? '' : pad + l)).join('\n')}`;
}

/** Words that some YAML reader takes for something other than a string. */
const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;
/**
 * Whole strings that YAML 1.2 or 1.1 reads as a number, a date or a time ("2020", "1.1",
 * "3.1.2", "0x1F", "1_000", "12:30", "2020-12-01"). Text that merely starts with a digit
 * ("1 раз в месяц", "15.04.2021 15.07.2021") stays plain.
 */
const NUMBER_LIKE = new RegExp(
  `^(?:${[
    '[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?',
    '[-+]?(?:[0-9][0-9_]*)?\\.[0-9._]*(?:[eE][-+]?[0-9]+)?',
    '[-+]?[0-9._]*[eE][-+]?[0-9]+', // "E1": the yaml package's 1.1 schema reads it as a float
    '[-+]?0b[01_]+',
    '[-+]?0o[0-7_]+',
    '[-+]?0x[0-9a-fA-F_]+',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?',
    '[-+]?\\.(?:inf|Inf|INF)',
    '\\.(?:nan|NaN|NAN)',
    '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?',
  ].join('|')})$`,
);

function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || s.length > 1000) return false;
  if (RESERVED.test(s) || NUMBER_LIKE.test(s)) return false;
  // indicators that may not start a plain scalar, or that start something else
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  // a comment, a mapping value, flow indicators in flow context, line breaks, tabs
  if (/: |:$| #|[\n\r\t]/.test(s)) return false;
  if (NON_PRINTABLE.test(s) || /[\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  return true;
}
