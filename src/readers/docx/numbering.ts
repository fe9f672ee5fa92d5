import { attr, child, childVal, childrenNamed, onOff, type XmlElement } from './xml.js';
import type { Styles } from './styles.js';

/**
 * Word's automatic numbering, rendered the way Word shows it.
 *
 * mammoth turns a numbered paragraph into <ol><li> and drops the number itself
 * (and drops an empty numbered paragraph entirely, which is exactly what an
 * auto-numbered "№" cell is). The labels are recovered from word/numbering.xml:
 * each w:num points at a w:abstractNum whose w:lvl elements give start value,
 * number format and level text ("%1.%2."); counters are kept per abstract
 * definition in document order, deeper levels restart when a higher level is
 * used (w:lvlRestart can change that), and a w:num's w:lvlOverride/w:startOverride
 * restarts the list where that w:num is first used.
 */

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: undefined = restart after any higher level; 0 = never. */
  restart?: number;
  isLgl: boolean;
  pStyle?: string;
  font?: string;
}

interface AbstractNum {
  id: string;
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface NumOverride {
  startOverride?: number;
  lvl?: Level;
}

interface Num {
  abstractNumId: string;
  overrides: Map<number, NumOverride>;
}

export interface NumberingDefinitions {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

export const emptyNumbering: NumberingDefinitions = { abstractNums: new Map(), nums: new Map() };

function readLevel(lvl: XmlElement): Level {
  const startRaw = childVal(lvl, 'w:start');
  const start = startRaw !== undefined && /^-?\d+$/.test(startRaw) ? Number(startRaw) : 0;
  const level: Level = {
    start,
    numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'w:lvlText') ?? '',
    isLgl: onOff(lvl, 'w:isLgl') ?? false,
  };
  const restart = childVal(lvl, 'w:lvlRestart');
  if (restart !== undefined && /^\d+$/.test(restart)) level.restart = Number(restart);
  const pStyle = childVal(lvl, 'w:pStyle');
  if (pStyle !== undefined) level.pStyle = pStyle;
  const font = attr(child(child(lvl, 'w:rPr'), 'w:rFonts'), 'w:ascii');
  if (font !== undefined) level.font = font;
  return level;
}

function levelIndex(lvl: XmlElement): number {
  const raw = lvl.attrs['w:ilvl'];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : 0;
}

export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const abstractNums = new Map<string, AbstractNum>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of childrenNamed(a, 'w:lvl')) levels.set(levelIndex(lvl), readLevel(lvl));
    const def: AbstractNum = { id, levels };
    const link = childVal(a, 'w:numStyleLink');
    if (link !== undefined) def.numStyleLink = link;
    abstractNums.set(id, def);
  }
  const nums = new Map<string, Num>();
  for (const n of childrenNamed(root, 'w:num')) {
    const id = n.attrs['w:numId'];
    const abstractNumId = childVal(n, 'w:abstractNumId');
    if (id === undefined || abstractNumId === undefined) continue;
    const overrides = new Map<number, NumOverride>();
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const entry: NumOverride = {};
      const so = childVal(o, 'w:startOverride');
      if (so !== undefined && /^-?\d+$/.test(so)) entry.startOverride = Number(so);
      const lvl = child(o, 'w:lvl');
      if (lvl) entry.lvl = readLevel(lvl);
      overrides.set(levelIndex(o), entry);
    }
    nums.set(id, { abstractNumId, overrides });
  }
  return { abstractNums, nums };
}

// ---- number formats -------------------------------------------------------------

const RUSSIAN_LOWER = 'абвгдежзиклмнопрстуфхцчшщэюя';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Word's alphabetic numbering: a..z, then aa, bb, … (the letter repeated). */
function alphabetic(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const letter = alphabet[(n - 1) % alphabet.length] ?? '';
  return letter.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return alphabetic(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return alphabetic(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'russianLower':
      return alphabetic(n, RUSSIAN_LOWER);
    case 'russianUpper':
      return alphabetic(n, RUSSIAN_LOWER.toUpperCase());
    case 'none':
      return '';
    default:
      // ordinal, cardinalText, decimalEnclosedCircle, …: the digits are what matters to us.
      return String(n);
  }
}

const SYMBOL_FONTS = /symbol|wingdings|webdings/i;

/** The glyph a bullet level shows, as ordinary text. Symbol-font glyphs become "•". */
export function bulletGlyph(level: Level): string {
  const text = level.lvlText.trim();
  if (text === '') return '•';
  const cp = text.codePointAt(0) ?? 0;
  if ((cp >= 0xe000 && cp <= 0xf8ff) || (level.font !== undefined && SYMBOL_FONTS.test(level.font))) return '•';
  return text;
}

// ---- counting -------------------------------------------------------------------

export interface NumberLabel {
  label: string;
  bullet: boolean;
}

interface ListState {
  values: (number | undefined)[];
}

/** Counts numbered paragraphs in document order and renders their labels. */
export class NumberingCounter {
  private readonly states = new Map<string, ListState>();
  private readonly seenNums = new Set<string>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styles: Styles,
  ) {}

  /** The abstract definition a w:num uses, following numStyleLink through numbering styles. */
  private resolveAbstract(numId: string): AbstractNum | undefined {
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const num = this.defs.nums.get(id);
      if (!num) return undefined;
      const abs = this.defs.abstractNums.get(num.abstractNumId);
      if (!abs) return undefined;
      if (abs.numStyleLink === undefined) return abs;
      id = this.styles.numberingStyleNumId(abs.numStyleLink);
    }
    return undefined;
  }

  private level(num: Num, abs: AbstractNum, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.lvl ?? abs.levels.get(ilvl);
  }

  /** The level a paragraph style is attached to in this list (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const abs = this.resolveAbstract(numId);
    if (!abs) return undefined;
    for (const [i, l] of abs.levels) if (l.pStyle === styleId) return i;
    return undefined;
  }

  /** Count one paragraph of list `numId` at level `ilvl`; returns its label, or null when it shows none. */
  next(numId: string, ilvl: number): NumberLabel | null {
    if (numId === '0') return null; // numId 0 removes numbering
    const num = this.defs.nums.get(numId);
    const abs = this.resolveAbstract(numId);
    if (!num || !abs) return null;
    const level = this.level(num, abs, ilvl);
    if (!level) return null;

    let state = this.states.get(abs.id);
    if (!state) {
      state = { values: [] };
      this.states.set(abs.id, state);
    }
    const startOf = (i: number): number => num.overrides.get(i)?.startOverride ?? this.level(num, abs, i)?.start ?? 0;

    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [i, o] of num.overrides) if (o.startOverride !== undefined || o.lvl) state.values[i] = undefined;
    }

    const cur = state.values[ilvl];
    state.values[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = this.level(num, abs, k);
      const restart = deeper?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl <= restart - 1) state.values[k] = undefined;
    }

    if (level.numFmt === 'bullet') return { label: bulletGlyph(level), bullet: true };

    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const lv = this.level(num, abs, i);
      const value = state.values[i] ?? startOf(i);
      const fmt = level.isLgl ? 'decimal' : (lv?.numFmt ?? 'decimal');
      return formatNumber(value, fmt === 'bullet' ? 'decimal' : fmt);
    });
    const trimmed = label.replace(/\s+/g, ' ').trim();
    return trimmed === '' ? null : { label: trimmed, bullet: false };
  }
}
