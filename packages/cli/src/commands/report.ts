import { join, relative, resolve } from 'node:path';
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { type OutputFile, writeOutputFiles } from '@kampung-kb/kit';
import {
  cityRecap,
  monthlyKampungReport,
  type ReportContext,
  renderHtml,
  renderMarkdown,
} from '@kampung-kb/reports';
import { formatIssue, validateDataset } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { ReportOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { excludedCount, loadData, printExclusions } from '../internal/loadData.js';
import { parseCommandLine, type UsageError } from '../internal/parseCommandLine.js';
import { programmeToday } from '../internal/programmeToday.js';
import { messagesFor } from '../messages/messagesFor.js';

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * `kkb report <dir> --out <dir> [--lang id|en] [--period YYYY-MM] [--public]`: writes the city recap
 * (`city-recap-<period>.md/.html`) and one monthly report per kampung (`kampung/<id>-<period>.md/.html`)
 * in the chosen language. `--public` suppresses small cells.
 *
 * @example
 * ```ts
 * await reportCommand(['examples/banjarmasin/data', '--out', 'out', '--lang', 'en'], processIo());
 * ```
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number | UsageError> {
  const cl = parseCommandLine(
    args,
    {
      out: { type: 'string' },
      period: { type: 'string' },
      lang: { type: 'string' },
      public: { type: 'boolean' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      today: { type: 'string' },
    },
    ['dir'],
    ReportOptions,
  );
  if (!cl.ok) return cl.error;
  const opts = cl.options;
  const data = await loadData(opts.dir, io, opts.lang);
  if (!data) return EXIT.usage;
  const { read, accepted: dataset, records } = data;
  const lang = opts.lang ?? read.programme?.defaultLang ?? 'id';
  printExclusions(records, lang, io);
  const period = opts.period ?? latestPeriod(dataset);
  if (period === undefined) {
    io.err(
      lang === 'id'
        ? `Tidak ada laporan bulanan di '${opts.dir}'; beri --period.`
        : `There are no monthly reports in '${opts.dir}'; give --period.`,
    );
    return EXIT.usage;
  }
  const results = computeKampungIndicators(dataset, period);
  const previous = computeKampungIndicators(dataset, previousMonth(period));
  const { issues } = validateDataset(read.dataset, {
    today: programmeToday(opts.today, read.programme?.city.code),
    ...(read.programme ? { cityCode: read.programme.city.code } : {}),
  });
  const ctx: ReportContext = {
    lang,
    regions: dataset.regions,
    ...(read.programme ? { programme: read.programme } : {}),
    ...(opts.public ? { public: true } : {}),
  };
  const outDir = resolve(io.cwd, opts.out);
  const files: OutputFile[] = [];
  const recap = cityRecap({ results, dataset }, ctx);
  files.push(
    { path: `city-recap-${period}.md`, content: renderMarkdown(recap) },
    { path: `city-recap-${period}.html`, content: renderHtml(recap) },
  );
  for (const result of results) {
    const prev = previous.find((p) => p.kampungId === result.kampungId);
    const doc = monthlyKampungReport({ dataset, result, issues, ...(prev ? { previous: prev } : {}) }, ctx);
    const base = `kampung/${result.kampungId}-${period}`;
    files.push(
      { path: `${base}.md`, content: renderMarkdown(doc) },
      { path: `${base}.html`, content: renderHtml(doc) },
    );
  }
  const outcome = await writeOutputFiles(outDir, files, { protect: [resolve(io.cwd, opts.dir)] });
  if (!outcome.ok) {
    for (const i of outcome.issues) io.err(displayText(formatIssue(i, lang)));
    io.err(displayText(messagesFor(lang).reportNotWritten(opts.out, outcome.written.length, files.length)));
    return EXIT.usage;
  }
  const written = outcome.written;
  if (opts.json) {
    io.out(JSON.stringify({ period, out: opts.out, files: written, records }, null, 2));
  } else {
    io.out(
      lang === 'id'
        ? `${written.length} berkas laporan (${results.length} kampung, ${period}) ditulis ke ${opts.out}`
        : `${written.length} report files (${results.length} kampung, ${period}) written to ${opts.out}`,
    );
    io.out(`  ${relative(io.cwd, join(outDir, `city-recap-${period}.html`))}`);
  }
  const excluded = excludedCount(records);
  if (opts.strict && excluded > 0) {
    io.err(messagesFor(lang).strictFailed(excluded));
    return EXIT.issues;
  }
  return EXIT.ok;
}
