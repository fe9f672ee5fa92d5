import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Patterns the shell did not expand (quoted in a CI script, or on Windows), with tinyglobby
 * as `prikaz convert` does: `*`, `?`, `**`, `[…]`, `{a,b}`; hidden names are not matched.
 */
export function hasGlobMagic(arg: string): boolean {
  return isDynamicPattern(arg);
}

/** Files matching the pattern, sorted; absolute for an absolute pattern, else relative to the working folder. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const found = await glob(pattern, { absolute: isAbsolute(pattern), dot: false, onlyFiles: true });
  return found.sort();
}
