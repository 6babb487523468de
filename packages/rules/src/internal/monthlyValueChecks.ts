import {
  type MonthlyReport,
  POKTAN_TARGETS,
  PORTAL_METHODS,
  type PoktanCode,
  poktan,
  totalPopulation,
} from '@kampung-kb/model';
import type { IssueSink, RecordRef } from './issueSink.js';
import { POKTAN_TARGET_NAMES } from './texts.js';
import type { ValidationContext } from './validationContext.js';

const POKTAN_CODES = poktan.items.map((i) => i.code);
const POKTAN_SHORT: Readonly<Record<string, string>> = Object.fromEntries(
  poktan.items.map((i) => [i.code, i.short ?? i.code.toUpperCase()]),
);

/** Users of the 7 portal methods plus MAL and traditional methods when given. */
export function usersTotal(report: MonthlyReport): number {
  let n = 0;
  for (const m of PORTAL_METHODS) n += report.users[m];
  return n + (report.users.mal ?? 0) + (report.users.traditional ?? 0);
}

/** PUS not using contraception: pregnant + IAS + IAT + TIAL. */
export function nonUsersTotal(report: MonthlyReport): number {
  const u = report.nonUsers;
  return u.pregnant + u.ias + u.iat + u.tial;
}

/**
 * The value rules of a monthly report that passed its schema, against the population snapshot in
 * force: `population-missing` when there is none, else `kkbpk-balance`, `poktan-within-target` (one
 * issue per poktan) and `jkn-within-population`. A snapshot in force that fails its own schema is
 * reported by `record-shape` and the comparisons are skipped.
 */
export function checkMonthlyValues(sink: IssueSink, ref: RecordRef, ctx: ValidationContext): void {
  const report = ref.record as MonthlyReport;
  const entry = ctx.population.inForce(report.kampungId, report.period);
  if (!entry) {
    sink.report(
      ref,
      'population-missing',
      'population-missing',
      {},
      { kampungId: report.kampungId, period: report.period },
      {
        id: `Tidak ada data penduduk kampung ${report.kampungId} untuk periode ${report.period} atau sebelumnya; keseimbangan PUS, sasaran poktan dan batas JKN tidak dapat diperiksa`,
        en: `No population snapshot of kampung ${report.kampungId} for ${report.period} or earlier; the PUS balance, poktan targets and JKN limit cannot be checked`,
      },
    );
    return;
  }
  if (!entry.valid) return;
  const snap = entry.snapshot;
  const populationPeriod = entry.period;

  if (sink.isEnabled('kkbpk-balance')) {
    const users = usersTotal(report);
    const nonUsers = nonUsersTotal(report);
    const sum = users + nonUsers;
    if (sum !== snap.pus) {
      sink.report(
        ref,
        'kkbpk-balance',
        'kkbpk-balance',
        {},
        {
          users,
          nonUsers,
          usersPlusNonUsers: sum,
          pus: snap.pus,
          difference: sum - snap.pus,
          populationPeriod,
        },
        {
          id: `Peserta KB (${users}) + PUS bukan peserta KB (${nonUsers}) = ${sum}, tidak sama dengan PUS (${snap.pus}) pada data penduduk ${populationPeriod}`,
          en: `Contraceptive users (${users}) + non-using PUS (${nonUsers}) = ${sum}, not equal to PUS (${snap.pus}) in the population snapshot of ${populationPeriod}`,
        },
      );
    }
  }

  if (sink.isEnabled('poktan-within-target')) {
    for (const code of POKTAN_CODES) {
      const participants = report.poktanParticipants[code as PoktanCode];
      const target = POKTAN_TARGETS[code as PoktanCode];
      const targetValue = snap[target];
      if (participants <= targetValue) continue;
      const name = POKTAN_SHORT[code] ?? code;
      const targetName = POKTAN_TARGET_NAMES[target];
      sink.report(
        ref,
        'poktan-within-target',
        'poktan-within-target',
        { field: `poktanParticipants.${code}` },
        { poktan: code, participants, target, targetValue, populationPeriod },
        {
          id: `Peserta ${name} (${participants}) melebihi sasarannya, ${targetName.id} (${targetValue}), pada data penduduk ${populationPeriod}`,
          en: `${name} participants (${participants}) exceed the target, ${targetName.en} (${targetValue}), in the population snapshot of ${populationPeriod}`,
        },
      );
    }
  }

  if (sink.isEnabled('jkn-within-population')) {
    const population = totalPopulation(snap);
    if (report.jknHolders > population) {
      sink.report(
        ref,
        'jkn-within-population',
        'jkn-within-population',
        { field: 'jknHolders' },
        { jknHolders: report.jknHolders, totalPopulation: population, populationPeriod },
        {
          id: `Pemegang JKN/BPJS (${report.jknHolders}) melebihi jumlah penduduk (${population}) pada data penduduk ${populationPeriod}`,
          en: `JKN/BPJS holders (${report.jknHolders}) exceed the total population (${population}) in the population snapshot of ${populationPeriod}`,
        },
      );
    }
  }
}
