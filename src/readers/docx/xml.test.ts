import { describe, expect, test } from 'vitest';
import { attr, child, decodeEntities, descendants, onOff, parseXml, textContent, XmlError } from './xml.js';

describe('parseXml', () => {
  test('elements, attributes, text, entities, self-closing elements and offsets', () => {
    const src = `<?xml version="1.0"?><!-- c --><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p a='1' b="x &amp; y"><w:t xml:space="preserve">a &lt; b &#1055;&#x440;</w:t><w:br/></w:p></w:document>`;
    const { root, wPrefix } = parseXml(src);
    expect(wPrefix).toBe('w');
    const p = child(root, 'w:p');
    expect(p?.attrs).toEqual({ a: '1', b: 'x & y' });
    expect(textContent(root)).toBe('a < b Пр');
    const br = descendants(root, 'w:br')[0];
    expect(br?.selfClosing).toBe(true);
    expect(src.slice(p?.start, p?.openEnd)).toBe(`<w:p a='1' b="x &amp; y">`);
    expect(src.slice(p?.start, p?.end)).toMatch(/^<w:p .*<\/w:p>$/);
  });

  test('another prefix, or the default namespace, for WordprocessingML reads as "w:"', () => {
    const a = parseXml('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p x:val="1"/></x:document>');
    expect(a.wPrefix).toBe('x');
    expect(attr(child(a.root, 'w:p'), 'w:val')).toBe('1');
    const b = parseXml('<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><p/></document>');
    expect(b.wPrefix).toBe('');
    expect(child(b.root, 'w:p')).toBeDefined();
  });

  test('lenient about mismatched end tags, strict about unterminated tags', () => {
    expect(textContent(parseXml('<a><b>x</c></b></a>').root)).toBe('x');
    expect(() => parseXml('<a><b')).toThrow(XmlError);
  });

  test('on/off properties', () => {
    const { root } = parseXml('<r><b/><i w:val="0"/><u w:val="true"/></r>');
    expect([onOff(root, 'b'), onOff(root, 'i'), onOff(root, 'u'), onOff(root, 'strike')]).toEqual([true, false, true, undefined]);
  });

  test('decodeEntities leaves unknown ones alone', () => {
    expect(decodeEntities('&nbsp; &quot;&apos; &#xZZ;')).toBe(`&nbsp; "' &#xZZ;`);
  });
});
