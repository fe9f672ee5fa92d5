// The floor: the same files through the reader library alone, in one thread.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

export async function floorSeconds(format, files) {
  const t0 = performance.now();
  for (const f of files) {
    const bytes = readFileSync(f);
    if (format === 'txt') new TextDecoder().decode(bytes);
    else if (format === 'docx') await mammoth.extractRawText({ buffer: bytes });
    else if (format === 'pdf') {
      const parser = new PDFParse({ data: new Uint8Array(bytes) });
      await parser.getText();
      await parser.destroy();
    }
  }
  return (performance.now() - t0) / 1000;
}
