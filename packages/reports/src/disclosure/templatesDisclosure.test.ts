/**
 * Every template, public, against its full twin (issue 10, item 6): on the Banjarmasin example and on a
 * fixture with many small counts, in Indonesian and English, the disclosure audit finds nothing, and every
 * format a reader gets (Markdown, HTML, CSV, XLSX) shows `×` where the document hides a
 * cell, never the value.
 */
import { fileURLToPath } from 'node:url';
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { type Dataset, type Lang, type MonthlyReport, shiftMonth } from '@kampung-kb/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportedCells } from '../__fixtures__/exportedCells.js';
import { cityRecap } from '../cityRecap.js';
import { cellText } from '../internal/formatCell.js';
import { monthlyKampungReport } from '../monthlyKampungReport.js';
import { type ReportContext, type ReportProgramme, smallCellThreshold } from '../reportContext.js';
import type { ReportCell, ReportDocument, ReportTable } from '../reportDocument.js';
import { classificationReport } from '../templates/classificationReport.js';
import { evaluationReport } from '../templates/evaluationReport.js';
import { interventionMatrix } from '../templates/interventionMatrix.js';
import { kampungProfile } from '../templates/kampungProfile.js';
import { proposalFollowUp } from '../templates/proposalFollowUp.js';
import { auditDocumentDisclosure } from './auditDocumentDisclosure.js';

const DATA = fileURLToPath(new URL('../../../../examples/banjarmasin/data', import.meta.url));

/** One document of one template, built by the same function for the public and the full report. */
interface TemplateDoc {
  readonly name: string;
  readonly build: (ctx: ReportContext) => ReportDocument;
}

/**
 * Every template, with every document it makes for a month: the city's documents, then each kampung's
 * monthly report and profile (what `kkb report` writes).
 */
function templateDocs(dataset: Dataset, period: string): TemplateDoc[] {
  const results = computeKampungIndicators(dataset, period);
  const previous = new Map(
    computeKampungIndicators(dataset, shiftMonth(period, -1)).map((r) => [r.kampungId, r]),
  );
  return [
    { name: `cityRecap ${period}`, build: (ctx) => cityRecap({ results, dataset }, ctx) },
    {
      name: `classificationReport ${period}`,
      build: (ctx) => classificationReport({ dataset, period, results }, ctx),
    },
    { name: `evaluationReport ${period}`, build: (ctx) => evaluationReport({ dataset, period }, ctx) },
    { name: `interventionMatrix ${period}`, build: (ctx) => interventionMatrix({ dataset, period }, ctx) },
    { name: `proposalFollowUp ${period}`, build: (ctx) => proposalFollowUp({ dataset, period }, ctx) },
    ...results.flatMap((result): TemplateDoc[] => [
      {
        name: `monthlyKampungReport ${result.kampungId} ${period}`,
        build: (ctx) => {
          const prev = previous.get(result.kampungId);
          return monthlyKampungReport({ dataset, result, ...(prev ? { previous: prev } : {}) }, ctx);
        },
      },
      {
        name: `kampungProfile ${result.kampungId} ${period}`,
        build: (ctx) => kampungProfile({ dataset, kampungId: result.kampungId, period }, ctx),
      },
    ]),
  ];
}

/**
 * The example with every count of its monthly reports cut to its remainder by 7 (0 to 6): most figures
 * become small, so primary and complementary suppression are everywhere.
 */
function smallCounts(ds: Dataset): Dataset {
  const cut = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? v % 7 : v])) as T;
  const monthly: MonthlyReport[] = ds.monthly.map((m) => ({
    ...m,
    users: cut(m.users),
    nonUsers: cut(m.nonUsers),
    poktanParticipants: cut(m.poktanParticipants),
  }));
  return { ...ds, monthly };
}

function isHidden(c: ReportCell | undefined): boolean {
  return typeof c === 'object' && c !== null && (c.kind === 'hidden' || c.kind === 'suppressed');
}

/** Every table of a document and every chart's table, in document order (as the formats write them). */
function tablesOf(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : [])),
  );
}

interface Pair {
  readonly name: string;
  readonly lang: Lang;
  readonly pub: ReportDocument;
  readonly full: ReportDocument;
  readonly threshold: number;
}

const LANGS: readonly Lang[] = ['id', 'en'];

function pairs(name: string, ds: Dataset, programme: ReportProgramme | undefined): Pair[] {
  const period = latestPeriod(ds) as string;
  return templateDocs(ds, period).flatMap((t) =>
    LANGS.map((lang) => {
      const base: ReportContext = { lang, regions: ds.regions, ...(programme ? { programme } : {}) };
      const ctx: ReportContext = { ...base, public: true };
      return {
        name: `${name}: ${t.name} (${lang})`,
        lang,
        pub: t.build(ctx),
        full: t.build(base),
        threshold: smallCellThreshold(ctx) as number,
      };
    }),
  );
}

const hiddenCount = (ps: readonly Pair[]) =>
  ps.reduce(
    (n, p) =>
      n +
      tablesOf(p.pub).reduce(
        (m, t) => m + [...t.rows, ...(t.footer ?? [])].flat().filter(isHidden).length,
        0,
      ),
    0,
  );

describe('every template, public, against its full twin', () => {
  const sets: { name: string; pairs: Pair[] }[] = [];

  beforeAll(async () => {
    const read = await readDataDir(DATA);
    const programme = read.programme;
    sets.push(
      { name: 'Banjarmasin example', pairs: pairs('Banjarmasin', read.dataset, programme) },
      { name: 'small counts', pairs: pairs('small counts', smallCounts(read.dataset), programme) },
    );
  }, 180_000); // Every template, 21 kampung, two languages, public and full, two data sets: about 340 documents.

  it('has hidden cells to audit in both data sets (the test is a real one)', () => {
    const [example, small] = sets;
    expect(hiddenCount(example?.pairs ?? [])).toBeGreaterThan(0);
    // The small-count fixture hides far more than the example.
    expect(hiddenCount(small?.pairs ?? [])).toBeGreaterThan(2 * hiddenCount(example?.pairs ?? []));
  });

  it('the disclosure audit finds nothing in any public document, in id and en', () => {
    const found = sets.flatMap((s) =>
      s.pairs.flatMap((p) =>
        auditDocumentDisclosure(p.pub, p.full, p.threshold).map(
          (f) => `${p.name} ${f.tableId}: ${f.message.en}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('sees the leak when one hidden cell of a real public document is shown again', () => {
    // Show, in each public document, the first hidden count that sits beside exactly one other hidden
    // cell in its row or column: the audit must then find the other one (or the small count itself).
    let tried = 0;
    const missed: string[] = [];
    for (const p of sets.flatMap((s) => s.pairs)) {
      const pubTables = tablesOf(p.pub);
      const fullTables = tablesOf(p.full);
      pubTables.forEach((t, k) => {
        const full = fullTables[k] as ReportTable;
        const rows = [...t.rows, ...(t.footer ?? [])];
        const fullRows = [...full.rows, ...(full.footer ?? [])];
        const footerRow = t.rows.length;
        const column = (j: number) => rows.filter((r) => isHidden(r[j])).length;
        for (const [i, row] of t.rows.entries()) {
          const j = row.findIndex((c, x) => isHidden(c) && typeof fullRows[i]?.[x] === 'number');
          // A column with a footer total and exactly two hidden cells, the total shown.
          if (j < 0 || !t.footer?.length || column(j) !== 2 || isHidden(rows[footerRow]?.[j])) continue;
          const truth = fullRows[i]?.[j] as number;
          const shown = (r: readonly ReportCell[], x: number) =>
            x === i ? r.map((c, y) => (y === j ? truth : c)) : r;
          const leaky: ReportTable = { ...t, rows: t.rows.map(shown) };
          const swap = (d: ReportDocument): ReportDocument => ({
            ...d,
            sections: d.sections.map((s) => ({
              ...s,
              blocks: s.blocks.map((b) =>
                b === t ? leaky : b.kind === 'chart' && b.table === t ? { ...b, table: leaky } : b,
              ),
            })),
          });
          const summed = fullRows.slice(0, footerRow).every((r) => typeof r[j] === 'number');
          if (!summed) continue;
          tried++;
          const findings = auditDocumentDisclosure(swap(p.pub), p.full, p.threshold);
          if (!findings.some((f) => f.kind === 'derivable' || f.kind === 'smallCount'))
            missed.push(`${p.name} ${t.id ?? k} row ${i + 1} column ${j + 1}`);
          break;
        }
      });
    }
    expect(tried).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });

  it('a chart table hides what the document hides: its hidden cells stay hidden and it passes the audit alone', () => {
    const found: string[] = [];
    for (const p of sets.flatMap((s) => s.pairs)) {
      p.pub.sections.forEach((section, i) => {
        section.blocks.forEach((b, j) => {
          if (b.kind !== 'chart') return;
          const other = p.full.sections[i]?.blocks[j];
          if (other?.kind !== 'chart') {
            found.push(`${p.name} ${b.id}: no chart in the full report`);
            return;
          }
          const one = (blocks: ReportDocument['sections'][number]['blocks']): ReportDocument => ({
            lang: p.lang,
            title: '',
            sections: [{ title: '', blocks }],
            footnotes: [],
          });
          for (const f of auditDocumentDisclosure(one([b]), one([other]), p.threshold))
            found.push(`${p.name} ${b.id}: ${f.message.en}`);
          // A value hidden in a (plain) table of the document is not shown in a chart's table of the same row and
          // column title. Other charts' tables are not compared: two trend charts share their row labels
          // (months) and column titles (Kampung, Target) but plot different indicators.
          const plain = p.pub.sections.flatMap((s) => s.blocks.filter((x) => x.kind === 'table'));
          for (const t of plain) {
            t.rows.forEach((row, r) => {
              row.forEach((c, k) => {
                const label = row[0];
                if (!isHidden(c) || typeof label !== 'string') return;
                const title = t.columns[k]?.title;
                const at = b.table.rows.findIndex((x) => x[0] === label);
                const col = b.table.columns.findIndex((x) => x.title === title);
                if (
                  at >= 0 &&
                  col > 0 &&
                  !isHidden(b.table.rows[at]?.[col]) &&
                  b.table.rows[at]?.[col] !== null
                )
                  found.push(
                    `${p.name} ${b.id}: ${String(label)} / ${String(title)} hidden in ${t.id ?? 'a table'} but shown in the chart (row ${r})`,
                  );
              });
            });
          }
        });
      });
    }
    expect(found).toEqual([]);
  });

  for (const format of EXPORT_FORMATS) {
    it(`${format}: every hidden cell is written ×, never its value; the tables are all there`, async () => {
      const found: string[] = [];
      for (const p of sets.flatMap((s) => s.pairs)) {
        const written = await exportedCells(format, p.pub);
        const tables = tablesOf(p.pub);
        const fullTables = tablesOf(p.full);
        if (written.length !== tables.length) {
          found.push(`${p.name}: ${written.length} tables written, ${tables.length} in the document`);
          continue;
        }
        tables.forEach((t, k) => {
          const rows = [...t.rows, ...(t.footer ?? [])];
          const fullRows = [...(fullTables[k]?.rows ?? []), ...(fullTables[k]?.footer ?? [])];
          const got = written[k] as string[][];
          if (got.length !== rows.length) {
            found.push(
              `${p.name} table ${t.id ?? k}: ${got.length} rows written, ${rows.length} in the document`,
            );
            return;
          }
          rows.forEach((row, i) => {
            row.forEach((c, j) => {
              if (!isHidden(c)) return;
              // A card layout may repeat the column title inside the cell: compare without it.
              const text = (got[i]?.[j] ?? '').replace(t.columns[j]?.title ?? '', '').trim();
              const truth = cellText(fullRows[i]?.[j] ?? null, p.lang);
              if (!text.includes('×') || /\d/.test(text) || text.includes(truth))
                found.push(`${p.name} table ${t.id ?? k} row ${i + 1} column ${j + 1}: written "${text}"`);
            });
          });
        });
      }
      expect(found).toEqual([]);
    }, 300_000); // about 340 documents written and read back in each format
  }
});

describe('exportedCells reads the tables back as written', () => {
  const doc: ReportDocument = {
    lang: 'id',
    title: 'T',
    sections: [
      {
        title: 'S',
        blocks: [
          { kind: 'paragraph', text: '| not a table' },
          {
            kind: 'table',
            id: 'a',
            columns: [{ title: 'Nama' }, { title: 'Jumlah', align: 'right' }],
            rows: [
              ['RT_01 | RW*02 <b>', 1234],
              ['B', { kind: 'hidden' }],
            ],
            footer: [['Jumlah', { kind: 'percent', value: 42, decimals: 1 }]],
          },
          { kind: 'facts', items: [{ term: 'x', value: 3 }] },
          {
            kind: 'chart',
            id: 'c',
            mark: 'bar',
            title: 'C',
            description: 'd',
            table: { kind: 'table', columns: [{ title: 'k' }, { title: 'v' }], rows: [['z', 5]] },
          },
        ],
      },
    ],
    footnotes: [],
  };
  // Markdown and HTML as a reader sees them; CSV plain numbers with the percentage's decimals; XLSX real numbers.
  const expected = (count: string, percent: string) => [
    [
      ['RT_01 | RW*02 <b>', count],
      ['B', '×'],
      ['Jumlah', percent],
    ],
    [['z', '5']],
  ];
  const written: Record<(typeof EXPORT_FORMATS)[number], ReturnType<typeof expected>> = {
    md: expected('1.234', '42,0 %'),
    html: expected('1.234', '42,0 %'),
    csv: expected('1234', '42.0'),
    xlsx: expected('1234', '42'),
  };
  for (const format of EXPORT_FORMATS) {
    it(`${format}`, async () => {
      expect(await exportedCells(format, doc)).toEqual(written[format]);
    });
  }
});
