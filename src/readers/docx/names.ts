import type { XmlElement } from './xml.js';

/**
 * Element names independent of the prefixes a file chose. xml.ts already reports
 * WordprocessingML as "w:"; the few other vocabularies the body reader looks at
 * (markup compatibility, VML, DrawingML, Word 2010 extensions) are named here by
 * their namespace, with the same prefixes mammoth uses, and anything else as
 * "{namespace}local". The names appear in the "could not be read" warnings, which
 * thus read the same whichever reader met the element.
 */

const KNOWN: Record<string, string> = {
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

/** Prefixes as Word writes them, for a prefix declared on an inner element rather than the root. */
const CONVENTIONAL: Record<string, string> = {
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  w10: 'urn:schemas-microsoft-com:office:word',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  o: 'urn:schemas-microsoft-com:office:office',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
};

export class ElementNames {
  private readonly declared = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  /** `root`: the part's root element, where the namespaces are normally declared. */
  constructor(root: XmlElement) {
    for (const [k, v] of Object.entries(root.attrs)) {
      if (k === 'xmlns') this.declared.set('', v);
      else if (k.startsWith('xmlns:')) this.declared.set(k.slice(6), v);
    }
  }

  of(el: XmlElement): string {
    const raw = el.name;
    if (raw.startsWith('w:')) return raw;
    const colon = raw.indexOf(':');
    const prefix = colon === -1 ? '' : raw.slice(0, colon);
    const own = el.attrs[prefix === '' ? 'xmlns' : `xmlns:${prefix}`];
    if (own !== undefined) return qualified(own, raw.slice(colon + 1));
    let name = this.cache.get(raw);
    if (name === undefined) {
      const uri = this.declared.get(prefix) ?? CONVENTIONAL[prefix];
      // An undeclared prefix has no namespace: the local name alone.
      name = uri === undefined ? raw.slice(colon + 1) : qualified(uri, raw.slice(colon + 1));
      this.cache.set(raw, name);
    }
    return name;
  }
}

function qualified(uri: string, local: string): string {
  const known = KNOWN[uri];
  return known === undefined ? `{${uri}}${local}` : `${known}:${local}`;
}
