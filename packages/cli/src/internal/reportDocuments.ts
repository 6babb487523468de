import type { KampungIndicators } from '@kampung-kb/indicators';
import { type Dataset, type Issue, maskIdentifiers } from '@kampung-kb/model';
import {
  cityRecap,
  classificationReport,
  evaluationReport,
  indicatorTrends,
  interventionMatrix,
  kampungProfile,
  monthlyKampungReport,
  proposalFollowUp,
  type ReportContext,
  type ReportDocument,
} from '@kampung-kb/reports';

/** What the report templates of `kkb report` are built from. */
export interface ReportDocumentsInput {
  readonly dataset: Dataset;
  /** The report's month, `YYYY-MM`. */
  readonly period: string;
  /** `computeKampungIndicators(dataset, period)`. */
  readonly results: readonly KampungIndicators[];
  /** Last month's results by kampung id. */
  readonly previousById: ReadonlyMap<string, KampungIndicators>;
  /** The data-quality issues of each kampung. */
  readonly issuesByKampung: ReadonlyMap<string, readonly Issue[]>;
  readonly ctx: ReportContext;
}

/**
 * Every document `kkb report` writes, each with its file base name (no extension; `/` makes a folder):
 * the formats add `.html`, `.md`, `.pdf`, `.xlsx`, and CSV files go into a folder of that name. The city's
 * documents (recap, classification, evaluation, intervention matrix, proposal follow-up) come first, then
 * each kampung's monthly report and profile.
 * One line per template: a new report is one more `docs.push(...)`.
 *
 * @example
 * ```ts
 * reportDocuments({ dataset, period: '2020-12', results, previousById, issuesByKampung, ctx })[0]?.base;
 * // 'city-recap-2020-12'
 * ```
 */
export function reportDocuments(input: ReportDocumentsInput): { base: string; doc: ReportDocument }[] {
  const { dataset, period, results, previousById, issuesByKampung, ctx } = input;
  const docs: { base: string; doc: ReportDocument }[] = [];
  // The 12-month trends of the city and every kampung, computed once for the recap and every monthly report.
  const trends = indicatorTrends({ dataset, period }, ctx);
  docs.push({ base: `city-recap-${period}`, doc: cityRecap({ results, dataset, trends }, ctx) });
  docs.push({
    base: `classification-${period}`,
    doc: classificationReport({ dataset, period, results }, ctx),
  });
  docs.push({ base: `evaluation-${period}`, doc: evaluationReport({ dataset, period }, ctx) });
  docs.push({ base: `interventions-${period}`, doc: interventionMatrix({ dataset, period }, ctx) });
  docs.push({ base: `proposals-${period}`, doc: proposalFollowUp({ dataset, period }, ctx) });
  for (const result of results) {
    const prev = previousById.get(result.kampungId);
    const issues = issuesByKampung.get(result.kampungId) ?? [];
    // No ID number in a file name either: the name is masked whole, as every printed line is, so a kampung id
    // whose digits run on into the month's (`1000000000` + `-2023-06`) is listed as the file written.
    docs.push({
      base: `kampung/${maskIdentifiers(`${result.kampungId}-${period}`)}`,
      doc: monthlyKampungReport(
        { dataset, result, issues, trends, ...(prev ? { previous: prev } : {}) },
        ctx,
      ),
    });
    docs.push({
      base: `kampung/${maskIdentifiers(`${result.kampungId}-profile-${period}`)}`,
      doc: kampungProfile({ dataset, kampungId: result.kampungId, period }, ctx),
    });
  }
  return docs;
}
