import { join, relative, resolve } from 'node:path';
import { computeKampungIndicators, latestPeriod, type Target } from '@kampung-kb/indicators';
import { type OutputFile, writeOutputFiles } from '@kampung-kb/kit';
import { type Issue, type Lang, shiftMonth } from '@kampung-kb/model';
import {
  type ReportContext,
  type ReportDocument,
  renderHtml,
  renderMarkdown,
  reportToCsv,
} from '@kampung-kb/reports';
import { reportToXlsx } from '@kampung-kb/reports/xlsx';
import { createDatasetValidator, type DatasetValidator, formatIssue } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import type { ReportOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { classificationOptions } from '../internal/classificationOptions.js';
import { displayText } from '../internal/displayText.js';
import { chromiumPath, openPdfRenderer, type PdfRenderer } from '../internal/htmlToPdf.js';
import { excludedCount, loadData, printExclusions } from '../internal/loadData.js';
import { loadTargets } from '../internal/loadTargets.js';
import { programmeToday } from '../internal/programmeToday.js';
import { reportDocuments } from '../internal/reportDocuments.js';
import { parseReportFormats, type ReportFormat } from '../internal/reportFormats.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

/**
 * The files of one document in the formats asked for: `<base>.html`, `<base>.md`, `<base>.pdf` (the HTML
 * printed by Chromium), `<base>.xlsx`, and `<base>/<table id>.csv` (a folder per document, a file per table).
 */
async function documentFiles(
  base: string,
  doc: ReportDocument,
  formats: readonly ReportFormat[],
  pdf: PdfRenderer | undefined,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  let html: string | undefined;
  for (const format of formats) {
    switch (format) {
      case 'html':
        html ??= renderHtml(doc);
        files.push({ path: `${base}.html`, content: html });
        break;
      case 'md':
        files.push({ path: `${base}.md`, content: renderMarkdown(doc) });
        break;
      case 'pdf':
        if (pdf) {
          html ??= renderHtml(doc);
          files.push({ path: `${base}.pdf`, content: await pdf.render(html, doc.lang) });
        }
        break;
      case 'xlsx':
        files.push({ path: `${base}.xlsx`, content: await reportToXlsx(doc) });
        break;
      case 'csv':
        for (const f of reportToCsv(doc)) files.push({ path: `${base}/${f.path}`, content: f.content });
        break;
    }
  }
  return files;
}

/** Runs `kkb report` on parsed options; `usage` prints a usage error and returns its exit code. */
export async function runReport(
  opts: ReportOptions,
  io: CliIo,
  lang: Lang,
  usage: (message: string) => number,
): Promise<number> {
  const m = messagesFor(lang);
  const classification = classificationOptions(opts, lang);
  if (!classification.ok) return usage(classification.message);
  const parsedFormats = parseReportFormats(opts.format, lang);
  if (!parsedFormats.ok) return usage(parsedFormats.message);
  const formats = parsedFormats.formats;
  const targets = await loadTargets(opts.targets, io, lang);
  if (targets === undefined) return EXIT.usage;
  // Chromium is opened first: when PDF is asked for and Chromium is missing, nothing is written at all.
  let pdf: PdfRenderer | undefined;
  if (formats.includes('pdf')) {
    const opened = await openPdfRenderer(chromiumPath(opts.chromium, process.env));
    if (!opened.ok) {
      io.err(
        displayText(
          opened.reason === 'missing'
            ? m.chromiumMissing(opened.path)
            : m.chromiumFailed(opened.path, opened.detail),
          lang,
        ),
      );
      return EXIT.usage;
    }
    pdf = opened.renderer;
  }
  try {
    return await writeReports(opts, io, lang, {
      formats,
      targets,
      pdf,
      classification: classification.options,
    });
  } finally {
    await pdf?.close();
  }
}

/** What `runReport` checked and opened before the data are read. */
interface ReportRun {
  readonly formats: readonly ReportFormat[];
  readonly targets: readonly Target[];
  readonly pdf: PdfRenderer | undefined;
  readonly classification: Parameters<typeof computeKampungIndicators>[2];
}

async function writeReports(opts: ReportOptions, io: CliIo, lang: Lang, run: ReportRun): Promise<number> {
  const m = messagesFor(lang);
  const { formats, targets, pdf, classification } = run;
  let validator: DatasetValidator | undefined;
  // Every month up to the report's (all months without --period) is kept: trends show 12 months and a
  // kampung profile goes back to its designation. Every record streams through the validator for the
  // data-quality sections.
  const data = await loadData(opts.dir, io, lang, {
    monthly: opts.period
      ? { kind: 'window', months: Number.MAX_SAFE_INTEGER, last: opts.period }
      : { kind: 'all' },
    consumer: (programme) => {
      validator = createDatasetValidator({
        today: programmeToday(opts.today, programme?.city.code),
        ...(programme ? { cityCode: programme.city.code } : {}),
      });
      return (type, record, source) => validator?.add(type, record, source);
    },
  });
  if (!data || !validator) return EXIT.usage;
  const { accepted: dataset, records, programme } = data;
  printExclusions(records, lang, io);
  const period = opts.period ?? latestPeriod(dataset);
  if (period === undefined) {
    io.err(displayText(m.noMonthlyReports(opts.dir), lang));
    return EXIT.usage;
  }
  const results = computeKampungIndicators(dataset, period, classification);
  const previous = computeKampungIndicators(dataset, shiftMonth(period, -1), classification);
  const issuesByKampung = new Map<string, Issue[]>();
  for (const issue of validator.finish().issues) {
    const id = issue.location.kampungId;
    if (id === undefined) continue;
    const list = issuesByKampung.get(id);
    if (list) list.push(issue);
    else issuesByKampung.set(id, [issue]);
  }
  const ctx: ReportContext = {
    lang,
    regions: dataset.regions,
    targets,
    ...(programme ? { programme } : {}),
    ...(opts.public ? { public: true } : {}),
  };
  const outDir = resolve(io.cwd, opts.out);
  const files: OutputFile[] = [];
  const documents = reportDocuments({
    dataset,
    period,
    results,
    previousById: new Map(previous.map((p) => [p.kampungId, p])),
    issuesByKampung,
    ctx,
  });
  for (const { base, doc } of documents) files.push(...(await documentFiles(base, doc, formats, pdf)));
  const outcome = await writeOutputFiles(outDir, files, { protect: [resolve(io.cwd, opts.dir)] });
  if (!outcome.ok) {
    for (const i of outcome.issues) io.err(displayText(formatIssue(i, lang), lang));
    io.err(displayText(m.reportNotWritten(opts.out, outcome.written.length, files.length), lang));
    return EXIT.usage;
  }
  const written = outcome.written;
  if (opts.json) {
    io.out(JSON.stringify({ period, out: opts.out, formats, files: written, records }, null, 2));
  } else {
    io.out(displayText(m.reportWritten(written.length, results.length, period, opts.out), lang));
    const first = documents[0];
    const shown = first ? written.find((f) => f.startsWith(`${first.base}.`)) : undefined;
    if (shown !== undefined) io.out(displayText(`  ${relative(io.cwd, join(outDir, shown))}`, lang));
  }
  const excluded = excludedCount(records);
  if (opts.strict && excluded > 0) {
    io.err(m.strictFailed(excluded));
    return EXIT.issues;
  }
  return EXIT.ok;
}

/**
 * `kkb report <dir> --out <dir> [--format html,md,pdf,xlsx,csv] [--lang id|en] [--period YYYY-MM] [--public]
 * [--targets <file>] [--chromium <path>] [--strict] [--today YYYY-MM-DD] [--cross-sector-exclusions <codes>]
 * [--zero-denominator zero|missing] [--json]`: writes the city recap and one monthly report per kampung in
 * the chosen language and formats (default `html,md`), from accepted records only, with every month up to
 * the report's. File names: `city-recap-<period>.<ext>` and `kampung/<id>-<period>.<ext>` for html, md, pdf
 * and xlsx; CSV goes into a folder per document, one file per table (`city-recap-<period>/<table id>.csv`).
 * PDF prints the HTML with the system Chromium (`--chromium`, `KKB_CHROMIUM`, default `/usr/bin/chromium`);
 * without it nothing is written and the exit code is the usage error's. Targets (`--targets`, the city's,
 * before the national ones) are drawn on trend charts. Files are written only inside `--out`, never
 * through a symbolic link, atomically; `--out` may not be the root, the home directory or the data
 * directory (or contain it). `--public` suppresses small cells in every format.
 *
 * @example
 * ```ts
 * await reportCommand(['examples/banjarmasin/data', '--out', 'out', '--lang', 'en', '--format', 'html,xlsx'], processIo());
 * ```
 */
export function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['report', ...args], io);
}
