/**
 * tesseract's TSV output: one row per page, block, paragraph, line and word
 * (`level` 1–5), each with its box in pixels. Only words (level 5) carry text and a
 * confidence (0–100); the ids say which block, paragraph and line a word is in.
 */
export interface OcrWord {
  block: number;
  par: number;
  line: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–100. */
  conf: number;
  text: string;
}

const COLUMNS = ['level', 'page_num', 'block_num', 'par_num', 'line_num', 'word_num', 'left', 'top', 'width', 'height', 'conf', 'text'];

/** The words of a TSV, blank ones left out. Rows that do not parse are skipped (counted in `bad`). */
export function parseTsv(tsv: string): { words: OcrWord[]; bad: number } {
  const lines = tsv.split(/\r?\n/);
  const head = lines[0]?.split('\t') ?? [];
  const col = new Map(head.map((h, i) => [h.trim(), i]));
  if (!COLUMNS.every((c) => col.has(c))) return { words: [], bad: lines.filter((l) => l.trim() !== '').length };
  const at = (cells: string[], name: string): string => cells[col.get(name)!] ?? '';
  const words: OcrWord[] = [];
  let bad = 0;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const cells = line.split('\t');
    if (at(cells, 'level') !== '5') continue;
    const text = at(cells, 'text').trim();
    if (text === '') continue;
    const n = (name: string): number => Number(at(cells, name));
    const word: OcrWord = { block: n('block_num'), par: n('par_num'), line: n('line_num'), left: n('left'), top: n('top'), width: n('width'), height: n('height'), conf: n('conf'), text };
    if ([word.left, word.top, word.width, word.height, word.conf].some((v) => !Number.isFinite(v))) bad++;
    else words.push(word);
  }
  return { words, bad };
}

/** tesseract's orientation report (`--psm 0`): the clockwise turn that makes the page upright, and how sure it is. */
export function parseOsd(text: string): { rotate: number; confidence: number } | null {
  const rotate = /^Rotate:\s*(\d+)/m.exec(text);
  const conf = /^Orientation confidence:\s*([\d.]+)/m.exec(text);
  if (!rotate || !conf) return null;
  return { rotate: Number(rotate[1]), confidence: Number(conf[1]) };
}
