import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ValidationRun } from '../types.js';
import { FORMATTERS } from './index.js';

const plain = { colors: new Chalk({ level: 0 }) };

const RUN: ValidationRun = {
  files: ['out/a.roadmap.yaml', 'out/b, "c".roadmap.yaml', 'missing.yaml'],
  findings: [
    {
      ruleId: 'item/duplicate-number',
      severity: 'error',
      message: 'the number 6.6 is already used by the 6th item of this list',
      file: 'out/a.roadmap.yaml',
      path: '/roadmaps/0/sections/5/items/6',
      range: { start: { line: 1185, column: 13 }, end: { line: 1200, column: 20 } },
      hint: 'renumber one of them',
    },
    {
      ruleId: 'deadline/outside-period',
      severity: 'warning',
      message: 'item 1: the deadline ("октябрь 2020") starts on 2020-10-01, before the period: 50% & <done>',
      file: 'out/b, "c".roadmap.yaml',
      path: '/roadmaps/0/items/0/deadline',
      range: { start: { line: 57, column: 17 }, end: { line: 57, column: 40 } },
    },
    { ruleId: 'io/read', severity: 'error', message: 'no such file', file: 'missing.yaml', path: '' },
  ],
  suppressed: 2,
};

const VALID: ValidationRun = { files: ['a.roadmap.yaml'], findings: [], suppressed: 0 };

describe('github', () => {
  it('prints one workflow command a finding, escaped', () => {
    expect(FORMATTERS.github(RUN, plain)).toBe(
      '::error file=out/a.roadmap.yaml,line=1185,col=13,endLine=1200,title=item/duplicate-number::the number 6.6 is already used by the 6th item of this list (hint: renumber one of them)\n' +
        '::warning file=out/b%2C "c".roadmap.yaml,line=57,col=17,endLine=57,endColumn=40,title=deadline/outside-period::item 1: the deadline ("октябрь 2020") starts on 2020-10-01, before the period: 50%25 & <done>\n' +
        '::error file=missing.yaml,title=io/read::no such file\n',
    );
  });

  it('escapes line breaks and colons', () => {
    const run: ValidationRun = { files: ['a:b.yaml'], findings: [{ ruleId: 'yaml/syntax', severity: 'error', message: 'two\nlines\r', file: 'a:b.yaml', path: '' }], suppressed: 0 };
    expect(FORMATTERS.github(run, plain)).toBe('::error file=a%3Ab.yaml,title=yaml/syntax::two%0Alines%0D\n');
  });

  it('prints nothing when all is valid', () => {
    expect(FORMATTERS.github(VALID, plain)).toBe('');
  });
});

describe('junit', () => {
  it('prints a suite a file and a case a finding', () => {
    expect(FORMATTERS.junit(RUN, plain)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="prikaz validate" tests="3" failures="1" errors="1">
  <testsuite name="out/a.roadmap.yaml" tests="1" failures="1" errors="0">
    <testcase classname="out/a.roadmap.yaml" name="item/duplicate-number roadmaps[0].sections[5].items[6]">
      <failure type="item/duplicate-number" message="the number 6.6 is already used by the 6th item of this list">out/a.roadmap.yaml:1185:13: error item/duplicate-number: the number 6.6 is already used by the 6th item of this list (hint: renumber one of them)</failure>
    </testcase>
  </testsuite>
  <testsuite name="out/b, &quot;c&quot;.roadmap.yaml" tests="1" failures="0" errors="0">
    <testcase classname="out/b, &quot;c&quot;.roadmap.yaml" name="deadline/outside-period roadmaps[0].items[0].deadline">
      <system-out>out/b, &quot;c&quot;.roadmap.yaml:57:17: warning deadline/outside-period: item 1: the deadline (&quot;октябрь 2020&quot;) starts on 2020-10-01, before the period: 50% &amp; &lt;done&gt;</system-out>
    </testcase>
  </testsuite>
  <testsuite name="missing.yaml" tests="1" failures="0" errors="1">
    <testcase classname="missing.yaml" name="io/read (document)">
      <error type="io/read" message="no such file">missing.yaml: error io/read: no such file</error>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('gives a valid file one passing case', () => {
    expect(FORMATTERS.junit(VALID, plain)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="prikaz validate" tests="1" failures="0" errors="0">
  <testsuite name="a.roadmap.yaml" tests="1" failures="0" errors="0">
    <testcase classname="a.roadmap.yaml" name="valid"/>
  </testsuite>
</testsuites>
`);
  });

  it('keeps control characters out of the XML', () => {
    const run: ValidationRun = { files: ['a'], findings: [{ ruleId: 'yaml/syntax', severity: 'error', message: 'bad \u0001 byte', file: 'a', path: '' }], suppressed: 0 };
    expect(FORMATTERS.junit(run, plain)).toContain('message="bad \uFFFD byte"');
  });
});

describe('json', () => {
  it('prints an array with one object a finding, one a line', () => {
    const out = FORMATTERS.json(RUN, plain);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(out)).toEqual([
      {
        file: 'out/a.roadmap.yaml',
        line: 1185,
        column: 13,
        endLine: 1200,
        endColumn: 20,
        severity: 'error',
        ruleId: 'item/duplicate-number',
        message: 'the number 6.6 is already used by the 6th item of this list',
        hint: 'renumber one of them',
        path: '/roadmaps/0/sections/5/items/6',
      },
      expect.objectContaining({ ruleId: 'deadline/outside-period', hint: null }),
      expect.objectContaining({ ruleId: 'io/read', line: null, column: null }),
    ]);
  });

  it('prints [] when all is valid', () => {
    expect(FORMATTERS.json(VALID, plain)).toBe('[]\n');
  });
});

describe('text', () => {
  it('prints "file:line:col: severity rule: message (hint)" and a summary', () => {
    expect(FORMATTERS.text(RUN, plain)).toBe(
      'out/a.roadmap.yaml:1185:13: error item/duplicate-number: the number 6.6 is already used by the 6th item of this list (hint: renumber one of them)\n' +
        'out/b, "c".roadmap.yaml:57:17: warning deadline/outside-period: item 1: the deadline ("октябрь 2020") starts on 2020-10-01, before the period: 50% & <done>\n' +
        'missing.yaml: error io/read: no such file\n' +
        '3 files checked: 2 errors, 1 warning in 3 of them (2 silenced)\n',
    );
    expect(FORMATTERS.text(VALID, plain)).toBe('1 file checked: all valid\n');
  });

  it('colors severities when colors are on', () => {
    const out = FORMATTERS.text(RUN, { colors: new Chalk({ level: 1 }) });
    expect(out).toContain('\u001b[31merror\u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
  });
});
