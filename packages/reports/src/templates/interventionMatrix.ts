import type { Dataset } from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportBlock, ReportDocument } from '../reportDocument.js';
import { agencyChart, agencyMatrix } from './internal/interventionMatrixAgencies.js';
import { type MatrixContext, matrixContext } from './internal/interventionMatrixContext.js';
import { interventionList } from './internal/interventionMatrixList.js';
import {
  type MatrixOutputs,
  matrixOutputs,
  outputsTables,
  spendChart,
} from './internal/interventionMatrixOutputs.js';
import { mt } from './internal/matrixTexts.js';

/**
 * What the intervention matrix is built from.
 *
 * @example
 * ```ts
 * const input: InterventionMatrixInput = { dataset, period: '2020-12' };
 * ```
 */
export interface InterventionMatrixInput {
  /** The data set: kampung, regions (unless the context has them) and interventions. */
  readonly dataset: Dataset;
  /** The report's month `YYYY-MM`: every intervention dated up to its last day is counted. */
  readonly period: string;
}

/**
 * The agency × kampung intervention matrix of a city up to the end of a month: which agency (SKPD/OPD,
 * vertical office, company, community group: the agencies code list), CSR partner (`partner`) or community
 * did what, where and when, and what it produced and spent. Four parts:
 *
 * 1. **Matrix**: every kampung (by kecamatan, then name) × every agency that appears (in code-list order),
 *    the number of interventions; a joint intervention counts once for each of its agencies, so the row
 *    total "agency involvements" can exceed the row's number of interventions (shown beside it).
 * 2. **Outputs and spend** per kampung, per agency and per year: the total of each output kind that appears
 *    (code list `interventionOutputs`, in its unit: metres with decimals, counts as whole numbers), the
 *    spend in rupiah and the spend by funding source. **Joint attribution**: outputs and spend of an
 *    intervention with several agencies are put once in the row "Several agencies (joint)" (and those of an
 *    intervention naming none in "No agency named"), so every table's total counts each intervention once
 *    and the three tables share the same totals. A footnote says so.
 * 3. **List** of the interventions by date, then id.
 * 4. **Charts**: spend per year by funding source (`stackedBar`) and interventions per agency
 *    (`barHorizontal`).
 *
 * In a public report the outputs that count people or households (`counts` `people`/`households`:
 * participants, houses renovated, toilets, water connections) get primary and complementary suppression
 * over the three tables and their shared totals, with each intervention's own figure taken as an unknown
 * a reader can place in its kampung, agency and year (so a kampung's hidden figure is not given away by an
 * agency or year with the same interventions); the list shows those figures as `×`. Counts of
 * interventions, rupiah, metres, waste banks, groups and trainings are shown. Every sum shown is declared
 * in `relations`.
 *
 * @example
 * ```ts
 * const doc = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'id', programme, public: true });
 * writeFileSync('interventions-2020-12.html', renderHtml(doc));
 * ```
 */
export function interventionMatrix(input: InterventionMatrixInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const c = matrixContext(input.dataset, input.period, ctx);
  const footnotes = [mt('jointRule', lang), mt('spendNote', lang)];
  if (c.threshold !== undefined) footnotes.push(mt('publicOutputs', lang, { n: c.threshold - 1 }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  const head = {
    lang,
    title: `${mt('title', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(ctx, lang, mt('upTo', lang, { month: c.monthText })),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
  };
  if (c.list.length === 0) {
    return {
      ...head,
      sections: [
        {
          title: mt('matrixSection', lang),
          blocks: [{ kind: 'notice', tone: 'info', text: mt('none', lang, { month: c.monthText }) }],
        },
      ],
      footnotes,
    };
  }
  const matrix = agencyMatrix(c);
  const outputs = matrixOutputs(c);
  return {
    ...head,
    sections: [
      { title: mt('matrixSection', lang), blocks: [matrixIntro(c, outputs), matrix.table] },
      { title: mt('outputsSection', lang), blocks: outputsTables(c, outputs) },
      { title: mt('listSection', lang), blocks: [interventionList(c)] },
      { title: mt('chartsSection', lang), blocks: [spendChart(c, outputs), agencyChart(c, matrix)] },
    ],
    footnotes,
  };
}

/** The matrix section's opening paragraph: interventions, kampung covered, agencies and the month. */
function matrixIntro(c: MatrixContext, outputs: MatrixOutputs): ReportBlock {
  const lang = c.lang;
  const covered = new Set(
    c.kampung.filter((k) => (outputs.kampungRows.get(k.id)?.length ?? 0) > 0).map((k) => k.id),
  ).size;
  return {
    kind: 'paragraph',
    text: mt('intro', lang, {
      n: formatNumber(c.list.length, lang),
      k: formatNumber(covered, lang),
      a: formatNumber(c.agencyItems.length, lang),
      month: c.monthText,
    }),
  };
}
