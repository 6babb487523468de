import { type EvaluationScorecardOptions, evaluationScorecard } from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { readinessSection } from '../internal/readinessSection.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type { ReportBlock, ReportDocument } from '../reportDocument.js';
import { behaviourTables, explanationsTable } from './internal/evaluationReportBehaviour.js';
import { cityTable, componentTable, pillarRows } from './internal/evaluationReportCity.js';
import { evaluationContext } from './internal/evaluationReportContext.js';
import { kampungTable, pillarsChart } from './internal/evaluationReportKampung.js';
import { et } from './internal/evaluationTexts.js';

/**
 * What the evaluation report is built from.
 *
 * @example
 * ```ts
 * const input: EvaluationReportInput = { dataset, period: '2020-12', scorecard: { baseline: 'designation' } };
 * ```
 */
export interface EvaluationReportInput {
  /** The data set: kampung, profiles, monthly reports, interventions, proposals. */
  readonly dataset: Dataset;
  /** The report's month `YYYY-MM` (any period id `evaluationScorecard` reads: the scorecard is as of its last month). */
  readonly period: string;
  /** Weights and baseline of {@link evaluationScorecard} (defaults: the SDK's weights, previous year). */
  readonly scorecard?: EvaluationScorecardOptions;
}

/**
 * The seed programme's evaluation on its three axes, from `evaluationScorecard` of @kampung-kb/indicators
 * (its scores are shown, never recomputed):
 *
 * - **City summary**: per axis (policy, interventions, behaviour change) and overall, the weight, the mean
 *   score of the kampung that have one, how many have one and the mean weight coverage; then each
 *   component's mean (Pokja decrees, regulation, mentor, funding sources; agencies, section coverage,
 *   proposals addressed; CPR, MKJP, unmet need and poktan).
 * - **Scores by kampung** (by kecamatan, then name: the same order whether public or not, so a rank never
 *   hints at a hidden score): the three axis scores and the overall score, and a `bar` chart of them.
 * - **Policy**: the city's readiness checklist (`assessReadiness` on `ctx.programme.readiness`) when
 *   present.
 * - **Behaviour change against targets**: per indicator (CPR, MKJP share, unmet need) each kampung's
 *   baseline and current value (catalogue decimals), the scorecard's change, and the city's target for the
 *   year (`ctx.targets`, found by `TargetLookup`: the kampung's own, else its region's) with the achievement
 *   and whether it is on track.
 * - **Component explanations**: the scorecard's bilingual explanation of every component.
 *
 * In a public report a kampung's behaviour-change values, changes, component scores and explanations are
 * hidden when its public monthly report of that month or of the baseline month hides the figures they come
 * from (the monthly report's own disclosure pattern), and so are its behaviour-change axis score, its
 * overall score and the city means that include them.
 *
 * @example
 * ```ts
 * const doc = evaluationReport({ dataset, period: '2020-12' }, { lang: 'id', programme, targets });
 * writeFileSync('evaluation-2020-12.html', renderHtml(doc));
 * ```
 */
export function evaluationReport(input: EvaluationReportInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { dataset, period } = input;
  const threshold = smallCellThreshold(ctx);
  const regions = ctx.regions ?? dataset.regions;
  const sc = evaluationScorecard(dataset, period, input.scorecard ?? {});
  const footnotes = [et('scoreNote', lang)];
  if (threshold !== undefined) footnotes.push(et('publicNote', lang));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  const head = {
    lang,
    title: `${et('title', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(
      ctx,
      lang,
      sc.ok ? et('asOf', lang, { month: monthLabel(sc.asOf, lang) }) : period,
    ),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
  };
  if (!sc.ok || sc.kampung.length === 0) {
    const items = sc.ok ? [et('noKampung', lang)] : sc.issues.map((i) => i.message[lang]);
    return {
      ...head,
      sections: [
        {
          title: et('citySection', lang),
          blocks: [
            { kind: 'notice', tone: 'warning', text: et('invalid', lang) },
            { kind: 'list', items },
          ],
        },
      ],
      footnotes,
    };
  }
  const c = evaluationContext(dataset, sc, regions, threshold, lang);
  const pillars = pillarRows(c);
  return {
    ...head,
    sections: [
      {
        title: et('citySection', lang),
        blocks: [
          {
            kind: 'paragraph',
            text: et('intro', lang, {
              baseline: et(sc.baseline === 'designation' ? 'designation' : 'previousYear', lang),
            }),
          },
          cityTable(c, pillars),
          componentTable(c),
        ],
      },
      { title: et('kampungSection', lang), blocks: [kampungTable(c), pillarsChart(c, pillars)] },
      { title: et('policySection', lang), blocks: policyBlocks(ctx) },
      {
        title: et('behaviourSection', lang),
        blocks: [{ kind: 'paragraph', text: et('behaviourIntro', lang) }, ...behaviourTables(c, ctx.targets)],
      },
      { title: et('explanationSection', lang), blocks: [explanationsTable(c)] },
    ],
    footnotes,
  };
}

/** The city's readiness checklist (`assessReadiness` on `ctx.programme.readiness`), or a notice without one. */
function policyBlocks(ctx: ReportContext): ReportBlock[] {
  const lang = ctx.lang;
  const readiness = ctx.programme?.readiness;
  return readiness === undefined
    ? [{ kind: 'notice', tone: 'info', text: et('noReadiness', lang) }]
    : readinessSection(readiness, lang).blocks.map((b) =>
        b.kind === 'table' ? { ...b, id: 'evaluation-readiness' } : b,
      );
}
