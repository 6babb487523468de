import { contraceptiveMethods } from './codeLists/contraceptiveMethods.js';
import type { Label } from './label.js';

/**
 * One key of `FamilyTally.values`: what it counts, in both languages, and the base (the population it
 * is a part of, or the denominator it is meant for). `group` names the calculator that fills it; `sources`
 * the data that can give it (`pk21` family register, `dhs` women's recode).
 *
 * @example
 * ```ts
 * const k: FamilyTallyKey | undefined = familyTallyKeys.find((x) => x.key === 'san.basic');
 * k?.sources; // ['pk21']
 * ```
 */
export interface FamilyTallyKey {
  /** The key, e.g. `fp.need.unmetSpacing`; a data element reads it as `family.<key>`. */
  readonly key: string;
  readonly label: Label;
  /** What one unit of the count is (a woman, a family, a person, a woman-year, a birth). */
  readonly counts: Label;
  /** The base: the population the counted units belong to (what an indicator divides by). */
  readonly base: Label;
  readonly group: FamilyTallyGroup;
  readonly sources: readonly ('pk21' | 'dhs')[];
}

/** The calculators tally keys come from. */
export type FamilyTallyGroup =
  | 'family'
  | 'fp'
  | 'fpAll'
  | 'fertility'
  | 'ks'
  | 'krs'
  | 'ibangga'
  | 'sanitation'
  | 'slum';

/**
 * The DHS five-year age groups of fertility rates (10–14, then the seven groups 15–19 … 45–49).
 *
 * @example
 * ```ts
 * FERTILITY_AGE_GROUPS[1]; // { code: 'a15to19', from: 15, to: 19 }
 * ```
 */
export const FERTILITY_AGE_GROUPS: readonly {
  readonly code: string;
  readonly from: number;
  readonly to: number;
}[] = [10, 15, 20, 25, 30, 35, 40, 45].map((from) => ({
  code: `a${from}to${from + 4}`,
  from,
  to: from + 4,
}));

const L = (id: string, en: string): Label => ({ id, en });
const WOMAN = L('perempuan (tertimbang bila survei)', 'women (weighted for a survey)');
const MARRIED = L(
  'perempuan berstatus kawin 15–49 (`fp.women`; pada PK21 = istri PUS)',
  'currently married women 15–49 (`fp.women`; in PK21 = PUS wives)',
);
const ALL_WOMEN = L('semua perempuan 15–49 (`fpAll.women`)', 'all women 15–49 (`fpAll.women`)');
const FAMILY = L('keluarga', 'families');
const FAMILIES = L('keluarga yang ditabulasi (`fam.families`)', 'families tallied (`fam.families`)');
const PERSON = L('orang', 'persons');

function k(
  group: FamilyTallyGroup,
  key: string,
  label: Label,
  counts: Label,
  base: Label,
  sources: readonly ('pk21' | 'dhs')[] = ['pk21'],
): FamilyTallyKey {
  return { key, label, counts, base, group, sources };
}

const BOTH = ['pk21', 'dhs'] as const;

const NEED: readonly [string, number, string, string][] = [
  ['neverSex', 0, 'belum pernah berhubungan seksual', 'never had sex'],
  ['unmetSpacing', 1, 'unmet need menjarangkan', 'unmet need for spacing'],
  ['unmetLimiting', 2, 'unmet need membatasi', 'unmet need for limiting'],
  ['metSpacing', 3, 'memakai kontrasepsi untuk menjarangkan', 'using for spacing'],
  ['metLimiting', 4, 'memakai kontrasepsi untuk membatasi', 'using for limiting'],
  ['noNeed', 7, 'tidak ada unmet need', 'no unmet need'],
  ['notActive', 8, 'tidak aktif secara seksual (belum kawin)', 'not sexually active (unmarried)'],
  ['infecund', 9, 'tidak subur atau menopause', 'infecund or menopausal'],
  ['notApplicable', 98, 'tidak ditanya (sampel pernah kawin)', 'not asked (ever-married sample)'],
  ['missing', 99, 'data tidak lengkap', 'missing'],
];

/**
 * `v626a` code → the `fp.need.<name>` key name.
 *
 * @example
 * ```ts
 * UNMET_NEED_KEY[1]; // 'unmetSpacing'
 * ```
 */
export const UNMET_NEED_KEY: Readonly<Record<number, string>> = Object.fromEntries(
  NEED.map(([name, code]) => [code, name]),
);

function fpKeys(): FamilyTallyKey[] {
  const out: FamilyTallyKey[] = [
    k('fp', 'fp.women', L('Perempuan kawin 15–49', 'Married women 15–49'), WOMAN, MARRIED, BOTH),
    k('fp', 'fp.usersAny', L('Pemakai kontrasepsi semua cara', 'Users of any method'), WOMAN, MARRIED, BOTH),
    k('fp', 'fp.usersModern', L('Pemakai cara modern', 'Users of a modern method'), WOMAN, MARRIED, BOTH),
    k(
      'fp',
      'fp.usersTraditional',
      L('Pemakai cara tradisional', 'Users of a traditional method'),
      WOMAN,
      MARRIED,
      BOTH,
    ),
  ];
  for (const m of contraceptiveMethods.items) {
    out.push(
      k(
        'fp',
        `fp.users.${m.code}`,
        L(`Pemakai ${m.label.id}`, `Users of ${m.label.en}`),
        WOMAN,
        MARRIED,
        BOTH,
      ),
    );
  }
  out.push(
    k(
      'fp',
      'fp.users.otherModern',
      L(
        'Pemakai cara modern lain (diafragma, kondom perempuan, kontrasepsi darurat …)',
        'Users of another modern method (diaphragm, female condom, emergency contraception …)',
      ),
      WOMAN,
      MARRIED,
      ['dhs'],
    ),
  );
  for (const [name, code, id, en] of NEED) {
    out.push(
      k(
        'fp',
        `fp.need.${name}`,
        L(`Kebutuhan KB (v626a = ${code}): ${id}`, `Need for FP (v626a = ${code}): ${en}`),
        WOMAN,
        MARRIED,
        BOTH,
      ),
    );
  }
  out.push(
    k(
      'fp',
      'fp.need.metModern',
      L(
        'Kebutuhan terpenuhi dengan cara modern (v626a 3–4, v313 = 3)',
        'Need met by a modern method (v626a 3–4, v313 = 3)',
      ),
      WOMAN,
      MARRIED,
      BOTH,
    ),
  );
  const portal: [string, string, string][] = [
    ['pregnant', 'PUS bukan peserta KB: hamil', 'PUS not using: pregnant'],
    ['ias', 'PUS bukan peserta KB: ingin anak segera (IAS)', 'PUS not using: wants a child soon (IAS)'],
    ['iat', 'PUS bukan peserta KB: ingin anak ditunda (IAT)', 'PUS not using: wants to delay (IAT)'],
    ['tial', 'PUS bukan peserta KB: tidak ingin anak lagi (TIAL)', 'PUS not using: wants no more (TIAL)'],
    ['undecided', 'PUS bukan peserta KB: belum memutuskan', 'PUS not using: undecided'],
    ['unknown', 'PUS bukan peserta KB: keinginan tidak diketahui', 'PUS not using: desire not known'],
  ];
  for (const [name, id, en] of portal) {
    out.push(k('fp', `fp.portal.${name}`, L(id, en), WOMAN, MARRIED));
  }
  return out;
}

function fpAllKeys(): FamilyTallyKey[] {
  const dhs = ['dhs'] as const;
  return [
    k('fpAll', 'fpAll.women', L('Semua perempuan 15–49', 'All women 15–49'), WOMAN, ALL_WOMEN, dhs),
    k(
      'fpAll',
      'fpAll.usersAny',
      L('Pemakai semua cara (semua perempuan)', 'Users of any method (all women)'),
      WOMAN,
      ALL_WOMEN,
      dhs,
    ),
    k(
      'fpAll',
      'fpAll.usersModern',
      L('Pemakai cara modern (semua perempuan)', 'Users of a modern method (all women)'),
      WOMAN,
      ALL_WOMEN,
      dhs,
    ),
    k(
      'fpAll',
      'fpAll.unmet',
      L('Unmet need (semua perempuan, v626a 1–2)', 'Unmet need (all women, v626a 1–2)'),
      WOMAN,
      ALL_WOMEN,
      dhs,
    ),
    k(
      'fpAll',
      'fpAll.demand',
      L('Permintaan KB (semua perempuan, v626a 1–4)', 'Demand for FP (all women, v626a 1–4)'),
      WOMAN,
      ALL_WOMEN,
      dhs,
    ),
  ];
}

function fertilityKeys(): FamilyTallyKey[] {
  const out: FamilyTallyKey[] = [];
  const window = L(
    'jendela 3 tahun sebelum bulan data (1–36 bulan)',
    'the 3-year window before the data month (1–36 months)',
  );
  for (const g of FERTILITY_AGE_GROUPS) {
    out.push(
      k(
        'fertility',
        `fert.births.${g.code}`,
        L(`Kelahiran dari ibu umur ${g.from}–${g.to}`, `Births to mothers aged ${g.from}–${g.to}`),
        L('kelahiran hidup (tertimbang bila survei)', 'live births (weighted for a survey)'),
        window,
        BOTH,
      ),
      k(
        'fertility',
        `fert.exposure.${g.code}`,
        L(`Tahun-perempuan umur ${g.from}–${g.to}`, `Woman-years at ages ${g.from}–${g.to}`),
        L('tahun-perempuan paparan', 'woman-years of exposure'),
        window,
        BOTH,
      ),
    );
  }
  const lexis = L(
    'perempuan 15–17 saat pendataan; umur tunggal 12, 13, 14 dengan bobot Lexis 6/1, 6/3, 6/5',
    'women 15–17 at the data month; single ages 12, 13, 14 with Lexis weights 6/1, 6/3, 6/5',
  );
  out.push(
    k(
      'fertility',
      'fert.abr10to14.births',
      L('Kelahiran umur 10–14 (bobot Lexis)', 'Births at ages 10–14 (Lexis-weighted)'),
      L('kelahiran hidup berbobot', 'weighted live births'),
      lexis,
      BOTH,
    ),
    k(
      'fertility',
      'fert.abr10to14.exposure',
      L('Tahun-perempuan umur 10–14 (bobot Lexis)', 'Woman-years at ages 10–14 (Lexis-weighted)'),
      L('tahun-perempuan berbobot', 'weighted woman-years'),
      lexis,
      BOTH,
    ),
  );
  return out;
}

function familyKeys(): FamilyTallyKey[] {
  return [
    k('family', 'fam.families', L('Keluarga', 'Families'), FAMILY, L('semua keluarga', 'all families')),
    k(
      'family',
      'fam.members',
      L('Anggota keluarga', 'Family members'),
      PERSON,
      L('semua anggota', 'all members'),
    ),
    k(
      'family',
      'fam.women15to49',
      L('Perempuan 15–49', 'Women 15–49'),
      PERSON,
      L('semua anggota', 'all members'),
    ),
  ];
}

function ksKeys(): FamilyTallyKey[] {
  const stages: [string, string, string][] = [
    ['praS', 'Pra Sejahtera', 'Pre-prosperous (Pra-S)'],
    ['ks1', 'Keluarga Sejahtera I', 'Prosperous stage I (KS I)'],
    ['ks2', 'Keluarga Sejahtera II', 'Prosperous stage II (KS II)'],
    ['ks3', 'Keluarga Sejahtera III', 'Prosperous stage III (KS III)'],
    ['ks3plus', 'Keluarga Sejahtera III Plus', 'Prosperous stage III plus (KS III+)'],
    [
      'cannotPlace',
      'Tahapan tidak dapat ditentukan (jawaban tidak lengkap)',
      'Stage cannot be placed (answers missing)',
    ],
  ];
  return [
    k(
      'ks',
      'ks.families',
      L('Keluarga dinilai tahapan KS', 'Families assessed for KS stage'),
      FAMILY,
      FAMILIES,
    ),
    ...stages.map(([name, id, en]) =>
      k(
        'ks',
        `ks.${name}`,
        L(id, en),
        FAMILY,
        L('keluarga dinilai (`ks.families`)', 'families assessed (`ks.families`)'),
      ),
    ),
  ];
}

/**
 * The stunting-risk factors (reference §5.4) a `FamilyTally` counts.
 *
 * @example
 * ```ts
 * KRS_FACTORS.includes('tooClose'); // true
 * ```
 */
export const KRS_FACTORS = [
  'unsafeWater',
  'unsafeToilet',
  'tooYoung',
  'tooOld',
  'tooClose',
  'tooMany',
] as const;

function krsKeys(): FamilyTallyKey[] {
  const target = L('keluarga sasaran (`krs.targetFamilies`)', 'target families (`krs.targetFamilies`)');
  const names: Record<(typeof KRS_FACTORS)[number], [string, string]> = {
    unsafeWater: ['sumber air minum tidak layak', 'unsafe drinking water'],
    unsafeToilet: ['jamban tidak layak', 'unsafe toilet'],
    tooYoung: ['istri PUS terlalu muda (< 20)', 'wife too young (< 20)'],
    tooOld: ['istri PUS terlalu tua (≥ 35)', 'wife too old (≥ 35)'],
    tooClose: ['jarak kelahiran terlalu dekat (< 2 tahun)', 'births too close (< 2 years)'],
    tooMany: ['anak terlalu banyak (> 3)', 'too many children (> 3)'],
  };
  return [
    k(
      'krs',
      'krs.targetFamilies',
      L('Keluarga sasaran (PUS, hamil, baduta/balita)', 'Target families (PUS, pregnant, child under five)'),
      FAMILY,
      FAMILIES,
    ),
    k('krs', 'krs.atRisk', L('Keluarga berisiko stunting', 'Families at risk of stunting'), FAMILY, target),
    k(
      'krs',
      'krs.cannotDecide',
      L(
        'Keluarga sasaran yang risikonya tidak dapat dinilai',
        'Target families whose risk cannot be decided',
      ),
      FAMILY,
      target,
    ),
    ...KRS_FACTORS.map((f) =>
      k(
        'krs',
        `krs.factor.${f}`,
        L(`Faktor risiko: ${names[f][0]}`, `Risk factor: ${names[f][1]}`),
        FAMILY,
        target,
      ),
    ),
  ];
}

/**
 * The iBangga variables whose PK21 definition is verified (reference §5.3).
 *
 * @example
 * ```ts
 * IBANGGA_VERIFIED_VARIABLES.length; // 9
 * ```
 */
export const IBANGGA_VERIFIED_VARIABLES = [
  'worship',
  'marriageCertificate',
  'birthCertificates',
  'jkn',
  'noConflict',
  'headNotDivorced',
  'incomeSource',
  'diverseFood',
  'livableHouse',
] as const;

function ibanggaKeys(): FamilyTallyKey[] {
  const names: Record<(typeof IBANGGA_VERIFIED_VARIABLES)[number], [string, string]> = {
    worship: ['ibadah (P.01)', 'worship (P.01)'],
    marriageCertificate: ['buku/akta nikah (P.02)', 'marriage certificate (P.02)'],
    birthCertificates: ['anak punya akta lahir (K.09)', 'children have birth certificates (K.09)'],
    jkn: ['semua anggota ber-JKN (K.15)', 'every member has JKN (K.15)'],
    noConflict: ['tidak ada konflik (P.03a–d)', 'no conflict (P.03a–d)'],
    headNotDivorced: ['kepala keluarga tidak cerai hidup', 'head not divorced'],
    incomeSource: ['sumber penghasilan (P.04)', 'income source (P.04)'],
    diverseFood: ['makanan beragam (P.05)', 'diverse food (P.05)'],
    livableHouse: ['rumah layak huni (P.19–P.26)', 'livable house (P.19–P.26)'],
  };
  const out: FamilyTallyKey[] = [];
  for (const v of IBANGGA_VERIFIED_VARIABLES) {
    const [id, en] = names[v];
    out.push(
      k(
        'ibangga',
        `ibangga.${v}.met`,
        L(`iBangga: memenuhi ${id}`, `iBangga: meets ${en}`),
        FAMILY,
        L(
          `keluarga yang jawabannya diketahui (\`ibangga.${v}.known\`)`,
          `families whose answer is known (\`ibangga.${v}.known\`)`,
        ),
      ),
      k(
        'ibangga',
        `ibangga.${v}.known`,
        L(`iBangga: ${id} diketahui`, `iBangga: ${en} known`),
        FAMILY,
        FAMILIES,
      ),
    );
  }
  out.push(
    k(
      'ibangga',
      'ibangga.index.sum',
      L(
        'Jumlah skor iBangga keluarga (0–100, rumus belum terverifikasi)',
        'Sum of family iBangga scores (0–100, formula unverified)',
      ),
      L('poin skor', 'score points'),
      L('keluarga berskor (`ibangga.index.families`)', 'families with a score (`ibangga.index.families`)'),
    ),
    k(
      'ibangga',
      'ibangga.index.families',
      L('Keluarga dengan skor iBangga', 'Families with an iBangga score'),
      FAMILY,
      FAMILIES,
    ),
  );
  return out;
}

/**
 * The JMP sanitation ladder rungs, top first, then `unknown`.
 *
 * @example
 * ```ts
 * SANITATION_RUNGS[0]; // 'safelyManaged'
 * ```
 */
export const SANITATION_RUNGS = [
  'safelyManaged',
  'basic',
  'limited',
  'unimproved',
  'openDefecation',
  'unknown',
] as const;

function sanitationKeys(): FamilyTallyKey[] {
  const names: Record<(typeof SANITATION_RUNGS)[number], [string, string]> = {
    safelyManaged: ['dikelola aman', 'safely managed'],
    basic: ['dasar', 'basic'],
    limited: ['terbatas (berbagi)', 'limited (shared)'],
    unimproved: ['tidak layak', 'unimproved'],
    openDefecation: ['BAB sembarangan', 'open defecation'],
    unknown: ['tidak dapat ditentukan', 'cannot be placed'],
  };
  const households = L(
    'rumah tangga (keluarga) (`san.households`)',
    'households (families) (`san.households`)',
  );
  const persons = L('anggota keluarga (`san.persons.total`)', 'family members (`san.persons.total`)');
  return [
    k(
      'sanitation',
      'san.households',
      L('Keluarga dinilai sanitasinya', 'Families assessed for sanitation'),
      FAMILY,
      FAMILIES,
    ),
    k(
      'sanitation',
      'san.persons.total',
      L('Anggota keluarga dinilai sanitasinya', 'Members of families assessed for sanitation'),
      PERSON,
      L('semua anggota', 'all members'),
    ),
    ...SANITATION_RUNGS.flatMap((r) => {
      const [id, en] = names[r];
      return [
        k(
          'sanitation',
          `san.${r}`,
          L(`Sanitasi ${id} (keluarga)`, `Sanitation ${en} (households)`),
          FAMILY,
          households,
        ),
        k(
          'sanitation',
          `san.persons.${r}`,
          L(`Sanitasi ${id} (penduduk)`, `Sanitation ${en} (population)`),
          PERSON,
          persons,
        ),
      ];
    }),
  ];
}

/**
 * The five UN-Habitat household deprivations of SDG 11.1.1.
 *
 * @example
 * ```ts
 * SLUM_DEPRIVATIONS; // ['water', 'sanitation', 'crowding', 'durability', 'tenure']
 * ```
 */
export const SLUM_DEPRIVATIONS = ['water', 'sanitation', 'crowding', 'durability', 'tenure'] as const;

function slumKeys(): FamilyTallyKey[] {
  const names: Record<(typeof SLUM_DEPRIVATIONS)[number], [string, string]> = {
    water: ['tanpa air minum layak', 'no improved water'],
    sanitation: ['tanpa sanitasi layak', 'no improved sanitation'],
    crowding: ['ruang tidur sesak (> 3 orang per kamar)', 'overcrowded (> 3 persons per room)'],
    durability: ['bangunan tidak permanen', 'non-durable housing'],
    tenure: ['tanpa jaminan kepemilikan/sewa', 'no security of tenure'],
  };
  const households = L('keluarga dinilai (`slum.households`)', 'households assessed (`slum.households`)');
  const persons = L(
    'anggota keluarga dinilai (`slum.persons`)',
    'members of households assessed (`slum.persons`)',
  );
  return [
    k(
      'slum',
      'slum.households',
      L('Keluarga dinilai deprivasi huniannya', 'Households assessed for deprivations'),
      FAMILY,
      FAMILIES,
    ),
    k(
      'slum',
      'slum.deprived',
      L('Keluarga dengan ≥ 1 deprivasi (kumuh)', 'Households with ≥ 1 deprivation (slum)'),
      FAMILY,
      households,
    ),
    k(
      'slum',
      'slum.notDeprived',
      L('Keluarga tanpa deprivasi', 'Households with no deprivation'),
      FAMILY,
      households,
    ),
    k(
      'slum',
      'slum.unknown',
      L('Keluarga yang deprivasinya tidak dapat dinilai', 'Households that cannot be assessed'),
      FAMILY,
      households,
    ),
    k(
      'slum',
      'slum.persons',
      L('Anggota keluarga dinilai', 'Members of households assessed'),
      PERSON,
      L('semua anggota', 'all members'),
    ),
    k(
      'slum',
      'slum.personsDeprived',
      L('Penduduk di keluarga dengan ≥ 1 deprivasi', 'Persons in households with ≥ 1 deprivation'),
      PERSON,
      persons,
    ),
    k(
      'slum',
      'slum.personsUnknown',
      L('Penduduk di keluarga yang tidak dapat dinilai', 'Persons in households that cannot be assessed'),
      PERSON,
      persons,
    ),
    ...SLUM_DEPRIVATIONS.map((d) =>
      k(
        'slum',
        `slum.dep.${d}`,
        L(`Deprivasi: ${names[d][0]}`, `Deprivation: ${names[d][1]}`),
        FAMILY,
        households,
      ),
    ),
  ];
}

/**
 * Every key a `FamilyTally` may hold, with its bilingual label, what it counts and its base, in
 * documentation order: family counts (`fam.*`), family planning among married women (`fp.*`: users by
 * method, the DHS revised unmet-need categories `fp.need.*` by `v626a`, the portal's non-user reasons
 * `fp.portal.*`), among all women (`fpAll.*`, surveys only), fertility (`fert.births.<age>` and
 * `fert.exposure.<age>` over the DHS three-year window, `fert.abr10to14.*`), Keluarga Sejahtera stages
 * (`ks.*`), stunting-risk families (`krs.*`), iBangga's verified variables (`ibangga.*`), the JMP sanitation
 * ladder (`san.*`) and the SDG 11.1.1 household deprivations (`slum.*`).
 *
 * @example
 * ```ts
 * familyTallyKeys.find((k) => k.key === 'fp.need.unmetSpacing')?.label.en;
 * // 'Need for FP (v626a = 1): unmet need for spacing'
 * ```
 */
export const familyTallyKeys: readonly FamilyTallyKey[] = [
  ...familyKeys(),
  ...fpKeys(),
  ...fpAllKeys(),
  ...fertilityKeys(),
  ...ksKeys(),
  ...krsKeys(),
  ...ibanggaKeys(),
  ...sanitationKeys(),
  ...slumKeys(),
];

const KEY_SET: ReadonlySet<string> = new Set(familyTallyKeys.map((x) => x.key));

/**
 * Whether a text is one of the {@link familyTallyKeys}.
 *
 * @example
 * ```ts
 * isFamilyTallyKey('san.basic'); // true
 * isFamilyTallyKey('san.basics'); // false
 * ```
 */
export function isFamilyTallyKey(key: string): boolean {
  return KEY_SET.has(key);
}
