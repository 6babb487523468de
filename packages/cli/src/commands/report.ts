import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import {
  cityRecap,
  monthlyKampungReport,
  type ReportContext,
  renderHtml,
  renderMarkdown,
} from '@kampung-kb/reports';
import { validateDataset } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { ReportOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
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
  const written: string[] = [];
  try {
    await mkdir(join(outDir, 'kampung'), { recursive: true });
    const recap = cityRecap({ results, dataset }, ctx);
    const base = join(outDir, `city-recap-${period}`);
    await writeFile(`${base}.md`, renderMarkdown(recap));
    await writeFile(`${base}.html`, renderHtml(recap));
    written.push(`${base}.md`, `${base}.html`);
    for (const result of results) {
      const prev = previous.find((p) => p.kampungId === result.kampungId);
      const doc = monthlyKampungReport({ dataset, result, issues, ...(prev ? { previous: prev } : {}) }, ctx);
      const file = join(outDir, 'kampung', `${result.kampungId}-${period}`);
      await writeFile(`${file}.md`, renderMarkdown(doc));
      await writeFile(`${file}.html`, renderHtml(doc));
      written.push(`${file}.md`, `${file}.html`);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(
      lang === 'id'
        ? `Tidak dapat menulis ke '${opts.out}': ${msg}`
        : `Cannot write to '${opts.out}': ${msg}`,
    );
    return EXIT.usage;
  }
  if (opts.json) {
    io.out(
      JSON.stringify(
        { period, out: opts.out, files: written.map((f) => relative(outDir, f)), records },
        null,
        2,
      ),
    );
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
