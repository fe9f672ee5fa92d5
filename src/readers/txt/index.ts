import { createHash } from 'node:crypto';
import type { Result } from '../../core/result.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { ParsedDocument } from '../../document/types.js';
import { decodeText } from './decode.js';
import { layoutBlocks } from './layout.js';

/** A plain-text order (any of the encodings orders come in) → blocks located by line and column. */
export async function readTxt(bytes: Uint8Array, path: string): Promise<Result<ParsedDocument | null>> {
  const decoded = decodeText(bytes, path);
  if (!decoded.value) return { value: null, diagnostics: decoded.diagnostics };
  const blocks = layoutBlocks(decoded.value.text, path);
  const diagnostics = [...decoded.diagnostics];
  if (blocks.length === 0) {
    diagnostics.push(diagnostic('error', 'input/empty', 'the file is empty (no text)', { file: path }));
    return { value: null, diagnostics };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { value: { file: path, format: 'txt', sha256, blocks }, diagnostics };
}
