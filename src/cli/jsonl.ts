import type { TaskOutcome } from '../batch/task.js';

/**
 * `convert --jsonl`: one line per input, in input order, failures included, so that a script
 * can zip the lines with its list of inputs:
 *   {"file":"a.docx","ok":true,"roadmap":{…}}
 *   {"file":"b.pdf","ok":false,"error":{"code":"input/empty","message":"…"}}
 */
export interface JsonlError {
  code: string;
  message: string;
}

/** The roadmap arrives as JSON text already (from a worker): it is spliced in, not parsed again. */
export function jsonlSuccess(file: string, roadmapJson: string): string {
  return `{"file":${JSON.stringify(file)},"ok":true,"roadmap":${roadmapJson}}`;
}

export function jsonlFailure(file: string, error: JsonlError): string {
  return JSON.stringify({ file, ok: false, error });
}

/** The line for one finished task. */
export function jsonlLine(o: TaskOutcome): string {
  if (o.status === 'converted' && o.text !== undefined) return jsonlSuccess(o.input, o.text);
  return jsonlFailure(o.input, errorOf(o));
}

/** The first error diagnostic, else the one-line reason ("code: message"), else the status. */
function errorOf(o: TaskOutcome): JsonlError {
  const first = o.diagnostics.find((d) => d.severity === 'error');
  if (first) return { code: first.code, message: first.message };
  const m = /^([a-z]+\/[a-z0-9-]+): (.*)$/s.exec(o.reason ?? '');
  if (m) return { code: m[1]!, message: m[2]! };
  const code = o.status === 'internal-error' ? 'internal/error' : o.status === 'io-error' ? 'io/error' : 'document/not-converted';
  return { code, message: o.reason ?? o.status };
}
