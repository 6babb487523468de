import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Issue, Lang } from '@kampung-kb/model';
import {
  builtinRules,
  formatIssue,
  formatSummary,
  parseRuleFile,
  type RuleResolution,
  resolveRules,
  validateDataset,
} from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { ValidateOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { loadData } from '../internal/loadData.js';
import { parseCommandLine, type UsageError } from '../internal/parseCommandLine.js';
import { programmeToday } from '../internal/programmeToday.js';

/** Prints rule-file problems in the asked language, or in both when none was asked for. */
function printRuleProblems(issues: readonly Issue[], file: string, lang: Lang | undefined, io: CliIo): void {
  const langs: readonly Lang[] = lang ? [lang] : ['id', 'en'];
  for (const i of issues) for (const l of langs) io.err(formatIssue(i, l));
  if (!lang || lang === 'id')
    io.err(`Berkas aturan '${file}' tidak dapat dipakai (${issues.length} masalah).`);
  if (!lang || lang === 'en') io.err(`The rules file '${file}' cannot be used (${issues.length} problems).`);
}

/** Reads, checks and resolves a rules file against the built-in catalogue; `undefined` after printing problems. */
async function loadRules(
  file: string,
  io: CliIo,
  lang: Lang | undefined,
): Promise<RuleResolution | undefined> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`Berkas aturan '${file}' tidak dapat dibaca / The rules file '${file}' cannot be read: ${msg}`);
    return undefined;
  }
  const parsed = parseRuleFile(text, file);
  if (!parsed.ok) {
    printRuleProblems(parsed.issues, file, lang, io);
    return undefined;
  }
  const resolution = resolveRules(builtinRules, parsed.ruleSet);
  if (!resolution.ok) {
    printRuleProblems(resolution.issues, file, lang, io);
    return undefined;
  }
  return resolution;
}

/**
 * `kkb validate <dir> [--rules <file>] [--json] [--lang id|en]`: reads a data directory, applies the
 * built-in rules (changed by the city's rules file when `--rules` is given) and prints every issue
 * (reader issues first) and the summary, including which rules the file added, overrode and disabled.
 * The rules file is read, checked and compiled before any data is read: a problem in it (an expression
 * typo, an unknown rule id) prints positioned, bilingual messages and exits 2. Exit 0 when no issue has
 * error severity, 1 otherwise, 2 on a usage error, an unusable rules file or unreadable input.
 *
 * @example
 * ```ts
 * const code = await validateCommand(['examples/martapura/data', '--rules', 'examples/martapura/rules.yaml'], processIo());
 * ```
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number | UsageError> {
  const cl = parseCommandLine(
    args,
    {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      rules: { type: 'string' },
      today: { type: 'string' },
    },
    ['dir'],
    ValidateOptions,
  );
  if (!cl.ok) return cl.error;
  const opts = cl.options;
  let rules: RuleResolution | undefined;
  if (opts.rules !== undefined) {
    rules = await loadRules(opts.rules, io, opts.lang);
    if (!rules) return EXIT.usage;
  }
  const data = await loadData(opts.dir, io, opts.lang);
  if (!data) return EXIT.usage;
  const { read, records } = data;
  const lang = opts.lang ?? read.programme?.defaultLang ?? 'id';
  const result = validateDataset(read.dataset, {
    today: programmeToday(opts.today, read.programme?.city.code),
    ...(read.programme ? { cityCode: read.programme.city.code } : {}),
    ...(rules ? { rules } : {}),
  });
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
          records,
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
