/** JSON pointers (RFC 6901): "/roadmaps/0/items/3" ↔ ["roadmaps", "0", "items", "3"]. */

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function childPointer(pointer: string, segment: string | number): string {
  return pointer + toPointer([segment]);
}

/** Whether `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** "roadmaps[0].items[3].deadline" — the pointer as a person reads a path. */
export function dottedPath(pointer: string): string {
  let out = '';
  for (const seg of parsePointer(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(the document)';
}

/** The value at a pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node !== null && typeof node === 'object') node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}
