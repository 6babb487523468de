import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DhsTallier, type DhsWoman, FamilyTallier } from '@kampung-kb/family';
import { createHmacPseudonymizer, readDhsWomenFile, readFamilyFile } from '@kampung-kb/family/node';
import { parseCsv, writeDataDir } from '@kampung-kb/kit';
import type { FamilyTally, Issue, Lang, SourceRef } from '@kampung-kb/model';
import { emptyDataset } from '@kampung-kb/model';
import { formatIssue } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import type { FamilyCommandOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { main } from '../main.js';
import type { Messages } from '../messages/messages.js';
import { messagesFor } from '../messages/messagesFor.js';

/** What reading the register (or survey) gave: the tallies, the issues and the row accounting. */
interface FamilyRun {
  readonly tallies: FamilyTally[];
  readonly issues: Issue[];
  /** Rows read, rows in accepted records, rows rejected. */
  readonly rows: number;
  readonly rejectedRows: number;
  /** One line of accounting, in the chosen language. */
  readonly accounting: string;
  /** The input could not be read at all. */
  readonly unreadable: boolean;
}

/** The city secret: from `--secret-file` (trimmed) or the environment variable `--secret-env` names. */
async function secretOf(
  opts: FamilyCommandOptions,
  io: CliIo,
  m: Messages,
): Promise<string | { error: string }> {
  if (opts.secretFile !== undefined) {
    try {
      return (await readFile(resolve(io.cwd, opts.secretFile), 'utf8')).trim();
    } catch {
      return { error: m.familySecretUnreadable(opts.secretFile) };
    }
  }
  if (opts.secretEnv !== undefined) {
    const value = process.env[opts.secretEnv];
    return value === undefined || value === '' ? { error: m.familySecretEnvEmpty(opts.secretEnv) } : value;
  }
  return { error: m.familySecretMissing };
}

/** `--group-map`: a CSV `value,kampungId` mapping the `--group-by` variable's values to kampung ids. */
async function groupMapOf(path: string, io: CliIo): Promise<Map<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    return undefined;
  }
  const rows = parseCsv(text).rows;
  const map = new Map<string, string>();
  for (const row of rows.slice(1)) {
    const [value, kampungId] = row.cells.map((c) => c.trim());
    if (value !== undefined && kampungId !== undefined && value !== '') map.set(value, kampungId);
  }
  return map;
}

async function readRegister(file: string, secret: string, lang: Lang, m: Messages): Promise<FamilyRun> {
  const tallier = new FamilyTallier();
  const issues: Issue[] = [];
  let accounting = '';
  let rows = 0;
  let rejectedRows = 0;
  let families = 0;
  for await (const item of readFamilyFile(file, { pseudonymize: createHmacPseudonymizer(secret), lang })) {
    if (item.kind === 'family') tallier.addFamily(item.family);
    else if (item.kind === 'issue') issues.push(item.issue);
    else {
      const s = item.summary;
      rows = s.rows;
      rejectedRows = s.rejectedRows;
      families = s.families;
      accounting = m.familyAccounting(s);
    }
  }
  const unreadable = rows === 0 && families === 0 && issues.some((i) => i.severity === 'error');
  return { tallies: tallier.result(), issues, rows, rejectedRows, accounting, unreadable };
}

async function readDhs(
  file: string,
  opts: FamilyCommandOptions,
  period: string,
  groups: Map<string, string> | undefined,
  lang: Lang,
  m: Messages,
): Promise<FamilyRun> {
  const variable = (opts.groupBy ?? 'v001').toLowerCase() as keyof DhsWoman;
  const groupOf = (w: DhsWoman): string => {
    const raw = w[variable];
    const value = raw === null || raw === undefined ? '' : String(raw);
    return groups?.get(value) ?? value;
  };
  const tallier = new DhsTallier({ groupOf, period });
  const issues: Issue[] = [];
  let accounting = '';
  let rows = 0;
  let rejectedRows = 0;
  let women = 0;
  for await (const item of readDhsWomenFile(file, { lang })) {
    if (item.kind === 'woman') tallier.addWoman(item.woman);
    else if (item.kind === 'issue') issues.push(item.issue);
    else {
      const s = item.summary;
      rows = s.rows;
      rejectedRows = s.rejectedRows;
      women = s.women;
      accounting = m.familyDhsAccounting({ ...s, skipped: tallier.skipped });
    }
  }
  const unreadable = rows === 0 && women === 0 && issues.some((i) => i.severity === 'error');
  return { tallies: tallier.result(), issues, rows, rejectedRows, accounting, unreadable };
}

/**
 * Runs `kkb family` on parsed options: reads a PK21 register (or a DHS women's recode with `--dhs`), the
 * KK and NIK numbers pseudonymised on read under the city secret, tallies it per kampung and month, prints
 * the row accounting and the issues, and writes `family-tallies-<period>.csv` into the data directory
 * (staged, then moved into place). Exit 0 when every row was accepted, 1 when some were rejected (the
 * tallies of the accepted ones are written), 2 when the file, the secret or the directory is unusable.
 */
export async function runFamily(opts: FamilyCommandOptions, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const say = (line: string) => io.out(displayText(line, lang));
  const fail = (line: string) => {
    io.err(displayText(`kkb family: ${line}`, lang));
    return EXIT.usage;
  };
  const dir = resolve(io.cwd, opts.data);
  try {
    if (!(await stat(dir)).isDirectory()) return fail(m.familyDataDirMissing(opts.data));
  } catch {
    return fail(m.familyDataDirMissing(opts.data));
  }
  if (opts.dhs && opts.period === undefined) return fail(m.familyDhsPeriodMissing);
  let groups: Map<string, string> | undefined;
  if (opts.groupMap !== undefined) {
    groups = await groupMapOf(opts.groupMap, io);
    if (!groups) return fail(m.familyGroupMapUnreadable(opts.groupMap));
  }
  const file = resolve(io.cwd, opts.file);
  let run: FamilyRun;
  if (opts.dhs) {
    run = await readDhs(file, opts, opts.period as string, groups, lang, m);
  } else {
    const secret = await secretOf(opts, io, m);
    if (typeof secret !== 'string') return fail(secret.error);
    if (new TextEncoder().encode(secret).length < 16) return fail(m.familySecretShort);
    run = await readRegister(file, secret, lang, m);
  }
  say(m.familyHeading(opts.file, opts.data));
  for (const issue of run.issues) io.err(displayText(formatIssue(issue, lang), lang));
  say(run.accounting);
  if (run.unreadable) return EXIT.usage;
  let tallies = run.tallies;
  if (opts.period !== undefined && !opts.dhs) tallies = tallies.filter((t) => t.period === opts.period);
  if (tallies.length === 0) {
    say(m.familyNothingToWrite);
    return run.rejectedRows > 0 ? EXIT.issues : EXIT.ok;
  }
  const period =
    opts.period ??
    tallies
      .map((t) => t.period)
      .sort()
      .at(-1);
  const name = `family-tallies-${period}.csv`;
  const dataset = emptyDataset();
  dataset.familyTallies = tallies;
  const sources = new WeakMap<object, SourceRef>();
  for (const t of tallies) sources.set(t, { file: name });
  dataset.sources = sources;
  const written = await writeDataDir(dir, dataset, { format: 'csv', toSourceFiles: true, only: [name] });
  for (const issue of written.issues) io.err(displayText(formatIssue(issue, lang), lang));
  if (written.files.length === 0) return EXIT.usage;
  say(m.familyWritten(name, opts.data, tallies.length));
  return run.rejectedRows > 0 ? EXIT.issues : EXIT.ok;
}

/**
 * `kkb family <file> --data <dir> (--secret-file <f> | --secret-env <VAR>) [--dhs --period YYYY-MM
 * [--group-by v001] [--group-map <csv>]] [--period YYYY-MM] [--lang id|en]`: tallies a family register
 * (CSV, XLSX, JSON, NDJSON) or a DHS women's recode into `family-tallies-<period>.csv` of a data directory,
 * which `kkb indicators` and `kkb report` then read with no new flag.
 *
 * @example
 * ```ts
 * const code = await familyCommand(['pk21.csv', '--data', 'data', '--secret-env', 'KKB_SECRET'], processIo());
 * ```
 */
export function familyCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['family', ...args], io);
}
