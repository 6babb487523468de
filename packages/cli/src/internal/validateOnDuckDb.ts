import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type DataDirFile, dataFileKind } from '@kampung-kb/kit';
import type { Issue, Lang, RecordType } from '@kampung-kb/model';
import {
  type AccountingSummary,
  builtinRules,
  type CompiledRuleSet,
  compileRules,
  createDatasetValidator,
  type DatasetValidator,
  formatIssue,
  type RuleResolution,
  type ValidationResult,
} from '@kampung-kb/rules';
import { checkMonthlyCsvDuckDb } from '@kampung-kb/sql';
import type { CliIo } from '../cliIo.js';
import type { ValidateOptions } from '../cliOptions.js';
import { printValidation } from '../commands/validate.js';
import { displayText } from './displayText.js';
import { IssueSpill } from './issueSpill.js';
import { loadData } from './loadData.js';
import { OfficialRegionCheck } from './officialRegions.js';
import { programmeToday } from './programmeToday.js';
import { withoutFile } from './withoutFile.js';

/** The order issues are sorted in (`RECORD_TYPES` of the model): monthly reports come before interventions. */
const MONTHLY_RANK_AFTER: ReadonlySet<RecordType> = new Set(['region', 'kampung', 'profile', 'population']);

/** The rule set a run uses: the city's resolution, or the built-in catalogue. */
function ruleSetFor(rules: RuleResolution | undefined): CompiledRuleSet | undefined {
  if (rules) return rules.ruleSet;
  const c = compileRules(builtinRules);
  return c.ok ? c.ruleSet : undefined;
}

/** `--engine duckdb` of `kkb validate`: `undefined` when the js engine must check the directory instead. */
export async function validateOnDuckDb(
  opts: ValidateOptions,
  io: CliIo,
  lang: Lang,
  rules: RuleResolution | undefined,
): Promise<number | undefined> {
  const dir = resolve(io.cwd, opts.dir);
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return undefined;
  }
  const monthlyFiles = entries.filter((e) => {
    const k = dataFileKind(e);
    return k?.kind === 'records' && k.recordType === 'monthly';
  });
  const file = monthlyFiles[0];
  if (monthlyFiles.length !== 1 || file === undefined || dataFileKind(file)?.format !== 'csv')
    return undefined;
  const ruleSet = ruleSetFor(rules);
  if (!ruleSet) return undefined;
  const shadow = await withoutFile(dir, file);
  try {
    return await validateShadow(opts, io, lang, rules, ruleSet, dir, shadow, file);
  } finally {
    await rm(shadow, { recursive: true, force: true });
  }
}

async function validateShadow(
  opts: ValidateOptions,
  io: CliIo,
  lang: Lang,
  rules: RuleResolution | undefined,
  ruleSet: CompiledRuleSet,
  dir: string,
  shadow: string,
  file: string,
): Promise<number | undefined> {
  // The js engine checks everything but the monthly reports (and `report-missing`, which needs them).
  const errLines: string[] = [];
  const quiet: CliIo = {
    out: io.out,
    err: (line) => errLines.push(line),
    cwd: io.cwd,
    ...(io.progress ? { progress: io.progress } : {}),
  };
  let validator: DatasetValidator | undefined;
  let today = '';
  const formatted: string[] = [];
  const spill = opts.json ? undefined : formatted;
  const regionCheck = new OfficialRegionCheck();
  const data = await loadData(shadow, quiet, lang, {
    monthly: { kind: 'none' },
    consumer: (programme) => {
      today = programmeToday(opts.today, programme?.city.code);
      validator = createDatasetValidator({
        today,
        ...(programme ? { cityCode: programme.city.code } : {}),
        ...(rules ? { rules } : {}),
        disabled: ['report-missing'],
        ...(spill ? { onIssue: (i: Issue) => spill.push(displayText(formatIssue(i, lang), lang)) } : {}),
      });
      return (type, record, source) => {
        validator?.add(type, record, source);
        regionCheck.add(type, record, source);
      };
    },
  });
  if (!data || !validator) return undefined;
  // The SQL check assumes every kampung and population record valid and unique (as the js engine then
  // reads them): otherwise the js engine checks the whole directory.
  const clean = data.records.files.every(
    (f) =>
      (f.recordType !== 'kampung' && f.recordType !== 'population') || Object.keys(f.excluded).length === 0,
  );
  if (!clean) return undefined;
  const js = validator.finish();
  const check = await checkMonthlyCsvDuckDb({
    path: join(dir, file),
    file,
    ruleSet,
    kampung: data.accepted.kampung,
    population: data.accepted.population,
    today,
  });
  if (!check.ok) return undefined;
  for (const line of errLines) io.err(line);
  const result = merge(js, check, ruleSet);
  const n = check.records;
  const files = withFile(data.files, { file, kind: 'records', recordType: 'monthly', records: n });
  const records = withAccounting(data.records, file, n);
  const regionIssues = await regionCheck.check(data.programme?.city.code);
  let issueSpill: IssueSpill | undefined;
  if (spill) {
    issueSpill = new IssueSpill();
    for (const line of spill) issueSpill.add(line);
    for (const i of check.issues) issueSpill.add(displayText(formatIssue(i, lang), lang));
  }
  return printValidation(opts, io, lang, {
    readerIssues: data.issues,
    regionIssues,
    result,
    files,
    records,
    spill: issueSpill,
  });
}

/** The js engine's result on the other records with the monthly reports' issues and counts added. */
function merge(
  js: ValidationResult,
  check: Extract<Awaited<ReturnType<typeof checkMonthlyCsvDuckDb>>, { ok: true }>,
  ruleSet: CompiledRuleSet,
): ValidationResult {
  const s = js.summary;
  const byRule: Record<string, number> = {};
  for (const r of ruleSet.definitions) {
    if (r.id === 'report-missing' || r.id in s.byRule)
      byRule[r.id] = (s.byRule[r.id] ?? 0) + (check.byRule.get(r.id) ?? 0);
  }
  const at = js.issues.findIndex((i) => !MONTHLY_RANK_AFTER.has(i.location.recordType ?? 'region'));
  const issues =
    at < 0
      ? [...js.issues, ...check.issues]
      : [...js.issues.slice(0, at), ...check.issues, ...js.issues.slice(at)];
  return {
    ...js,
    issues,
    summary: {
      ...s,
      bySeverity: {
        error: s.bySeverity.error + check.bySeverity.error,
        warning: s.bySeverity.warning + check.bySeverity.warning,
        info: s.bySeverity.info + check.bySeverity.info,
      },
      byRule,
      byRecordType: { ...s.byRecordType, monthly: { total: check.records, withErrors: check.withErrors } },
      disabledRules: s.disabledRules.filter((id) => id !== 'report-missing'),
      unknownDisabledRules: s.unknownDisabledRules.filter((id) => id !== 'report-missing'),
    },
  };
}

/** The reader's file list with the monthly reports file in its place (sorted by name). */
function withFile(files: readonly DataDirFile[], entry: DataDirFile): DataDirFile[] {
  const at = files.findIndex((f) => f.file > entry.file);
  return at < 0 ? [...files, entry] : [...files.slice(0, at), entry, ...files.slice(at)];
}

/** The record accounting with every monthly report read and accepted. */
function withAccounting(records: AccountingSummary, file: string, n: number): AccountingSummary {
  const entry = { file, recordType: 'monthly' as const, read: n, accepted: n, excluded: {} };
  const at = records.files.findIndex((f) => f.file > file);
  const list =
    at < 0 ? [...records.files, entry] : [...records.files.slice(0, at), entry, ...records.files.slice(at)];
  return { ...records, read: records.read + n, accepted: records.accepted + n, files: list };
}
