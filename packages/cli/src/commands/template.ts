import { resolve } from 'node:path';
import type { Lang } from '@kampung-kb/model';
import { formatIssue } from '@kampung-kb/rules';
import { writeTemplateWorkbook } from '@kampung-kb/workbook';
import type { CliIo } from '../cliIo.js';
import type { TemplateOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { jsonIssue } from '../internal/jsonIssue.js';
import { messagesFor } from '../messages/messagesFor.js';

/**
 * Runs `kkb template <dir> --out <file.xlsx> [--period YYYY-MM] [--force] [--json] [--lang id|en]`: writes the
 * data-entry workbook of the directory in the run's language. Exit 0 when written (problems in the data are
 * counted, the values kept as read), 2 when `--out` exists without `--force`, the directory cannot be read
 * or the file cannot be written.
 */
export async function runTemplate(opts: TemplateOptions, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const out = resolve(io.cwd, opts.out);
  const r = await writeTemplateWorkbook(resolve(io.cwd, opts.dir), out, {
    lang,
    ...(opts.period ? { period: opts.period } : {}),
    ...(opts.force ? { force: true } : {}),
  });
  if (opts.json) {
    io.out(
      JSON.stringify({
        written: r.written,
        out: opts.out,
        lang,
        period: r.period ?? null,
        sheets: r.sheets,
        issues: r.issues.map((i) => jsonIssue(i)),
      }),
    );
    return r.written ? EXIT.ok : EXIT.usage;
  }
  const template = r.issues.filter((i) => i.ruleId === 'template');
  const reader = r.issues.filter((i) => i.ruleId !== 'template');
  if (!r.written) {
    if (template.some((i) => i.code === 'template-exists')) {
      io.err(displayText(m.templateExists(opts.out), lang));
      return EXIT.usage;
    }
    for (const i of r.issues) io.err(displayText(formatIssue(i, lang), lang));
    io.err(displayText(m.templateNotWritten(opts.out), lang));
    return EXIT.usage;
  }
  for (const i of template) io.err(displayText(formatIssue(i, lang), lang));
  if (reader.length > 0) io.err(displayText(m.templateReadProblems(reader.length, opts.dir), lang));
  const records = r.sheets.reduce((n, s) => n + s.records, 0);
  io.out(displayText(m.templateWritten(opts.out, r.sheets.length, records), lang));
  const monthly = r.sheets.find((s) => s.type === 'monthly');
  if (monthly && r.period) io.out(displayText(m.templatePrefilled(monthly.prefilled, r.period), lang));
  return EXIT.ok;
}
