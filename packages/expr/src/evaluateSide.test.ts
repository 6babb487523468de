import { describe, expect, it } from 'vitest';
import { env, report } from './__fixtures__/monthly.js';
import type { CompiledExpression } from './compile.js';
import { compileSource } from './compileSource.js';
import { evaluateSide } from './evaluateSide.js';
import { type MissingValueStrategy, missingValueStrategies } from './missingValueStrategy.js';

function compiled(source: string, missingValues: 'null' | 'zero' = 'null'): CompiledExpression {
  const r = compileSource(source, env, { missingValues });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.compiled;
}

const side = compiled('users.iud + users.mal');
const constant = compiled('1 + 2');
const none = { ...report, users: { ...report.users, mal: 4 } }; // no operand missing
const some = report; // users.mal missing
const all = { ...report, users: {} }; // users.iud and users.mal missing

type Cell = { skipped: boolean; value: number | null };
const skip: Cell = { skipped: true, value: null };
const value = (v: number | null): Cell => ({ skipped: false, value: v });

// The table of README.md § Missing-value strategies, cell by cell.
const table: Record<MissingValueStrategy, [Cell, Cell, Cell, Cell]> = {
  skipIfAnyMissing: [value(16), skip, skip, value(3)],
  skipIfAllMissing: [value(16), value(null), skip, value(3)],
  neverSkip: [value(16), value(null), value(null), value(3)],
  treatAsZero: [value(16), value(12), value(0), value(3)],
};

describe('evaluateSide: every cell of the strategy table', () => {
  for (const [strategy, [noneMissing, someMissing, allMissing, noOperands]] of Object.entries(table)) {
    const s = strategy as MissingValueStrategy;
    it(`${s}: no operand missing`, () => {
      expect(evaluateSide(side, none, s)).toEqual({ ...noneMissing, missing: [] });
    });
    it(`${s}: some missing`, () => {
      expect(evaluateSide(side, some, s)).toEqual({ ...someMissing, missing: ['users.mal'] });
    });
    it(`${s}: all missing`, () => {
      expect(evaluateSide(side, all, s)).toEqual({ ...allMissing, missing: ['users.iud', 'users.mal'] });
    });
    it(`${s}: no operands at all`, () => {
      expect(evaluateSide(constant, all, s)).toEqual({ ...noOperands, missing: [] });
    });
  }
});

describe('evaluateSide', () => {
  it('lets sums over groups survive partly missing data under skipIfAllMissing', () => {
    const total = compiled('sum(users[*])');
    expect(evaluateSide(total, report, 'skipIfAllMissing')).toEqual({
      skipped: false,
      value: 170,
      missing: ['users.mal', 'users.traditional'],
    });
    expect(evaluateSide(total, report, 'skipIfAnyMissing').skipped).toBe(true);
    expect(evaluateSide(compiled('sum(users[portal])'), report, 'skipIfAnyMissing')).toEqual({
      skipped: false,
      value: 170,
      missing: [],
    });
  });
  it('counts earlier records and variables as operands', () => {
    const growth = compiled('users.iud - prev(users.iud)');
    expect(evaluateSide(growth, report, 'skipIfAnyMissing')).toEqual({
      skipped: true,
      value: null,
      missing: ['prev:users.iud'],
    });
    expect(evaluateSide(growth, report, 'skipIfAnyMissing', { prev: { users: { iud: 10 } } }).value).toBe(2);
    expect(evaluateSide(compiled('pus'), report, 'skipIfAllMissing')).toEqual({
      skipped: true,
      value: null,
      missing: ['pus'],
    });
  });
  it("applies the expression's own policy when not skipping", () => {
    expect(evaluateSide(compiled('users.iud + users.mal', 'zero'), report, 'neverSkip').value).toBe(12);
  });
  it('lists the strategies as data with their DHIS2 names', () => {
    expect(missingValueStrategies.items.map((s) => [s.code, s.dhis2])).toEqual([
      ['skipIfAnyMissing', 'SKIP_IF_ANY_VALUE_MISSING'],
      ['skipIfAllMissing', 'SKIP_IF_ALL_VALUES_MISSING'],
      ['neverSkip', 'NEVER_SKIP'],
      ['treatAsZero', null],
    ]);
  });
});
