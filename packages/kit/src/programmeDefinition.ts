import { parseRegionCode, type RegionLevel } from '@kampung-kb/model';
import * as z from 'zod';

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
 * - `publicReport.smallCellThreshold`: counts below it are suppressed in public reports (default 5).
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
