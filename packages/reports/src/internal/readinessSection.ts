import { assessReadiness, type ReadinessInput, type ReadinessStatus } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { ReportSection } from '../reportDocument.js';
import { formatNumber } from './formatCell.js';

const TEXT = {
  title: { id: 'Kesiapan program kota', en: 'City programme readiness' },
  score: { id: 'Skor kesiapan', en: 'Readiness score' },
  points: { id: 'Poin', en: 'Points' },
  of: { id: 'dari', en: 'of' },
  rule: {
    id: 'Selesai = bobot penuh, berjalan = separuh bobot, belum dimulai dan tidak diketahui = 0 (kkb readiness; docs/readiness.md).',
    en: 'Done = full weight, in progress = half the weight, not started and unknown = 0 (kkb readiness; docs/readiness.md).',
  },
  item: { id: 'Butir', en: 'Item' },
  status: { id: 'Status', en: 'Status' },
  weight: { id: 'Bobot', en: 'Weight' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  next: { id: 'Langkah berikutnya', en: 'Next step' },
  toCheck: { id: 'Perlu dicek (tidak diketahui)', en: 'To check (unknown)' },
  leadAgency: { id: 'pengampu', en: 'lead agency' },
} as const;

const STATUS: Readonly<Record<ReadinessStatus, { id: string; en: string }>> = {
  done: { id: 'selesai', en: 'done' },
  inProgress: { id: 'berjalan', en: 'in progress' },
  notStarted: { id: 'belum dimulai', en: 'not started' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
};

/**
 * The readiness section of the city recap: the score of `assessReadiness` (points of the weights, the
 * rule), then each item with its status, weight, points, evidence (and the Pokja Kota's lead agency) and
 * the next step of each gap, and the items to check. In the report's language.
 */
export function readinessSection(readiness: ReadinessInput, lang: Lang): ReportSection {
  const a = assessReadiness(readiness);
  const n = (x: number) => formatNumber(x, lang);
  return {
    title: TEXT.title[lang],
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: TEXT.score[lang], value: { kind: 'percent', value: a.score } },
          { term: TEXT.points[lang], value: `${n(a.points)} ${TEXT.of[lang]} ${n(a.maxPoints)}` },
        ],
      },
      { kind: 'paragraph', text: TEXT.rule[lang] },
      {
        kind: 'table',
        id: 'readiness',
        columns: [
          { title: TEXT.item[lang], align: 'left' },
          { title: TEXT.status[lang], align: 'left' },
          { title: TEXT.weight[lang], align: 'right' },
          { title: TEXT.points[lang], align: 'right' },
          { title: TEXT.evidence[lang], align: 'left' },
          { title: TEXT.next[lang], align: 'left' },
        ],
        rows: a.items.map((i) => [
          i.label[lang],
          STATUS[i.status][lang],
          i.weight,
          i.points,
          [
            ...(i.leadAgency !== undefined ? [`${TEXT.leadAgency[lang]}: ${i.leadAgency}`] : []),
            ...i.evidence.map((e) => [e.number, e.date, e.link].filter((x) => x !== undefined).join(', ')),
          ].join('; '),
          i.nextStep === null ? '' : i.nextStep[lang],
        ]),
        footer: [['', '', a.maxPoints, a.points, '', '']],
      },
      ...(a.toCheck.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `${TEXT.toCheck[lang]}: ${a.items
                .filter((i) => i.status === 'unknown')
                .map((i) => i.label[lang])
                .join('; ')}.`,
            },
          ]
        : []),
    ],
  };
}
