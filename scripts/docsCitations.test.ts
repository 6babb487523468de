import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every citation in the docs and sources points to something a reader can open: a file of this
 * repository or a public source. The official portal's repository is cited at one commit only.
 */
const root = join(import.meta.dirname, '..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'out', 'api', 'coverage']);
const TEXT = /\.(md|ts|mts|mjs|json|yaml|yml|csv)$/;
const SELF = relative(root, import.meta.filename);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), out);
    } else if (TEXT.test(e.name) && e.name !== 'pnpm-lock.yaml') out.push(join(dir, e.name));
  }
  return out;
}

const files = walk(root).filter((f) => relative(root, f) !== SELF);
const names = new Set(files.map((f) => basename(f)));
// The changesets folder starts with a dot; its README is a real file too.
names.add('README.md');

/** The text with URLs removed: a file name inside a URL is a public source, not a repository file. */
const withoutUrls = (text: string) => text.replace(/(https?:\/\/|github\.com\/)[^\s)\]>'"`|]+/g, ' ');

interface Hit {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function hits(pattern: RegExp, map: (text: string) => string = withoutUrls): Hit[] {
  const out: Hit[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((raw, i) => {
      for (const m of map(raw).matchAll(pattern)) {
        out.push({ file: relative(root, file), line: i + 1, text: m[1] ?? m[0] });
      }
    });
  }
  return out;
}

describe('citations', () => {
  it('name only Markdown files that exist in the repository', () => {
    const md = /(?<![\w/.@'"-])((?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.md)\b/g;
    // Tests name the report files they write; there only a section sign marks a citation.
    const cited = /(?<![\w/.@-])((?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.md)\b(?=\s*§)/g;
    const found = [
      ...hits(md).filter((h) => !h.file.endsWith('.test.ts')),
      ...hits(cited).filter((h) => h.file.endsWith('.test.ts')),
    ];
    const missing = found.filter((h) => {
      if (existsSync(join(root, h.text)) || existsSync(join(root, dirname(h.file), h.text))) return false;
      return !(h.text.includes('/') ? false : names.has(h.text));
    });
    expect(missing.map((h) => `${h.file}:${h.line} ${h.text}`)).toEqual([]);
  });

  it('use relative Markdown links that resolve', () => {
    const broken = hits(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g, (t) => t)
      .filter((h) => h.file.endsWith('.md'))
      .filter((h) => !existsSync(join(root, dirname(h.file), h.text)));
    expect(broken.map((h) => `${h.file}:${h.line} ${h.text}`)).toEqual([]);
  });

  it('never point outside the repository (reference notes, other machines)', () => {
    const outside = hits(/((?:shared|docs)\/reference\b|\/work\/[\w/.-]+)/g);
    expect(outside.map((h) => `${h.file}:${h.line} ${h.text}`)).toEqual([]);
  });

  it('cite the portal repository willyprmn/Kampung-KB at one commit', () => {
    const commits = hits(
      /Kampung-KB[^\n]{0,60}?(?:@|commit |\/(?:blob|tree)\/)([0-9a-f]{7,40})\b/g,
      (t) => t,
    );
    const distinct = new Set(commits.map((h) => h.text.slice(0, 7)));
    expect([...distinct], commits.map((h) => `${h.file}:${h.line} ${h.text}`).join('\n')).toHaveLength(1);
  });
});
