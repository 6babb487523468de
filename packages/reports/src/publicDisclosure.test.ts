/**
 * End to end: every public report of the Banjarmasin example (the city recap and every kampung's monthly
 * report, for the latest month and the month before) is attacked the way a reader could: every subtraction
 * from a total or a linked figure, all relations at once (linear programming), every percentage turned back
 * into the count it hides, across reports too (last month's column, the city recap), and the numbers in
 * the classification explanations. No hidden count may come out.
 */
import { fileURLToPath } from 'node:url';
import {
  computeKampungIndicators,
  type KampungIndicators,
  latestPeriod,
  roundRatio,
} from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { contraceptiveMethods, type Dataset, nonUserReasons, poktan } from '@kampung-kb/model';
import { validateDataset } from '@kampung-kb/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorTrends } from './charts/indicatorTrendChart.js';
import { cityRecap } from './cityRecap.js';
import { type LinearSystem, variableRange } from './internal/linearBounds.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportContext, ReportProgramme } from './reportContext.js';
import type { ReportCell, ReportDocument, ReportTable } from './reportDocument.js';

const DATA = fileURLToPath(new URL('../../../examples/banjarmasin/data', import.meta.url));

type Shown = number | 'hidden' | 'absent';

function hidden(c: ReportCell | undefined): boolean {
  return typeof c === 'object' && c !== null && (c.kind === 'suppressed' || c.kind === ('hidden' as string));
}
function shown(c: ReportCell | undefined): Shown {
  if (typeof c === 'number') return c;
  return hidden(c) ? 'hidden' : 'absent';
}
function percent(c: ReportCell | undefined): number | 'hidden' | 'absent' {
  if (typeof c === 'object' && c !== null && c.kind === 'percent' && c.value !== null) return c.value;
  return hidden(c) ? 'hidden' : 'absent';
}
function table(doc: ReportDocument, title: string): ReportTable | undefined {
  const s = doc.sections.find((x) => x.title === title);
  return s?.blocks.find((b): b is ReportTable => b.kind === 'table');
}
function rowOf(t: ReportTable | undefined, label: string): readonly ReportCell[] | undefined {
  return t?.rows.find((r) => r[0] === label);
}
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** What one public monthly report publishes, by variable, and the true values behind it. */
interface Published {
  readonly where: string;
  readonly cells: Map<string, Shown>;
  readonly truth: Map<string, number>;
  /** Percentages: [shown percent, numerator variable, denominator variable, decimals]. */
  readonly percents: [number | 'hidden' | 'absent', string, string, number][];
  readonly doc: ReportDocument;
}

const INDICATORS = ['cpr', 'mkjpShare', 'unmetNeed'] as const;

function published(doc: ReportDocument, ds: Dataset, r: KampungIndicators): Published {
  const where = `${r.kampungId} ${r.period}`;
  const cells = new Map<string, Shown>();
  const truth = new Map<string, number>();
  const percents: Published['percents'] = [];
  const key = table(doc, 'Key indicators');
  for (const id of INDICATORS) {
    const v = r.indicators[id];
    const row = rowOf(key, v.label.en);
    cells.set(`${id}.num`, shown(row?.[2]));
    cells.set(`${id}.den`, shown(row?.[3]));
    if (v.numerator !== null) truth.set(`${id}.num`, v.numerator);
    if (v.denominator !== null) truth.set(`${id}.den`, v.denominator);
    percents.push([percent(row?.[1]), `${id}.num`, `${id}.den`, 1]);
  }
  const m = ds.monthly.find((x) => x.kampungId === r.kampungId && x.period === r.period);
  if (m) {
    const methods = table(doc, 'Active contraceptive users by method');
    let total = 0;
    for (const item of contraceptiveMethods.items) {
      const n = m.users[item.code];
      if (n === undefined) continue;
      total += n;
      const row = rowOf(methods, item.label.en);
      cells.set(`user.${item.code}`, shown(row?.[2]));
      truth.set(`user.${item.code}`, n);
      percents.push([percent(row?.[3]), `user.${item.code}`, 'users.table', 1]);
    }
    cells.set('users.table', shown(methods?.footer?.[0]?.[2]));
    truth.set('users.table', total);
    const non = table(doc, 'PUS not using contraception, by reason');
    for (const item of nonUserReasons.items) {
      cells.set(`non.${item.code}`, shown(rowOf(non, item.label.en)?.[1]));
      truth.set(`non.${item.code}`, m.nonUsers[item.code]);
    }
  }
  const pok = table(doc, 'Poktan participation');
  for (const part of r.indicators.poktanParticipation.parts) {
    const row = rowOf(pok, poktan.items.find((p) => p.code === part.poktan)?.label.en ?? '');
    cells.set(`poktan.${part.poktan}.p`, shown(row?.[1]));
    cells.set(`poktan.${part.poktan}.t`, shown(row?.[2]));
    truth.set(`poktan.${part.poktan}.p`, part.participants);
    truth.set(`poktan.${part.poktan}.t`, part.targetPopulation);
    percents.push([percent(row?.[3]), `poktan.${part.poktan}.p`, `poktan.${part.poktan}.t`, 1]);
  }
  return { where, cells, truth, percents, doc };
}

/** The sums a reader knows from the definitions (total = Σ parts), kept when the data satisfy them. */
function relations(p: Published): [string, string[]][] {
  const portal = contraceptiveMethods.items.filter((x) => x.portal).map((x) => `user.${x.code}`);
  const mkjp = contraceptiveMethods.items.filter((x) => x.mkjp).map((x) => `user.${x.code}`);
  const all = [...p.truth.keys()].filter((k) => k.startsWith('user.'));
  const rels: [string, string[]][] = [
    ['users.table', all],
    ['cpr.num', portal],
    ['mkjpShare.num', mkjp],
    ['mkjpShare.den', ['cpr.num']],
    ['unmetNeed.num', ['non.iat', 'non.tial']],
    ['unmetNeed.den', ['cpr.den']],
    ['cpr.den', ['cpr.num', ...nonUserReasons.items.map((x) => `non.${x.code}`)]],
  ];
  return rels.filter(([total, parts]) => {
    const t = p.truth.get(total);
    const vs = parts.map((x) => p.truth.get(x));
    return (
      t !== undefined && vs.every((v) => v !== undefined) && vs.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) === t
    );
  });
}

/** Subtraction: a relation with exactly one hidden member and every other one shown. */
function subtractionAttacks(p: Published): string[] {
  const found: string[] = [];
  for (const [total, parts] of relations(p)) {
    const members = [total, ...parts];
    const states = members.map((x) => p.cells.get(x) ?? 'absent');
    const hid = members.filter((_, i) => states[i] === 'hidden');
    if (hid.length !== 1 || states.includes('absent')) continue;
    const sumParts = parts.reduce(
      (s, x) => s + (p.cells.get(x) === 'hidden' ? 0 : (p.cells.get(x) as number)),
      0,
    );
    const target = hid[0] as string;
    const derived = target === total ? sumParts : (p.cells.get(total) as number) - sumParts;
    if (derived === p.truth.get(target))
      found.push(`${p.where}: ${target} = ${derived} from ${total} = Σ ${parts.join(' + ')}`);
  }
  return found;
}

/** All relations at once: the range of each hidden count given everything shown (hidden ≥ 1). */
function linearAttacks(p: Published): string[] {
  const rels = relations(p);
  const vars = [...new Set(rels.flatMap(([t, ps]) => [t, ...ps]))].filter(
    (x) => p.cells.get(x) !== undefined,
  );
  const unknown = vars.filter((x) => p.cells.get(x) === 'hidden' || p.cells.get(x) === 'absent');
  const index = new Map(unknown.map((x, k) => [x, k]));
  const sys: LinearSystem = {
    lower: unknown.map((x) => (p.cells.get(x) === 'hidden' ? 1 : 0)),
    upper: unknown.map(() => Infinity),
    equations: rels.map(([total, parts]) => {
      const coefficients = new Map<number, number>();
      let rhs = 0;
      for (const [x, a] of [[total, -1], ...parts.map((q) => [q, 1])] as [string, number][]) {
        const k = index.get(x);
        if (k === undefined) rhs -= a * (p.cells.get(x) as number);
        else coefficients.set(k, (coefficients.get(k) ?? 0) + a);
      }
      return { coefficients, rhs };
    }),
  };
  return unknown.flatMap((x, k) => {
    if (p.cells.get(x) !== 'hidden') return [];
    const range = variableRange(sys, k);
    return range && range.max - range.min < 0.5
      ? [`${p.where}: ${x} = ${range.min} from all relations together`]
      : [];
  });
}

/** The whole numbers `x` with round(x / den × 100) = pct (or round(num / x × 100) = pct), up to a bound. */
function candidates(pct: number, other: number, hiddenIsNumerator: boolean, decimals: number): number[] {
  const out: number[] = [];
  for (let x = 1; x <= 20000 && out.length < 3; x++) {
    const v = hiddenIsNumerator ? roundRatio(x * 100, other, decimals) : roundRatio(other * 100, x, decimals);
    if (v === pct) out.push(x);
  }
  return out;
}

/** A shown percentage with its numerator or denominator hidden and the other shown. */
function percentAttack(
  p: Published,
  pct: number | 'hidden' | 'absent',
  num: Shown | undefined,
  den: Shown | undefined,
  target: string,
  truthOf: number | undefined,
  decimals: number,
): string[] {
  if (typeof pct !== 'number') return [];
  const hiddenIsNumerator = num === 'hidden' && typeof den === 'number';
  const hiddenIsDenominator = den === 'hidden' && typeof num === 'number';
  if (!hiddenIsNumerator && !hiddenIsDenominator) return [];
  const c = candidates(pct, (hiddenIsNumerator ? den : num) as number, hiddenIsNumerator, decimals);
  return c.length === 1 && c[0] === truthOf ? [`${p.where}: ${target} = ${c[0]} from ${pct} %`] : [];
}

function percentAttacks(p: Published): string[] {
  return p.percents.flatMap(([pct, num, den, decimals]) => {
    const n = p.cells.get(num);
    const target = n === 'hidden' ? num : den;
    return percentAttack(p, pct, n, p.cells.get(den), target, p.truth.get(target), decimals);
  });
}

const EXPLAINED: Record<string, 'cpr' | 'mkjpShare' | 'unmetNeed'> = {
  CPR: 'cpr',
  'MKJP share': 'mkjpShare',
  'Unmet need': 'unmetNeed',
};

/** The integer percentages in the classification explanations (`CPR 25 % (< 30) → score 1`). */
function explanationAttacks(p: Published): string[] {
  const cls = table(p.doc, 'Kampung KB classification');
  return (cls?.rows ?? []).flatMap((row) => {
    const id = EXPLAINED[String(row[1])];
    const m = /(\d+) %/.exec(String(row[3]));
    if (!id || !m) return [];
    const num = `${id}.num`;
    const n = p.cells.get(num);
    const target = n === 'hidden' ? num : `${id}.den`;
    return percentAttack(p, Number(m[1]), n, p.cells.get(`${id}.den`), target, p.truth.get(target), 0);
  });
}

/** Poktan participation (the mean of five ratios) solved for a hidden participants count. */
function poktanAttacks(p: Published, value: number | 'hidden' | 'absent', decimals: number): string[] {
  if (typeof value !== 'number') return [];
  const parts = [...p.cells.keys()].filter((k) => k.startsWith('poktan.') && k.endsWith('.p'));
  const hid = parts.filter((k) => p.cells.get(k) === 'hidden');
  if (hid.length !== 1) return [];
  const target = hid[0] as string;
  const mean = (x: number) =>
    parts.reduce((s, k) => {
      const t = p.cells.get(k.replace(/\.p$/, '.t'));
      const n = k === target ? x : p.cells.get(k);
      return typeof t === 'number' && typeof n === 'number' && t > 0 ? s + n / t : s;
    }, 0);
  const fits: number[] = [];
  for (let x = 1; x <= 5000 && fits.length < 2; x++) {
    if (roundRatio(mean(x) * 100, 5, decimals) === value) fits.push(x);
  }
  return fits.length === 1 && fits[0] === p.truth.get(target)
    ? [`${p.where}: ${target} = ${fits[0]} from poktan participation ${value} %`]
    : [];
}

describe('public reports of the Banjarmasin example: every attack fails', () => {
  let ds: Dataset;
  let programme: ReportProgramme | undefined;
  let months: string[];
  const docs = new Map<string, { doc: ReportDocument; result: KampungIndicators }>();
  let recaps: { month: string; doc: ReportDocument; results: KampungIndicators[] }[];

  beforeAll(async () => {
    const read = await readDataDir(DATA);
    ds = read.dataset;
    programme = read.programme;
    const latest = latestPeriod(ds) as string;
    months = [latest, previousMonth(latest)];
    const { issues } = validateDataset(ds, programme ? { cityCode: programme.city.code } : {});
    const ctx: ReportContext = {
      lang: 'en',
      regions: ds.regions,
      public: true,
      ...(programme ? { programme } : {}),
    };
    recaps = [];
    for (const month of months) {
      const results = computeKampungIndicators(ds, month);
      const previous = computeKampungIndicators(ds, previousMonth(month));
      // One engine run for the trends of every kampung and the city of the month.
      const trends = indicatorTrends({ dataset: ds, period: month }, ctx);
      recaps.push({ month, doc: cityRecap({ results, dataset: ds, trends }, ctx), results });
      for (const result of results) {
        const prev = previous.find((x) => x.kampungId === result.kampungId);
        const doc = monthlyKampungReport(
          { dataset: ds, result, issues, trends, ...(prev ? { previous: prev } : {}) },
          ctx,
        );
        docs.set(`${result.kampungId} ${month}`, { doc, result });
      }
    }
  });

  it('has small cells to protect (the example is a real test)', () => {
    expect(ds.monthly.some((m) => m.period === months[0] && m.users.mop > 0 && m.users.mop < 5)).toBe(true);
  });

  it('no hidden count comes out of a subtraction, all relations together, a percentage or an explanation', () => {
    const found: string[] = [];
    for (const { doc, result } of docs.values()) {
      const p = published(doc, ds, result);
      // What is shown is the truth (otherwise the attacks below would prove nothing).
      for (const [k, v] of p.cells)
        if (typeof v === 'number') expect(v, `${p.where} ${k}`).toBe(p.truth.get(k));
      found.push(
        ...subtractionAttacks(p),
        ...linearAttacks(p),
        ...percentAttacks(p),
        ...explanationAttacks(p),
      );
      const key = table(doc, 'Key indicators');
      found.push(
        ...poktanAttacks(p, percent(rowOf(key, result.indicators.poktanParticipation.label.en)?.[1]), 1),
      );
      const why = table(doc, 'Kampung KB classification');
      const m = /(\d+) %/.exec(String(why?.rows.find((r) => r[1] === 'Poktan participation')?.[3]));
      if (m) found.push(...poktanAttacks(p, Number(m[1]), 0));
    }
    expect(found).toEqual([]);
  });

  it('last month’s column and the city recap hide what that month’s and that kampung’s report hides', () => {
    const found: string[] = [];
    const [latest, before] = months as [string, string];
    for (const { doc, result } of docs.values()) {
      if (result.period !== latest) continue;
      const prev = docs.get(`${result.kampungId} ${before}`);
      if (!prev) continue;
      const p = published(prev.doc, ds, prev.result);
      const key = table(doc, 'Key indicators');
      for (const id of INDICATORS) {
        const pct = percent(rowOf(key, result.indicators[id].label.en)?.[4]);
        const n = p.cells.get(`${id}.num`);
        const target = n === 'hidden' ? `${id}.num` : `${id}.den`;
        found.push(...percentAttack(p, pct, n, p.cells.get(`${id}.den`), target, p.truth.get(target), 1));
      }
    }
    for (const recap of recaps) {
      const all = table(recap.doc, 'All kampung');
      for (const result of recap.results) {
        const mine = docs.get(`${result.kampungId} ${recap.month}`);
        const row = all?.rows.find((r) => r[0] === result.name);
        if (!mine || !row) continue;
        const p = published(mine.doc, ds, mine.result);
        INDICATORS.forEach((id, i) => {
          const n = p.cells.get(`${id}.num`);
          const target = n === 'hidden' ? `${id}.num` : `${id}.den`;
          found.push(
            ...percentAttack(
              p,
              percent(row[3 + i]),
              n,
              p.cells.get(`${id}.den`),
              target,
              p.truth.get(target),
              1,
            ),
          );
        });
        found.push(...poktanAttacks(p, percent(row[6]), 1));
      }
    }
    expect(found).toEqual([]);
  });

  it('no pooled city value gives a kampung’s hidden figure away (pooled % with every other kampung shown)', () => {
    const found: string[] = [];
    for (const recap of recaps) {
      const all = table(recap.doc, 'All kampung');
      const footer = all?.footer?.[0];
      const pubs = recap.results.flatMap((r) => {
        const d = docs.get(`${r.kampungId} ${recap.month}`);
        return d && r.records.monthlyReport ? [published(d.doc, ds, d.result)] : [];
      });
      INDICATORS.forEach((id, i) => {
        const pct = percent(footer?.[3 + i]);
        if (typeof pct !== 'number') return;
        const num = `${id}.num`;
        const den = `${id}.den`;
        const withValues = pubs.filter((p) => p.truth.has(num) && p.truth.has(den));
        const hiddenOnes = withValues.filter(
          (p) => p.cells.get(num) === 'hidden' || p.cells.get(den) === 'hidden',
        );
        if (hiddenOnes.length !== 1) return;
        const target = hiddenOnes[0] as Published;
        const others = withValues.filter((p) => p !== target);
        const sumOf = (k: string) => others.reduce((s, p) => s + (p.cells.get(k) as number), 0);
        const pooled: Published = {
          ...target,
          cells: new Map([
            [
              num,
              target.cells.get(num) === 'hidden' ? 'hidden' : sumOf(num) + (target.cells.get(num) as number),
            ],
            [
              den,
              target.cells.get(den) === 'hidden' ? 'hidden' : sumOf(den) + (target.cells.get(den) as number),
            ],
          ]),
        };
        const hiddenKey = target.cells.get(num) === 'hidden' ? num : den;
        const truthOf = (target.truth.get(hiddenKey) ?? 0) + sumOf(hiddenKey);
        found.push(
          ...percentAttack(pooled, pct, pooled.cells.get(num), pooled.cells.get(den), hiddenKey, truthOf, 1),
        );
      });
    }
    expect(found).toEqual([]);
  });

  it('hides the same figures in Indonesian as in English', () => {
    const kinds = (doc: ReportDocument) =>
      doc.sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'table'
            ? [...b.rows, ...(b.footer ?? [])].map((r) => r.map((c) => (hidden(c) ? 'x' : typeof c)))
            : [],
        ),
      );
    const ctx: ReportContext = {
      lang: 'id',
      regions: ds.regions,
      public: true,
      ...(programme ? { programme } : {}),
    };
    for (const month of months) {
      const results = computeKampungIndicators(ds, month);
      const previous = computeKampungIndicators(ds, previousMonth(month));
      const trends = indicatorTrends({ dataset: ds, period: month }, ctx);
      for (const result of results) {
        const prev = previous.find((x) => x.kampungId === result.kampungId);
        const id = monthlyKampungReport(
          { dataset: ds, result, trends, ...(prev ? { previous: prev } : {}) },
          ctx,
        );
        expect(kinds(id)).toEqual(kinds(docs.get(`${result.kampungId} ${month}`)?.doc as ReportDocument));
      }
      const recap = recaps.find((r) => r.month === month)?.doc as ReportDocument;
      expect(kinds(cityRecap({ results, dataset: ds, trends }, ctx))).toEqual(kinds(recap));
    }
  });

  it('renders every public report with no small count in an explanation or a data-quality message', () => {
    for (const { doc, result } of docs.values()) {
      const md = renderMarkdown(doc);
      const html = renderHtml(doc);
      expect(md.length).toBeGreaterThan(0);
      expect(html).toContain('<!DOCTYPE html>');
      const p = published(doc, ds, result);
      const why = table(doc, 'Kampung KB classification');
      for (const row of why?.rows ?? []) {
        const id = EXPLAINED[String(row[1])];
        if (!id) continue;
        if (p.cells.get(`${id}.num`) === 'hidden' || p.cells.get(`${id}.den`) === 'hidden') {
          expect(String(row[3]), `${p.where} ${id}`).not.toMatch(/\d+(?:[.,]\d+)? %/);
        }
      }
      const dq = doc.sections.find((s) => s.title === 'Data quality');
      for (const b of dq?.blocks ?? []) {
        if (b.kind === 'list')
          for (const item of b.items) expect(item.replace(/\([^()]*\)$/, '')).not.toMatch(/\d/);
      }
    }
  });
});
