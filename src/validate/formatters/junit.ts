import { dottedPath } from '../pointer.js';
import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function where(f: Finding): string {
  return f.range ? `${f.file}:${f.range.start.line}:${f.range.start.column}` : f.file;
}

/**
 * JUnit XML for CI dashboards: a test suite per file, a test case per finding (named by rule
 * and data path, which stay put when lines move), and one passing case "valid" for a file
 * without findings. Errors are <failure>s, a file that cannot be read an <error>; warnings
 * pass, with the finding in <system-out>.
 */
export const formatJunit: Formatter = (run) => {
  const byFile = new Map<string, Finding[]>(run.files.map((f) => [f, []]));
  for (const f of run.findings) {
    if (!byFile.has(f.file)) byFile.set(f.file, []);
    byFile.get(f.file)!.push(f);
  }
  const isIo = (f: Finding) => f.ruleId.startsWith('io/');
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const [file, findings] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (findings.length === 0) cases.push(`    <testcase classname="${xml(file)}" name="valid"/>`);
    for (const f of findings) {
      const name = xml(`${f.ruleId} ${f.path === '' ? '(document)' : dottedPath(f.path)}`);
      const text = xml(`${where(f)}: ${f.severity} ${f.ruleId}: ${f.message}${f.hint ? ` (hint: ${f.hint})` : ''}`);
      const open = `    <testcase classname="${xml(file)}" name="${name}">`;
      if (f.severity === 'warning') {
        cases.push(`${open}\n      <system-out>${text}</system-out>\n    </testcase>`);
      } else {
        const tag = isIo(f) ? 'error' : 'failure';
        if (isIo(f)) suiteErrors++;
        else suiteFailures++;
        cases.push(`${open}\n      <${tag} type="${xml(f.ruleId)}" message="${xml(f.message)}">${text}</${tag}>\n    </testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="prikaz validate" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.map((s) => `${s}\n`).join('') +
    `</testsuites>\n`
  );
};
