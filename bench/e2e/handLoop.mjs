/**
 * Baseline (b) of the end-to-end benchmark: a hand-written Node loop computing, for every kampung of a data
 * directory, the four portal indicators of the latest month in monthly*.csv, the way a careful engineer would
 * for this one job: the files read whole and split by hand (no CSV library, no schema, no validation; it
 * assumes the generator's plain cells: no quotes, `YYYY-MM` periods), the latest report per kampung kept as
 * its line, integer rounding. Shares nothing with the SDK.
 *
 * - CPR (portal, 7 methods) = users of iud+mow+mop+implant+injectable+pill+condom per PUS ×100;
 * - MKJP share = iud+mow+mop+implant per those users ×100;
 * - unmet need = nonUsers iat+tial per PUS ×100;
 * - poktan participation = mean over bkb, bkr, bkl, uppka, pikr of participants per target (a target of 0
 *   counts 0) ×100, always divided by 5; none when all five targets are 0.
 * Ratios of whole numbers are rounded half away from zero to 2 decimals exactly in integers; the poktan mean
 * (a sum of fractions) is rounded as Math.round(sum × 2000) / 100. A kampung without a report in the latest
 * month, or without a population snapshot in force, gets null values.
 *
 * Usage: node handLoop.mjs <dir> <out.json>; writes { period, kampung: { id: [cpr, mkjp, unmet, poktan] } }.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, outFile] = process.argv.slice(2);
if (!dir || !outFile) throw new Error('usage: node handLoop.mjs <dir> <out.json>');
const files = readdirSync(dir);
const of = (prefix, ext) => files.filter((f) => f.startsWith(prefix) && f.endsWith(ext)).sort();

/** Column index by name. */
function columns(header) {
  const map = new Map();
  for (const [i, name] of header.split(',').entries()) map.set(name.trim(), i);
  return (name) => {
    const i = map.get(name);
    if (i === undefined) throw new Error(`column ${name} missing`);
    return i;
  };
}

// Monthly reports: the latest line per kampung (a later line of the same month wins), and the latest month.
const lastLine = new Map();
const lastPeriod = new Map();
let latest = '';
let monthlyCol;
for (const f of of('monthly', '.csv')) {
  const text = readFileSync(join(dir, f), 'utf8');
  let start = text.indexOf('\n') + 1;
  monthlyCol = columns(text.slice(0, start - 1).replace(/\r$/, ''));
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const c1 = text.indexOf(',', start);
    if (c1 > start && c1 < end) {
      const id = text.slice(start, c1);
      const period = text.slice(c1 + 1, c1 + 8);
      const prev = lastPeriod.get(id);
      if (prev === undefined || period >= prev) {
        lastPeriod.set(id, period);
        lastLine.set(id, text.slice(start, end));
      }
      if (period > latest) latest = period;
    }
    start = end + 1;
  }
}

// Population: the snapshot in force in the latest month (the latest at or before it).
const popRow = new Map();
const popPeriod = new Map();
let popCol;
for (const f of of('population', '.csv')) {
  const lines = readFileSync(join(dir, f), 'utf8').split('\n');
  popCol = columns((lines[0] ?? '').replace(/\r$/, ''));
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',');
    if (cells.length < 2) continue;
    const [id, period] = cells;
    const prev = popPeriod.get(id);
    if (period <= latest && (prev === undefined || period >= prev)) {
      popPeriod.set(id, period);
      popRow.set(id, cells);
    }
  }
}

const ids = [];
for (const f of of('kampung', '.json')) {
  const parsed = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const k of Array.isArray(parsed) ? parsed : parsed.records) ids.push(k.id);
}

/** round(100 a / b, 2) half away from zero, in integers (a, b ≥ 0); null when b is 0. */
const pct = (a, b) => (b === 0 ? null : Math.floor((a * 20000 + b) / (2 * b)) / 100);

const out = {};
if (monthlyCol && popCol) {
  const m = monthlyCol;
  const [iud, mow, mop, implant, injectable, pill, condom] = [
    'iud',
    'mow',
    'mop',
    'implant',
    'injectable',
    'pill',
    'condom',
  ].map((k) => m(`users.${k}`));
  const [iat, tial] = [m('nonUsers.iat'), m('nonUsers.tial')];
  const [bkb, bkr, bkl, uppka, pikr] = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'].map((k) =>
    m(`poktanParticipants.${k}`),
  );
  const pus = popCol('pus');
  const [tBkb, tBkr, tBkl, tUppka, tPikr] = [
    'familiesWithUnderFives',
    'familiesWithAdolescents',
    'familiesWithElderly',
    'families',
    'adolescents',
  ].map(popCol);
  for (const id of ids) {
    const line = lastPeriod.get(id) === latest ? lastLine.get(id) : undefined;
    const p = popRow.get(id);
    if (line === undefined || p === undefined) {
      out[id] = [null, null, null, null];
      continue;
    }
    const c = line.split(',');
    const n = (i) => +c[i];
    const portal = n(iud) + n(mow) + n(mop) + n(implant) + n(injectable) + n(pill) + n(condom);
    const mkjp = n(iud) + n(mow) + n(mop) + n(implant);
    const P = +p[pus];
    const t1 = +p[tBkb];
    const t2 = +p[tBkr];
    const t3 = +p[tBkl];
    const t4 = +p[tUppka];
    const t5 = +p[tPikr];
    const sum =
      (t1 === 0 ? 0 : n(bkb) / t1) +
      (t2 === 0 ? 0 : n(bkr) / t2) +
      (t3 === 0 ? 0 : n(bkl) / t3) +
      (t4 === 0 ? 0 : n(uppka) / t4) +
      (t5 === 0 ? 0 : n(pikr) / t5);
    out[id] = [
      pct(portal, P),
      pct(mkjp, portal),
      pct(n(iat) + n(tial), P),
      t1 + t2 + t3 + t4 + t5 === 0 ? null : Math.round(sum * 2000) / 100,
    ];
  }
}
writeFileSync(outFile, JSON.stringify({ period: latest, kampung: out }));
