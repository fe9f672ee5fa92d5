import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { CellParagraph } from '../../document/types.js';

/**
 * Text extractions of Word files carry leftovers of the original markup inside lines:
 * HTML fragments (<p>, <ul> without <li>, <i>, <br>), Pandoc-style bookmarks and
 * footnotes, and hand-made lists ("- item", "• item", "по вопросам: - а; - б").
 * This turns one such string into plain paragraphs with list and emphasis flags.
 */
export function markupToParagraphs(raw: string): CellParagraph[] {
  const cleaned = stripPandocArtifacts(raw);
  const paragraphs = /<\/?[a-zA-Z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(cleaned) ? htmlToParagraphs(cleaned) : [plain(cleaned)];
  return paragraphs.flatMap(splitPlainList).filter((p) => p.text !== '');
}

/** "[bookmark: X]" disappears; a footnote "[footnoteRef:1] [1: text]" becomes " (text)". */
export function stripPandocArtifacts(s: string): string {
  return s
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\[footnoteRef:(\d+)\]\s*\[\1:\s*([^\]]*)\]/g, (_m, _n, note: string) => ` (${note.trim()})`)
    .replace(/\[footnoteRef:\d+\]/g, '');
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function plain(text: string): CellParagraph {
  return { text: collapse(text) };
}

const BULLETS = '•✓▪◦·●■➢►–—-';

interface Acc {
  text: string;
  italicChars: number;
  boldChars: number;
  out: CellParagraph[];
}

/** Deeper than this, the markup is not a document's (a real cell nests a few levels): its text is kept, the tags dropped. */
const MAX_DEPTH = 64;

function htmlToParagraphs(html: string): CellParagraph[] {
  if (nestingDepth(html) > MAX_DEPTH) return [plain(html.replace(/<[^>]*>/g, ' '))];
  const root = parse(html, { comment: false });
  const acc: Acc = { text: '', italicChars: 0, boldChars: 0, out: [] };
  walk(root, acc, false, false);
  flush(acc);
  return acc.out;
}

function flush(acc: Acc): void {
  const text = collapse(acc.text);
  if (text !== '') {
    const p: CellParagraph = { text };
    const letters = acc.text.replace(/\s/g, '').length;
    if (letters > 0 && acc.italicChars >= letters) p.italic = true;
    if (letters > 0 && acc.boldChars >= letters) p.bold = true;
    acc.out.push(p);
  }
  acc.text = '';
  acc.italicChars = 0;
  acc.boldChars = 0;
}

function walk(node: Node, acc: Acc, italic: boolean, bold: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      const t = child.text;
      acc.text += t;
      const n = t.replace(/\s/g, '').length;
      if (italic) acc.italicChars += n;
      if (bold) acc.boldChars += n;
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (tag === 'br') {
      flush(acc);
    } else if (tag === 'ul' || tag === 'ol') {
      flush(acc);
      for (const item of splitListText(el.text, tag === 'ol')) acc.out.push({ text: item, listItem: true });
    } else if (tag === 'li') {
      flush(acc);
      walk(el, acc, italic, bold);
      const text = collapse(acc.text);
      if (text !== '') acc.out.push({ text, listItem: true });
      acc.text = '';
      acc.italicChars = 0;
      acc.boldChars = 0;
    } else if (tag === 'p' || tag === 'div' || /^h\d$/.test(tag)) {
      flush(acc);
      walk(el, acc, italic, bold);
      flush(acc);
    } else {
      walk(el, acc, italic || tag === 'i' || tag === 'em', bold || tag === 'b' || tag === 'strong');
    }
  }
}

/**
 * The extractions write lists as "<ul> • a • b" or "<ol> 1. a 2. b" without <li>:
 * split on the marker the list starts with (so a dash inside an entry stays).
 */
export function splitListText(text: string, ordered: boolean): string[] {
  const t = collapse(text);
  if (t === '') return [];
  if (ordered) {
    const parts = t.split(/(?:^|\s)(?=\d{1,2}[.)]\s)/).map(collapse).filter(Boolean);
    return parts;
  }
  const marker = t[0]!;
  if (!BULLETS.includes(marker)) return [t];
  const esc = marker.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&');
  return t
    .split(new RegExp(`(?:^|\\s)${esc}(?=\\s|[А-Яа-яЁё«"A-Za-z0-9])`))
    .map(collapse)
    .filter(Boolean);
}

/**
 * A paragraph that is itself a hand-made list entry ("- о ходе…", "• …"), or that
 * holds one inline ("по вопросам: - анализа…; - анализа…"), becomes list entries.
 */
function splitPlainList(p: CellParagraph): CellParagraph[] {
  if (p.listItem) return [p];
  const m = /^([-•✓▪●–])\s*(.*)$/s.exec(p.text);
  if (m && m[2] && !/^\d/.test(m[2]) && /[А-Яа-яЁёA-Za-z]/.test(m[2])) return [{ ...p, text: collapse(m[2]), listItem: true }];
  const inline = /^(.*?:)\s*-\s+(.+)$/s.exec(p.text);
  if (inline) {
    const entries = inline[2]!.split(/[;,]\s*-\s+/).map(collapse).filter(Boolean);
    if (entries.length >= 2) {
      return [{ ...p, text: collapse(inline[1]!) }, ...entries.map((text) => ({ text, listItem: true }))];
    }
  }
  return [p];
}

function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !/^(?:br|hr|img|meta|link|input|col|wbr)$/i.test(m[2]!)) max = Math.max(max, ++depth);
  }
  return max;
}
