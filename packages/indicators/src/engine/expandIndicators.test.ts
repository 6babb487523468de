import { describe, expect, it } from 'vitest';
import { expandIndicators, templateCodes } from './expandIndicators.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';

const base: IndicatorDefinition = {
  id: 'poktan-share',
  version: '1.0.0',
  forEach: { list: 'poktan' },
  name: { id: 'Partisipasi {label}', en: '{label} participation' },
  definition: { id: 'Peserta {name} per {targetLabel}', en: '{name} per {targetLabel}' },
  numerator: 'monthly.poktanParticipants.{code}',
  denominator: 'population.{target}',
  factor: 100,
  decimals: 2,
  unit: 'percent',
  standard: { body: 'city', citation: 'test' },
  regionLevels: ['kampung'],
  periodTypes: ['month'],
  tags: ['{code}'],
};

describe('expandIndicators', () => {
  it('expands a template per code-list item, filling every placeholder', () => {
    const out = expandIndicators([base]);
    expect(out.map((d) => d.id)).toEqual(templateCodes('poktan').map((c) => `poktan-share.${c}`));
    expect(out[0]).toMatchObject({
      name: { id: 'Partisipasi BKB', en: 'BKB participation' },
      definition: {
        id: 'Peserta Bina Keluarga Balita (BKB) per keluarga yang punya balita',
        en: 'Under-five family development (BKB) per families with under-fives',
      },
      numerator: 'monthly.poktanParticipants.bkb',
      denominator: 'population.familiesWithUnderFives',
      tags: ['bkb'],
    });
    expect(out[0]).not.toHaveProperty('forEach');
  });

  it('labels acronyms the same in both languages and other short names per language', () => {
    const mix = expandIndicators([{ ...base, forEach: { list: 'portalMethods' } }]);
    expect(mix.map((d) => d.name.en)).toEqual([
      'IUD participation',
      'MOW participation',
      'MOP participation',
      'Condom participation',
      'Implant participation',
      'Injectable participation',
      'Pill participation',
    ]);
    expect(templateCodes('fundingSources')).toEqual([
      'apbn',
      'apbd',
      'danaDesa',
      'communityDonation',
      'csr',
      'selfFunded',
    ]);
    expect(templateCodes('pokjaSections')).toHaveLength(9);
  });
});
