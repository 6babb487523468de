import { type KampungIndicators, nextLevelChanges, type SubIndicatorChange } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import { INDICATOR_CELLS, type KampungDisclosure } from '../../internal/kampungDisclosure.js';
import { outcomeCell } from '../../internal/outcomeCell.js';
import { monthLabel } from '../../monthLabel.js';
import type { ReportCell } from '../../reportDocument.js';
import { pt } from './profileTexts.js';

/** Which published figures a sub-indicator's basis is computed from (none for profile sub-indicators). */
function basisCells(id: string, show: KampungDisclosure): readonly string[] {
  if (id === 'cpr' || id === 'mkjpShare' || id === 'unmetNeed') return INDICATOR_CELLS[id];
  if (id === 'poktanParticipation') return show.poktanCells;
  return [];
}

/**
 * A score raise in words. In a public report, a raise whose current basis is computed from a figure the
 * kampung's monthly report hides does not quote that basis (`CPR from 43 % …` would give it away): it
 * names the sub-indicator, the value to reach and the scores, as the monthly report's hidden explanation
 * keeps band and score but not the percentage.
 */
export function changeText(c: SubIndicatorChange, show: KampungDisclosure, lang: Lang): string {
  const from = basisCells(c.id, show);
  if (from.length === 0 || !show.hides(...from) || c.toBasis === null) return c.description[lang];
  return pt('hiddenChange', lang, {
    label: c.label[lang],
    bound: pt(c.toBasis.bound, lang),
    value: c.toBasis.value,
    from: c.fromScore,
    to: c.toScore,
  });
}

/**
 * One row of the next-level table: kampung, level now, next level, score points to add, and the plan
 * ({@link nextLevelChanges}) in words, with the alternative one step up from Dasar. A kampung without a
 * monthly report for the month gets no plan (its output scores are not assessed).
 */
export function planRow(r: KampungIndicators, show: KampungDisclosure, lang: Lang): ReportCell[] {
  if (r.outcome.level === null) {
    return [
      r.name,
      outcomeCell(r.outcome, lang),
      null,
      null,
      pt('noReportPlan', lang, { month: monthLabel(r.period, lang) }),
    ];
  }
  const next = nextLevelChanges(r.classification);
  if (next.to === null || next.toLabel === null) {
    return [r.name, outcomeCell(r.outcome, lang), null, 0, pt('highest', lang)];
  }
  const words = (changes: readonly SubIndicatorChange[]) =>
    changes.map((c) => changeText(c, show, lang)).join('; ');
  const alt = next.alternative;
  const text = [
    words(next.changes),
    ...(alt ? [pt('alternative', lang, { level: alt.toLabel[lang], changes: words(alt.changes) })] : []),
  ].join(' — ');
  return [
    r.name,
    outcomeCell(r.outcome, lang),
    { kind: 'level', level: next.to, label: next.toLabel[lang] },
    next.pointsAdded,
    text,
  ];
}
