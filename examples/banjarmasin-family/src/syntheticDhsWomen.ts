import { monthIndex } from '@kampung-kb/model';
import { mulberry32 } from '../../banjarmasin/src/prng.js';

/** The columns of the DHS-style women's file: DHS women's recode variable names. */
export const DHS_HEADER = [
  'caseid',
  'v001',
  'v005',
  'v008',
  'v011',
  'v012',
  'v013',
  'v201',
  'v213',
  'v312',
  'v313',
  'v502',
  'v605',
  'b3_01',
  'b3_02',
  'b3_03',
].join(',');

/** DHS `v312` codes of the methods drawn (pill, IUD, injectable, condom, female sterilisation, implant). */
const METHOD_CODES = [1, 2, 3, 5, 6, 11] as const;

/** DHS century-month code of a `YYYY-MM` month: months since December 1899 (`1900-01` is 1). */
function cmc(month: string): number {
  return monthIndex(month) - monthIndex('1900-01') + 1;
}

/**
 * A seeded synthetic DHS-style women's file (women 15–49 in `clusters` clusters, interviewed in `month`):
 * a woman's `caseid` is her cluster, household and line (as in DHS files; no NIK). About two in three are
 * currently in union; of those about 60 % use a method. Weights `v005` vary around 1,000,000. Returns the CSV.
 */
export function syntheticDhsWomen(options: {
  clusters: number;
  womenPerCluster: number;
  month: string;
  seed: number;
}): string {
  const rng = mulberry32(options.seed);
  const v008 = cmc(options.month);
  const lines = [DHS_HEADER];
  for (let cluster = 1; cluster <= options.clusters; cluster++) {
    const weight = rng.int(600_000, 1_400_000);
    for (let w = 1; w <= options.womenPerCluster; w++) {
      const age = rng.int(15, 49);
      const v011 = v008 - age * 12 - rng.int(0, 11);
      const married = rng.next() < (age < 20 ? 0.15 : 0.75);
      const births: number[] = [];
      if (married) {
        let at = v011 + rng.int(17, 24) * 12;
        while (at < v008 && births.length < 3 && rng.next() < 0.6) {
          births.push(at);
          at += rng.int(18, 60);
        }
      }
      const pregnant = married && rng.next() < 0.06 ? 1 : 0;
      const method =
        married && !pregnant && rng.next() < 0.6
          ? (METHOD_CODES[rng.int(0, METHOD_CODES.length - 1)] as number)
          : 0;
      const v605 = method === 6 ? 6 : married ? (rng.next() < 0.45 ? 5 : rng.next() < 0.6 ? 2 : 1) : 1;
      lines.push(
        [
          `${cluster} ${w} 2`,
          cluster,
          weight,
          v008,
          v011,
          age,
          Math.floor((age - 15) / 5) + 1,
          births.length,
          pregnant,
          method,
          method === 0 ? 0 : 3,
          married ? 1 : 0,
          v605,
          births[births.length - 1] ?? '',
          births[births.length - 2] ?? '',
          births[births.length - 3] ?? '',
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
