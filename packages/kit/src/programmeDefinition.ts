import {
  areaCriteria,
  isValidDate,
  mainCriteria,
  parseRegionCode,
  type ReadinessItemCode,
  type RegionLevel,
  readinessItems,
} from '@kampung-kb/model';
import * as z from 'zod';
import { closestName } from './internal/closestName.js';

/** The year Kampung KB was launched (14 January 2016, Desa Mertasinga, Kabupaten Cirebon). */
const LAUNCH_YEAR = 2016;

const LEVEL_NAMES: Record<RegionLevel, { id: string; en: string }> = {
  province: { id: 'provinsi', en: 'province' },
  regency: { id: 'kabupaten/kota', en: 'regency or city' },
  district: { id: 'kecamatan', en: 'district' },
  village: { id: 'desa/kelurahan', en: 'village' },
};

/**
 * A Kemendagri code of one level, written dotted. The bilingual message rides in the issue's `params`
 * so that `parseProgramme` can give it in both languages.
 */
function regionCodeOf(level: RegionLevel, example: string, pattern: string) {
  const name = LEVEL_NAMES[level];
  return z
    .string()
    .superRefine((input, ctx) => {
      const r = parseRegionCode(input);
      let label: { id: string; en: string } | undefined;
      if (!r.ok) {
        label = {
          id: `'${input}' bukan kode wilayah Kemendagri; kode ${name.id} ditulis seperti '${example}'`,
          en: `'${input}' is not a Kemendagri region code; a ${name.en} code is written like '${example}'`,
        };
      } else if (r.level !== level) {
        const got = LEVEL_NAMES[r.level];
        label = {
          id: `'${input}' adalah kode ${got.id}, padahal yang diminta kode ${name.id} (mis. '${example}')`,
          en: `'${input}' is a ${got.en} code, but a ${name.en} code is needed (e.g. '${example}')`,
        };
      } else if (r.code !== input) {
        label = {
          id: `Tulis kode wilayah dengan titik: '${r.code}', bukan '${input}'`,
          en: `Write the region code dotted: '${r.code}', not '${input}'`,
        };
      }
      if (label) ctx.addIssue({ code: 'custom', input, params: { label } });
    })
    .meta({ pattern, examples: [example] });
}

const NonEmpty = z.string().min(1);

/** A bilingual text as a programme definition writes it. */
const BilingualText = z
  .strictObject({
    id: NonEmpty.meta({ description: 'Indonesian.' }),
    en: NonEmpty.meta({ description: 'English.' }),
  })
  .meta({ description: 'Text in Indonesian (id) and English (en).' });

/** The four statuses of a readiness item. */
const READINESS_STATUSES = ['done', 'inProgress', 'notStarted', 'unknown'] as const;

/** Spellings of a status (lower case, without spaces, `-` or `_`) → the status. */
const STATUS_SPELLINGS: Readonly<Record<string, (typeof READINESS_STATUSES)[number]>> = {
  done: 'done',
  selesai: 'done',
  inprogress: 'inProgress',
  berjalan: 'inProgress',
  dalamproses: 'inProgress',
  notstarted: 'notStarted',
  belumdimulai: 'notStarted',
  unknown: 'unknown',
  tidakdiketahui: 'unknown',
};

/** A readiness status: the code or its Indonesian label, case- and space-insensitive. */
const ReadinessStatus = z
  .string()
  .transform((input, ctx) => {
    const status = STATUS_SPELLINGS[input.toLowerCase().replace(/[\s_-]+/g, '')];
    if (status !== undefined) return status;
    ctx.addIssue({
      code: 'custom',
      input,
      params: {
        label: {
          id: `'${input}' bukan status kesiapan; tulis selesai (done), berjalan (inProgress), belum dimulai (notStarted) atau tidak diketahui (unknown)`,
          en: `'${input}' is not a readiness status; write done (selesai), inProgress (berjalan), notStarted (belum dimulai) or unknown (tidak diketahui)`,
        },
      },
    });
    return z.NEVER;
  })
  .meta({
    description:
      'done | inProgress | notStarted | unknown, or the Indonesian label: selesai | berjalan (dalam proses) | belum dimulai | tidak diketahui (case- and space-insensitive).',
    examples: ['done', 'inProgress', 'notStarted', 'unknown', 'selesai', 'berjalan', 'belum dimulai'],
  });

/** A calendar date `YYYY-MM-DD` that exists. */
const IsoDate = z
  .string()
  .superRefine((input, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(input) && isValidDate(input)) return;
    ctx.addIssue({
      code: 'custom',
      input,
      params: {
        label: {
          id: `'${input}' bukan tanggal; tulis YYYY-MM-DD, mis. '2018-06-26'`,
          en: `'${input}' is not a date; write YYYY-MM-DD, e.g. '2018-06-26'`,
        },
      },
    });
  })
  .meta({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', examples: ['2018-06-26'] });

/** One piece of evidence of a readiness item: a document number, its date, a link (at least one). */
const ReadinessEvidence = z
  .strictObject({
    number: NonEmpty.optional().meta({ description: 'Document number, e.g. "188.45/123-KUM/2018".' }),
    date: IsoDate.optional().meta({ description: 'Date of the document or event, YYYY-MM-DD.' }),
    link: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: 'Public link (http or https) to the document or a report of it.' }),
  })
  .refine((e) => e.number !== undefined || e.date !== undefined || e.link !== undefined, {
    params: {
      label: {
        id: 'Bukti kosong: isi nomor, tanggal atau tautan',
        en: 'Empty evidence: give a number, a date or a link',
      },
    },
  })
  .meta({ description: 'Evidence: a document number, its date and/or a public link (at least one).' });

/** One readiness item as a city records it. */
const ReadinessEntry = z
  .strictObject({
    status: ReadinessStatus,
    evidence: z
      .array(ReadinessEvidence)
      .optional()
      .meta({ description: 'Documents or reports showing the status.' }),
    weight: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: "Weight in the readiness score (default: the item's default weight)." }),
    leadAgency: NonEmpty.optional().meta({
      description: 'Lead agency of the Pokja Kota (only for pokjaKota), e.g. "Barenlitbangda".',
    }),
    note: NonEmpty.optional().meta({ description: 'A free note, e.g. where the information comes from.' }),
  })
  .meta({ description: 'Status of one readiness item, its evidence and weight.' });

/** Words a city may use for a readiness item, for the "did you mean" of an unknown key. */
const ITEM_ALIASES: Readonly<Record<string, ReadinessItemCode>> = {
  perwali: 'mayorPolicy',
  perbup: 'mayorPolicy',
  skwalikota: 'mayorPolicy',
  skbupati: 'mayorPolicy',
  rpjmd: 'rpjmdPriority',
  apbd: 'apbdBudget',
  pokja: 'pokjaKota',
  skpd: 'agencyCommitments',
  opd: 'agencyCommitments',
  csr: 'csrPartners',
  musrenbang: 'urunRembug',
  laporanbulanan: 'monthlyReporting',
  pk: 'familyData',
  pendataankeluarga: 'familyData',
  pkb: 'fieldWorkers',
  plkb: 'fieldWorkers',
};

/** Run a refinement even when some value inside already has an issue (each key is looked at with care). */
const CHECK_ALWAYS = { when: () => true };

const READINESS_CODES: readonly ReadinessItemCode[] = readinessItems.items.map((i) => i.code);

/** The readiness checklist: one optional entry per `readiness-items` code; unknown codes are errors. */
const Readiness = z
  .looseObject(
    Object.fromEntries(
      readinessItems.items.map((i) => [i.code, ReadinessEntry.optional().meta({ description: i.label.en })]),
    ) as Record<ReadinessItemCode, z.ZodOptional<typeof ReadinessEntry>>,
  )
  .superRefine((value: unknown, ctx) => {
    // Runs even on a partly invalid value (CHECK_ALWAYS): look before touching.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [key, entry] of Object.entries(value)) {
      if (!(READINESS_CODES as readonly string[]).includes(key)) {
        const near =
          ITEM_ALIASES[key.toLowerCase().replace(/[\s_-]+/g, '')] ?? closestName(key, READINESS_CODES);
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: key,
          params: {
            label: {
              id: `Butir kesiapan '${key}' tidak dikenal${near ? `; maksud Anda '${near}'?` : ''} (butir: ${READINESS_CODES.join(', ')})`,
              en: `Unknown readiness item '${key}'${near ? `; did you mean '${near}'?` : ''} (items: ${READINESS_CODES.join(', ')})`,
            },
          },
        });
      } else if (
        key !== 'pokjaKota' &&
        (entry as { leadAgency?: unknown } | undefined)?.leadAgency !== undefined
      ) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'leadAgency'],
          input: key,
          params: {
            label: {
              id: `'leadAgency' hanya untuk butir 'pokjaKota', bukan '${key}'`,
              en: `'leadAgency' belongs to the item 'pokjaKota' only, not '${key}'`,
            },
          },
        });
      }
    }
  }, CHECK_ALWAYS)
  .meta({
    additionalProperties: false,
    description:
      'Readiness checklist (code list readiness-items): per item its status, evidence and weight. A missing item counts as unknown.',
  });

/** A weight of the site ranking: a number from 0 to 100. */
const SiteWeight = z.number().min(0).max(100);

/** Weights of some codes of a code list, each optional. */
function weightsOf<C extends string>(codes: readonly C[], what: string) {
  return z
    .strictObject(
      Object.fromEntries(codes.map((c) => [c, SiteWeight.optional()])) as Record<
        C,
        z.ZodOptional<typeof SiteWeight>
      >,
    )
    .optional()
    .meta({ description: `Weight of each ${what} met (0–100); unlisted ones keep their default.` });
}

/**
 * Weights of the site ranking (`kkb sites`), all optional: the defaults are `DEFAULT_SITE_WEIGHTS` of
 * `@kampung-kb/indicators` (docs/sites.md).
 */
const SiteSelection = z
  .strictObject({
    mainCriteria: weightsOf(
      mainCriteria.items.map((i) => i.code),
      'main criterion (main-criteria)',
    ),
    areaCriteria: weightsOf(
      areaCriteria.items.map((i) => i.code),
      'area criterion (area-criteria)',
    ),
    measures: z
      .strictObject({
        cpr: SiteWeight.optional().meta({ description: 'Weight of a low CPR (contraceptive prevalence).' }),
        unmetNeed: SiteWeight.optional().meta({ description: 'Weight of a high unmet need.' }),
        povertyShare: SiteWeight.optional().meta({ description: 'Weight of a high share of poor families.' }),
        density: SiteWeight.optional().meta({ description: 'Weight of a high population density.' }),
      })
      .optional()
      .meta({ description: 'Weight of each measure, scaled between the lowest and highest candidate.' }),
  })
  .meta({ description: 'Weights of the site ranking of `kkb sites`; every one optional (docs/sites.md).' });

/**
 * The zod schema of a programme definition: what a city writes by hand in `programme.json` or
 * `programme.yaml` next to its data to say whose programme the data is. Unknown keys are errors (a typo
 * should not pass silently).
 *
 * - `name`: the programme's name in both languages, e.g. "Kampung KB Kampung Baiman";
 * - `city`: the regency or city (kabupaten/kota) running it, with its Kemendagri code (`63.71`);
 * - `province`: its province (`63`), which must contain the city;
 * - `agency`: the KB office, e.g. "DPPKBPM Kota Banjarmasin"; `brand`: the local brand ("Kampung Baiman");
 * - `startYear`: first year of the city's programme (2016, Kampung KB's launch, or later);
 * - `synthetic`: the data is synthetic, and every report must say so (default `false`);
 * - `defaultLang`: language of reports, `id` (default) or `en`;
 * - `publicReport.smallCellThreshold`: counts below it are suppressed in public reports (default 5);
 * - `readiness`: the readiness checklist (code list `readinessItems`), per item a `status` (`done`,
 *   `inProgress`, `notStarted`, `unknown`, or the Indonesian `selesai`, `berjalan`/`dalam proses`,
 *   `belum dimulai`, `tidak diketahui`), `evidence` (number, date, link), `weight`, `leadAgency` (pokjaKota
 *   only) and `note`; an unknown item is an error with a "did you mean";
 * - `siteSelection`: weights of the site ranking of `kkb sites` (all optional, defaults in docs/sites.md).
 *
 * @example
 * ```ts
 * ProgrammeDefinition.parse({
 *   name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman' },
 *   city: { code: '63.71', name: 'Kota Banjarmasin' },
 * }).publicReport.smallCellThreshold; // 5
 * ```
 */
export const ProgrammeDefinition = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'URL or path of this JSON Schema, for editors.' }),
    name: BilingualText.meta({ description: 'Name of the programme, e.g. "Kampung KB Kampung Baiman".' }),
    city: z
      .strictObject({
        code: regionCodeOf('regency', '63.71', '^[1-9][0-9]\\.[0-9]{2}$').meta({
          description: 'Kemendagri code of the regency or city, dotted (e.g. "63.71").',
        }),
        name: NonEmpty.meta({ description: 'Official name, e.g. "Kota Banjarmasin".' }),
      })
      .meta({ description: 'The regency or city (kabupaten/kota) running the programme.' }),
    province: z
      .strictObject({
        code: regionCodeOf('province', '63', '^[1-9][0-9]$').meta({
          description: 'Kemendagri code of the province (e.g. "63").',
        }),
        name: NonEmpty.meta({ description: 'Official name, e.g. "Kalimantan Selatan".' }),
      })
      .optional()
      .meta({ description: 'The province; its code must be the first part of the city code.' }),
    agency: NonEmpty.optional().meta({
      description: 'The family-planning office running it, e.g. "DPPKBPM Kota Banjarmasin".',
    }),
    brand: NonEmpty.optional().meta({ description: 'Local brand of the programme, e.g. "Kampung Baiman".' }),
    startYear: z
      .int()
      .min(LAUNCH_YEAR)
      .max(2100)
      .optional()
      .meta({ description: 'First year of the city programme (Kampung KB was launched in 2016).' }),
    synthetic: z
      .boolean()
      .default(false)
      .meta({ description: 'The data is synthetic; reports must say so.' }),
    defaultLang: z
      .enum(['id', 'en'])
      .default('id')
      .meta({ description: 'Language of reports: Indonesian (id) or English (en).' }),
    publicReport: z
      .strictObject({
        smallCellThreshold: z
          .int()
          .min(1)
          .default(5)
          .meta({ description: 'Counts below this number are suppressed in public reports.' }),
      })
      .prefault({})
      .meta({ description: 'Settings of public (published) reports.' }),
    readiness: Readiness.optional(),
    siteSelection: SiteSelection.optional(),
  })
  .superRefine((p, ctx) => {
    // Zod may run this refinement on a partly invalid object: look before touching.
    const cityCode: unknown = (p.city as { code?: unknown } | undefined)?.code;
    const provinceCode: unknown = (p.province as { code?: unknown } | undefined)?.code;
    if (typeof cityCode !== 'string' || typeof provinceCode !== 'string') return;
    // Only compare codes that are right in themselves; their own problems are reported on their own.
    const city = parseRegionCode(cityCode);
    const province = parseRegionCode(provinceCode);
    if (!city.ok || city.code !== cityCode || city.level !== 'regency') return;
    if (!province.ok || province.code !== provinceCode || province.level !== 'province') return;
    if (!cityCode.startsWith(`${provinceCode}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['province', 'code'],
        input: provinceCode,
        params: {
          label: {
            id: `Kota/kabupaten '${cityCode}' tidak berada di provinsi '${provinceCode}'`,
            en: `Regency or city '${cityCode}' is not in province '${provinceCode}'`,
          },
        },
      });
    }
  })
  .meta({
    title: 'Kampung KB programme definition',
    description: "A city's Kampung KB programme: who runs it and how its reports are made.",
  });

/**
 * A programme definition after parsing, defaults filled in. @see {@link ProgrammeDefinition}
 *
 * @example
 * ```ts
 * const p: Programme = ProgrammeDefinition.parse(input);
 * p.defaultLang; // 'id' unless the file says otherwise
 * ```
 */
export type Programme = z.output<typeof ProgrammeDefinition>;
/**
 * A programme definition as written by hand (defaults may be left out). @see {@link ProgrammeDefinition}
 *
 * @example
 * ```ts
 * const input: ProgrammeInput = {
 *   name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman' },
 *   city: { code: '63.71', name: 'Kota Banjarmasin' },
 * };
 * ```
 */
export type ProgrammeInput = z.input<typeof ProgrammeDefinition>;
