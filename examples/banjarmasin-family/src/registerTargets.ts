import { type Dataset, shiftMonth } from '@kampung-kb/model';

/** The portal's seven methods, as the monthly report counts users. */
export const METHODS = ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom'] as const;
/** What one PUS wife is in the monthly report: a user of a method, or a non-user's category. */
export type WifeStatus = (typeof METHODS)[number] | 'pregnant' | 'ias' | 'iat' | 'tial';

/** The totals a kampung's synthetic register must reproduce at the register month. */
export interface KampungTargets {
  readonly kampungId: string;
  readonly villageCode: string | undefined;
  /** Families (population snapshot in force). */
  readonly families: number;
  /** One status per PUS wife: the users by method and non-users of the monthly report (their sum is PUS). */
  readonly wives: readonly WifeStatus[];
}

/**
 * The totals of every kampung at `month`: families and PUS from the population snapshot in force (the
 * latest with a period ≤ `month`), users by method and non-users from that month's monthly report. When
 * users + non-users differ from PUS the report wins for the wives' statuses (the portal's balance rule
 * says they are equal; the example data keeps it).
 */
export function registerTargets(dataset: Dataset, month: string): KampungTargets[] {
  const out: KampungTargets[] = [];
  for (const k of dataset.kampung) {
    const snapshot = dataset.population
      .filter((p) => p.kampungId === k.id && p.period <= month)
      .sort((a, b) => (a.period < b.period ? 1 : -1))[0];
    const report = dataset.monthly.find((r) => r.kampungId === k.id && r.period === month);
    if (!snapshot || !report) continue;
    const wives: WifeStatus[] = [];
    const users = report.users as Record<string, number | undefined>;
    for (const m of METHODS) for (let i = 0; i < (users[m] ?? 0); i++) wives.push(m);
    const non = report.nonUsers as Record<string, number | undefined>;
    for (const c of ['pregnant', 'ias', 'iat', 'tial'] as const) {
      for (let i = 0; i < (non[c] ?? 0); i++) wives.push(c);
    }
    out.push({
      kampungId: k.id,
      villageCode: k.regionCode,
      families: Math.max(snapshot.families, wives.length),
      wives,
    });
  }
  return out;
}

/** The month before `month` by `years` whole years. */
export function yearsBefore(month: string, years: number): string {
  return shiftMonth(month, -12 * years);
}
