#!/usr/bin/env node
/**
 * The README quotes `--help` of every verb from the tool itself, never by hand. Each quote
 * sits between markers, `<!-- help:convert -->` … `<!-- /help:convert -->` (`help:prikaz` for
 * the top-level help), and this script rewrites what is between them from
 * `node bin/prikaz.js VERB --help` (after `npm run build`). Running it twice changes nothing.
 *
 *   node scripts/readme-help.mjs            rewrite README.md's blocks (adds a missing verb's block after the last one)
 *   node scripts/readme-help.mjs --check    exit 1, naming the verbs, when README.md differs from the tool
 *   --readme FILE                           another README (the tests use a copy)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'prikaz.js');

const cache = new Map();

/** The help as a pipe gets it: no colors, commander's default width of 80 columns. */
function help(verb) {
  if (!cache.has(verb)) cache.set(verb, helpNow(verb));
  return cache.get(verb);
}

function helpNow(verb) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.CLICOLOR_FORCE;
  const args = verb === 'prikaz' ? ['--help'] : [verb, '--help'];
  return execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
}

/** The verbs `prikaz --help` lists, and the top-level help itself. */
function verbs() {
  const top = help('prikaz');
  const listed = top.split('\n').slice(top.split('\n').indexOf('Commands:') + 1);
  return ['prikaz', ...listed.map((l) => /^ {2}(\w[\w-]*)/.exec(l)?.[1]).filter((v) => v && v !== 'help')];
}

function block(verb) {
  const command = verb === 'prikaz' ? 'prikaz --help' : `prikaz ${verb} --help`;
  return `<!-- help:${verb} -->\n\`\`\`text\n$ ${command}\n${help(verb)}\n\`\`\`\n<!-- /help:${verb} -->`;
}

const BLOCK = /<!-- help:([\w-]+) -->[\s\S]*?<!-- \/help:\1 -->/g;

/** README text with every verb's block as the tool prints it; which verbs differed. */
export function refresh(readme) {
  const wanted = verbs();
  const changed = [];
  let text = readme.replace(BLOCK, (old, verb) => {
    if (!wanted.includes(verb)) return old; // a verb that went away: left for a person to remove
    const now = block(verb);
    if (now !== old) changed.push(verb);
    return now;
  });
  const present = new Set([...readme.matchAll(BLOCK)].map((m) => m[1]));
  const missing = wanted.filter((v) => !present.has(v));
  if (missing.length) {
    const blocks = missing.map(block).join('\n\n');
    const last = [...text.matchAll(BLOCK)].at(-1);
    text = last ? `${text.slice(0, last.index + last[0].length)}\n\n${blocks}${text.slice(last.index + last[0].length)}` : `${text.trimEnd()}\n\n${blocks}\n`;
    changed.push(...missing);
  }
  return { text, changed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--readme');
  const file = i >= 0 ? args[i + 1] : join(ROOT, 'README.md');
  const { text, changed } = refresh(readFileSync(file, 'utf8'));
  if (args.includes('--check')) {
    if (changed.length) {
      process.stderr.write(`${file}: the --help of ${changed.join(', ')} differs from the tool's; run: node scripts/readme-help.mjs\n`);
      process.exit(1);
    }
  } else if (changed.length) {
    writeFileSync(file, text);
    process.stdout.write(`${file}: rewrote the help of ${changed.join(', ')}\n`);
  }
}
