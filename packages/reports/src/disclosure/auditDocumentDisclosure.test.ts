import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportTable,
  ReportTableRelation,
} from '../reportDocument.js';
import { type SuppressionPattern, suppressTable, tableWithTotals } from '../suppressTable.js';
import { auditDocumentDisclosure } from './auditDocumentDisclosure.js';

const HIDDEN: ReportCell = { kind: 'hidden' };

/**
 * A two-way table of counts with a row-total column and a footer of column totals (label in column 0),
 * its relations declared, and the cells of `hide` (ids of {@link tableWithTotals}) shown `×`.
 */
function twoWay(values: number[][], hide: ReadonlySet<string> = new Set(), declare = true): ReportTable {
  const width = values[0]?.length ?? 0;
  const n = values.length;
  const { cells } = tableWithTotals(values);
  const ref = (id: string): { row: number; column: number } => {
    const m = /^r(\d+)c(\d+)$/.exec(id);
    if (m) return { row: Number(m[1]), column: Number(m[2]) + 1 };
    if (id === 'total') return { row: n, column: width + 1 };
    if (id.startsWith('r')) return { row: Number(id.slice(1)), column: width + 1 };
    return { row: n, column: Number(id.slice(1)) + 1 };
  };
  const grid: ReportCell[][] = Array.from({ length: n + 1 }, (_, i) => [
    i < n ? `K${i}` : 'Total',
    ...Array.from({ length: width + 1 }, () => 0 as ReportCell),
  ]);
  for (const [id, v] of Object.entries(cells)) {
    const { row, column } = ref(id);
    (grid[row] as ReportCell[])[column] = hide.has(id) ? HIDDEN : v;
  }
  const relations: ReportTableRelation[] = tableWithTotals(values).relations.map((r) => ({
    total: ref(r.total),
    parts: r.parts.map(ref),
  }));
  return {
    kind: 'table',
    id: 'acceptors',
    columns: [{ title: 'Kampung' }, ...Array.from({ length: width + 1 }, (_, j) => ({ title: `c${j}` }))],
    rows: grid.slice(0, n),
    footer: grid.slice(n),
    ...(declare ? { relations } : {}),
  };
}

const doc = (...blocks: (ReportTable | ReportChart)[]): ReportDocument => ({
  lang: 'en',
  title: 'Test',
  sections: [{ title: 'S', blocks }],
  footnotes: [],
});

const hiddenOf = (p: SuppressionPattern) => new Set([...p.primary, ...p.complementary]);

describe('auditDocumentDisclosure', () => {
  // Two kampung × two methods: K0 has 3 IUD users (a small count).
  const values = [
    [3, 40],
    [12, 9],
  ];

  it('finds the hidden part of a row whose total is shown (3 = 43 − 40)', () => {
    const leaky = twoWay(values, new Set(['r0c0']));
    const findings = auditDocumentDisclosure(doc(leaky), doc(twoWay(values)), 5);
    expect(findings.map((f) => [f.kind, f.cell])).toEqual([['derivable', { row: 0, column: 1 }]]);
    expect(findings[0]?.tableId).toBe('acceptors');
    expect(findings[0]?.message.id).toContain('baris 1, kolom 2');
    expect(findings[0]?.message.en).toContain('row 1, column 2');
  });

  it('passes the pattern suppressTable chooses for the same table', () => {
    const pattern = suppressTable({ ...tableWithTotals(values), threshold: 5 });
    const safe = twoWay(values, hiddenOf(pattern));
    expect(auditDocumentDisclosure(doc(safe), doc(twoWay(values)), 5)).toEqual([]);
  });

  it('sees a footer total and a row-total column that the table does not declare', () => {
    const leaky = twoWay(values, new Set(['r0c0']), false);
    const full = twoWay(values, new Set(), false);
    expect(auditDocumentDisclosure(doc(leaky), doc(full), 5).map((f) => f.kind)).toEqual(['derivable']);
    const pattern = suppressTable({ ...tableWithTotals(values), threshold: 5 });
    expect(auditDocumentDisclosure(doc(twoWay(values, hiddenOf(pattern), false)), doc(full), 5)).toEqual([]);
  });

  it('finds two hidden cells that must add up to 2 (each at least 1: both 1)', () => {
    const t = twoWay(
      [
        [1, 40],
        [1, 50],
      ],
      new Set(['r0c0', 'r1c0']),
    );
    const full = twoWay([
      [1, 40],
      [1, 50],
    ]);
    // The footer c0 = 2 and both hidden cells are at least 1; the row totals pin them too.
    const kinds = auditDocumentDisclosure(doc(t), doc(full), 5).map((f) => f.kind);
    expect(kinds).toContain('derivable');
    expect(kinds.filter((k) => k === 'smallCount')).toEqual(['smallCount']);
  });

  it('flags a small count shown beside a hidden one in the same sums', () => {
    const full = twoWay([
      [3, 2],
      [12, 9],
    ]);
    const pub = twoWay(
      [
        [3, 2],
        [12, 9],
      ],
      new Set(['r0c0', 'r1c0', 'r0', 'r1']),
    );
    const small = auditDocumentDisclosure(doc(pub), doc(full), 5).filter((f) => f.kind === 'smallCount');
    expect(small.map((f) => f.cell)).toEqual([{ row: 0, column: 2 }]);
  });

  it('reports a number changed in the public report and a shape that differs', () => {
    const full = twoWay(values);
    const changed = { ...full, rows: [['K0', 3, 41, 43], ...full.rows.slice(1)] };
    expect(auditDocumentDisclosure(doc(changed), doc(full), 5).map((f) => [f.kind, f.cell])).toEqual([
      ['altered', { row: 0, column: 2 }],
    ]);
    const fewer = { ...full, rows: full.rows.slice(0, 1) };
    const shape = auditDocumentDisclosure(doc(fewer), doc(full), 5);
    expect(shape.map((f) => f.kind)).toEqual(['structure']);
    expect(shape[0]?.message.en).toContain('acceptors: rows');
    const other: ReportDocument = { ...doc(full), sections: [] };
    expect(auditDocumentDisclosure(other, doc(full), 5).map((f) => f.kind)).toEqual(['structure']);
    expect(auditDocumentDisclosure({ ...doc(full), lang: 'id' }, doc(full), 5)[0]?.kind).toBe('structure');
  });

  it('turns a shown percentage back into the hidden count beside it (3 of 5 PUS = 60.0 %)', () => {
    const indicator = (value: ReportCell, num: ReportCell, den: ReportCell): ReportTable => ({
      kind: 'table',
      id: 'key-indicators',
      columns: [{ title: 'Indicator' }, { title: 'Value' }, { title: 'Numerator' }, { title: 'Denominator' }],
      rows: [['CPR', value, num, den]],
    });
    const pct = (value: number): ReportCell => ({ kind: 'percent', value, decimals: 1 });
    const full = doc(indicator(pct(60), 3, 5));
    const leaky = auditDocumentDisclosure(doc(indicator(pct(60), HIDDEN, 5)), full, 5);
    expect(leaky.map((f) => [f.kind, f.cell])).toEqual([['derivable', { row: 0, column: 2 }]]);
    expect(leaky[0]?.message.en).toContain('percentage');
    // The denominator hidden instead: 3 / x = 60.0 % only for x = 5.
    expect(auditDocumentDisclosure(doc(indicator(pct(60), 3, HIDDEN)), full, 5).map((f) => f.cell)).toEqual([
      { row: 0, column: 3 },
    ]);
    // The percentage hidden with it: nothing to find.
    expect(auditDocumentDisclosure(doc(indicator(HIDDEN, HIDDEN, 5)), full, 5)).toEqual([]);
    // 3 of 100,000 reads 0.0 %: every small count fits.
    const big = doc(indicator(pct(0.003), 3, 100_000));
    expect(auditDocumentDisclosure(doc(indicator(pct(0.003), HIDDEN, 100_000)), big, 5)).toEqual([]);
  });

  it('turns a share of the column total back into its count', () => {
    const methods = (iud: ReportCell, share: ReportCell): ReportTable => ({
      kind: 'table',
      id: 'methods',
      columns: [{ title: 'Method' }, { title: 'Users' }, { title: 'Share' }],
      rows: [
        ['IUD', iud, share],
        ['Pill', HIDDEN, HIDDEN],
        ['Injectable', 60, { kind: 'percent', value: 60, decimals: 1 }],
      ],
      footer: [['Total', 100, { kind: 'percent', value: 100, decimals: 1 }]],
    });
    const full: ReportTable = {
      ...methods(3, { kind: 'percent', value: 3, decimals: 1 }),
      rows: [
        ['IUD', 3, { kind: 'percent', value: 3, decimals: 1 }],
        ['Pill', 37, { kind: 'percent', value: 37, decimals: 1 }],
        ['Injectable', 60, { kind: 'percent', value: 60, decimals: 1 }],
      ],
    };
    const leaky = auditDocumentDisclosure(
      doc(methods(HIDDEN, { kind: 'percent', value: 3, decimals: 1 })),
      doc(full),
      5,
    );
    // IUD from its share of 100, then Pill from the total (100 − 60 − 3 is not seen: IUD is hidden; the
    // percentage check reports IUD only).
    expect(leaky.map((f) => f.cell)).toEqual([{ row: 0, column: 1 }]);
    expect(auditDocumentDisclosure(doc(methods(HIDDEN, HIDDEN)), doc(full), 5)).toEqual([]);
  });

  it('audits the table of a chart as a table', () => {
    const chart = (t: ReportTable): ReportChart => ({
      kind: 'chart',
      id: 'acceptors-chart',
      mark: 'stackedBar',
      title: 'Acceptors',
      description: 'Acceptors by kampung and method.',
      table: t,
    });
    const full = doc(chart(twoWay(values)));
    const leaky = auditDocumentDisclosure(doc(chart(twoWay(values, new Set(['r0c0'])))), full, 5);
    expect(leaky.map((f) => [f.tableId, f.kind])).toEqual([['acceptors-chart', 'derivable']]);
    const pattern = suppressTable({ ...tableWithTotals(values), threshold: 5 });
    expect(auditDocumentDisclosure(doc(chart(twoWay(values, hiddenOf(pattern)))), full, 5)).toEqual([]);
  });

  it('agrees with suppressTable on random tables: its pattern passes, primary suppression alone fails when a cell is pinned', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 4 }), {
          minLength: 2,
          maxLength: 4,
        }),
        (raw) => {
          const width = Math.min(...raw.map((r) => r.length));
          const vals = raw.map((r) => r.slice(0, width));
          const input = { ...tableWithTotals(vals), threshold: 5 };
          const full = doc(twoWay(vals));
          const pattern = suppressTable(input);
          expect(auditDocumentDisclosure(doc(twoWay(vals, hiddenOf(pattern))), full, 5)).toEqual([]);
          // Only the small counts hidden: a row with one small count and a total of at least 5 gives it away.
          const primary = auditDocumentDisclosure(doc(twoWay(vals, pattern.primary)), full, 5);
          const lonely = vals.some(
            (r) => r.filter((v) => v > 0 && v < 5).length === 1 && r.reduce((a, b) => a + b, 0) >= 5,
          );
          if (lonely) expect(primary.some((f) => f.kind === 'derivable')).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
