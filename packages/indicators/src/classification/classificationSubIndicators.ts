import type { Label } from '@kampung-kb/model';

/**
 * The three indices of the classification: input, process (proses) and output.
 *
 * @example
 * ```ts
 * const id: ClassificationIndexId = 'process';
 * ```
 */
export type ClassificationIndexId = 'input' | 'process' | 'output';

/**
 * Ids of the twelve sub-indicators the classification scores.
 *
 * @example
 * ```ts
 * classification.subIndicators.find((s) => s.id === ('unmetNeed' satisfies SubIndicatorId))?.score;
 * ```
 */
export type SubIndicatorId =
  | 'pokja'
  | 'fundingSources'
  | 'poktan'
  | 'facilities'
  | 'mentorRegulation'
  | 'dataUse'
  | 'operations'
  | 'crossSector'
  | 'poktanParticipation'
  | 'cpr'
  | 'mkjpShare'
  | 'unmetNeed';

/**
 * One band of a scoring table: the basis values from `min` to `max` (both inclusive; `null` = unbounded)
 * score `score`. Bases are whole numbers (counts, or percentages the portal has rounded to integers), so
 * the bands state the whole numbers each portal condition admits.
 *
 * @example
 * ```ts
 * const band: ScoreBand = { score: 3, min: 41, max: 50, label: { id: '41–50', en: '41–50' }, portalCondition: 'between 41 and 50' };
 * ```
 */
export interface ScoreBand {
  readonly score: number;
  readonly min: number | null;
  readonly max: number | null;
  /** The band as shown to people, e.g. `41–50`, or `9,1–12` / `9.1–12`. */
  readonly label: Label;
  /** The condition exactly as the portal's SQL writes it, e.g. `between 41 and 50`. */
  readonly portalCondition: string;
}

/**
 * What a basis value is: a `count` of items, an integer `percent`, or a number of `flags` that hold
 * (Pokja; mentor and regulation), which the explanation spells out instead of the number.
 *
 * @example
 * ```ts
 * classificationSubIndicators.filter((s) => s.basisKind === 'percent').map((s) => s.id);
 * // ['poktanParticipation', 'cpr', 'mkjpShare', 'unmetNeed']
 * ```
 */
export type BasisKind = 'count' | 'percent' | 'flags';

/**
 * A sub-indicator of the classification and its scoring table.
 *
 * @example
 * ```ts
 * const def: SubIndicatorDefinition | undefined = classificationSubIndicators.find((s) => s.id === 'facilities');
 * def?.maxScore; // 3
 * ```
 */
export interface SubIndicatorDefinition {
  readonly id: SubIndicatorId;
  readonly index: ClassificationIndexId;
  readonly label: Label;
  /** What the basis value counts or measures. */
  readonly basis: Label;
  readonly basisKind: BasisKind;
  /**
   * Unit written after a count in explanations, in the singular (`one`: `sumber` / `source`) and the
   * plural (`other`: `sumber` / `sources`).
   */
  readonly unit?: { readonly one: Label; readonly other: Label };
  readonly maxScore: number;
  /** Score given when the basis is missing (no record): always 1, as the portal's `null → 1`. */
  readonly missingScore: number;
  /** The bands, lowest score first; together they cover every whole number from 0 up. */
  readonly bands: readonly ScoreBand[];
  /** Where the rule comes from: the portal SQL and the column it computes. */
  readonly citation: string;
}

/**
 * An index of the classification: the mean of its sub-indicators' scores.
 *
 * @example
 * ```ts
 * const output: ClassificationIndexDefinition | undefined = classificationIndices.find((i) => i.id === 'output');
 * output?.subIndicators; // ['poktanParticipation', 'cpr', 'mkjpShare', 'unmetNeed']
 * ```
 */
export interface ClassificationIndexDefinition {
  readonly id: ClassificationIndexId;
  readonly label: Label;
  /** The sub-indicators it averages, in order; the portal divides by their number (5, 3 and 4). */
  readonly subIndicators: readonly SubIndicatorId[];
  readonly citation: string;
}

/**
 * The portal source every threshold of the classification comes from.
 *
 * @example
 * ```ts
 * classificationSubIndicators[0]?.citation.startsWith(PORTAL_CLASSIFICATION_SQL); // true
 * ```
 */
export const PORTAL_CLASSIFICATION_SQL =
  'kampungkb.bkkbn.go.id, willyprmn/Kampung-KB database/sql/statistik/classification/kampung.sql';

function cite(column: string): string {
  return `${PORTAL_CLASSIFICATION_SQL}, column ${column}`;
}

function band(
  score: number,
  min: number | null,
  max: number | null,
  portalCondition: string,
  label?: Label,
): ScoreBand {
  const text = label ?? rangeLabel(min, max);
  return { score, min, max, label: text, portalCondition };
}

function rangeLabel(min: number | null, max: number | null): Label {
  if (min === null && max === 0) return same('0');
  if (min === null && max !== null) return same(`< ${max + 1}`);
  if (max === null && min !== null) return same(`> ${min - 1}`);
  if (min === max) return same(String(min));
  return same(`${min}–${max}`);
}

function same(s: string): Label {
  return { id: s, en: s };
}

/**
 * The twelve sub-indicators of the official Kampung KB classification with their scoring tables, in
 * index order (input: 5, process: 3, output: 4), as data so documentation can be generated from them.
 *
 * Every threshold is the portal's (see {@link PORTAL_CLASSIFICATION_SQL}); `portalCondition` keeps its
 * literal wording. Unmet need keeps the portal's odd decimal edges (`> 12.1`, `between 9.1 and 12`,
 * `between 6.1 and 9`, `< 6.1`): on the integer percentages it scores they mean ≥ 13, 10–12, 7–9 and ≤ 6.
 *
 * @example
 * ```ts
 * const cpr = classificationSubIndicators.find((s) => s.id === 'cpr');
 * cpr?.bands.map((b) => [b.min, b.max, b.score]); // [[null, 29, 1], [30, 40, 2], [41, 50, 3], [51, null, 4]]
 * ```
 */
export const classificationSubIndicators: readonly SubIndicatorDefinition[] = [
  {
    id: 'pokja',
    index: 'input',
    label: { id: 'Pokja', en: 'Pokja (working group)' },
    basis: {
      id: 'Pokja terbentuk, lalu jumlah syarat yang terpenuhi: anggota > 0, sudah dilatih',
      en: 'Pokja formed, then how many of: members > 0, trained',
    },
    basisKind: 'flags',
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'pokja_pengurusan_flag is null or false', {
        id: 'belum ada Pokja',
        en: 'no Pokja',
      }),
      band(2, 1, 1, 'pokja_pengurusan_flag is true', {
        id: 'Pokja ada, tanpa anggota tercatat dan belum dilatih',
        en: 'Pokja formed, no members recorded and not trained',
      }),
      band(3, 2, 2, 'pokja_pengurusan_flag is true and (pokja_jumlah > 0 or pokja_pelatihan_flag is true)', {
        id: 'Pokja ada, dengan anggota atau sudah dilatih',
        en: 'Pokja formed, with members or trained',
      }),
      band(
        4,
        3,
        null,
        'pokja_pengurusan_flag is true and pokja_jumlah > 0 and pokja_pelatihan_flag is true',
        {
          id: 'Pokja ada, dengan anggota dan sudah dilatih',
          en: 'Pokja formed, with members and trained',
        },
      ),
    ],
    citation: cite('input_pokja'),
  },
  {
    id: 'fundingSources',
    index: 'input',
    label: { id: 'Sumber dana', en: 'Funding sources' },
    basis: { id: 'Jumlah sumber dana', en: 'Number of funding sources' },
    basisKind: 'count',
    unit: { one: { id: 'sumber', en: 'source' }, other: { id: 'sumber', en: 'sources' } },
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_sumber_dana = 0'),
      band(2, 1, 1, 'total_sumber_dana = 1'),
      band(3, 2, 4, 'total_sumber_dana between 2 and 4'),
      band(4, 5, null, 'total_sumber_dana > 4'),
    ],
    citation: cite('input_sumber_dana'),
  },
  {
    id: 'poktan',
    index: 'input',
    label: { id: 'Poktan', en: 'Poktan (activity groups)' },
    basis: {
      id: 'Jumlah poktan yang ada (BKB, BKR, BKL, UPPKA, PIK-R)',
      en: 'Number of poktan present (BKB, BKR, BKL, UPPKA, PIK-R)',
    },
    basisKind: 'count',
    unit: { one: { id: 'poktan', en: 'poktan' }, other: { id: 'poktan', en: 'poktan' } },
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_poktan = 0'),
      band(2, 1, 2, 'total_poktan between 1 and 2'),
      band(3, 3, 4, 'total_poktan between 3 and 4'),
      band(4, 5, null, 'total_poktan > 4'),
    ],
    citation: cite('input_poktan'),
  },
  {
    id: 'facilities',
    index: 'input',
    label: { id: 'Sarana', en: 'Facilities' },
    basis: {
      id: 'Jumlah sarana: Sekretariat Kampung KB, Rumah DataKu',
      en: 'Number of facilities: Kampung KB secretariat, Rumah DataKu',
    },
    basisKind: 'count',
    unit: { one: { id: 'sarana', en: 'facility' }, other: { id: 'sarana', en: 'facilities' } },
    maxScore: 3,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_sarana = 0'),
      band(2, 1, 1, 'total_sarana = 1'),
      band(3, 2, null, 'total_sarana = 2', same('2')),
    ],
    citation: cite('input_sarana'),
  },
  {
    id: 'mentorRegulation',
    index: 'input',
    label: { id: 'PKB/PLKB pendamping dan regulasi', en: 'PKB/PLKB mentor and regulation' },
    basis: {
      id: 'Berapa yang ada: PKB/PLKB pendamping, regulasi',
      en: 'How many hold: a PKB/PLKB mentor, a regulation',
    },
    basisKind: 'flags',
    maxScore: 3,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'plkb_pendamping_flag and regulasi_flag both false or null', {
        id: 'tanpa pendamping dan tanpa regulasi',
        en: 'neither a mentor nor a regulation',
      }),
      band(2, 1, 1, 'plkb_pendamping_flag is true or regulasi_flag is true', {
        id: 'pendamping atau regulasi',
        en: 'a mentor or a regulation',
      }),
      band(3, 2, null, 'plkb_pendamping_flag is true and regulasi_flag is true', {
        id: 'pendamping dan regulasi',
        en: 'a mentor and a regulation',
      }),
    ],
    citation: cite('input_pkb'),
  },
  {
    id: 'dataUse',
    index: 'process',
    label: { id: 'Penggunaan data', en: 'Data use' },
    basis: {
      id: 'Jumlah sumber data yang digunakan dalam perencanaan dan evaluasi',
      en: 'Number of data sources used in planning and evaluation',
    },
    basisKind: 'count',
    unit: { one: { id: 'sumber data', en: 'data source' }, other: { id: 'sumber data', en: 'data sources' } },
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_penggunaan_data = 0'),
      band(2, 1, 1, 'total_penggunaan_data = 1'),
      band(3, 2, 3, 'total_penggunaan_data between 2 and 3'),
      band(4, 4, null, 'total_penggunaan_data > 3'),
    ],
    citation: cite('proses_penggunaan_data'),
  },
  {
    id: 'operations',
    index: 'process',
    label: { id: 'Mekanisme operasional', en: 'Operational mechanisms' },
    basis: {
      id: 'Jumlah mekanisme operasional yang dijalankan',
      en: 'Number of operational mechanisms carried out',
    },
    basisKind: 'count',
    unit: { one: { id: 'mekanisme', en: 'mechanism' }, other: { id: 'mekanisme', en: 'mechanisms' } },
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_operasional = 0'),
      band(2, 1, 2, 'total_operasional between 1 and 2'),
      band(3, 3, 4, 'total_operasional between 3 and 4'),
      band(4, 5, null, 'total_operasional > 4'),
    ],
    citation: cite('proses_operasional'),
  },
  {
    id: 'crossSector',
    index: 'process',
    label: { id: 'Dukungan lintas sektor', en: 'Cross-sector support' },
    basis: {
      id: 'Jumlah instansi berbeda dalam intervensi kampung, tanpa OPD KB dan Perwakilan BKKBN',
      en: "Number of distinct agencies in the kampung's interventions, not counting the KB office and BKKBN representative",
    },
    basisKind: 'count',
    unit: { one: { id: 'instansi', en: 'agency' }, other: { id: 'instansi', en: 'agencies' } },
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 0, 'total_lintas_sektor = 0'),
      band(2, 1, 3, 'total_lintas_sektor between 1 and 3'),
      band(3, 4, 6, 'total_lintas_sektor between 4 and 6'),
      band(4, 7, null, 'total_lintas_sektor > 6'),
    ],
    citation: cite('proses_lintas_sektor'),
  },
  {
    id: 'poktanParticipation',
    index: 'output',
    label: { id: 'Partisipasi poktan', en: 'Poktan participation' },
    basis: {
      id: 'Rata-rata persentase peserta BKB, BKR, BKL, UPPKA, PIK-R terhadap sasarannya (bilangan bulat)',
      en: 'Mean percentage of BKB, BKR, BKL, UPPKA, PIK-R participants of their targets (integer)',
    },
    basisKind: 'percent',
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 9, '< 10'),
      band(2, 10, 20, 'between 10 and 20'),
      band(3, 21, 30, 'between 21 and 30'),
      band(4, 31, null, '> 30'),
    ],
    citation: cite('output_poktan'),
  },
  {
    id: 'cpr',
    index: 'output',
    label: { id: 'CPR', en: 'CPR' },
    basis: {
      id: 'Peserta KB aktif tujuh metode portal per PUS, persen (bilangan bulat)',
      en: "Active users of the portal's seven methods per PUS, per cent (integer)",
    },
    basisKind: 'percent',
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 29, 'is null or < 30'),
      band(2, 30, 40, 'between 30 and 40'),
      band(3, 41, 50, 'between 41 and 50'),
      band(4, 51, null, '> 50'),
    ],
    citation: cite('output_cpr'),
  },
  {
    id: 'mkjpShare',
    index: 'output',
    label: { id: 'Kesertaan MKJP', en: 'MKJP share' },
    basis: {
      id: 'Peserta MKJP (IUD, MOW, MOP, implan) per peserta KB aktif, persen (bilangan bulat)',
      en: 'MKJP users (IUD, MOW, MOP, implant) per active user, per cent (integer)',
    },
    basisKind: 'percent',
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, null, 19, 'is null or < 20'),
      band(2, 20, 22, 'between 20 and 22'),
      band(3, 23, 24, 'between 23 and 24'),
      band(4, 25, null, '> 24'),
    ],
    citation: cite('output_mkjp'),
  },
  {
    id: 'unmetNeed',
    index: 'output',
    label: { id: 'Unmet need', en: 'Unmet need' },
    basis: {
      id: 'PUS IAT dan TIAL per PUS, persen (bilangan bulat)',
      en: 'PUS with IAT or TIAL per PUS, per cent (integer)',
    },
    basisKind: 'percent',
    maxScore: 4,
    missingScore: 1,
    bands: [
      band(1, 13, null, 'is null or > 12.1', { id: '> 12,1', en: '> 12.1' }),
      band(2, 10, 12, 'between 9.1 and 12', { id: '9,1–12', en: '9.1–12' }),
      band(3, 7, 9, 'between 6.1 and 9', { id: '6,1–9', en: '6.1–9' }),
      band(4, null, 6, '< 6.1', { id: '< 6,1', en: '< 6.1' }),
    ],
    citation: cite('output_unmet'),
  },
];

/**
 * The three indices of the classification and the sub-indicators each averages. An index is
 * `ROUND(sum of scores / n::decimal, 2)`: the exact mean rounded half away from zero to 2 decimals.
 *
 * @example
 * ```ts
 * classificationIndices.map((i) => [i.id, i.subIndicators.length]); // [['input', 5], ['process', 3], ['output', 4]]
 * ```
 */
export const classificationIndices: readonly ClassificationIndexDefinition[] = [
  {
    id: 'input',
    label: { id: 'Indeks input', en: 'Input index' },
    subIndicators: ['pokja', 'fundingSources', 'poktan', 'facilities', 'mentorRegulation'],
    citation: cite('index_input'),
  },
  {
    id: 'process',
    label: { id: 'Indeks proses', en: 'Process index' },
    subIndicators: ['dataUse', 'operations', 'crossSector'],
    citation: cite('index_proses'),
  },
  {
    id: 'output',
    label: { id: 'Indeks output', en: 'Output index' },
    subIndicators: ['poktanParticipation', 'cpr', 'mkjpShare', 'unmetNeed'],
    citation: cite('index_output'),
  },
];
