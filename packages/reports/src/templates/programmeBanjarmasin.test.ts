import { fileURLToPath } from 'node:url';
import { readDataDir } from '@kampung-kb/kit';
import type { Dataset, Lang } from '@kampung-kb/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTables, blockIds, brokenRelations, shape } from '../__fixtures__/programmeHelpers.js';
import { renderHtml } from '../renderHtml.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportContext, ReportProgramme } from '../reportContext.js';
import type { ReportDocument } from '../reportDocument.js';
import { evaluationReport } from './evaluationReport.js';
import { interventionMatrix } from './interventionMatrix.js';
import { proposalFollowUp } from './proposalFollowUp.js';

const DATA = fileURLToPath(new URL('../../../../examples/banjarmasin/data', import.meta.url));

/** The three programme templates of one month. */
function build(dataset: Dataset, ctx: ReportContext): ReportDocument[] {
  const period = '2020-12';
  return [
    interventionMatrix({ dataset, period }, ctx),
    proposalFollowUp({ dataset, period }, ctx),
    evaluationReport({ dataset, period }, ctx),
  ];
}

// Structure only: the example's outputs, spend and funding sources are generated elsewhere and may change.
describe('programme templates on the Banjarmasin example', () => {
  let dataset: Dataset;
  let programme: ReportProgramme | undefined;
  beforeAll(async () => {
    const read = await readDataDir(DATA);
    dataset = read.dataset;
    programme = read.programme;
  });

  for (const lang of ['id', 'en'] as Lang[]) {
    it(`builds every table and chart with a unique id, charts with rows (${lang})`, () => {
      const ctx: ReportContext = { lang, ...(programme ? { programme } : {}) };
      const docs = build(dataset, ctx);
      const pub = build(dataset, { ...ctx, public: true });
      docs.forEach((doc, k) => {
        const ids = blockIds(doc);
        expect(ids.length).toBeGreaterThan(3);
        expect(ids.every((x) => /^[a-z0-9-]+$/.test(x))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        const charts = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
        expect(charts.length).toBeGreaterThan(0);
        for (const c of charts) {
          if (c.kind !== 'chart') continue;
          expect(c.table.rows.length).toBeGreaterThan(0);
          expect(c.table.columns.length).toBeGreaterThan(1);
          expect(c.description.length).toBeGreaterThan(0);
        }
        for (const t of allTables(doc)) {
          expect(brokenRelations(t)).toEqual([]);
          for (const row of [...t.rows, ...(t.footer ?? [])]) expect(row).toHaveLength(t.columns.length);
        }
        expect(shape(pub[k] as ReportDocument)).toEqual(shape(doc));
        expect(doc.banner).toBeDefined();
        expect(renderMarkdown(doc)).not.toMatch(/NaN|undefined|\{\w+\}/);
        expect(renderHtml(pub[k] as ReportDocument)).not.toMatch(/NaN|undefined/);
      });
    });
  }
});
