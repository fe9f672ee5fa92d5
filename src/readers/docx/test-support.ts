import { strToU8, zipSync } from 'fflate';

/**
 * Small .docx (and OLE) files built in memory for the reader's tests: write the
 * WordprocessingML you want to test and get the bytes of a package Word would open.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxSpec {
  /** Content of w:body. */
  body: string;
  /** Content of w:numbering (abstractNum and num elements). */
  numbering?: string;
  /** Content of w:styles. */
  styles?: string;
  /** Content of w:footnotes (w:footnote elements). */
  footnotes?: string;
  /** Namespace prefix for WordprocessingML (default "w"). */
  prefix?: string;
  /** Further zip entries. */
  extra?: Record<string, string | Uint8Array>;
}

export function buildDocx(spec: DocxSpec): Uint8Array {
  const px = spec.prefix ?? 'w';
  const rename = (xml: string): string => (px === 'w' ? xml : xml.replace(/(<\/?)w:/g, `$1${px}:`).replace(/ w:/g, ` ${px}:`));
  const ns = `xmlns:${px}="${W}" xmlns:r="${R}"`;
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const part = (name: string, root: string, content: string, relType: string, contentType: string): void => {
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${px}:${root} ${ns}>${rename(content)}</${px}:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${relType}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${contentType}+xml"/>`);
  };
  if (spec.styles !== undefined) part('styles.xml', 'styles', spec.styles, 'styles', 'styles');
  if (spec.numbering !== undefined) part('numbering.xml', 'numbering', spec.numbering, 'numbering', 'numbering');
  if (spec.footnotes !== undefined) part('footnotes.xml', 'footnotes', spec.footnotes, 'footnotes', 'footnotes');
  files['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${px}:document ${ns}><${px}:body>${rename(spec.body)}</${px}:body></${px}:document>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  for (const [k, v] of Object.entries(spec.extra ?? {})) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

// ---- WordprocessingML snippets ----------------------------------------------------

export interface ParaOptions {
  style?: string;
  jc?: string;
  num?: [numId: number, ilvl: number];
  bold?: boolean;
  italic?: boolean;
  pageBreakBefore?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function run(text: string, opts: { bold?: boolean; italic?: boolean } = {}): string {
  const rPr = `${opts.bold ? '<w:b/>' : ''}${opts.italic ? '<w:i/>' : ''}`;
  // A "\n" in the text becomes a soft line break (w:br), as Shift+Enter does in Word.
  const pieces = text.split('\n').map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`);
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${pieces.join('<w:br/>')}</w:r>`;
}

/** A paragraph; `content` is plain text (made into one run) or raw run XML when it starts with "<". */
export function para(content = '', opts: ParaOptions = {}): string {
  const pPr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : '',
    opts.jc ? `<w:jc w:val="${opts.jc}"/>` : '',
  ].join('');
  const runs = content === '' ? '' : content.startsWith('<') ? content : run(content, opts);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

export interface CellOptions {
  span?: number;
  vMerge?: 'restart' | 'continue';
}

/** A cell; `content` is paragraph XML, or plain text made into one paragraph. */
export function cell(content = '', opts: CellOptions = {}): string {
  const tcPr = `${opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : ''}${
    opts.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : opts.vMerge === 'continue' ? '<w:vMerge/>' : ''
  }`;
  const paras = content.startsWith('<w:p') || content.startsWith('<w:tbl') ? content : para(content);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paras}</w:tc>`;
}

export function row(cells: string[], opts: { header?: boolean } = {}): string {
  return `<w:tr>${opts.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
}

export function table(rows: string[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

export interface LevelSpec {
  start?: number;
  fmt?: string;
  text: string;
  restart?: number;
  pStyle?: string;
  isLgl?: boolean;
}

export function abstractNum(id: number, levels: LevelSpec[]): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt ?? 'decimal'}"/>${
          l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''
        }${l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : ''}${l.isLgl ? '<w:isLgl/>' : ''}<w:lvlText w:val="${esc(l.text)}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, startOverrides: Record<number, number> = {}): string {
  const o = Object.entries(startOverrides)
    .map(([lvl, start]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join('');
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${o}</w:num>`;
}

// ---- OLE compound files -------------------------------------------------------------

/**
 * A minimal compound file (512-byte sectors: header, one FAT sector, one directory
 * sector) with empty streams of the given names: enough to look like an encrypted
 * .docx (EncryptionInfo, EncryptedPackage) or a .doc (WordDocument).
 */
export function buildCfb(streams: string[]): Uint8Array {
  const out = new Uint8Array(512 * 3);
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0, at offset 512): sector 0 is a FAT sector, sector 1 ends the directory chain.
  for (let i = 0; i < 128; i++) v.setUint32(512 + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  // Directory (sector 1, at offset 1024): root entry, then the streams (at most 3 fit here).
  const names = ['Root Entry', ...streams].slice(0, 4);
  names.forEach((name, e) => {
    const off = 1024 + e * 128;
    for (let k = 0; k < name.length; k++) v.setUint16(off + k * 2, name.charCodeAt(k), true);
    v.setUint16(off + 0x40, (name.length + 1) * 2, true);
    out[off + 0x42] = e === 0 ? 5 : 2;
    v.setUint32(off + 0x44, 0xffffffff, true);
    v.setUint32(off + 0x48, 0xffffffff, true);
    v.setUint32(off + 0x4c, e === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    v.setUint32(off + 0x74, 0xfffffffe, true);
  });
  return out;
}
