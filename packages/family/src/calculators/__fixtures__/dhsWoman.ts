import type { DhsWoman } from '../../model/dhsWoman.js';

/**
 * A DHS woman with every variable missing except what a test sets: interviewed June 2010 (CMC 1326), born
 * June 1980 (CMC 966, aged 30), weight 1.
 */
export function dhsWoman(fields: Partial<DhsWoman> = {}): DhsWoman {
  return {
    caseId: 'test 1',
    v001: null,
    v005: 1_000_000,
    v008: 1326,
    v011: 966,
    v012: 30,
    v013: 4,
    v021: null,
    v022: null,
    v024: null,
    v025: null,
    v106: null,
    v190: null,
    v201: null,
    v213: 0,
    v215: null,
    v222: null,
    v225: null,
    v302a: null,
    v312: 0,
    v313: 0,
    v3a08d: null,
    v501: 1,
    v502: 1,
    v512: null,
    v525: null,
    v528: null,
    v605: null,
    v626a: null,
    m6_1: null,
    m10_1: null,
    awfactt: 100,
    birthsCmc: [],
    ...fields,
  };
}
