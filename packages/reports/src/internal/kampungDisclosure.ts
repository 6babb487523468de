import type { KampungIndicators } from '@kampung-kb/indicators';
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
  return disclosureOf(suppressTable({ cells, relations, threshold }), poktanCells);
}
