import { resolve } from 'node:path';
import { type Lang, recordTypeInfo } from '@kampung-kb/model';
import { formatIssue } from '@kampung-kb/rules';
import { type ImportResult, importFile } from '@kampung-kb/workbook';
import type { CliIo } from '../cliIo.js';
import type { ImportCommandOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { jsonIssue } from '../internal/jsonIssue.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

/** The exit code of an import: 2 when nothing could be done, 1 when rows were rejected, else 0. */
export function importExitCode(result: ImportResult): number {
  if (result.fatal) return EXIT.usage;
  return result.rejected > 0 ? EXIT.issues : EXIT.ok;
}

function printText(result: ImportResult, opts: ImportCommandOptions, io: CliIo, lang: Lang): void {
  const m = messagesFor(lang);
  const say = (line: string) => io.out(displayText(line, lang));
  say(m.importHeading(opts.file, opts.into, result.dryRun));
  if (result.fatal) {
    io.err(displayText(formatIssue(result.fatal, lang), lang));
    if (result.fatal.code === 'write-interrupted') io.err(displayText(m.importStopped, lang));
    return;
  }
  for (const s of result.sheets) {
    say(m.importCounts(`${s.sheet} (${recordTypeInfo(s.recordType).label[lang]})`, s));
  }
  say(m.importCounts(undefined, result));
  if (result.rejections.length > 0) {
    const rows = new Set(result.rejections.map((r) => `${r.sheet ?? ''}\u0000${r.row}`)).size;
    say('');
    say(m.importRejectedHeading(rows, result.rejections.length));
    for (const r of result.rejections) say(`  ${r.issue.message[lang]}`);
  }
  if (result.warnings.length > 0) {
    say('');
    say(m.importWarningsHeading(result.warnings.length));
    for (const w of result.warnings) say(`  ${w.message[lang]}`);
  }
  say('');
  if (result.dryRun) say(m.importDryRun(result.changes));
  else if (result.written.length > 0) say(m.importWritten(result.written, opts.into));
  else say(m.importNothingToWrite);
}

/**
 * Runs `kkb import` on parsed options. Ctrl-C (SIGINT) or SIGTERM before the files are moved into place
 * stops the import with the data directory unchanged.
 */
export async function runImport(opts: ImportCommandOptions, io: CliIo, lang: Lang): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('SIGINT/SIGTERM'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let result: ImportResult;
  try {
    result = await importFile(resolve(io.cwd, opts.file), {
      into: resolve(io.cwd, opts.into),
      dryRun: opts.dryRun === true,
      signal: controller.signal,
    });
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  if (opts.json) {
    const { fatal, rejections, warnings, ...counts } = result;
    io.out(
      JSON.stringify(
        {
          file: opts.file,
          into: opts.into,
          ok: !fatal && result.rejected === 0,
          ...counts,
          rejections: rejections.map((r) => ({ ...r, issue: jsonIssue(r.issue) })),
          warnings: warnings.map(jsonIssue),
          ...(fatal ? { fatal: jsonIssue(fatal) } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    printText(result, opts, io, lang);
  }
  return importExitCode(result);
}

/**
 * `kkb import <file> --into <dir> [--dry-run] [--json] [--lang id|en]`: imports a filled workbook, CSV or
 * JSON file into a data directory and prints a DHIS2-style summary (read, imported, updated, ignored,
 * rejected; per sheet and in total) with every reason for every rejected row. Exit 0 when nothing was
 * rejected, 1 when some rows were (the accepted ones are written), 2 when the file or the directory cannot
 * be read or written.
 *
 * @example
 * ```ts
 * const code = await importCommand(['isian.xlsx', '--into', 'data', '--dry-run'], processIo());
 * ```
 */
export function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['import', ...args], io);
}
