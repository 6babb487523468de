import { type Budget, type FundingSourceCode, fundingSources } from '@kampung-kb/model';
import { assertValid, type BuiltKampung, fail, rngFor } from './build.js';
import { CSR_PARTNERS } from './design.js';
import type { Rng } from './prng.js';

/** The budget year of the data set (the reporting year). */
export const BUDGET_YEAR = 2020;

/**
 * The 2020 budget lines of one kampung, one source at a time, for exactly the funding sources its 2020
 * profiles record (so the profile's "sumber dana" and the rupiah agree; a kampung with none has no line).
 * Synthetic amounts in whole rupiah, rounded to Rp 50.000, from the kampung's own random stream
 * (`budgets:<id>`): APBD from the city (Pokja operations, plus Rp 6.000–12.000 per family for poktan
 * meetings), APBN as BKKBN's operational support (BOKB), CSR from a fictional company, community donations
 * and self-funding (swadaya) as small amounts.
 */
export function buildBudgets(built: BuiltKampung): Budget[] {
  const d = built.design;
  const rng = rngFor(`budgets:${d.id}`);
  const recorded = new Set(built.profiles.flatMap((p) => p.fundingSources));
  const families =
    [...built.population].sort((a, b) => (a.period < b.period ? 1 : -1))[0]?.families ??
    fail(`${d.id}: no population snapshot to size the budget`);
  const lines: Budget[] = [];
  for (const { code } of fundingSources.items) {
    if (!recorded.has(code)) continue;
    for (const [amount, description] of linesOf(code, rng, families))
      lines.push({ kampungId: d.id, year: BUDGET_YEAR, fundingSource: code, amount, description });
  }
  for (const b of lines) assertValid('budget', b, `${d.id} ${b.year} ${b.fundingSource}`);
  return lines;
}

/** Rupiah rounded to Rp 50.000, at least Rp 50.000. */
function rupiah(amount: number): number {
  return Math.max(1, Math.round(amount / 50_000)) * 50_000;
}

function linesOf(code: FundingSourceCode, rng: Rng, families: number): Array<[number, string]> {
  switch (code) {
    case 'apbd':
      return [
        [rupiah(rng.between(6e6, 12e6)), 'Operasional Pokja Kampung KB (APBD Kota, DPPKBPM)'],
        [rupiah(families * rng.between(6_000, 12_000)), 'Pertemuan poktan dan kegiatan kader (APBD Kota)'],
      ];
    case 'apbn':
      return [[rupiah(rng.between(4e6, 10e6)), 'Bantuan Operasional KB (BOKB, DAK) untuk Kampung KB']];
    case 'danaDesa':
      return [[rupiah(rng.between(5e6, 20e6)), 'Dana Kelurahan untuk kegiatan Kampung KB']];
    case 'communityDonation':
      return [[rupiah(rng.between(1e6, 4e6)), 'Donasi dan hibah warga serta donatur setempat']];
    case 'csr':
      return [[rupiah(rng.between(10e6, 40e6)), `Bantuan CSR ${rng.pick(CSR_PARTNERS)}`]];
    case 'selfFunded':
      return [[rupiah(rng.between(1e6, 5e6)), 'Swadaya warga: iuran dan kerja bakti']];
  }
}
