import { HOSTILE_DOCS } from '../../src/readers/doc/test-support.js';
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createDeflate } from 'node:zlib';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The file-system and process side of a run (issue 18): nothing lost, replaced or hung on.
 * Each case runs the real command in its own process, in a temporary folder; FIFOs, links
 * and device nodes are made there. Cases that need (or cannot run as) root say so and skip.
 */
const BIN = resolve('bin/prikaz.js');
const SEED = resolve('fixtures/txt/002_d8146b65e7b6d256.txt');
const OTHER = resolve('fixtures/txt/000_72fc9603205c0c49.txt');
/** A Word 97 .doc is read natively; a Word 6/95 one is what still goes to LibreOffice (--convert-legacy). */
const WORD6_DOC = (): Uint8Array => HOSTILE_DOCS.find((h) => h.code === 'doc/word6')!.bytes();
const isRoot = process.getuid?.() === 0;
const LIMIT_MS = 90_000;

let base = '';
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'prikaz-safety-'));
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function prikaz(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    killSignal: 'SIGKILL', // a build that ignores SIGTERM must not outlive its test
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Like prikaz(), but killed once it holds more than `maxMiB` of memory (so a build that reads /dev/zero fails its test, not the machine). */
async function prikazBounded(args: string[], maxMiB: number): Promise<Run & { overMemory: boolean }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  let overMemory = false;
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const watch = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      if (kb > maxMiB * 1024) {
        overMemory = true;
        child.kill('SIGKILL');
      }
    } catch {
      // ended
    }
  }, 100);
  const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearInterval(watch);
  clearTimeout(killer);
  return { code, signal, stdout: '', stderr, overMemory };
}

function sh(script: string, cwd?: string): Run {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1', PRIKAZ: BIN } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const folder = (name: string): string => mkdtempSync(join(base, `${name}-`));
const noStack = (r: Run): void => expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
/** Every file below a folder, relative, sorted. */
const tree = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((d) => !d.isDirectory()).map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1)).sort() : [];

/** A LibreOffice that never finishes: records its arguments and pid (and a child's), then sleeps. */
function hangingSoffice(dir: string): string {
  const script = join(dir, 'soffice');
  writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\nsleep 300 &\necho $! > "${dir}/child.pid"\necho $$ > "${dir}/soffice.pid"\nwait\n`);
  chmodSync(script, 0o755);
  return script;
}

/** Whether the process is running: a killed one waiting to be reaped (a zombie) is not. */
function alive(pidFile: string): boolean {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Killed processes are reaped by whoever adopted them, a moment later. */
const gone = async (pidFile: string): Promise<boolean> => {
  await waitFor(() => !alive(pidFile), 10_000).catch(() => undefined);
  return !alive(pidFile);
};

const waitFor = async (what: () => boolean, ms = 60_000): Promise<void> => {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Starts prikaz, waits until `ready`, sends the signals, and resolves with how it ended. */
async function interrupted(args: string[], env: Record<string, string>, ready: () => boolean, signals: NodeJS.Signals[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const ended = new Promise<Run>((done) => child.on('close', (code, signal) => done({ code, signal, stdout: '', stderr })));
  const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  await waitFor(ready);
  for (const s of signals) {
    child.kill(s);
    await new Promise((r) => setTimeout(r, 300));
  }
  const r = await ended;
  clearTimeout(killer);
  return r;
}

describe('1-2. outputs: one per input, all inside -o', () => {
  it('same-named inputs in two folders both keep their output, mirrored below the common root', () => {
    const d = folder('same-name');
    mkdirSync(join(d, 'a'));
    mkdirSync(join(d, 'b'));
    copyFileSync(SEED, join(d, 'a/x.txt'));
    copyFileSync(OTHER, join(d, 'b/x.txt'));
    const r = prikaz(['convert', join(d, 'a/x.txt'), join(d, 'b/x.txt'), '-o', join(d, 'out'), '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree(join(d, 'out'))).toEqual(['a/x.roadmap.yaml', 'b/x.roadmap.yaml']);
    expect(readFileSync(join(d, 'out/a/x.roadmap.yaml'), 'utf8')).toContain('a/x.txt');
    expect(readFileSync(join(d, 'out/b/x.roadmap.yaml'), 'utf8')).toContain('b/x.txt');
  });

  it('names that still collide get a deterministic suffix and a warning; the same file twice is converted once', () => {
    const d = folder('collide');
    for (const n of ['x.txt', 'x.text', 'x.txt.text']) copyFileSync(SEED, join(d, n));
    const out = join(d, 'out');
    const r = prikaz(['convert', d, join(d, 'x.txt'), '-o', out, '--report', join(d, 'r.json'), '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/x\.txt\.text: warning io\/output-collision/);
    const first = tree(out);
    expect(first).toHaveLength(3);
    expect(first).toEqual(expect.arrayContaining(['x.txt.roadmap.yaml', 'x.text.roadmap.yaml']));
    expect(JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')).converted).toBe(3);
    // and again: the same names, and --skip-existing settles
    const again = prikaz(['convert', d, '-o', out, '--skip-existing', '--report', join(d, 'r2.json')]);
    expect(tree(out)).toEqual(first);
    expect(JSON.parse(readFileSync(join(d, 'r2.json'), 'utf8')).skipped).toBe(3);
    expect(again.code).toBe(0);
  });

  it("a pattern with '..' after a wildcard writes nothing outside -o", () => {
    const d = folder('dotdot');
    mkdirSync(join(d, 'work/in1'), { recursive: true });
    mkdirSync(join(d, 'victim'));
    copyFileSync(SEED, join(d, 'victim/v.txt'));
    writeFileSync(join(d, 'victim/v.roadmap.yaml'), 'precious\n');
    const r = prikaz(['convert', 'i*/../../victim/*.txt', '-o', 'out'], { cwd: join(d, 'work') });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(d, 'victim/v.roadmap.yaml'), 'utf8')).toBe('precious\n');
    expect(tree(join(d, 'work/out'))).toHaveLength(1);
    expect(tree(join(d, 'victim'))).toEqual(['v.roadmap.yaml', 'v.txt']);
  });
});

describe('3-4. what is already at an output path', () => {
  it('a symbolic link is followed: its target is written, the link stays', () => {
    const d = folder('link');
    mkdirSync(join(d, 'out'));
    writeFileSync(join(d, 'target.yaml'), 'old\n');
    symlinkSync(join(d, 'target.yaml'), join(d, 'out/x.roadmap.yaml'));
    copyFileSync(SEED, join(d, 'x.txt'));
    expect(prikaz(['convert', join(d, 'x.txt'), '-o', join(d, 'out')]).code).toBe(0);
    expect(lstatSync(join(d, 'out/x.roadmap.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'target.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\nschemaVersion/);
    // export -o link.csv
    symlinkSync(join(d, 'plan.csv'), join(d, 'link.csv'));
    expect(prikaz(['export', join(d, 'out/x.roadmap.yaml'), '--to', 'csv', '-o', join(d, 'link.csv')]).code).toBe(0);
    expect(lstatSync(join(d, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'plan.csv'), 'utf8')).toMatch(/^\ufeffДорожная карта,/);
  });

  it('an existing file keeps its permissions (600 stays 600)', () => {
    const d = folder('mode');
    writeFileSync(join(d, 'plan.md'), 'old');
    chmodSync(join(d, 'plan.md'), 0o600);
    expect(prikaz(['export', SEED, '--to', 'md', '-o', join(d, 'plan.md')]).code).toBe(0);
    expect(statSync(join(d, 'plan.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(d, 'plan.md'), 'utf8')).not.toBe('old');
  });

  it('a FIFO is written to as a stream, not replaced', async () => {
    const d = folder('fifo-out');
    const fifo = join(d, 'plan.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('sh', ['-c', `exec cat "${fifo}" > "${join(d, 'got')}"`]);
    const read = new Promise((done) => reader.on('close', done));
    const child = spawn(process.execPath, [BIN, 'export', SEED, '--to', 'md', '-o', fifo]);
    const code = await new Promise((done) => child.on('close', done));
    const stop = setTimeout(() => reader.kill(), 5000); // a replaced FIFO leaves the reader waiting
    await read;
    clearTimeout(stop);
    expect(code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(d, 'got'), 'utf8')).toMatch(/^# Об утверждении/);
  });

  it('"-" writes to standard output', () => {
    const r = prikaz(['export', SEED, '--to', 'md', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Об утверждении/);
    expect(existsSync('-')).toBe(false);
  });

  it.skipIf(!isRoot)('a character device stays a device (root only: makes a node like /dev/null)', () => {
    const d = folder('dev');
    const node = join(d, 'null');
    expect(spawnSync('mknod', [node, 'c', '1', '3']).status).toBe(0);
    expect(prikaz(['export', SEED, '--to', 'csv', '-o', node]).code).toBe(0);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it('an output that is one of the inputs is refused with exit 2 and the input is untouched', () => {
    const d = folder('same');
    const yaml = join(d, 'f.roadmap.yaml');
    writeFileSync(yaml, prikaz(['convert', SEED]).stdout);
    const before = readFileSync(yaml, 'utf8');
    const v = prikaz(['validate', yaml, '-o', yaml]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/one of the inputs/);
    expect(readFileSync(yaml, 'utf8')).toBe(before);

    const input = join(d, 'in.txt');
    copyFileSync(SEED, input);
    const c = prikaz(['convert', input, '-o', join(d, 'o'), '--report', input]);
    expect(c.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    // through a link into the output folder, too
    mkdirSync(join(d, 'o2'));
    symlinkSync(input, join(d, 'o2/in.roadmap.yaml'));
    const l = prikaz(['convert', input, '-o', join(d, 'o2')]);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/one of the inputs/);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('5-6. --skip-existing and left-over files', () => {
  it('redoes an output cut short (even at a line end) instead of keeping it', () => {
    const d = folder('skip');
    copyFileSync(SEED, join(d, 'x.txt'));
    const out = join(d, 'out');
    expect(prikaz(['convert', join(d, 'x.txt'), '-o', out]).code).toBe(0);
    const whole = readFileSync(join(out, 'x.roadmap.yaml'), 'utf8');
    const lines = whole.split('\n');
    writeFileSync(join(out, 'x.roadmap.yaml'), `${lines.slice(0, Math.floor(lines.length * 0.8)).join('\n')}\n`);
    const r = prikaz(['convert', join(d, 'x.txt'), '-o', out, '--skip-existing', '--report', join(d, 'r.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')).converted).toBe(1);
    expect(readFileSync(join(out, 'x.roadmap.yaml'), 'utf8')).toBe(whole);
  });

  it("removes a dead run's temporary file from the output folder on the next run", () => {
    const d = folder('debris');
    const out = join(d, 'out');
    mkdirSync(out);
    const debris = join(out, '.x.roadmap.yaml.999999999.0badf00d.tmp');
    writeFileSync(debris, 'half');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(debris, old, old);
    copyFileSync(SEED, join(d, 'x.txt'));
    expect(prikaz(['convert', join(d, 'x.txt'), '-o', out]).code).toBe(0);
    expect(readdirSync(out)).toEqual(['x.roadmap.yaml']);
  });
});

describe('7-8, 14. nothing hangs; stopping is prompt, clean and says so in the exit code', () => {
  it('-o /proc/nope is an error, not a spin', () => {
    if (!existsSync('/proc/self')) return;
    const r = prikaz(['convert', SEED, '-o', '/proc/nope']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/io\/write/);
  });

  it.each([
    ['SIGTERM', 143, ['SIGTERM']],
    ['a second Ctrl-C', 130, ['SIGINT', 'SIGINT']],
    ['a first Ctrl-C, after the grace period', 130, ['SIGINT']],
  ] as const)('%s stops a run held by a hung LibreOffice: exit %i, no child or temporary file left', async (_name, exit, signals) => {
    const d = folder('signal');
    const soffice = hangingSoffice(d);
    const tmp = mkdtempSync(join(d, 'tmp-'));
    writeFileSync(join(d, 'old.doc'), WORD6_DOC());
    copyFileSync(SEED, join(d, 'x.txt'));
    const r = await interrupted(['convert', join(d, 'old.doc'), join(d, 'x.txt'), '-o', join(d, 'out'), '--convert-legacy', '--jobs', '1'], { SOFFICE: soffice, TMPDIR: tmp }, () => existsSync(join(d, 'child.pid')), [...signals]);
    expect(r.code, r.stderr).toBe(exit);
    noStack(r);
    expect(await gone(join(d, 'soffice.pid'))).toBe(true);
    expect(await gone(join(d, 'child.pid'))).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
    expect(tree(join(d, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file past --timeout fails alone, its LibreOffice is killed, and the batch goes on', async () => {
    const d = folder('timeout');
    const soffice = hangingSoffice(d);
    writeFileSync(join(d, 'old.doc'), WORD6_DOC());
    copyFileSync(SEED, join(d, 'x.txt'));
    const r = prikaz(['convert', d, '-o', join(d, 'out'), '--convert-legacy', '--timeout', '3', '--jobs', '1'], { env: { SOFFICE: soffice } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/old\.doc: error input\/timeout/);
    expect(tree(join(d, 'out'))).toEqual(['x.roadmap.yaml']);
    expect(await gone(join(d, 'soffice.pid'))).toBe(true);
    expect(await gone(join(d, 'child.pid'))).toBe(true);
  });
});

describe('9-10. only regular files are read, within bounds', () => {
  it('a .txt link to /dev/zero in a folder is refused, not read', async () => {
    const d = folder('zero');
    symlinkSync('/dev/zero', join(d, 'zero.txt'));
    copyFileSync(SEED, join(d, 'x.txt'));
    const r = await prikazBounded(['convert', d, '-o', join(d, 'out'), '--jobs', '1'], 1024);
    expect(r.overMemory).toBe(false);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zero\.txt: error io\/not-a-file: is a character device/);
    expect(tree(join(d, 'out'))).toEqual(['x.roadmap.yaml']);
  });

  it('a FIFO given as an argument is refused at once', () => {
    const d = folder('fifo-in');
    expect(spawnSync('mkfifo', [join(d, 'f.txt')]).status).toBe(0);
    const r = prikaz(['convert', join(d, 'f.txt')]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/f\.txt: error io\/not-a-file: is a FIFO/);
  });

  it('a PDF whose streams inflate past the limit is refused in one line', async () => {
    const d = folder('pdf-bomb');
    const file = join(d, 'bomb.pdf');
    writeFileSync(file, await pdfWithContent(300 * 2 ** 20));
    const r = prikaz(['convert', file, '-o', join(d, 'out')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/input\/too-large: the PDF's compressed streams expand to more than 256 MB/);
  });

  it('a PDF with more pages than --max-pages is refused in one line', () => {
    const r = prikaz(['convert', 'src/readers/pdf/testdata/basic.pdf', '--max-pages', '3']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/input\/too-large: the PDF has 5 pages; prikaz reads up to 3/);
  });
});

describe('11-13. honest errors', () => {
  it('a closed pipe ends quietly with exit 0; a full disk is one line and exit 2', () => {
    const pipe = sh('node "$PRIKAZ" schema | true; echo "exit=${PIPESTATUS[0]}"');
    expect(pipe.stdout.trim()).toBe('exit=0');
    expect(pipe.stderr).toBe('');
    if (!existsSync('/dev/full')) return;
    const full = sh('node "$PRIKAZ" schema > /dev/full; echo "exit=$?"');
    expect(full.stdout.trim()).toBe('exit=2');
    expect(full.stderr.trim().split('\n')).toEqual([expect.stringMatching(/ENOSPC/)]);
  });

  it.skipIf(isRoot)('an unreadable subfolder is reported (not as root: root reads every folder)', () => {
    const d = folder('unreadable');
    mkdirSync(join(d, 'locked'));
    copyFileSync(SEED, join(d, 'locked/x.txt'));
    copyFileSync(SEED, join(d, 'y.txt'));
    chmodSync(join(d, 'locked'), 0);
    const r = prikaz(['convert', d, '-o', join(d, 'out')]);
    chmodSync(join(d, 'locked'), 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/locked: error io\/unreadable-folder/);
  });

  it('a file name that is not UTF-8 is named as such, not as a missing file', () => {
    const d = folder('name');
    const raw = Buffer.concat([Buffer.from(`${d}/`), Buffer.from([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7]), Buffer.from('.txt')]);
    writeFileSync(raw, readFileSync(SEED));
    const r = prikaz(['convert', d, '-o', join(d, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/io\/bad-file-name: the name of a file in this folder is not valid UTF-8/);
    expect(r.stderr).not.toMatch(/no such file/);
    // named as an argument (bash passes the bytes as they are)
    const arg = sh(`node "$PRIKAZ" convert "$(printf '${d}/\\317\\360\\350\\352\\340\\347.txt')"`);
    expect(arg.code).toBe(2);
    expect(arg.stderr).toMatch(/io\/bad-file-name: the file name is not valid UTF-8/);
  });

  it('a name starting with "-" reaches LibreOffice as an absolute path, and the hint is safe to paste', () => {
    const d = folder('dash');
    const soffice = join(d, 'soffice');
    writeFileSync(soffice, `#!/bin/sh\nprintf '%s\\n' "$@" > "${d}/args"\n`);
    chmodSync(soffice, 0o755);
    writeFileSync(join(d, '-x.doc'), WORD6_DOC());
    prikaz(['convert', '--convert-legacy', '--', '-x.doc'], { cwd: d, env: { SOFFICE: soffice } });
    const args = readFileSync(join(d, 'args'), 'utf8').trim().split('\n');
    expect(args.at(-1)).toBe(join(d, '-x.doc'));
    // an old .doc named .docx is refused by the .docx sniffer with a command to paste: the name is made safe
    copyFileSync(join(d, '-x.doc'), join(d, '-y.docx'));
    const hint = prikaz(['convert', '--', '-y.docx'], { cwd: d });
    expect(hint.stderr).not.toMatch(/convert-to docx -y/);
  });
});

/** A one-page PDF whose content stream inflates to `size` bytes of spaces. */
async function pdfWithContent(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const chunk = Buffer.alloc(2 ** 20, 0x20);
  for (let n = 0; n < size; n += chunk.length) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const stream = Buffer.concat(parts);
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = chunks[0]!.length;
  const add = (b: Buffer): void => {
    chunks.push(b);
    at += b.length;
  };
  objs.forEach((o, i) => {
    offsets.push(at);
    add(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`));
  });
  offsets.push(at);
  add(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')]));
  const xref = at;
  add(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(chunks);
}
