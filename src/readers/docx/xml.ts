/**
 * A small XML reader for the parts of a .docx: document.xml (strictly: see
 * ParseOptions), notes, comments, numbering.xml, styles.xml, relationships. Lenient
 * otherwise. It records where each element starts and ends in the source.
 *
 * The WordprocessingML namespace is reported under the prefix "w" whatever prefix
 * the file declares, so the rest of the reader can ask for "w:p".
 */

export interface XmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the ">" of the start tag. */
  openEnd: number;
  /** Offset just after the end tag (equals openEnd for a self-closing element). */
  end: number;
  selfClosing: boolean;
}

export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  root: XmlElement;
  /** The prefix the file itself uses for WordprocessingML ("w" almost always, "" for a default namespace). */
  wPrefix: string;
}

export class XmlError extends Error {}

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /[^\s/>]+/y;

export interface ParseOptions {
  /**
   * Also throw on a mismatched or stray end tag and on elements left open at the end.
   * Used for document.xml: a body that is not well-formed goes to mammoth, which
   * decides (as it did before we read the body ourselves) whether it can be read at all.
   */
  strict?: boolean;
}

/** Parse a whole XML part. Mismatched end tags are tolerated unless `strict`; an unterminated tag throws XmlError. */
export function parseXml(src: string, options: ParseOptions = {}): XmlDocument {
  const strict = options.strict === true;
  const top: XmlElement = { type: 'element', name: '#document', attrs: {}, children: [], start: 0, openEnd: 0, end: src.length, selfClosing: false };
  const stack: XmlElement[] = [top];
  let rename: (name: string) => string = (n) => n;
  let wPrefix = 'w';
  let rootSeen = false;
  let i = 0;
  const n = src.length;

  const current = (): XmlElement => stack[stack.length - 1] ?? top;
  const skipTo = (marker: string, from: number): number => {
    const at = src.indexOf(marker, from);
    if (at === -1) throw new XmlError(`unterminated markup at offset ${from}`);
    return at + marker.length;
  };

  while (i < n) {
    const lt = src.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && stack.length > 1) {
      current().children.push({ type: 'text', text: decodeEntities(src.slice(i, textEnd)) });
    }
    if (lt === -1) break;
    if (src.startsWith('<!--', lt)) {
      i = skipTo('-->', lt + 4);
    } else if (src.startsWith('<![CDATA[', lt)) {
      const close = src.indexOf(']]>', lt + 9);
      if (close === -1) throw new XmlError(`unterminated CDATA at offset ${lt}`);
      if (stack.length > 1) current().children.push({ type: 'text', text: src.slice(lt + 9, close) });
      i = close + 3;
    } else if (src.startsWith('<?', lt)) {
      i = skipTo('?>', lt + 2);
    } else if (src.startsWith('<!', lt)) {
      i = skipTo('>', lt + 2);
    } else if (src[lt + 1] === '/') {
      const gt = src.indexOf('>', lt);
      if (gt === -1) throw new XmlError(`unterminated end tag at offset ${lt}`);
      const name = rename(src.slice(lt + 2, gt).trim());
      if (strict && (stack.length <= 1 || current().name !== name)) throw new XmlError(`mismatched end tag </${name}> at offset ${lt}`);
      // Lenient: close up to the matching open element; ignore a stray end tag.
      let k = stack.length - 1;
      while (k > 0 && stack[k]?.name !== name) k--;
      if (k > 0) {
        while (stack.length > k) {
          const el = stack.pop();
          if (el) el.end = gt + 1;
        }
      }
      i = gt + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(src);
      if (!m) throw new XmlError(`bad start tag at offset ${lt}`);
      const rawName = m[0];
      let p = lt + 1 + rawName.length;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR.lastIndex = p;
        const a = ATTR.exec(src);
        if (!a) break;
        attrs[a[1] ?? ''] = decodeEntities(a[2] ?? a[3] ?? '');
        p = ATTR.lastIndex;
      }
      while (p < n && /\s/.test(src[p] ?? '')) p++;
      let selfClosing = false;
      if (src[p] === '/' && src[p + 1] === '>') {
        selfClosing = true;
        p += 2;
      } else if (src[p] === '>') {
        p += 1;
      } else {
        throw new XmlError(`unterminated start tag <${rawName} at offset ${lt}`);
      }
      if (!rootSeen) {
        rootSeen = true;
        const found = findWPrefix(attrs);
        if (found !== undefined) {
          wPrefix = found;
          if (found !== 'w') rename = makeRenamer(found);
        }
      }
      const el: XmlElement = {
        type: 'element',
        name: rename(rawName),
        attrs: renameAttrs(attrs, rename),
        children: [],
        start: lt,
        openEnd: p,
        end: p,
        selfClosing,
      };
      current().children.push(el);
      if (!selfClosing) stack.push(el);
      i = p;
    }
  }
  if (strict && stack.length > 1) throw new XmlError(`unclosed <${current().name}> at the end`);
  // Unclosed elements (a truncated part) end where the text ends.
  while (stack.length > 1) {
    const el = stack.pop();
    if (el) el.end = n;
  }
  const root = top.children.find((c): c is XmlElement => c.type === 'element');
  if (!root) throw new XmlError('no root element');
  return { root, wPrefix };
}

function findWPrefix(attrs: Record<string, string>): string | undefined {
  for (const [k, v] of Object.entries(attrs)) {
    if (!W_NAMESPACES.has(v)) continue;
    if (k === 'xmlns') return '';
    if (k.startsWith('xmlns:')) return k.slice(6);
  }
  return undefined;
}

function makeRenamer(prefix: string): (name: string) => string {
  if (prefix === '') return (name) => (name.includes(':') ? name : `w:${name}`);
  const from = `${prefix}:`;
  return (name) => (name.startsWith(from) ? `w:${name.slice(from.length)}` : name);
}

function renameAttrs(attrs: Record<string, string>, rename: (n: string) => string): Record<string, string> {
  const keys = Object.keys(attrs);
  if (keys.every((k) => !k.includes(':') || rename(k) === k)) return attrs;
  const out: Record<string, string> = {};
  for (const k of keys) out[k.includes(':') && !k.startsWith('xmlns') ? rename(k) : k] = attrs[k] ?? '';
  return out;
}

// ---- navigation helpers -------------------------------------------------------

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.type === 'element' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => c.type === 'element' && c.name === name);
}

export function elements(el: XmlElement | undefined): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}

/** All descendants named `name`, in document order, not descending into matches. */
export function descendants(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  if (el) walk(el);
  return out;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

/** The w:val of a child element ("w:jc" → "center"). */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return attr(child(el, name), 'w:val');
}

/**
 * An OOXML on/off property: absent → undefined; present without w:val, or with a
 * true value → true; "0"/"false"/"off"/"none" → false.
 */
export function onOff(el: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += c.type === 'text' ? c.text : textContent(c);
  return s;
}
