import { roundDecimal } from '@kampung-kb/indicators';
import {
  type AgencyItem,
  agencies,
  type Dataset,
  type Intervention,
  type Lang,
  lastDayOfMonth,
  parseMonth,
} from '@kampung-kb/model';
import { monthLabel } from '../../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../../reportContext.js';
import type { ReportCell } from '../../reportDocument.js';
import { type OrderedKampung, orderedKampung } from './matrixKampungOrder.js';

export const HIDDEN: ReportCell = { kind: 'hidden' };
/** Attribution of an intervention with several agencies, and of one without an agency. */
export const JOINT = '_joint';
export const NONE = '_none';

/** What every part of the intervention matrix reads. */
export interface MatrixContext {
  readonly lang: Lang;
  /** The public report's small-cell threshold (`undefined`: not public). */
  readonly threshold: number | undefined;
  /** The report month as text (or the period as given when it is not a month). */
  readonly monthText: string;
  /** The interventions up to the month's last day, by date, then id. */
  readonly list: readonly Intervention[];
  /** The kampung in report order, then the unknown kampung ids the interventions name. */
  readonly kampung: readonly OrderedKampung[];
  /** The agencies that appear, in code-list order. */
  readonly agencyItems: readonly AgencyItem[];
  /** Whether some intervention names no agency, and whether some names several. */
  readonly hasNone: boolean;
  readonly hasJoint: boolean;
  /** The ids of `list`, and each intervention by its id. */
  readonly allIds: readonly string[];
  readonly byId: ReadonlyMap<string, Intervention>;
}

/** The context of the matrix of `dataset` up to the end of `period`. */
export function matrixContext(dataset: Dataset, period: string, ctx: ReportContext): MatrixContext {
  const lang = ctx.lang;
  const month = parseMonth(period);
  const end = month === undefined ? undefined : lastDayOfMonth(month);
  const list = dataset.interventions
    .filter((i) => end !== undefined && i.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kampung = orderedKampung(
    dataset.kampung,
    ctx.regions ?? dataset.regions,
    list.map((i) => i.kampungId),
  );
  return {
    lang,
    threshold: smallCellThreshold(ctx),
    monthText: month === undefined ? period : monthLabel(month, lang),
    list,
    kampung,
    agencyItems: agencies.items.filter((a) => list.some((i) => i.agencies.includes(a.code))),
    hasNone: list.some((i) => i.agencies.length === 0),
    hasJoint: list.some((i) => i.agencies.length > 1),
    allIds: list.map((i) => i.id),
    byId: new Map(list.map((i) => [i.id, i])),
  };
}

/** The row an intervention's outputs and spend are attributed to: its agency, joint or none. */
export function attribution(i: Intervention): string {
  if (i.agencies.length === 1) return i.agencies[0] as string;
  return i.agencies.length === 0 ? NONE : JOINT;
}

/** A sum free of binary noise (metres with decimals: 0.1 + 0.2 is 0.3). */
export function sum(values: readonly number[]): number {
  const s = values.reduce((a, b) => a + b, 0);
  return Number.isInteger(s) ? s : roundDecimal(s, 10);
}

/** The ids of the interventions grouped by `key`, in list order. */
export function groupBy(
  list: readonly Intervention[],
  key: (i: Intervention) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of list) {
    const k = key(i);
    const ids = out.get(k);
    if (ids === undefined) out.set(k, [i.id]);
    else ids.push(i.id);
  }
  return out;
}
