import { describe, expect, it } from 'vitest';
import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportTable,
  ReportTableRelation,
} from '../reportDocument.js';
import { auditDocumentDisclosure, type DisclosureFinding } from './auditDocumentDisclosure.js';

// Worked values for the disclosure audit, written for `pnpm mutate -- --module disclosure`
// (docs/mutation-testing.md): every expected finding below is worked out by hand from the rules in the
// audit's documentation. Cells are numbered over `rows` then `footer`; column 0 is a label.

const HIDDEN: ReportCell = { kind: 'hidden' };
const SUPPRESSED: ReportCell = { kind: 'suppressed', below: 5 };
const pct = (value: number | null, decimals = 1): ReportCell => ({ kind: 'percent', value, decimals });

/** A table with one column title per cell of its widest row. */
function table(
  rows: ReportCell[][],
  options: { footer?: ReportCell[][]; relations?: ReportTableRelation[]; id?: string | null } = {},
): ReportTable {
  const width = Math.max(...[...rows, ...(options.footer ?? [])].map((r) => r.length));
  return {
    kind: 'table',
    ...(options.id === null ? {} : { id: options.id ?? 't' }),
    columns: Array.from({ length: width }, (_, j) => ({ title: `c${j}` })),
    rows,
    ...(options.footer ? { footer: options.footer } : {}),
    ...(options.relations ? { relations: options.relations } : {}),
  };
}

const sum = (total: [number, number], ...parts: [number, number][]): ReportTableRelation => ({
  total: { row: total[0], column: total[1] },
  parts: parts.map(([row, column]) => ({ row, column })),
});

const doc = (...blocks: ReportBlock[]): ReportDocument => ({
  lang: 'en',
  title: 'Test',
  sections: [{ title: 'S', blocks }],
  footnotes: [],
});

const audit = (pub: ReportBlock, full: ReportBlock, threshold = 5): DisclosureFinding[] =>
  auditDocumentDisclosure(doc(pub), doc(full), threshold);

const brief = (findings: readonly DisclosureFinding[]) => findings.map((f) => [f.kind, f.cell]);

const at = (row: number, column: number) => ({ row, column });

describe('hidden marks', () => {
  it('takes a `<5` mark as a hidden cell (3 = 43 − 40)', () => {
    const full = table([['K0', 3, 40, 43]], { relations: [sum([0, 3], [0, 1], [0, 2])] });
    const pub = table([['K0', SUPPRESSED, 40, 43]], { relations: [sum([0, 3], [0, 1], [0, 2])] });
    expect(brief(audit(pub, full))).toEqual([['derivable', at(0, 1)]]);
  });

  it('reads an empty cell (null) and a percentage without value as shown, not hidden', () => {
    const t = table([
      ['K0', null, 3, pct(null)],
      ['K1', 8, null, pct(null)],
    ]);
    expect(audit(t, t)).toEqual([]);
  });

  it('reads a cell past the end of a short row, named by a relation, as no hidden cell', () => {
    // Row 1 has no column 3; the relation still names it.
    const rows: ReportCell[][] = [
      ['K0', 10, 20, 30],
      ['K1', 3, 9],
    ];
    const relations = [sum([0, 3], [0, 1], [0, 2]), sum([1, 3], [1, 1], [1, 2])];
    const t = table(rows, { relations });
    expect(audit(t, t)).toEqual([]);
  });
});

describe('shown numbers against the full report', () => {
  it('reports a number shown where the full report hides the cell as a structure finding', () => {
    const full = table([['K0', HIDDEN, 40]]);
    const findings = audit(table([['K0', 7, 40]]), full);
    expect(brief(findings)).toEqual([['structure', at(0, 1)]]);
    expect(findings[0]?.tableId).toBe('t');
    expect(findings[0]?.message).toEqual({
      id: 'Tabel t, baris 1, kolom 2: laporan lengkap menyembunyikan sel ini, jadi nilainya tidak dapat diperiksa.',
      en: 'Table t, row 1, column 2: the full report hides this cell, so its value cannot be checked.',
    });
    // A text shown there is not comparable either; the same cell hidden in both is fine.
    expect(brief(audit(table([['K0', 'n/a', 40]]), full))).toEqual([['structure', at(0, 1)]]);
    expect(audit(table([['K0', HIDDEN, 40]]), full)).toEqual([]);
    expect(brief(audit(table([['K0', 7, 40]]), table([['K0', SUPPRESSED, 40]])))).toEqual([
      ['structure', at(0, 1)],
    ]);
  });

  it('reports a changed number as altered, with its place in both languages', () => {
    const findings = audit(table([['K0', 3, 41]]), table([['K0', 3, 40]]));
    expect(brief(findings)).toEqual([['altered', at(0, 2)]]);
    expect(findings[0]?.message).toEqual({
      id: 'Tabel t, baris 1, kolom 3: angka yang ditampilkan berbeda dengan laporan lengkap.',
      en: 'Table t, row 1, column 3: the number shown differs from the full report.',
    });
  });

  it('reports a number shown where the full report has a percentage as altered', () => {
    expect(brief(audit(table([['K0', 60]]), table([['K0', pct(60)]])))).toEqual([['altered', at(0, 1)]]);
  });
});

describe('sums a reader infers from the table', () => {
  // Two count columns (too few for a row total): K0 3 + K1 12 = 15, K0 40 + K1 9 = 49.
  const body: ReportCell[][] = [
    ['K0', 3, 40],
    ['K1', 12, 9],
  ];
  const hide = (rows: ReportCell[][], row: number, column: number): ReportCell[][] =>
    rows.map((r, i) => r.map((c, j) => (i === row && j === column ? HIDDEN : c)));

  it('sums every column into its footer, not only the first (40 = 49 − 9)', () => {
    const footer: ReportCell[][] = [['Total', 15, 49]];
    const findings = audit(table(hide(body, 0, 2), { footer }), table(body, { footer }));
    expect(brief(findings)).toEqual([['derivable', at(0, 2)]]);
    expect(findings[0]?.message.en).toBe(
      'Table t, row 1, column 3: a hidden cell can be worked out from the shown cells and totals.',
    );
  });

  it('finds the total in a second footer row (row 4 = rows 1 + 2; row 3 is a mean)', () => {
    const footer: ReportCell[][] = [
      ['Mean', 7.5, 24.5],
      ['Total', 15, 49],
    ];
    expect(brief(audit(table(hide(body, 0, 2), { footer }), table(body, { footer })))).toEqual([
      ['derivable', at(0, 2)],
    ]);
  });

  it('takes no footer that is not its column’s sum (mean 21 ≠ 40 + 2)', () => {
    // Had the footer been taken as a sum, the hidden 40 would put the shown 2 under control.
    const rows: ReportCell[][] = [
      ['K0', 3, 40],
      ['K1', 12, 2],
    ];
    const footer: ReportCell[][] = [['Mean', 7.5, 21]];
    expect(audit(table(hide(rows, 0, 2), { footer }), table(rows, { footer }))).toEqual([]);
  });

  it('takes no footer sum over a column with an empty cell (3 + null is no sum)', () => {
    // Column 2: 3 and an empty cell, footer 3 hidden. Column 1 sums (20 + 12 = 32) but hides nothing.
    const rows: ReportCell[][] = [
      ['K0', 20, 3],
      ['K1', 12, null],
    ];
    const full = table(rows, { footer: [['Total', 32, 3]] });
    const pub = table(rows, { footer: [['Total', 32, HIDDEN]] });
    expect(audit(pub, full)).toEqual([]);
  });

  it('sees a row-total column over two rows (3 = 43 − 40)', () => {
    const rows: ReportCell[][] = [
      ['K0', 3, 40, 43],
      ['K1', 12, 9, 21],
    ];
    expect(brief(audit(table(hide(rows, 0, 1)), table(rows)))).toEqual([['derivable', at(0, 1)]]);
  });

  it('takes one row as no evidence of a row total', () => {
    expect(audit(table([['K0', HIDDEN, 40, 43]]), table([['K0', 3, 40, 43]]))).toEqual([]);
  });

  it('takes no row total when no column is the sum of the others (3 + 40 ≠ 50)', () => {
    // Had a row relation been made, the hidden 40 would put the shown 3 under control.
    const rows: ReportCell[][] = [
      ['K0', 3, 40, 50],
      ['K1', 12, 9, 30],
    ];
    expect(audit(table(hide(rows, 0, 2)), table(rows))).toEqual([]);
  });
});

describe('groups of sums', () => {
  it('controls only the group that has a hidden cell (row 1’s 3 is in a group of its own)', () => {
    // Row 0: 10 + 40 = 50 with both parts hidden (two unknowns, not pinned); row 1: 3 + 9 = 12 all shown.
    const rows: ReportCell[][] = [
      ['K0', 10, 40, 50],
      ['K1', 3, 9, 12],
    ];
    const pub = table([
      ['K0', HIDDEN, HIDDEN, 50],
      ['K1', 3, 9, 12],
    ]);
    expect(audit(pub, table(rows))).toEqual([]);
  });

  it('joins two sums through a shared part that is not the first cell of either', () => {
    // 30 = 10 + 20 (row 0) and 13 = 10 + 3 (column 1 + row 1): 10 is in both, so 20 hidden controls the 3.
    // 20 = 30 − 10 is also derivable. Column 3 (30, 99) is no row total: 3 + 13 ≠ 99.
    const relations = [sum([0, 3], [0, 1], [0, 2]), sum([1, 2], [0, 1], [1, 1])];
    const full = table(
      [
        ['x', 10, 20, 30],
        ['y', 3, 13, 99],
      ],
      { relations },
    );
    const pub = table(
      [
        ['x', 10, HIDDEN, 30],
        ['y', 3, 13, 99],
      ],
      { relations },
    );
    expect(brief(audit(pub, full))).toEqual([
      ['derivable', at(0, 2)],
      ['smallCount', at(1, 1)],
    ]);
  });

  it('ties no cells together with a relation that has no parts', () => {
    const relations = [sum([0, 1]), sum([0, 2])];
    expect(audit(table([['x', HIDDEN, 3]], { relations }), table([['x', 7, 3]], { relations }))).toEqual([]);
  });
});

describe('small counts', () => {
  it('flags a shown 1 and names the range 1 to threshold − 1', () => {
    // 31 = 1 + 10 + 20 with 10 and 20 hidden: not pinned, but the group is under control.
    const relations = [sum([0, 4], [0, 1], [0, 2], [0, 3])];
    const full = table([['K0', 1, 10, 20, 31]], { relations });
    const pub = table([['K0', 1, HIDDEN, HIDDEN, 31]], { relations });
    const findings = audit(pub, full, 5);
    expect(brief(findings)).toEqual([['smallCount', at(0, 1)]]);
    expect(findings[0]?.message).toEqual({
      id: 'Tabel t, baris 1, kolom 2: angka kecil (1 sampai 4) ditampilkan di antara angka yang dilindungi.',
      en: 'Table t, row 1, column 2: a small count (1 to 4) is shown among protected figures.',
    });
  });
});

describe('derivable cells', () => {
  it('reports a cell found both from the sums and from a percentage once', () => {
    // 3 = 5 − 2 and 3 / 5 = 60.0 %; the shown 2 sits in the controlled sum.
    const relations = [sum([0, 3], [0, 1], [0, 2])];
    const full = table([['K0', 3, 2, 5, pct(60)]], { relations });
    const pub = table([['K0', HIDDEN, 2, 5, pct(60)]], { relations });
    const findings = audit(pub, full);
    expect(brief(findings)).toEqual([
      ['derivable', at(0, 1)],
      ['smallCount', at(0, 2)],
    ]);
    expect(findings[0]?.message.en).toContain('shown cells and totals');
  });
});

describe('percentages turned back into counts', () => {
  /** One row: a label, the percentage, then the two counts `a` and `b` (one of them hidden in `pub`). */
  const row = (p: ReportCell, a: ReportCell, b: ReportCell): ReportTable => table([['x', p, a, b]]);

  // [what, percentage shown, numerator, denominator, which is hidden, derivable]
  const cases: [string, ReportCell, number, number, 'numerator' | 'denominator', boolean][] = [
    ['1 of 7 = 14.3 %: a hidden 1 is a count too', pct(14.3), 1, 7, 'numerator', true],
    [
      '3 of 7 = 42.9 % shown with the default 1 decimal',
      { kind: 'percent', value: 42.9 },
      3,
      7,
      'numerator',
      true,
    ],
    ['3 of 75 = 4.0 %: only 75 gives 4.0 (74 → 4.1, 76 → 3.9)', pct(4), 3, 75, 'denominator', true],
    // 23 / 80 · 100 is 28.749… in binary, read as 28.7; the search must reach 23 = ⌈28.75 · 80 / 100⌉.
    ['23 of 80 read 28.7 %: the last numerator searched', pct(28.7), 23, 80, 'numerator', true],
    // 114 / 200 = 57 % and 115 / 200 = 57.49… (binary) both read 57 %.
    ['114 of 200 = 57 %: 115 fits as well', pct(57, 0), 114, 200, 'numerator', false],
    // 23 / 80 read 28.7 %: 80 is the first denominator searched, ⌊2300 / 28.75⌋ = 80.
    ['23 of 80 read 28.7 %: the first denominator searched', pct(28.7), 23, 80, 'denominator', true],
    // 29 / 395 = 7.34 % and 29 / 396 = 7.32 % read 7.3 %, so the true 399 is not the only one.
    ['29 of 399 = 7.3 %: 395 and 396 fit first', pct(7.3), 29, 399, 'denominator', false],
    // 1 / 16 = 6.25 %, read 6.3 %; 16 is the last denominator searched (⌈100 / 6.25⌉ = 16).
    ['1 of 16 read 6.3 %: the last denominator searched', pct(6.3), 1, 16, 'denominator', true],
    // 1 / 81 = 1.23 % and 1 / 82 = 1.22 % both read 1.2 %.
    ['1 of 81 = 1.2 %: 82 fits as well', pct(1.2), 1, 81, 'denominator', false],
    ['1 of 100,000 = 0.0 %: 1 and 2 both fit', pct(0.001), 1, 100_000, 'numerator', false],
    // 2·10¹⁰ / 2·10⁶ = 1,000,000 %: the search starts near 2·10¹² / 1,000,000.05, not at 1 (it stops a
    // million past its start); 1,999,999 gives 1,000,000.5 and 2,000,001 gives 999,999.5.
    [
      '2·10¹⁰ over 2·10⁶ = 1,000,000 %: a denominator above a million',
      pct(1_000_000),
      2e10,
      2e6,
      'denominator',
      true,
    ],
  ];

  it.each(cases)('%s', (_, p, numerator, denominator, hidden, derivable) => {
    const full = row(p, numerator, denominator);
    const pub = hidden === 'numerator' ? row(p, HIDDEN, denominator) : row(p, numerator, HIDDEN);
    const cell = at(0, hidden === 'numerator' ? 2 : 3);
    const findings = audit(pub, full);
    expect(brief(findings)).toEqual(derivable ? [['derivable', cell]] : []);
    if (derivable)
      expect(findings[0]?.message.en).toBe(
        `Table t, row 1, column ${cell.column + 1}: a hidden cell can be worked out from a percentage shown.`,
      );
  });

  it('flags no shown count', () => {
    const t = row(pct(60), 3, 5);
    expect(audit(t, t)).toEqual([]);
  });

  it('reads no number from a text cell in the row or in the footer', () => {
    // '5' and '20' are labels: 3 / 5 = 60 % and 3 / 20 = 15 % are not there for a reader.
    expect(audit(table([['5', pct(60), HIDDEN]]), table([['5', pct(60), 3]]))).toEqual([]);
    const full = table([['IUD', 3, pct(15)]], { footer: [['Total', '20', pct(100)]] });
    const pub = table([['IUD', HIDDEN, pct(15)]], { footer: [['Total', '20', pct(100)]] });
    expect(audit(pub, full)).toEqual([]);
  });

  it('uses no negative number as the other figure (3 / −5 = −60 %)', () => {
    expect(audit(row(pct(-60), HIDDEN, -5), row(pct(-60), 3, -5))).toEqual([]);
  });

  it('uses a percentage only where the full report shows one too', () => {
    const pub = row(pct(60), HIDDEN, 5);
    expect(brief(audit(pub, row(HIDDEN, 3, 5)))).toEqual([['structure', at(0, 1)]]);
    expect(audit(pub, row(null, 3, 5))).toEqual([]);
    expect(audit(pub, row(pct(null), 3, 5))).toEqual([]);
    // The public report shows the percentage empty: nothing to read.
    expect(audit(row(null, HIDDEN, 5), row(pct(60), 3, 5))).toEqual([]);
  });
});

describe('table shape', () => {
  const base = table([['K0', 3, 40]]);
  const shape = (pub: ReportTable, full: ReportTable) =>
    audit(pub, full).map((f) => [f.tableId, f.kind, f.message.en]);
  const differ = (what: string) => `The public and the full report differ in shape (${what}).`;

  it('names the difference: id, columns, column titles, footer, row width, relations', () => {
    expect(shape({ ...base, id: 'a' }, { ...base, id: 'b' })).toEqual([
      ['a', 'structure', differ('a: id a ≠ b')],
    ]);
    expect(shape({ ...base, columns: [...base.columns, { title: 'c3' }] }, base)).toEqual([
      ['t', 'structure', differ('t: columns')],
    ]);
    expect(shape({ ...base, columns: [{ title: 'c0' }, { title: 'X' }, { title: 'c2' }] }, base)).toEqual([
      ['t', 'structure', differ('t: column titles')],
    ]);
    expect(shape({ ...base, footer: [['Total', 3, 40]] }, base)).toEqual([
      ['t', 'structure', differ('t: footer')],
    ]);
    expect(shape({ ...base, rows: [['K0', 3, 40, 1]] }, base)).toEqual([
      ['t', 'structure', differ('t: row width')],
    ]);
    expect(shape({ ...base, relations: [sum([0, 2], [0, 1])] }, base)).toEqual([
      ['t', 'structure', differ('t: relations')],
    ]);
  });
});

describe('the walk over sections and blocks', () => {
  const full = table([['K0', 3, 40, 43]], { relations: [sum([0, 3], [0, 1], [0, 2])] });
  const leaky = table([['K0', HIDDEN, 40, 43]], { relations: [sum([0, 3], [0, 1], [0, 2])] });
  const paragraph: ReportBlock = { kind: 'paragraph', text: 'Catatan.' };
  const facts = (n: number): ReportBlock => ({
    kind: 'facts',
    items: Array.from({ length: n }, (_, k) => ({ term: `t${k}`, value: k })),
  });
  const chart = (t: ReportTable, id = 'ch', mark: ReportChart['mark'] = 'bar'): ReportChart => ({
    kind: 'chart',
    id,
    mark,
    title: 'Chart',
    description: 'A chart.',
    table: t,
  });
  const two = (a: ReportBlock[], b: ReportBlock[], titles = ['A', 'B']): ReportDocument => ({
    lang: 'en',
    title: 'Test',
    sections: [
      { title: titles[0] as string, blocks: a },
      { title: titles[1] as string, blocks: b },
    ],
    footnotes: [],
  });
  const kinds = (fs: readonly DisclosureFinding[]) => fs.map((f) => [f.tableId, f.kind, f.message.en]);
  const differ = (what: string) => `The public and the full report differ in shape (${what}).`;

  it('names a table without id by its section and block (both counted from 1)', () => {
    const relations = [sum([0, 3], [0, 1], [0, 2])];
    const fullNoId = table([['K0', 3, 40, 43]], { relations, id: null });
    const leakyNoId = table([['K0', HIDDEN, 40, 43]], { relations, id: null });
    const findings = auditDocumentDisclosure(
      two([paragraph], [paragraph, leakyNoId]),
      two([paragraph], [paragraph, fullNoId]),
      5,
    );
    expect(findings.map((f) => [f.tableId, f.kind])).toEqual([['section 2 block 2', 'derivable']]);
  });

  it('stops at a section whose title differs', () => {
    const findings = auditDocumentDisclosure(
      two([paragraph], [leaky]),
      two([paragraph], [full], ['A', 'C']),
      5,
    );
    expect(kinds(findings)).toEqual([['section 2', 'structure', differ('section title')]]);
  });

  it('stops at a section whose block count differs', () => {
    const findings = auditDocumentDisclosure(
      two([paragraph], [leaky, paragraph]),
      two([paragraph], [full]),
      5,
    );
    expect(kinds(findings)).toEqual([['section 2', 'structure', differ('blocks')]]);
  });

  it('stops at a block whose kind differs', () => {
    const findings = auditDocumentDisclosure(two([paragraph], [leaky]), two([paragraph], [paragraph]), 5);
    expect(kinds(findings)).toEqual([['t', 'structure', differ('table ≠ paragraph')]]);
  });

  it('compares facts by their number of items', () => {
    expect(kinds(audit(facts(2), facts(3)))).toEqual([['section 1 block 1', 'structure', differ('facts')]]);
    expect(audit(facts(2), facts(2))).toEqual([]);
  });

  it('passes paragraphs without auditing them', () => {
    expect(audit(paragraph, paragraph)).toEqual([]);
  });

  it('stops at a chart whose id or mark differs', () => {
    expect(kinds(audit(chart(leaky, 'a'), chart(full, 'b')))).toEqual([
      ['a', 'structure', differ('chart id or mark')],
    ]);
    expect(kinds(audit(chart(leaky, 'ch', 'bar'), chart(full, 'ch', 'line')))).toEqual([
      ['ch', 'structure', differ('chart id or mark')],
    ]);
    expect(brief(audit(chart(leaky), chart(full)))).toEqual([['derivable', at(0, 1)]]);
  });
});
