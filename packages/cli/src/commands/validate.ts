import type { Issue } from '@kampung-kb/model';
import { formatIssue, formatSummary, validateDataset } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { ValidateOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { loadData } from '../internal/loadData.js';
import { parseCommandLine, type UsageError } from '../internal/parseCommandLine.js';

/**
 * `kkb validate <dir> [--json] [--lang id|en]`: reads a data directory, applies the built-in rules and
 * prints every issue (reader issues first). Exit 0 when no issue has error severity, 1 otherwise, 2 on a
 * usage error or unreadable input.
 *
 * @example
 * ```ts
 * const code = await validateCommand(['examples/banjarmasin/invalid', '--json'], processIo());
 * ```
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number | UsageError> {
  const cl = parseCommandLine(
    args,
    { json: { type: 'boolean' }, lang: { type: 'string' } },
    ['dir'],
    ValidateOptions,
  );
  if (!cl.ok) return cl.error;
  const opts = cl.options;
  const read = await loadData(opts.dir, io, opts.lang);
  if (!read) return EXIT.usage;
  const lang = opts.lang ?? read.programme?.defaultLang ?? 'id';
  const result = validateDataset(read.dataset, read.programme ? { cityCode: read.programme.city.code } : {});
  const issues: Issue[] = [...read.issues, ...result.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          dir: opts.dir,
          ok: errors === 0,
          files: read.files,
          summary: {
            ...result.summary,
            readerIssues: read.issues.length,
            bySeverityAll: {
              error: errors,
              warning: issues.filter((i) => i.severity === 'warning').length,
              info: issues.filter((i) => i.severity === 'info').length,
            },
          },
          issues,
        },
        null,
        2,
      ),
    );
  } else {
    for (const i of issues) io.out(formatIssue(i, lang));
    if (issues.length > 0) io.out('');
    const records = read.files.reduce((n, f) => n + f.records, 0);
    io.out(
      lang === 'id'
        ? `${read.files.length} berkas, ${records} rekaman dibaca dari '${opts.dir}'.`
        : `${read.files.length} files, ${records} records read from '${opts.dir}'.`,
    );
    if (read.issues.length > 0) {
      io.out(
        lang === 'id'
          ? `Masalah saat membaca berkas: ${read.issues.length}.`
          : `Problems while reading files: ${read.issues.length}.`,
      );
    }
    io.out(formatSummary(result.summary, lang));
  }
  return errors > 0 ? EXIT.issues : EXIT.ok;
}
