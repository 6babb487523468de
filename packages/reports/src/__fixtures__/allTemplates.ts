import { fileURLToPath } from 'node:url';
import { computeKampungIndicators, type KampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { type DataDirRead, readDataDir } from '@kampung-kb/kit';
import { type Dataset, shiftMonth } from '@kampung-kb/model';
import { cityRecap } from '../cityRecap.js';
import { monthlyKampungReport } from '../monthlyKampungReport.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportChart, ReportDocument } from '../reportDocument.js';
import { classificationReport } from '../templates/classificationReport.js';
import { evaluationReport } from '../templates/evaluationReport.js';
import { interventionMatrix } from '../templates/interventionMatrix.js';
import { kampungProfile } from '../templates/kampungProfile.js';
import { proposalFollowUp } from '../templates/proposalFollowUp.js';

/** The Banjarmasin example's data directory (21 kampung, 2017–2020). */
export const BANJARMASIN_DATA = fileURLToPath(
  new URL('../../../../examples/banjarmasin/data', import.meta.url),
);

/** What every template of the list gets: the example data at its latest month, with the results. */
export interface TemplateData {
  readonly dataset: Dataset;
  /** The latest month with monthly reports (`YYYY-MM`). */
  readonly period: string;
  /** Every kampung's results for `period` and the month before. */
  readonly results: readonly KampungIndicators[];
  readonly previous: readonly KampungIndicators[];
  /** The first kampung by id: the one whose kampung-level reports are built. */
  readonly kampungId: string;
}

/**
 * Every template, one line each: its file name and how it is built from the example data. ADD a line for a
 * new template; the browser test opens every entry in id and en, public and not.
 */
const TEMPLATES: readonly {
  readonly name: string;
  readonly build: (d: TemplateData, ctx: ReportContext) => ReportDocument;
}[] = [
  { name: 'city-recap', build: (d, ctx) => cityRecap({ results: d.results, dataset: d.dataset }, ctx) },
  {
    name: 'monthly-kampung',
    build: (d, ctx) => {
      const result = d.results.find((r) => r.kampungId === d.kampungId);
      if (!result) throw new Error(`no result for ${d.kampungId} in ${d.period}`);
      const previous = d.previous.find((r) => r.kampungId === d.kampungId);
      return monthlyKampungReport({ dataset: d.dataset, result, ...(previous ? { previous } : {}) }, ctx);
    },
  },
  {
    name: 'kampung-profile',
    build: (d, ctx) => kampungProfile({ dataset: d.dataset, kampungId: d.kampungId, period: d.period }, ctx),
  },
  {
    name: 'classification',
    build: (d, ctx) =>
      classificationReport({ dataset: d.dataset, period: d.period, results: d.results }, ctx),
  },
  { name: 'evaluation', build: (d, ctx) => evaluationReport({ dataset: d.dataset, period: d.period }, ctx) },
  {
    name: 'interventions',
    build: (d, ctx) => interventionMatrix({ dataset: d.dataset, period: d.period }, ctx),
  },
  { name: 'proposals', build: (d, ctx) => proposalFollowUp({ dataset: d.dataset, period: d.period }, ctx) },
  { name: 'chart-gallery', build: (_d, ctx) => chartGallery(ctx) },
];

let read: Promise<DataDirRead> | undefined;

/** The example data, read once per test file. */
export async function banjarmasinData(): Promise<
  TemplateData & { readonly programme: DataDirRead['programme'] }
> {
  read ??= readDataDir(BANJARMASIN_DATA);
  const { dataset, programme } = await read;
  const period = latestPeriod(dataset);
  if (period === undefined) throw new Error('the Banjarmasin example has no monthly reports');
  const results = computeKampungIndicators(dataset, period);
  const previous = computeKampungIndicators(dataset, shiftMonth(period, -1));
  const kampungId = [...results.map((r) => r.kampungId)].sort()[0];
  if (kampungId === undefined) throw new Error('the Banjarmasin example has no kampung');
  return { dataset, period, results, previous, kampungId, programme };
}

/**
 * Every template built from the Banjarmasin example at its latest month, in `ctx`'s language (public or
 * not as `ctx` says; the example's programme and regions unless `ctx` has its own), plus a chart gallery
 * with one chart of every mark.
 *
 * @example
 * ```ts
 * for (const { name, doc } of await allTemplateDocuments({ lang: 'id', public: true })) renderHtml(doc);
 * ```
 */
export async function allTemplateDocuments(
  ctx: ReportContext,
): Promise<{ name: string; doc: ReportDocument }[]> {
  const data = await banjarmasinData();
  const full: ReportContext = {
    ...ctx,
    ...(ctx.programme === undefined && data.programme ? { programme: data.programme } : {}),
    ...(ctx.regions === undefined ? { regions: data.dataset.regions } : {}),
  };
  return TEMPLATES.map((t) => ({ name: t.name, doc: t.build(data, full) }));
}

const pct = (value: number | null, decimals = 1) => ({ kind: 'percent' as const, value, decimals });

/** The line chart: CPR with a missing month and a target series. */
function galleryLine(en: boolean, months: readonly string[]): ReportChart {
  const cpr = [61, 62.4, null, 63.8, 64.1, 66.4];
  return {
    kind: 'chart',
    id: 'gallery-line',
    mark: 'line',
    title: en ? 'CPR, January–June 2020' : 'CPR, Januari–Juni 2020',
    description: en
      ? 'CPR rose from 61.0 % in January to 66.4 % in June; March is missing; the target is 65.0 %.'
      : 'CPR naik dari 61,0 % pada Januari menjadi 66,4 % pada Juni; Maret tidak ada; targetnya 65,0 %.',
    xTitle: en ? 'Month' : 'Bulan',
    yTitle: 'CPR (%)',
    unit: 'percent',
    targetSeries: [2],
    table: {
      kind: 'table',
      id: 'gallery-line',
      columns: [
        { title: en ? 'Month' : 'Bulan' },
        { title: 'CPR', align: 'right' },
        { title: 'Target', align: 'right' },
      ],
      rows: months.map((m, i) => [m, pct(cpr[i] ?? null), pct(65)]),
    },
  };
}

/** The bar chart: two series, one small count suppressed. */
function galleryBar(en: boolean): ReportChart {
  return {
    kind: 'chart',
    id: 'gallery-bar',
    mark: 'bar',
    title: en ? 'New acceptors by quarter' : 'Peserta KB baru per triwulan',
    description: en
      ? 'New acceptors by quarter and sex; one small count is suppressed.'
      : 'Peserta KB baru per triwulan dan jenis kelamin; satu angka kecil disamarkan.',
    yTitle: en ? 'People' : 'Orang',
    unit: 'count',
    table: {
      kind: 'table',
      id: 'gallery-bar',
      columns: [
        { title: en ? 'Quarter' : 'Triwulan' },
        { title: en ? 'Male' : 'Laki-laki', align: 'right' },
        { title: en ? 'Female' : 'Perempuan', align: 'right' },
      ],
      rows: [
        ['TW I', { kind: 'suppressed', below: 5 }, 1234],
        ['TW II', 12, 1410],
        ['TW III', 9, 1388],
        ['TW IV', 15, 1502],
      ],
    },
  };
}

/** The horizontal bar chart: one value hidden. */
function galleryBarHorizontal(en: boolean): ReportChart {
  return {
    kind: 'chart',
    id: 'gallery-bar-horizontal',
    mark: 'barHorizontal',
    title: en ? 'Kampung by output index' : 'Kampung menurut indeks output',
    description: en
      ? 'Kampung KB Alalak leads with 0.82; one value is hidden.'
      : 'Kampung KB Alalak memimpin dengan 0,82; satu nilai disembunyikan.',
    yTitle: en ? 'Output index' : 'Indeks output',
    table: {
      kind: 'table',
      id: 'gallery-bar-horizontal',
      columns: [{ title: 'Kampung' }, { title: en ? 'Index' : 'Indeks', align: 'right' }],
      rows: [
        ['Kampung KB Alalak', 0.82],
        ['Kampung KB Sungai Andai', 0.745],
        ['Kampung KB Pelambuan', { kind: 'hidden' }],
        ['Kampung KB Kuin Utara', 0.5],
      ],
    },
  };
}

/** The stacked bar chart: one missing value. */
function galleryStacked(en: boolean): ReportChart {
  return {
    kind: 'chart',
    id: 'gallery-stacked',
    mark: 'stackedBar',
    title: en ? 'Method mix' : 'Bauran metode',
    description: en
      ? 'Injectables are the most used method in both kampung.'
      : 'Suntik adalah metode yang paling banyak dipakai di kedua kampung.',
    yTitle: en ? 'Users' : 'Peserta',
    table: {
      kind: 'table',
      id: 'gallery-stacked',
      columns: [
        { title: 'Kampung' },
        { title: 'IUD', align: 'right' },
        { title: en ? 'Implant' : 'Implan', align: 'right' },
        { title: en ? 'Injectable' : 'Suntik', align: 'right' },
        { title: en ? 'Pill' : 'Pil', align: 'right' },
      ],
      rows: [
        ['Alalak', 40, 22, 180, 95],
        ['Sungai Andai', 31, null, 150, 70],
      ],
      footer: [[en ? 'Total' : 'Jumlah', 71, 22, 330, 165]],
    },
  };
}

/** The population pyramid: the oldest band of men hidden. */
function galleryPyramid(en: boolean): ReportChart {
  return {
    kind: 'chart',
    id: 'gallery-pyramid',
    mark: 'pyramid',
    title: en ? 'Population by age and sex' : 'Penduduk menurut umur dan jenis kelamin',
    description: en
      ? 'More children than older people; the oldest band of men is hidden.'
      : 'Anak lebih banyak daripada lansia; kelompok laki-laki tertua disembunyikan.',
    xTitle: en ? 'Age' : 'Umur',
    yTitle: en ? 'People' : 'Orang',
    table: {
      kind: 'table',
      id: 'gallery-pyramid',
      columns: [
        { title: en ? 'Age' : 'Umur' },
        { title: en ? 'Male' : 'Laki-laki', align: 'right' },
        { title: en ? 'Female' : 'Perempuan', align: 'right' },
      ],
      rows: [
        ['0–14', 1210, 1175],
        ['15–24', 830, 860],
        ['25–49', 1540, 1602],
        ['50–64', 610, 655],
        ['65+', { kind: 'hidden' }, 240],
      ],
    },
  };
}

/**
 * One chart of every mark, with a missing value, a hidden and a suppressed cell among them (never plotted),
 * a target series and Indonesian and English titles.
 *
 * @example
 * ```ts
 * chartGallery({ lang: 'en' }).sections[0]?.blocks.length; // 5
 * ```
 */
export function chartGallery(ctx: ReportContext): ReportDocument {
  const en = ctx.lang === 'en';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun'].map(
    (m) => `${en && m === 'Mei' ? 'May' : m} 2020`,
  );
  const charts: ReportChart[] = [
    galleryLine(en, months),
    galleryBar(en),
    galleryBarHorizontal(en),
    galleryStacked(en),
    galleryPyramid(en),
  ];
  return {
    lang: ctx.lang,
    title: en ? 'Chart gallery' : 'Galeri grafik',
    subtitle: en ? 'One chart of every kind' : 'Satu grafik untuk setiap jenis',
    sections: [{ title: en ? 'Charts' : 'Grafik', blocks: charts }],
    footnotes: [],
  };
}
