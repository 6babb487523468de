import { type KampungIndicators, pgPercent } from '@kampung-kb/indicators';
import { contraceptiveMethods, type MonthlyReport, nonUserReasons } from '@kampung-kb/model';
import type { ReportCell } from '../reportDocument.js';
import {
  isSuppressed,
  type LinearRelation,
  type SuppressionPattern,
  suppressTable,
} from '../suppressTable.js';

/**
 * Ids of the figures a kampung's month publishes (in its monthly report, the next month's report and the
 * city recap). The indicators share them: the MKJP denominator is the CPR numerator (`users`), the unmet
 * need denominator is the CPR denominator (`pus`).
 */
export const CELL = {
  /** Users of the portal's seven methods: CPR numerator, MKJP denominator. */
  users: 'users',
  /** Users of every method listed (the method table's total) when MAL or traditional are given. */
  usersAll: 'users.all',
  pus: 'pus',
  mkjp: 'mkjp',
  unmet: 'unmet',
  method: (code: string) => `user.${code}`,
  nonUser: (code: string) => `non.${code}`,
  participants: (code: string) => `poktan.${code}.participants`,
  target: (code: string) => `poktan.${code}.target`,
} as const;

/** The numerator and denominator ids of each reported indicator. */
export const INDICATOR_CELLS = {
  cpr: [CELL.users, CELL.pus],
  mkjpShare: [CELL.mkjp, CELL.users],
  unmetNeed: [CELL.unmet, CELL.pus],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * How a kampung's month is shown: every count and percentage through one suppression pattern, so the
 * monthly report, last month's column of the next report and the city recap hide the same figures.
 */
export interface KampungDisclosure {
  /** Whether any of the figures is hidden (always `false` in a report that is not public). */
  hides(...ids: readonly string[]): boolean;
  /** A count cell: the number, or hidden. */
  count(id: string, value: number | null): ReportCell;
  /** A percentage cell, hidden when any figure it is computed from is. */
  percent(value: number | null, ...from: readonly string[]): ReportCell;
  /** The ids of every poktan figure (participation is computed from all of them). */
  readonly poktanCells: readonly string[];
}

const HIDDEN: ReportCell = { kind: 'hidden' };

function disclosureOf(
  pattern: SuppressionPattern | undefined,
  poktanCells: readonly string[],
  all = false,
): KampungDisclosure {
  const hides = (...ids: readonly string[]): boolean => all || isSuppressed(pattern, ...ids);
  return {
    hides,
    count: (id, value) => (value !== null && hides(id) ? HIDDEN : value),
    percent: (value, ...from) => (value !== null && hides(...from) ? HIDDEN : { kind: 'percent', value }),
    poktanCells,
  };
}

/** The published figures of a kampung's month and the sums that tie them together. */
function cellsOf(result: KampungIndicators, monthly: MonthlyReport | undefined) {
  const cells: Record<string, number | null> = {};
  const relations: LinearRelation[] = [];
  const ind = result.indicators;
  cells[CELL.users] = ind.mkjpShare.denominator ?? ind.cpr.numerator;
  cells[CELL.pus] = ind.cpr.denominator ?? ind.unmetNeed.denominator;
  cells[CELL.mkjp] = ind.mkjpShare.numerator;
  cells[CELL.unmet] = ind.unmetNeed.numerator;
  if (monthly) {
    const listed = contraceptiveMethods.items.filter((m) => monthly.users[m.code] !== undefined);
    for (const m of listed) cells[CELL.method(m.code)] = monthly.users[m.code] ?? null;
    const portal = listed.filter((m) => m.portal).map((m) => CELL.method(m.code));
    const extra = listed.filter((m) => !m.portal).map((m) => CELL.method(m.code));
    relations.push({ total: CELL.users, parts: portal });
    if (extra.length > 0) {
      cells[CELL.usersAll] = listed.reduce((n, m) => n + (monthly.users[m.code] ?? 0), 0);
      relations.push({ total: CELL.usersAll, parts: [CELL.users, ...extra] });
    }
    const mkjp = listed.filter((m) => m.mkjp).map((m) => CELL.method(m.code));
    relations.push({ total: CELL.mkjp, parts: mkjp });
    for (const r of nonUserReasons.items) cells[CELL.nonUser(r.code)] = monthly.nonUsers[r.code];
    relations.push({ total: CELL.unmet, parts: [CELL.nonUser('iat'), CELL.nonUser('tial')] });
    // The portal's balance: users + non-users = PUS (used only when the data satisfy it).
    relations.push({
      total: CELL.pus,
      parts: [CELL.users, ...nonUserReasons.items.map((r) => CELL.nonUser(r.code))],
    });
  }
  const poktanCells: string[] = [];
  for (const p of ind.poktanParticipation.parts) {
    cells[CELL.participants(p.poktan)] = p.participants;
    cells[CELL.target(p.poktan)] = p.targetPopulation;
    poktanCells.push(CELL.participants(p.poktan), CELL.target(p.poktan));
  }
  return { cells, relations, poktanCells };
}

/** The whole numbers `x ≥ 1` with `pgPercent(x, den)` (or `pgPercent(num, x)`) in a band, up to two. */
function bandFits(min: number | null, max: number | null, other: number, hiddenIsNumerator: boolean): number {
  let fits = 0;
  const limit = hiddenIsNumerator ? other * 2 : other * 100;
  for (let x = 1; x <= limit && fits < 2; x++) {
    const p = hiddenIsNumerator ? pgPercent(x, other) : pgPercent(other, x);
    if (p !== null && (min === null || p >= min) && (max === null || p <= max)) fits++;
  }
  return fits;
}

/**
 * The shown figures a published classification score would pin: the score of CPR, MKJP share or unmet
 * need gives the band of its integer percentage, and with the denominator shown a narrow band can leave a
 * hidden numerator a single value (MKJP 23–24 % of 17 users: 4). Those denominators (or numerators) are
 * hidden too.
 */
function pinnedByBands(
  result: KampungIndicators,
  cells: Record<string, number | null>,
  pattern: SuppressionPattern,
): string[] {
  const out: string[] = [];
  for (const id of ['cpr', 'mkjpShare', 'unmetNeed'] as const) {
    const band = result.classification.subIndicators.find((s) => s.id === id)?.band;
    const [num, den] = INDICATOR_CELLS[id];
    const n = cells[num];
    const d = cells[den];
    if (!band || n === null || n === undefined || d === null || d === undefined) continue;
    const numHidden = isSuppressed(pattern, num);
    const denHidden = isSuppressed(pattern, den);
    if (numHidden && !denHidden && d > 0 && bandFits(band.min, band.max, d, true) === 1) out.push(den);
    if (
      denHidden &&
      !numHidden &&
      n > 0 &&
      band.min !== null &&
      band.min > 0 &&
      bandFits(band.min, band.max, n, false) === 1
    ) {
      out.push(num);
    }
  }
  return out;
}

/**
 * The disclosure control of a kampung's month: `threshold` undefined (not a public report) shows
 * everything. In a public report the figures go through {@link suppressTable}. When the month has a
 * monthly report that was not given (`monthly` undefined although the result used one), every figure is
 * hidden: without the method counts the pattern of the kampung's own report cannot be reproduced.
 */
export function kampungDisclosure(
  result: KampungIndicators,
  monthly: MonthlyReport | undefined,
  threshold: number | undefined,
): KampungDisclosure {
  const { cells, relations, poktanCells } = cellsOf(result, monthly);
  if (threshold === undefined) return disclosureOf(undefined, poktanCells);
  if (!monthly && result.records.monthlyReport) return disclosureOf(undefined, poktanCells, true);
  // Hiding a figure for a band can expose another indicator's band: repeat until nothing new (at most
  // the six ratio figures).
  const alsoHide: string[] = [];
  for (;;) {
    const pattern = suppressTable({ cells, relations, threshold, alsoHide });
    const more = pinnedByBands(result, cells, pattern).filter((id) => !alsoHide.includes(id));
    if (more.length === 0) return disclosureOf(pattern, poktanCells);
    alsoHide.push(...more);
  }
}
