import { resolve } from 'node:path';
import {
  candidatesFromDataset,
  rankSites,
  SITE_MEASURE_INFO,
  type SiteCandidate,
  type SiteMeasure,
} from '@kampung-kb/indicators';
import { type Lang, maskIdentifiers } from '@kampung-kb/model';
import { formatIssue } from '@kampung-kb/rules';
import { type CandidatesRead, readCandidatesFile } from '@kampung-kb/workbook';
import type { CliIo } from '../cliIo.js';
import type { SitesCommandOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { loadData } from '../internal/loadData.js';
import { formatCount } from '../internal/plural.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

/** Runs `kkb sites` on parsed options. */
export async function runSites(opts: SitesCommandOptions, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const out = (line: string) => io.out(displayText(line, lang));
  // The month of CPR and unmet need (the latest, or --period) is the only monthly report kept.
  const data = await loadData(opts.dir, io, lang, {
    monthly: { kind: 'window', months: 1, ...(opts.period ? { last: opts.period } : {}) },
  });
  if (!data) return EXIT.usage;
  const { programme, accepted: dataset } = data;
  const fromData = candidatesFromDataset(dataset, opts.period);
  let candidates: readonly SiteCandidate[] = fromData.candidates;
  let read: CandidatesRead | undefined;
  if (opts.candidates !== undefined) {
    const fromFile = await fileCandidates(opts.candidates, io, lang, dataset, programme?.city.code);
    if (typeof fromFile === 'number') return fromFile;
    ({ read, candidates } = fromFile);
  }
  const ranking = rankSites(candidates, programme?.siteSelection ? { weights: programme.siteSelection } : {});
  if (opts.json) {
    io.out(JSON.stringify(sitesJson(read, opts.candidates, fromData, ranking), null, 2));
    return read && read.rejected > 0 ? EXIT.issues : EXIT.ok;
  }
  if (read && opts.candidates !== undefined) {
    out(m.sitesFromFile(opts.candidates, read.candidates.length, read.read, read.ignored, read.rejected));
  } else {
    out(m.sitesFromData(fromData.candidates.length, fromData.period));
    if (fromData.withoutData.length > 0)
      out(m.sitesWithoutData(fromData.withoutData.map((r) => `${r.name} (${r.code})`)));
  }
  out(m.sitesWeights(programme?.siteSelection !== undefined));
  out(m.sitesRule);
  if (ranking.sites.length === 0) out(m.sitesNone);
  for (const s of ranking.sites) printSite(s, out, lang);
  if (read && read.rejected > 0) {
    io.err(displayText(m.sitesRejectedRows(read.rejected), lang));
    return EXIT.issues;
  }
  return EXIT.ok;
}

type Dataset = NonNullable<Awaited<ReturnType<typeof loadData>>>['accepted'];
type FromData = ReturnType<typeof candidatesFromDataset>;
type Ranking = ReturnType<typeof rankSites>;

/**
 * The candidates of `--candidates` (its issues printed), each marked with the Kampung KB already designated
 * in its village; the usage exit code when the file cannot be used.
 */
async function fileCandidates(
  file: string,
  io: CliIo,
  lang: Lang,
  dataset: Dataset,
  cityCode: string | undefined,
): Promise<{ read: CandidatesRead; candidates: readonly SiteCandidate[] } | number> {
  const read = await readCandidatesFile(resolve(io.cwd, file), {
    displayName: file,
    ...(cityCode !== undefined ? { cityCode } : {}),
  });
  for (const i of read.issues) io.err(displayText(formatIssue(i, lang), lang));
  const fatal = read.issues.some(
    (i) => i.code === 'candidates-unreadable' || i.code === 'candidates-no-region-column',
  );
  if (fatal) {
    io.err(displayText(messagesFor(lang).sitesCandidatesUnusable(file), lang));
    return EXIT.usage;
  }
  // Kampung KB already designated in a candidate village are marked.
  const designated = new Map<string, string[]>();
  for (const k of dataset.kampung)
    designated.set(k.regionCode, [...(designated.get(k.regionCode) ?? []), k.id]);
  const candidates = read.candidates.map((c) => ({ ...c, designated: designated.get(c.regionCode) ?? [] }));
  return { read, candidates };
}

/** The `--json` document: where the candidates came from (file rows and issues, or the month) and the ranking. */
function sitesJson(
  read: CandidatesRead | undefined,
  candidatesFile: string | undefined,
  fromData: FromData,
  ranking: Ranking,
): Record<string, unknown> {
  return {
    source: read ? 'candidates' : 'data',
    ...(read
      ? {
          candidatesFile,
          rows: {
            read: read.read,
            accepted: read.candidates.length,
            ignored: read.ignored,
            rejected: read.rejected,
          },
          issues: read.issues,
        }
      : { period: fromData.period ?? null, withoutData: fromData.withoutData }),
    ...ranking,
  };
}

/** Prints one ranked village: rank, score, designated kampung, each criterion's points, what has no data. */
function printSite(s: Ranking['sites'][number], out: (line: string) => void, lang: Lang): void {
  const m = messagesFor(lang);
  const n = (x: number) => formatCount(lang, x);
  out('');
  const name = s.name === undefined ? s.regionCode : `${s.name} (${s.regionCode})`;
  const coverage = s.dataCoverage === null ? '—' : n(s.dataCoverage);
  out(m.sitesRankLine(s.rank, s.tied, name, n(s.score), n(s.maxScore), coverage));
  if (s.designated.length > 0) out(`    ${m.sitesDesignated(s.designated.map((id) => maskIdentifiers(id)))}`);
  for (const c of s.contributions) {
    if (c.noData || (c.kind !== 'measure' && c.points === 0)) continue;
    const value =
      typeof c.value === 'boolean'
        ? c.value
          ? m.yes
          : m.no
        : `${n(c.value as number)}${SITE_MEASURE_INFO[c.code as SiteMeasure].unit === '%' ? ' %' : ` ${SITE_MEASURE_INFO[c.code as SiteMeasure].unit}`}`;
    out(`    ${m.sitesContribution(c.label[lang], value, n(c.weight), n(c.points))}`);
  }
  const noData = s.contributions.filter((c) => c.noData).map((c) => c.label[lang]);
  if (noData.length > 0) out(`    ${m.sitesNoData(noData)}`);
}

/**
 * `kkb sites <dir> [--candidates <file>] [--period YYYY-MM] [--json] [--lang id|en]`: ranks kelurahan/desa
 * for a new Kampung KB with `rankSites` of `@kampung-kb/indicators` and explains every rank (each
 * criterion's points, what has no data). Without `--candidates`, the villages of `regions.csv` with a
 * Kampung KB are ranked from the data (main and area criteria of their kampung, CPR and unmet need of the
 * month); with it, the rows of the CSV/XLSX file (`kkb template` writes one). Weights: `programme.json`
 * `siteSelection`, else the defaults. Exit 0; 1 when some candidate rows are rejected (each named with
 * file, row and field; the others are ranked); 2 when the directory or the candidates file cannot be used.
 *
 * @example
 * ```ts
 * await sitesCommand(['examples/banjarmasin/data', '--candidates', 'kandidat.xlsx'], processIo());
 * ```
 */
export function sitesCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['sites', ...args], io);
}
