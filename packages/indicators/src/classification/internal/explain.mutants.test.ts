import { describe, expect, it } from 'vitest';
import { classificationSubIndicators, type SubIndicatorDefinition } from '../classificationSubIndicators.js';
import { explain } from './explain.js';
import type { Basis } from './subIndicatorBases.js';

function def(id: string): SubIndicatorDefinition {
  const d = classificationSubIndicators.find((s) => s.id === id);
  if (d === undefined) throw new Error(id);
  return d;
}

const cpr = def('cpr');
const pokja = def('pokja');
const funding = def('fundingSources');
const band = (d: SubIndicatorDefinition, score: number) => d.bands.find((b) => b.score === score) ?? null;

describe('explain', () => {
  it('joins two missing records with "and" in English and "dan" in Indonesian', () => {
    const basis: Basis = { value: null, note: 'missing-record', missing: ['population', 'monthly'] };
    expect(explain(cpr, basis, null, 1)).toEqual({
      id: 'CPR: data penduduk dan laporan bulanan tidak ada → skor 1',
      en: 'CPR: no population snapshot and monthly report → score 1',
    });
  });

  it('names the zero denominator when no percentage can be computed', () => {
    const basis: Basis = { value: null, note: 'zero-denominator', missing: [], zeroOf: 'pus' };
    expect(explain(cpr, basis, null, 1)).toEqual({
      id: 'CPR: PUS = 0, persentase tidak dapat dihitung → skor 1',
      en: 'CPR: PUS = 0, no percentage → score 1',
    });
  });

  it('falls back to the missing records for a zero-denominator note without a named denominator', () => {
    const basis: Basis = { value: null, note: 'zero-denominator', missing: ['monthly'] };
    expect(explain(cpr, basis, null, 1).en).toBe('CPR: no monthly report → score 1');
  });

  it('explains a value without a band as missing', () => {
    const basis: Basis = { value: 5, note: 'missing-record', missing: ['profile'] };
    expect(explain(funding, basis, null, 1).en).toBe('Funding sources: no kampung profile → score 1');
  });

  it('words a flags basis by its band label, without the number', () => {
    const basis: Basis = { value: 2, note: null, missing: [] };
    expect(explain(pokja, basis, band(pokja, 3), 3)).toEqual({
      id: 'Pokja: Pokja ada, dengan anggota atau sudah dilatih → skor 3',
      en: 'Pokja (working group): Pokja formed, with members or trained → score 3',
    });
  });

  it('uses the singular unit for 1 and the plural otherwise', () => {
    const one: Basis = { value: 1, note: null, missing: [] };
    const three: Basis = { value: 3, note: null, missing: [] };
    expect(explain(funding, one, band(funding, 2), 2).en).toBe('Funding sources: 1 source (1) → score 2');
    expect(explain(funding, three, band(funding, 3), 3).en).toBe(
      'Funding sources: 3 sources (2–4) → score 3',
    );
  });

  it('writes a count without a unit as the bare number', () => {
    const { unit: _unit, ...bare } = funding;
    const basis: Basis = { value: 3, note: null, missing: [] };
    expect(explain(bare, basis, band(funding, 3), 3).en).toBe('Funding sources: 3 (2–4) → score 3');
  });

  it('says why a 0 % stands in for a zero denominator (portal mode)', () => {
    const basis: Basis = { value: 0, note: 'zero-denominator', missing: [], zeroOf: 'users' };
    const b = band(cpr, 1);
    expect(explain(def('mkjpShare'), basis, b, 1).en).toBe(
      `MKJP share 0 % (${b?.label.en}) → score 1. Active users = 0: counted as 0 %, as the portal does.`,
    );
  });

  it('says why a 0 % stands in for a missing record (portal mode)', () => {
    const basis: Basis = { value: 0, note: 'missing-record', missing: ['population'] };
    const b = band(cpr, 1);
    expect(explain(cpr, basis, b, 1)).toEqual({
      id: `CPR 0 % (${b?.label.id}) → skor 1. Data penduduk tidak ada: dihitung 0 % seperti di portal.`,
      en: `CPR 0 % (${b?.label.en}) → score 1. No population snapshot: counted as 0 %, as the portal does.`,
    });
  });

  it('falls back to the missing records for a 0 % zero-denominator note without a named denominator', () => {
    const basis: Basis = { value: 0, note: 'zero-denominator', missing: ['monthly'] };
    const b = band(cpr, 1);
    expect(explain(cpr, basis, b, 1).en).toBe(
      `CPR 0 % (${b?.label.en}) → score 1. No monthly report: counted as 0 %, as the portal does.`,
    );
  });

  it('explains a null basis as missing even when a band is given', () => {
    const basis: Basis = { value: null, note: 'missing-record', missing: ['monthly'] };
    expect(explain(cpr, basis, band(cpr, 1), 1).en).toBe('CPR: no monthly report → score 1');
  });

  it('names a zero denominator only for a zero-denominator note', () => {
    const none: Basis = { value: null, note: 'missing-record', missing: ['population'], zeroOf: 'pus' };
    expect(explain(cpr, none, null, 1).en).toBe('CPR: no population snapshot → score 1');
    const zero: Basis = { value: 0, note: 'missing-record', missing: ['population'], zeroOf: 'pus' };
    expect(explain(cpr, zero, band(cpr, 1), 1).en).toMatch(/\. No population snapshot: counted as 0 %/);
  });
});
