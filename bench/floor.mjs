// The floor: the same files through the reader library alone, in one thread
// (.doc: word-extractor, which reads the text of a Word 97–2003 file with its own compound-file code).
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import WordExtractor from 'word-extractor';

export async function floorSeconds(format, files) {
  return (await floorTimes(format, files)).seconds;
}

/** Wall and CPU seconds (all of the process's threads) of the floor. */
export async function floorTimes(format, files) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const f of files) {
    const bytes = readFileSync(f);
    if (format === 'txt') new TextDecoder().decode(bytes);
    else if (format === 'docx') await mammoth.extractRawText({ buffer: bytes });
    else if (format === 'doc') (await new WordExtractor().extract(bytes)).getBody();
    else if (format === 'pdf') {
      const parser = new PDFParse({ data: new Uint8Array(bytes) });
      await parser.getText();
      await parser.destroy();
    }
  }
  const cpu = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
