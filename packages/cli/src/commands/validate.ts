import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DataDirFile } from '@kampung-kb/kit';
import type { Issue, Lang } from '@kampung-kb/model';
import { REGIONS_SOURCE } from '@kampung-kb/regions';
import {
  type AccountingSummary,
  builtinRules,
  createDatasetValidator,
  type DatasetValidator,
  formatIssue,
  formatSummary,
  parseRuleFile,
  type RuleResolution,
  resolveRules,
  type ValidationResult,
} from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import type { ValidateOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { IssueSpill } from '../internal/issueSpill.js';
import { jsonIssue } from '../internal/jsonIssue.js';
import { loadData } from '../internal/loadData.js';
import { OfficialRegionCheck } from '../internal/officialRegions.js';
import { programmeToday } from '../internal/programmeToday.js';
import { validateOnDuckDb } from '../internal/validateOnDuckDb.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

/** Prints rule-file problems in the language of the run. */
function printRuleProblems(issues: readonly Issue[], file: string, lang: Lang, io: CliIo): void {
  for (const i of issues) io.err(displayText(formatIssue(i, lang), lang));
  io.err(displayText(messagesFor(lang).rulesUnusable(file, issues.length), lang));
}

/** Reads, checks and resolves a rules file against the built-in catalogue; `undefined` after printing problems. */
async function loadRules(file: string, io: CliIo, lang: Lang): Promise<RuleResolution | undefined> {
  const m = messagesFor(lang);
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    io.err(
      displayText(m.rulesUnreadable(file, m.fsReason(typeof code === 'string' ? code : 'unknown')), lang),
    );
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

/** What both engines hand to the output: the reader's, the region list's and the rules' findings. */
export interface ValidationOutput {
  readonly readerIssues: readonly Issue[];
  readonly regionIssues: readonly Issue[];
  readonly result: ValidationResult;
  readonly files: readonly DataDirFile[];
  readonly records: AccountingSummary;
  /** Text output: the rules' issues, formatted, in the order found (JSON output: `result.issues`). */
  readonly spill: IssueSpill | undefined;
}

/** Prints a validation (text or `--json`) and returns the exit code; the same for both engines. */
export async function printValidation(
  opts: ValidateOptions,
  io: CliIo,
  lang: Lang,
  v: ValidationOutput,
): Promise<number> {
  const m = messagesFor(lang);
  const { readerIssues, regionIssues, result, files, records, spill } = v;
  // No kampung record at all (a folder fresh from `kkb init`): say so, it is not an error.
  const noKampung = !files.some((f) => f.recordType === 'kampung' && f.records > 0);
  if (spill) {
    const readerErrors = readerIssues.filter((i) => i.severity === 'error').length;
    const regionErrors = regionIssues.filter((i) => i.severity === 'error').length;
    const errors = readerErrors + regionErrors + result.summary.bySeverity.error;
    for (const i of readerIssues) io.out(displayText(formatIssue(i, lang), lang));
    for (const i of regionIssues) io.out(displayText(formatIssue(i, lang), lang));
    await spill.drain(io.out);
    const ruleIssues =
      result.summary.bySeverity.error + result.summary.bySeverity.warning + result.summary.bySeverity.info;
    if (readerIssues.length + regionIssues.length + ruleIssues > 0) io.out('');
    const count = files.reduce((n, f) => n + f.records, 0);
    io.out(displayText(m.readSummary(files.length, count, opts.dir), lang));
    if (readerIssues.length > 0) io.out(m.readerProblems(readerIssues.length));
    if (regionIssues.length > 0) io.out(m.regionProblems(regionIssues.length, REGIONS_SOURCE));
    io.out(displayText(formatSummary(result.summary, lang), lang));
    if (noKampung) io.out(displayText(m.noKampungYet(opts.dir), lang));
    return errors > 0 ? EXIT.issues : EXIT.ok;
  }
  const issues: Issue[] = [...readerIssues, ...regionIssues, ...result.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  io.out(
    JSON.stringify(
      {
        dir: opts.dir,
        ok: errors === 0,
        files,
        summary: {
          ...result.summary,
          readerIssues: readerIssues.length,
          regionIssues: regionIssues.length,
          bySeverityAll: {
            error: errors,
            warning: issues.filter((i) => i.severity === 'warning').length,
            info: issues.filter((i) => i.severity === 'info').length,
          },
        },
        issues: issues.map(jsonIssue),
        records,
      },
      null,
      2,
    ),
  );
  return errors > 0 ? EXIT.issues : EXIT.ok;
}

/** Runs `kkb validate` on parsed options. */
export async function runValidate(opts: ValidateOptions, io: CliIo, lang: Lang): Promise<number> {
  let rules: RuleResolution | undefined;
  if (opts.rules !== undefined) {
    rules = await loadRules(opts.rules, io, lang);
    if (!rules) return EXIT.usage;
  }
  // — validate --engine (sql-rules) — DuckDB checks the monthly reports; `undefined`: they go to js.
  if (opts.engine === 'duckdb') {
    const code = await validateOnDuckDb(opts, io, lang, rules);
    if (code !== undefined) return code;
  }
  let validator: DatasetValidator | undefined;
  // Text output streams the rules' issues to a spill file as they are found (memory does not grow with
  // their number), printed after the reader's; JSON output collects them for the document.
  const spill = opts.json ? undefined : new IssueSpill();
  // — region check — every region code against the official Kemendagri list.
  const regionCheck = new OfficialRegionCheck();
  const data = await loadData(opts.dir, io, lang, {
    // Monthly reports stream through the validator; none is kept.
    monthly: { kind: 'none' },
    consumer: (programme) => {
      validator = createDatasetValidator({
        today: programmeToday(opts.today, programme?.city.code),
        ...(programme ? { cityCode: programme.city.code } : {}),
        ...(rules ? { rules } : {}),
        ...(spill ? { onIssue: (i: Issue) => spill.add(displayText(formatIssue(i, lang), lang)) } : {}),
      });
      return (type, record, source) => {
        validator?.add(type, record, source);
        regionCheck.add(type, record, source);
      };
    },
  });
  if (!data || !validator) {
    await spill?.discard();
    return EXIT.usage;
  }
  const result = validator.finish();
  const regionIssues = await regionCheck.check(data.programme?.city.code);
  return printValidation(opts, io, lang, {
    readerIssues: data.issues,
    regionIssues,
    result,
    files: data.files,
    records: data.records,
    spill,
  });
}

/**
 * `kkb validate <dir> [--rules <file>] [--today YYYY-MM-DD] [--engine js|duckdb] [--json] [--lang id|en]`: reads a data
 * directory, applies the built-in rules (changed by the city's rules file when `--rules` is given) and
 * prints every issue (reader issues first) and the summary. The rules file is read, checked and compiled
 * before any data is read: a problem in it prints positioned messages and exits 2. The future-date check
 * compares with `--today`, by default today in the programme's time zone. Exit 0 when no issue has error
 * severity, 1 otherwise, 2 on a usage error, an unusable rules file or programme file, or unreadable input.
 * `--engine duckdb`: DuckDB reads the monthly reports file and checks it with the per-record rules compiled
 * to SQL (`@kampung-kb/sql`); the output and exit code are those of the default `js` engine, which checks
 * the file instead whenever DuckDB cannot read it canonically or a check needs it.
 *
 * @example
 * ```ts
 * const code = await validateCommand(['examples/martapura/data', '--rules', 'examples/martapura/rules.yaml'], processIo());
 * ```
 */
export function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['validate', ...args], io);
}
