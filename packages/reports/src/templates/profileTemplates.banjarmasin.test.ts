import { fileURLToPath } from 'node:url';
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import type { Dataset } from '@kampung-kb/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivableCells, shapeOf, tablesOf } from '../__fixtures__/profileChecks.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportContext, ReportProgramme } from '../reportContext.js';
import type { ReportDocument } from '../reportDocument.js';
import { classificationReport } from './classificationReport.js';
import { kampungProfile } from './kampungProfile.js';

const DATA = fileURLToPath(new URL('../../../../examples/banjarmasin/data', import.meta.url));

/** Ids of every table and chart: present on every table outside a chart and unique in the document. */
function checkStructure(doc: ReportDocument): void {
  const all = tablesOf(doc);
  const ids = all.map((t) => t.id);
  expect(ids.every((x) => typeof x === 'string' && /^[a-z0-9-]+$/.test(x))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of all) {
    if (t.chart) expect(t.table.rows.length).toBeGreaterThanOrEqual(1);
    for (const row of [...t.table.rows, ...(t.table.footer ?? [])]) {
      expect(row).toHaveLength(t.table.columns.length);
    }
  }
}

describe('kampungProfile and classificationReport on the Banjarmasin example', () => {
  let ds: Dataset;
  let programme: ReportProgramme | undefined;
  let period: string;

  beforeAll(async () => {
    const read = await readDataDir(DATA);
    ds = read.dataset;
    programme = read.programme;
    period = latestPeriod(ds) as string;
  });

  const ctxOf = (lang: 'id' | 'en', isPublic: boolean): ReportContext => ({
    lang,
    regions: ds.regions,
    public: isPublic,
    ...(programme ? { programme } : {}),
  });

  it('builds every kampung’s profile in id and en, public and not, with the same structure and nothing derivable', () => {
    expect(ds.kampung.length).toBe(21);
    for (const k of ds.kampung) {
      for (const lang of ['id', 'en'] as const) {
        const full = kampungProfile({ dataset: ds, kampungId: k.id, period }, ctxOf(lang, false));
        const pub = kampungProfile({ dataset: ds, kampungId: k.id, period }, ctxOf(lang, true));
        checkStructure(full);
        checkStructure(pub);
        expect(shapeOf(pub)).toEqual(shapeOf(full));
        expect(full.title).toContain(k.name);
        const ids = tablesOf(full).map((t) => t.id);
        for (const expected of [
          'population-pyramid',
          'population-by-age-sex',
          'trend-cpr-portal',
          'trend-mkjp-share',
          'trend-unmet-need',
          'before-after-chart',
          'before-after-designation',
        ]) {
          expect(ids).toContain(expected);
        }
        const fullTables = tablesOf(full);
        tablesOf(pub).forEach((t, i) => {
          const twin = fullTables[i]?.table;
          if (twin?.relations) expect(derivableCells(twin, t.table)).toEqual([]);
        });
        expect(renderMarkdown(pub)).not.toMatch(/\d{16}/);
      }
    }
  });

  it('builds the classification report in id and en, public and not, with every kampung once', () => {
    const results = computeKampungIndicators(ds, period);
    for (const lang of ['id', 'en'] as const) {
      const full = classificationReport({ dataset: ds, period, results }, ctxOf(lang, false));
      const pub = classificationReport({ dataset: ds, period, results }, ctxOf(lang, true));
      checkStructure(full);
      checkStructure(pub);
      expect(shapeOf(pub)).toEqual(shapeOf(full));
      for (const doc of [full, pub]) {
        const scores = tablesOf(doc).find((t) => t.id === 'sub-indicator-scores')?.table;
        expect(scores?.rows.map((r) => r[0]).sort()).toEqual(results.map((r) => r.name).sort());
        const ranking = tablesOf(doc).find((t) => t.id === 'output-index-ranking')?.table;
        expect(ranking?.rows).toHaveLength(results.length);
      }
    }
  });
});
