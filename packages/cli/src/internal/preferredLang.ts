import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PROGRAMME_FILE_NAMES, parseProgramme } from '@kampung-kb/kit';
import type { Lang } from '@kampung-kb/model';
import { VALUE_OPTIONS } from './program.js';

/** `--lang id|en` as given (`--lang en` or `--lang=en`), or `undefined`. */
export function langArgument(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[i + 1] : a?.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'id' || value === 'en') return value;
  }
  return undefined;
}

/**
 * The data directory among a command's arguments: the value of `--into` for `kkb import <file> --into <dir>`,
 * else its first argument that is no option nor an option's value.
 */
export function dirArgument(argv: readonly string[]): string | undefined {
  if (argv[0] === 'import') {
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '--') break;
      if (a === '--into') return argv[i + 1];
      if (a.startsWith('--into=')) return a.slice(7);
    }
    return undefined;
  }
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') return argv[i + 1];
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    return a;
  }
  return undefined;
}

/** The `defaultLang` of a directory's valid programme definition, or `undefined`. */
async function programmeLang(dir: string): Promise<Lang | undefined> {
  for (const name of PROGRAMME_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    const r = parseProgramme(text, name);
    return r.ok ? r.programme.defaultLang : undefined;
  }
  return undefined;
}

/**
 * The one language every message of a run is in: `--lang`, else the `defaultLang` of the data directory's
 * programme, else Indonesian.
 */
export async function preferredLang(argv: readonly string[], cwd: string): Promise<Lang> {
  const given = langArgument(argv);
  if (given !== undefined) return given;
  const dir = dirArgument(argv);
  if (dir === undefined) return 'id';
  return (await programmeLang(resolve(cwd, dir))) ?? 'id';
}
