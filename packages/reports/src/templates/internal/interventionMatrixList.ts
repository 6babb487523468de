import {
  agencies,
  codeLabel,
  type Intervention,
  interventionOutputs,
  pokjaSections,
} from '@kampung-kb/model';
import { formatNumber } from '../../internal/formatCell.js';
import { dateLabel } from '../../monthLabel.js';
import type { ReportTable } from '../../reportDocument.js';
import type { MatrixContext } from './interventionMatrixContext.js';
import { mt } from './matrixTexts.js';

/** An intervention's outputs as text; in a public report those counting people or households are `×`. */
function outputsText(c: MatrixContext, i: Intervention): string {
  const lang = c.lang;
  return interventionOutputs.items
    .flatMap((o) => {
      const v = i.outputs?.[o.code];
      if (v === undefined) return [];
      const hide = c.threshold !== undefined && o.counts !== 'things' && v > 0;
      return [`${o.label[lang]}: ${hide ? '×' : formatNumber(v, lang)} ${o.unit[lang]}`];
    })
    .join('; ');
}

/** Who did it: the agencies, then the CSR partner. */
function agenciesText(c: MatrixContext, i: Intervention): string {
  const lang = c.lang;
  return [
    i.agencies.map((a) => codeLabel(agencies, a, lang)).join(', '),
    i.partner === undefined ? '' : `${mt('partner', lang)}: ${i.partner}`,
  ]
    .filter((x) => x !== '')
    .join(' · ');
}

/** Part (c): the interventions by date, then id. */
export function interventionList(c: MatrixContext): ReportTable {
  const lang = c.lang;
  const kampungName = new Map(c.kampung.map((k) => [k.id, k.name]));
  return {
    kind: 'table',
    id: 'interventions',
    columns: [
      { title: mt('date', lang), align: 'left' },
      { title: mt('kampung', lang), align: 'left' },
      { title: mt('activity', lang), align: 'left' },
      { title: mt('agenciesPartner', lang), align: 'left' },
      { title: mt('section', lang), align: 'left' },
      { title: mt('outputs', lang), align: 'left' },
      { title: mt('spend', lang), align: 'right' },
    ],
    rows: c.list.map((i) => [
      dateLabel(i.date, lang),
      kampungName.get(i.kampungId) ?? i.kampungId,
      i.title,
      agenciesText(c, i),
      codeLabel(pokjaSections, i.section, lang),
      outputsText(c, i),
      i.spend === undefined ? null : i.spend,
    ]),
  };
}
