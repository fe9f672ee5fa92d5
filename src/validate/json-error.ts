/**
 * Where strict JSON goes wrong, for a file JSON.parse rejected: V8 gives a position for
 * some errors only ("Unexpected token ']'…" has none). A small scanner that stops at the
 * first error; it is run only on a file that failed to parse.
 */
export interface JsonError {
  offset: number;
  message: string;
  hint?: string;
}

export function locateJsonError(text: string): JsonError | null {
  let i = 0;
  const fail = (message: string, hint?: string): never => {
    throw Object.assign(new Error(message), { jsonError: { offset: i, message, hint } satisfies JsonError });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const shown = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a "quoted" key, found ${shown()}`, text[i] === '}' ? 'remove the comma before the closing brace' : undefined);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ":" after the key, found ${shown()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        fail(`expected "," or "}" after a value, found ${shown()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        ws();
        if (text[i] === ']') fail('unexpected "]" after a comma', 'remove the comma before the closing bracket');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        fail(`expected "," or "]" after a value, found ${shown()}`);
      }
    }
    if (c === '"') return string();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|^true|^false|^null/.exec(text.slice(i, i + 400));
    if (m) return void (i += m[0].length);
    fail(`expected a value, found ${shown()}`, c === "'" ? 'JSON strings take double quotes' : undefined);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 6))) fail('a bad escape in a string');
        i += text[i + 1] === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') fail('a line break or control character inside a string', 'write line breaks as \\n');
      i++;
    }
    fail('a string that is never closed');
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${shown()} after the end of the document`);
    return null;
  } catch (e) {
    const found = (e as { jsonError?: JsonError }).jsonError;
    return found ?? null; // a RangeError (absurd nesting) gives no place
  }
}
