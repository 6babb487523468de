import { selectKampungPeriod } from '@kampung-kb/indicators';
import {
  areaCriteria,
  type CodeList,
  codeLabel,
  type Dataset,
  dataSources,
  facilities,
  fundingSources,
  type Kampung,
  type Lang,
  mainCriteria,
  operationalMechanisms,
  type PopulationSnapshot,
  type ProfileSnapshot,
  parseMonth,
  poktan,
  type Region,
  regionAncestorAt,
  regulations,
} from '@kampung-kb/model';
import { outcomeCell } from '../internal/outcomeCell.js';
import { regionNames } from '../internal/regionNames.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { dateLabel, monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection } from '../reportDocument.js';
import { profilePyramid } from './internal/profilePyramid.js';
import { kampungSlice, type ProfileSeries, profileSeries } from './internal/profileSeries.js';
import { pt } from './internal/profileTexts.js';
import { beforeAfterBlocks, trendCharts } from './internal/profileTrend.js';

/**
 * What a kampung profile is built from.
 *
 * @example
 * ```ts
 * const input: KampungProfileInput = { dataset, kampungId: 'sungai-andai', period: '2020-12' };
 * ```
 */
export interface KampungProfileInput {
  readonly dataset: Dataset;
  /** The kampung's id (`Kampung.id`). */
  readonly kampungId: string;
  /** The report's month, `YYYY-MM`: the profile, population and classification in force then. */
  readonly period: string;
}

const HIDDEN: ReportCell = { kind: 'hidden' };

function labels(list: CodeList, codes: readonly string[], lang: Lang): string {
  return codes.length === 0 ? pt('none', lang) : codes.map((c) => codeLabel(list, c, lang)).join(', ');
}

function yesNo(v: boolean, lang: Lang): string {
  return pt(v ? 'yes' : 'no', lang);
}

function designationSection(k: Kampung, regions: readonly Region[], lang: Lang): ReportSection {
  const names = regionNames(regions, k.regionCode);
  const name = (level: 'regency' | 'province'): string => {
    const code = regionAncestorAt(k.regionCode, level);
    return code === undefined ? '—' : (regions.find((r) => r.code === code)?.name ?? code);
  };
  const scope = [
    ...(k.scope?.rw?.length ? [`RW ${k.scope.rw.join(', ')}`] : []),
    ...(k.scope?.rt?.length ? [`RT ${k.scope.rt.join(', ')}`] : []),
  ];
  const model = [
    ...(k.model?.regency ? [pt('modelRegency', lang)] : []),
    ...(k.model?.province ? [pt('modelProvince', lang)] : []),
  ];
  return {
    title: pt('designation', lang),
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: pt('designatedOn', lang), value: dateLabel(k.designationDate, lang) },
          { term: t('kelurahan', lang), value: `${names.village} (${k.regionCode})` },
          { term: t('kecamatan', lang), value: names.district },
          { term: pt('city', lang), value: name('regency') },
          { term: pt('province', lang), value: name('province') },
          { term: pt('scope', lang), value: scope.length > 0 ? scope.join('; ') : pt('wholeVillage', lang) },
          { term: pt('mainCriteria', lang), value: labels(mainCriteria, k.mainCriteria, lang) },
          { term: pt('areaCriteria', lang), value: labels(areaCriteria, k.areaCriteria, lang) },
          { term: pt('branding', lang), value: k.branding ?? '—' },
          { term: pt('theme', lang), value: k.theme ?? '—' },
          { term: pt('modelKampung', lang), value: model.length > 0 ? model.join(', ') : pt('no', lang) },
        ],
      },
    ],
  };
}

/** A Pokja member count: a count of people, hidden from 1 to threshold − 1 in a public report. */
function peopleCount(n: number | null | undefined, threshold: number | undefined): ReportCell {
  if (n === null || n === undefined) return null;
  return threshold !== undefined && n > 0 && n < threshold ? HIDDEN : n;
}

function institutionsSection(
  p: ProfileSnapshot | null,
  period: string,
  threshold: number | undefined,
  lang: Lang,
): ReportSection {
  const title = pt('institutions', lang);
  const month = monthLabel(period, lang);
  if (p === null)
    return {
      title,
      blocks: [{ kind: 'notice', tone: 'info', text: pt('noProfile', lang, { period: month }) }],
    };
  const present = (v: boolean, label: string) => (v ? [label] : []);
  return {
    title,
    blocks: [
      {
        kind: 'paragraph',
        text: pt('profileFrom', lang, { month: monthLabel(p.period, lang), period: month }),
      },
      {
        kind: 'facts',
        items: [
          { term: pt('pokjaFormed', lang), value: yesNo(p.pokja.exists, lang) },
          { term: pt('pokjaDecree', lang), value: yesNo(p.pokja.decree, lang) },
          { term: pt('pokjaMembers', lang), value: peopleCount(p.pokja.members, threshold) },
          { term: pt('pokjaTrained', lang), value: yesNo(p.pokja.trained, lang) },
          ...(p.pokja.trainedMembers !== undefined
            ? [
                {
                  term: pt('pokjaTrainedMembers', lang),
                  value: peopleCount(p.pokja.trainedMembers, threshold),
                },
              ]
            : []),
          { term: pt('poktanPresent', lang), value: labels(poktan, p.poktan, lang) },
          {
            term: pt('facilities', lang),
            value: labels(
              facilities,
              [
                ...present(p.facilities.secretariat, 'secretariat'),
                ...present(p.facilities.rumahDataku, 'rumahDataku'),
              ],
              lang,
            ),
          },
          { term: pt('fundingSources', lang), value: labels(fundingSources, p.fundingSources, lang) },
          { term: pt('mentor', lang), value: yesNo(p.mentor, lang) },
          {
            term: pt('regulation', lang),
            value: p.regulation.exists
              ? `${yesNo(true, lang)}${p.regulation.kinds.length > 0 ? `: ${labels(regulations, p.regulation.kinds, lang)}` : ''}`
              : yesNo(false, lang),
          },
          { term: pt('dataUse', lang), value: labels(dataSources, p.dataSources, lang) },
          { term: pt('operations', lang), value: labels(operationalMechanisms, p.operations, lang) },
        ],
      },
    ],
  };
}

/**
 * The profile of one Kampung KB at a month: its designation (date, criteria, area covered, local brand
 * and theme, region names), its institutions from the latest profile snapshot in force (Pokja, poktan,
 * facilities, funding sources, mentor, regulation, data use; the month it dates from is named), the
 * population snapshot in force as a population pyramid (`pyramid` chart, male and female by the sixteen
 * age bands of `ageBands`) with its table and totals, the trends of CPR, MKJP share and unmet need since
 * the designation (catalogue indicators `cpr-portal`, `mkjp-share`, `unmet-need` from the engine
 * `computeIndicators` at kampung level, one `line` chart each, with the target of `ctx.targets` for the
 * kampung's region and year as a dashed series where one exists), the means before and after the
 * designation (`beforeAfterDesignation`, a `bar` chart and a table), the classification of the month
 * (level and the three indices, as `computeKampungIndicators` gives them: `kampungIndicatorsFromResults`
 * on the same engine run) and how many interventions and proposals the
 * kampung has had up to the month.
 *
 * The trend starts at the designation month or at the first monthly report, whichever is later, and runs
 * to the report's month: month by month over at most 24 months, otherwise one point a year (the report's
 * month of each year, e.g. every December for a December report), so that a long history stays readable
 * and every point is a month the monthly reports also show. Percentages have the indicator's decimals
 * (the catalogue's `decimals`, 2 for these three).
 *
 * In a public report ({@link ReportContext}) the pyramid's counts go through {@link suppressTable} over
 * every sum the table shows (band totals, column totals, grand total; put in `table.relations`), the
 * families count and Pokja member counts from 1 to threshold − 1 are hidden, a trend value is hidden when
 * the month's own public monthly report hides it, and a before/after mean (and the change) when any month
 * behind it is. The public document has the same sections, tables, charts, rows and columns as the full
 * one; only cells differ. A kampung id not in the data set, or a period that is not a month `YYYY-MM`, gives
 * a document with a warning, not an error.
 *
 * @example
 * ```ts
 * const doc = kampungProfile({ dataset, kampungId: 'sungai-andai', period: '2020-12' },
 *   { lang: 'id', programme, regions: dataset.regions, targets });
 * writeFileSync('kampung/sungai-andai-profile-2020-12.html', renderHtml(doc));
 * ```
 */
export function kampungProfile(input: KampungProfileInput, ctx: ReportContext): ReportDocument {
  const { dataset, kampungId, period } = input;
  const lang = ctx.lang;
  const threshold = smallCellThreshold(ctx);
  const regions = ctx.regions ?? dataset.regions;
  const kampung = dataset.kampung.find((k) => k.id === kampungId);
  const footnotes = [t('definitions', lang)];
  if (threshold !== undefined) {
    footnotes.push(t('hiddenPublic', lang, { n: threshold - 1 }), pt('publicMeans', lang));
  }
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  const head = {
    lang,
    subtitle: reportSubtitle(ctx, lang, monthLabel(period, lang)),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    footnotes,
  };
  const problem =
    kampung === undefined
      ? pt('unknownKampung', lang, { id: kampungId })
      : parseMonth(period) !== period
        ? pt('invalidPeriod', lang, { period })
        : undefined;
  if (kampung === undefined || problem !== undefined) {
    return {
      ...head,
      title: `${pt('profileTitle', lang)}: ${kampung?.name ?? kampungId}`,
      sections: [
        {
          title: pt('designation', lang),
          blocks: [{ kind: 'notice', tone: 'warning', text: problem ?? '' }],
        },
      ],
    };
  }
  const slice = kampungSlice(dataset, kampung);
  const inputs = selectKampungPeriod(slice, kampung.id, period);
  const series = profileSeries(slice, kampung, period, threshold, ctx.targets);
  return {
    ...head,
    title: `${pt('profileTitle', lang)}: ${kampung.name}`,
    sections: [
      designationSection(kampung, regions, lang),
      institutionsSection(inputs.profile, period, threshold, lang),
      { title: pt('population', lang), blocks: populationBlocks(inputs.population, period, threshold, lang) },
      {
        title: pt('trends', lang),
        blocks: [{ kind: 'paragraph', text: trendNote(series, period, lang) }, ...trendCharts(series, lang)],
      },
      { title: pt('beforeAfter', lang), blocks: beforeAfterBlocks(series, kampung, period, lang) },
      {
        title: pt('classificationAt', lang, { month: monthLabel(period, lang) }),
        blocks: classificationBlocks(series, period, lang),
      },
      activitiesSection(slice, period, lang),
    ],
  };
}

/** The population snapshot in force as a pyramid (chart and table) with the families count. */
function populationBlocks(
  population: PopulationSnapshot | null,
  period: string,
  threshold: number | undefined,
  lang: Lang,
): ReportBlock[] {
  const month = monthLabel(period, lang);
  if (population === null) {
    return [{ kind: 'notice', tone: 'info', text: pt('noPopulation', lang, { period: month }) }];
  }
  const pyramid = profilePyramid(population, threshold, lang);
  return [
    {
      kind: 'paragraph',
      text: pt('populationFrom', lang, { month: monthLabel(population.period, lang), period: month }),
    },
    { kind: 'facts', items: [{ term: pt('families', lang), value: pyramid.families }] },
    pyramid.chart,
    pyramid.table,
  ];
}

/** Which months the trend shows: month by month, or one point a year (the report's month of each year). */
function trendNote(series: ProfileSeries, period: string, lang: Lang): string {
  const first = series.points[0] ?? series.start;
  const last = series.points[series.points.length - 1] ?? period;
  return series.yearly
    ? pt('trendYearly', lang, {
        monthName: monthLabel(period, lang).split(' ')[0] ?? '',
        from: monthLabel(first, lang),
        to: monthLabel(last, lang),
      })
    : pt('trendMonthly', lang, { from: monthLabel(first, lang), to: monthLabel(last, lang) });
}

/** The classification of the month: level and the three indices (none without a result). */
function classificationBlocks(series: ProfileSeries, period: string, lang: Lang): ReportBlock[] {
  const result = series.kampungIndicators(period);
  return result
    ? [
        {
          kind: 'facts',
          items: [
            { term: t('level', lang), value: outcomeCell(result.outcome, lang) },
            ...result.classification.indexDetails.map((i) => ({ term: i.label[lang], value: i.value })),
          ],
        },
      ]
    : [];
}

/** How many interventions and proposals the kampung has had up to the month. */
function activitiesSection(slice: Dataset, period: string, lang: Lang): ReportSection {
  const month = monthLabel(period, lang);
  const end = `${period}-31`; // every date of the month sorts at or before it
  const interventions = slice.interventions.filter((i) => i.date <= end).length;
  const proposals = slice.proposals.filter((p) => p.raisedOn <= end).length;
  return {
    title: pt('activities', lang),
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: pt('interventionsCount', lang, { month }), value: interventions },
          { term: pt('proposalsCount', lang, { month }), value: proposals },
        ],
      },
      { kind: 'paragraph', text: pt('activitiesLink', lang) },
    ],
  };
}
