import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A small glob for patterns the shell did not expand (quoted in CI scripts, or on Windows):
 * `*` and `?` within a name, `**` for any number of folders, `[abc]`/`[!abc]`, `{a,b}`.
 * Names starting with a dot are matched only by a pattern part that starts with a dot.
 * Kept to one function, `expandGlob`, so that a library (tinyglobby) can replace it.
 */
export function hasGlobMagic(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

/** One path segment's pattern → a RegExp source. */
function segmentSource(seg: string): string {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        let body = seg.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
        i = end;
      }
    } else if (c === '{') {
      inBraces++;
      out += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      out += ')';
    } else if (c === ',' && inBraces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out + ')'.repeat(inBraces);
}

export function globToRegExp(pattern: string): RegExp {
  const parts = pattern.split('/');
  let src = '';
  parts.forEach((seg, i) => {
    const last = i === parts.length - 1;
    if (seg === '**') src += last ? '.*' : '(?:[^/]+/)*';
    else src += segmentSource(seg) + (last ? '' : '/');
  });
  return new RegExp(`^${src}$`);
}

/** Files matching the pattern, as paths starting the way the pattern does, sorted. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const norm = pattern.replace(/\\/g, '/');
  const parts = norm.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  if (firstMagic === -1) return [];
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '' : baseParts.join('/') || '/';
  const rest = parts.slice(firstMagic);
  const re = globToRegExp(rest.join('/'));
  const deep = rest.includes('**');
  const maxDepth = deep ? Infinity : rest.length;
  const dotOk = rest.some((s) => s.startsWith('.'));
  const out: string[] = [];
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir === '' ? '.' : dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') && !dotOk) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = dir === '' ? e.name : join(dir, e.name);
      if (e.isDirectory()) {
        if (depth + 1 < maxDepth) await walk(full, r, depth + 1);
      } else if (e.isFile() && re.test(r)) {
        out.push(base === '' ? r : base === '/' ? `/${r}` : `${base}/${r}`);
      }
    }
  };
  await walk(base, '', 0);
  return out.sort();
}
