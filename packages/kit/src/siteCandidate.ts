import {
  type AreaCriterionCode,
  areaCriteria,
  type Label,
  type MainCriterionCode,
  mainCriteria,
  parseRegionCode,
} from '@kampung-kb/model';
import * as z from 'zod';

/**
 * How a column of a site-candidates file is read: a region code, a text, a yes/no flag (blank = no data),
 * a percentage (0–100) or a number ≥ 0 (blank = no data).
 *
 * @example
 * ```ts
 * const k: SiteCandidateFieldKind = 'flag';
 * ```
 */
export type SiteCandidateFieldKind = 'region' | 'text' | 'flag' | 'percent' | 'number';

/**
 * One column of a site-candidates file.
 *
 * @example
 * ```ts
 * const f: SiteCandidateField = SITE_CANDIDATE_FIELDS[0]!; // { path: 'regionCode', kind: 'region', … }
 * ```
 */
export interface SiteCandidateField {
  /** Machine-readable header, e.g. `regionCode`, `main.highPoverty`, `area.slum`, `cpr`. */
  readonly path: string;
  readonly kind: SiteCandidateFieldKind;
  /** Human header in Indonesian and English. */
  readonly label: Label;
  readonly required: boolean;
}

/** The measure columns, named as the site ranking names its measures. */
const MEASURE_FIELDS: readonly SiteCandidateField[] = [
  {
    path: 'cpr',
    kind: 'percent',
    label: { id: 'CPR (%)', en: 'CPR (%)' },
    required: false,
  },
  {
    path: 'unmetNeed',
    kind: 'percent',
    label: { id: 'Unmet need (%)', en: 'Unmet need (%)' },
    required: false,
  },
  {
    path: 'povertyShare',
    kind: 'percent',
    label: { id: 'Keluarga miskin (%)', en: 'Poor families (%)' },
    required: false,
  },
  {
    path: 'density',
    kind: 'number',
    label: { id: 'Kepadatan (jiwa/km²)', en: 'Density (people/km²)' },
    required: false,
  },
];

/**
 * The columns of a site-candidates file (`kkb sites --candidates`), one row per kelurahan/desa: its region
 * code (required, dotted or not) and name; one yes/no column per main criterion (`main.<code>`, code list
 * `main-criteria`) and per area criterion (`area.<code>`, `area-criteria`); the measures `cpr`, `unmetNeed`,
 * `povertyShare` (percent) and `density` (people per km²); a note. A blank flag or measure is "no data".
 *
 * @example
 * ```ts
 * SITE_CANDIDATE_FIELDS.map((f) => f.path);
 * // ['regionCode', 'name', 'main.lowKbParticipation', …, 'area.slum', …, 'cpr', 'unmetNeed', 'povertyShare', 'density', 'note']
 * ```
 */
export const SITE_CANDIDATE_FIELDS: readonly SiteCandidateField[] = [
  {
    path: 'regionCode',
    kind: 'region',
    label: { id: 'Kode kelurahan/desa', en: 'Village code' },
    required: true,
  },
  { path: 'name', kind: 'text', label: { id: 'Nama kelurahan/desa', en: 'Village name' }, required: false },
  ...mainCriteria.items.map(
    (i): SiteCandidateField => ({
      path: `main.${i.code}`,
      kind: 'flag',
      label: { id: `Kriteria utama: ${i.label.id}`, en: `Main criterion: ${i.label.en}` },
      required: false,
    }),
  ),
  ...areaCriteria.items.map(
    (i): SiteCandidateField => ({
      path: `area.${i.code}`,
      kind: 'flag',
      label: { id: `Kriteria wilayah: ${i.label.id}`, en: `Area criterion: ${i.label.en}` },
      required: false,
    }),
  ),
  ...MEASURE_FIELDS,
  { path: 'note', kind: 'text', label: { id: 'Catatan', en: 'Note' }, required: false },
];

/** What a spreadsheet or CSV cell can hold. */
const Cell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null(), z.undefined()]);

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', '1', 'x', '✓', 'v']);
const NO = new Set(['tidak', 'tdk', 'no', 'n', 'false', 'salah', '0', '-']);

function problem(ctx: z.RefinementCtx, input: unknown, id: string, en: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', input, params: { label: { id, en } } });
  return z.NEVER;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const FlagCell = Cell.transform((v, ctx): boolean | null => {
  if (blank(v)) return null;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return problem(
    ctx,
    v,
    `'${String(v)}' bukan ya/tidak; tulis ya atau tidak (kosong = tidak ada data)`,
    `'${String(v)}' is not yes/no; write yes or no (blank = no data)`,
  );
});

function numberCell(max: number | undefined) {
  return Cell.transform((v, ctx): number | null => {
    if (blank(v)) return null;
    let n: number;
    if (typeof v === 'number') n = v;
    else {
      // Indonesian spreadsheets write 48,2 and may add a % sign.
      const s = String(v).trim().replace(/%$/, '').trim().replace(',', '.');
      n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
    }
    if (!Number.isFinite(n) || n < 0 || (max !== undefined && n > max)) {
      return max === undefined
        ? problem(ctx, v, `'${String(v)}' bukan angka ≥ 0`, `'${String(v)}' is not a number ≥ 0`)
        : problem(
            ctx,
            v,
            `'${String(v)}' bukan persentase 0–${max}`,
            `'${String(v)}' is not a percentage from 0 to ${max}`,
          );
    }
    return n;
  });
}

const RegionCell = Cell.transform((v, ctx): string => {
  if (blank(v)) return problem(ctx, v, 'Kode kelurahan/desa kosong', 'The village code is empty');
  const text = typeof v === 'number' ? String(v) : String(v).trim();
  const r = parseRegionCode(text);
  if (!r.ok || r.level !== 'village') {
    return problem(
      ctx,
      v,
      `'${text}' bukan kode kelurahan/desa Kemendagri (mis. '63.71.01.1005' atau '6371011005')`,
      `'${text}' is not a Kemendagri village code (e.g. '63.71.01.1005' or '6371011005')`,
    );
  }
  return r.code;
});

const TextCell = Cell.transform((v): string | undefined => (blank(v) ? undefined : String(v).trim()));

const SCHEMA_OF: Record<SiteCandidateFieldKind, z.ZodType> = {
  region: RegionCell,
  text: TextCell,
  flag: FlagCell,
  percent: numberCell(100),
  number: numberCell(undefined),
};

/**
 * The zod schema of one row of a site-candidates file, keyed by field path ({@link SITE_CANDIDATE_FIELDS});
 * cells as CSV or exceljs give them. Hand-typed input, hence zod (not TypeBox). Flags accept ya/tidak,
 * yes/no, true/false, 1/0, x; numbers accept `48,2` and `48.2%`; a blank cell is `null` (no data).
 *
 * @example
 * ```ts
 * SiteCandidateRow.parse({ regionCode: '6371011005', 'area.slum': 'ya', cpr: '48,2' });
 * // { regionCode: '63.71.01.1005', 'area.slum': true, cpr: 48.2, … }
 * ```
 */
export const SiteCandidateRow = z.object(
  Object.fromEntries(
    SITE_CANDIDATE_FIELDS.map((f) => [f.path, f.required ? SCHEMA_OF[f.kind] : SCHEMA_OF[f.kind].optional()]),
  ),
);

/**
 * A site candidate read from a file (the shape `rankSites` of `@kampung-kb/indicators` ranks), with the
 * row it comes from.
 *
 * @example
 * ```ts
 * const c: SiteCandidateFields = siteCandidateOf({ regionCode: '63.71.01.1005', 'area.slum': true }, 3);
 * ```
 */
export interface SiteCandidateFields {
  readonly regionCode: string;
  readonly name?: string;
  readonly mainCriteria: Partial<Record<MainCriterionCode, boolean | null>>;
  readonly areaCriteria: Partial<Record<AreaCriterionCode, boolean | null>>;
  readonly measures: {
    readonly cpr: number | null;
    readonly unmetNeed: number | null;
    readonly povertyShare: number | null;
    readonly density: number | null;
  };
  readonly note?: string;
  /** Row in the file (1-based, the header being row 1). */
  readonly row: number;
}

/**
 * Turns a parsed {@link SiteCandidateRow} into a {@link SiteCandidateFields}: a column the file does not have
 * is no data (`null`), like a blank cell.
 *
 * @example
 * ```ts
 * siteCandidateOf(SiteCandidateRow.parse({ regionCode: '63.71.01.1005' }), 3).measures.cpr; // null
 * ```
 */
export function siteCandidateOf(
  row: Readonly<Record<string, unknown>>,
  rowNumber: number,
): SiteCandidateFields {
  const flag = (path: string): boolean | null => {
    const v = row[path];
    return typeof v === 'boolean' ? v : null;
  };
  const num = (path: string): number | null => {
    const v = row[path];
    return typeof v === 'number' ? v : null;
  };
  const name = row['name'];
  const note = row['note'];
  return {
    regionCode: String(row['regionCode']),
    ...(typeof name === 'string' ? { name } : {}),
    mainCriteria: Object.fromEntries(mainCriteria.items.map((i) => [i.code, flag(`main.${i.code}`)])),
    areaCriteria: Object.fromEntries(areaCriteria.items.map((i) => [i.code, flag(`area.${i.code}`)])),
    measures: {
      cpr: num('cpr'),
      unmetNeed: num('unmetNeed'),
      povertyShare: num('povertyShare'),
      density: num('density'),
    },
    ...(typeof note === 'string' ? { note } : {}),
    row: rowNumber,
  };
}
