import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import { memoryIO } from '../cli/test-support.js';

const MINIMAL = readFileSync(new URL('./fixtures/minimal.roadmap.yaml', import.meta.url), 'utf8');


let dir: string;
let valid: string;
let warning: string;
let error: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prikaz-validate-cli-'));
  valid = join(dir, 'valid.roadmap.yaml');
  warning = join(dir, 'warning.roadmap.yaml');
  error = join(dir, 'error.roadmap.yaml');
  writeFileSync(valid, MINIMAL);
  // an item outside the period: a warning only
  writeFileSync(warning, MINIMAL.replace('start: "2021-03-01"\n              end: "2021-03-31"', 'start: "2023-03-01"\n              end: "2023-03-31"'));
  writeFileSync(error, MINIMAL.replace('kind: month', 'kind: mnth'));
});

describe('prikaz validate', () => {
  it('exits 0 for valid files and says so on stderr', async () => {
    const io = memoryIO();
    expect(await run(['validate', valid], io)).toBe(0);
    expect(io.err).toBe('1 file checked: all valid\n');
    expect(io.out).toBe('');
  });

  it('exits 1 for an error, 0 for a warning, 1 for a warning with --strict', async () => {
    expect(await run(['validate', error], memoryIO())).toBe(1);
    const io = memoryIO();
    expect(await run(['validate', warning], io)).toBe(0);
    expect(io.err).toMatch(/warning\.roadmap\.yaml:47:13: warning deadline\/outside-period: item 1\.2: the deadline \("март 2021"\) ends on 2023-03-31, after the roadmap's period \(2021-01-01 – 2022-12-31\)/);
    // --strict raises the warnings about the file itself (a suppression naming no rule)…
    const badComment = join(dir, 'bad-comment.roadmap.yaml');
    writeFileSync(badComment, `# prikaz-ignore item/no-such-rule\n${MINIMAL}`);
    const strict = memoryIO();
    expect(await run(['validate', '--strict', '--format', 'json', badComment], strict)).toBe(1);
    expect(JSON.parse(strict.out)).toMatchObject([{ ruleId: 'suppression/invalid', severity: 'error' }]);
    // …not those that report what the order itself says, unless the config sets them to error
    const source = memoryIO();
    expect(await run(['validate', '--strict', '--format', 'json', warning], source)).toBe(0);
    expect(JSON.parse(source.out)).toMatchObject([{ ruleId: 'deadline/outside-period', severity: 'warning' }]);
    const config = join(dir, 'strict.config.json');
    writeFileSync(config, '{ "rules": { "deadline/outside-period": "error" } }');
    expect(await run(['validate', '--strict', '--config', config, warning], memoryIO())).toBe(1);
  });

  it('--quiet leaves warnings out', async () => {
    const io = memoryIO();
    expect(await run(['validate', '-q', warning, error], io)).toBe(1);
    expect(io.err).not.toContain('warning ');
    expect(io.err).toContain('error schema/enum');
  });

  it('prints GitHub annotations and JUnit XML on stdout', async () => {
    const gh = memoryIO();
    await run(['validate', '--format', 'github', error], gh);
    expect(gh.out).toMatch(/^::error file=.*error\.roadmap\.yaml,line=49,col=15,endLine=49,endColumn=\d+,title=schema\/enum::/);
    const junit = memoryIO();
    await run(['validate', '--format', 'junit', valid, error], junit);
    expect(junit.out).toContain('<testsuites name="prikaz validate" tests="2" failures="1" errors="0">');
  });

  it('writes the report to a file with -o', async () => {
    const out = join(dir, 'reports', 'junit.xml');
    const io = memoryIO();
    expect(await run(['validate', '--format', 'junit', '-o', out, error], io)).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('<failure type="schema/enum"');
    expect(io.out + io.err).toBe('');
  });

  it('colors the text report on a terminal, not with NO_COLOR or into a pipe', async () => {
    const tty = memoryIO({ isTTY: true });
    await run(['validate', error], tty);
    expect(tty.err).toContain('\u001b[31merror');
    const noColor = memoryIO({ isTTY: true, env: { NO_COLOR: '1' } });
    await run(['validate', error], noColor);
    expect(noColor.err).not.toContain('\u001b[');
    const pipe = memoryIO();
    await run(['validate', error], pipe);
    expect(pipe.err).not.toContain('\u001b[');
  });

  it('usage errors exit 2', async () => {
    for (const args of [['validate'], ['validate', '--format', 'xml', valid], ['validate', '--max-size', 'lots', valid]]) {
      const io = memoryIO();
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err).not.toBe('');
    }
  });

  it('lists the rules', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--list-rules'], io)).toBe(0);
    for (const id of ['item/duplicate-number', 'item/number-order', 'item/number-skipped', 'deadline/reversed', 'deadline/outside-period', 'item/no-responsible', 'glossary/undefined-abbreviation', 'date/impossible', 'document/unknown-version', 'schema/<keyword>', 'yaml/syntax']) {
      expect(io.out).toContain(id);
    }
  });

  it('can be made green on purpose with a comment', async () => {
    const silenced = join(dir, 'silenced.roadmap.yaml');
    writeFileSync(silenced, `# prikaz-ignore deadline/outside-period -- the board moved the plan to 2023\n${readFileSync(warning, 'utf8')}`);
    const io = memoryIO();
    expect(await run(['validate', '--strict', silenced], io)).toBe(0);
    expect(io.err).toBe('1 file checked: all valid (1 silenced)\n');
  });
});
