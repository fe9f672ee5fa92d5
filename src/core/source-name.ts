/**
 * The name a roadmap records for its source document (`source.file`) and the exports show:
 * never an absolute local path, which would tell who converted it where (a home folder, a
 * temporary folder) and make the same document's output differ from machine to machine.
 *
 * A relative path that stays below the working folder ("orders/2021/x.pdf") is kept as
 * given, with forward slashes: the user chose it, and it names the file within the input
 * tree. Anything else — an absolute path, one that climbs out ("../x.pdf"), a Windows drive
 * or UNC path — is cut to the file name. Both spellings of separators are understood, so a
 * roadmap made on Windows is cleaned on Linux too.
 */
export function portableSourceName(path: string): string {
  const parts = pathParts(path);
  if (isPortablePath(path)) return parts.join('/');
  return parts.filter((p) => p !== '..').pop() ?? '';
}

/** Whether the path is relative and stays below the working folder: kept as given. */
export function isPortablePath(path: string): boolean {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed);
  const parts = pathParts(path);
  return !absolute && !parts.includes('..') && parts.length > 0;
}

function pathParts(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
}
