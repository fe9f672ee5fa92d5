/**
 * Paragraph markers: a short run of private-use characters carrying the
 * paragraph's number, written into document.xml before mammoth reads it and
 * taken out of mammoth's HTML afterwards. Private-use code points are never
 * produced by mammoth's own rendering and do not occur in ordinary text.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

export function markerText(id: number): string {
  return `${OPEN}${id}${CLOSE}`;
}

/** Remove all markers from `text`, returning the ids found in order. */
export function takeMarkers(text: string): { text: string; ids: number[] } {
  if (!text.includes(OPEN)) return { text, ids: [] };
  const ids: number[] = [];
  const rest = text.replace(MARKER, (_, d: string) => {
    ids.push(Number(d));
    return '';
  });
  return { text: rest, ids };
}
