import type { Formatter } from './types.js';

// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command a finding: "::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message". */
export const formatGithub: Formatter = (run) => {
  const lines = run.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`];
    if (f.range) {
      props.push(`line=${f.range.start.line}`, `col=${f.range.start.column}`);
      props.push(`endLine=${f.range.end.line}`);
      if (f.range.end.line === f.range.start.line) props.push(`endColumn=${f.range.end.column}`);
    }
    props.push(`title=${escapeProperty(f.ruleId)}`);
    const text = f.hint ? `${f.message} (hint: ${f.hint})` : f.message;
    return `::${f.severity} ${props.join(',')}::${escapeData(text)}\n`;
  });
  return lines.join('');
};
