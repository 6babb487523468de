import type { ReadinessInput, Target } from '@kampung-kb/indicators';
import type { Label, Lang, Region } from '@kampung-kb/model';

/**
 * What a report needs to know about the city's programme (a subset of the kit's programme definition).
 *
 * @example
 * ```ts
 * const programme: ReportProgramme = {
 *   name: { id: 'Program Kampung KB Kota Banjarmasin', en: 'Banjarmasin Kampung KB programme' },
 *   city: { code: '63.71', name: 'Kota Banjarmasin' },
 *   agency: 'DPPKBPM Kota Banjarmasin',
 *   synthetic: true,
 *   publicReport: { smallCellThreshold: 5 },
 * };
 * ```
 */
export interface ReportProgramme {
  readonly name: Label;
  readonly city: { readonly code: string; readonly name: string };
  /**
   * The agency that runs the programme, usually the city's KB office (`DPPKBPM Kota Banjarmasin`): every
   * report shows it after the programme's name under its title.
   */
  readonly agency?: string | undefined;
  /** The data are synthetic: every report says so at the top. */
  readonly synthetic?: boolean | undefined;
  readonly publicReport?: { readonly smallCellThreshold: number } | undefined;
  /** The readiness checklist (`programme.json` `readiness`): the city recap shows its score and gaps. */
  readonly readiness?: ReadinessInput | undefined;
}

/**
 * How to render a report: language, the programme, region names, and whether it is for the public (then
 * counts below the small-cell threshold, and figures that would give them away, are hidden).
 *
 * @example
 * ```ts
 * const ctx: ReportContext = { lang: 'id', programme, regions: dataset.regions, public: true };
 * ```
 */
export interface ReportContext {
  readonly lang: Lang;
  readonly programme?: ReportProgramme;
  readonly regions?: readonly Region[];
  /**
   * Public report: disclosure control (default threshold 5, or the programme's): small counts and the
   * complementary figures that would give them away are shown `×` ({@link suppressTable}), and so are the
   * percentages and explanations computed from them; data-quality messages carry no figures.
   */
  readonly public?: boolean;
  /**
   * The city's targets (e.g. from its RPJMD, `kkb report --targets`): trend charts draw the target of an
   * indicator as a dashed line where one exists for the region and year, and tables compare with it.
   */
  readonly targets?: readonly Target[];
  /** Shown in the footer, e.g. `2026-11-28`. Omit for reproducible output. */
  readonly generatedOn?: string;
}

/**
 * The small-cell threshold in force for a context, or `undefined` when the report is not public.
 *
 * @example
 * ```ts
 * smallCellThreshold({ lang: 'id' }); // undefined
 * smallCellThreshold({ lang: 'id', public: true }); // 5
 * smallCellThreshold({ lang: 'id', public: true, programme: { ...programme, publicReport: { smallCellThreshold: 10 } } }); // 10
 * ```
 */
export function smallCellThreshold(ctx: ReportContext): number | undefined {
  if (!ctx.public) return undefined;
  return ctx.programme?.publicReport?.smallCellThreshold ?? 5;
}
