import type { IndicatorDefinition } from '../engine/indicatorDefinition.js';
import { type CypFactorTable, cypFactors2021, type SterilisationRegion } from './cypFactors.js';
import { ALL_LEVELS, ALL_PERIOD_TYPES } from './internal/scope.js';

/**
 * The choices a CYP indicator makes for Indonesian data:
 *
 * - `table`: the factor version (default {@link cypFactors2021});
 * - `sterilisation`: the region of the MOW/MOP factor (default `otherAsia`, Indonesia's row: 10.3);
 * - `iud`, `implant`, `injectable`, `pill`: the product assumed for units the report does not break down by
 *   product (see `DISTRIBUTED_PRODUCTS` in `@kampung-kb/model`). Units the report does break down
 *   (`distributed.iudHormonal`, `distributed.injectableOneMonth`, …) always take their own product's
 *   factor. Defaults: `iud: 'copper'` (Copper-T 380A, 4.6 per insertion), `implant: 'threeYear'` (2.5:
 *   Implanon and similar; `fourYear` 3.2, `fiveYear` 3.8, Jadelle), `injectable: 'threeMonth'` (DMPA,
 *   "suntik 3 bulan", 4 doses per CYP, the programme's usual injectable; `oneMonth` Cyclofem 13,
 *   `twoMonth` Noristerat 6), `pill: 'combined'` (15 cycles per CYP; `progestinOnly` 12 in 2021, 15 in 2011);
 * - `id`, `version`: to register several variants side by side.
 *
 * Condoms are pieces (120 per CYP).
 *
 * @example
 * ```ts
 * const o: CypIndicatorOptions = { injectable: 'oneMonth', sterilisation: 'global' };
 * ```
 */
export interface CypIndicatorOptions {
  readonly table?: CypFactorTable;
  readonly sterilisation?: SterilisationRegion;
  readonly iud?: 'copper' | 'hormonal';
  readonly implant?: 'threeYear' | 'fourYear' | 'fiveYear';
  readonly injectable?: 'oneMonth' | 'twoMonth' | 'threeMonth';
  readonly pill?: 'combined' | 'progestinOnly';
  readonly id?: string;
  readonly version?: string;
}

type Unit = 'perUnit' | 'unitsPerCyp';
interface Product {
  readonly field: string;
  readonly unit: Unit;
  readonly key: string;
  readonly id: string;
  readonly en: string;
}

const p = (field: string, unit: Unit, key: string, id: string, en: string): Product => ({
  field,
  unit,
  key,
  id,
  en,
});

/** Per method, its products by option value (each with its `distributed` field and factor key). */
const PRODUCTS = {
  iud: {
    copper: p('iudCopper', 'perUnit', 'copperIud', 'IUD tembaga (Copper-T)', 'copper IUD (Copper-T)'),
    hormonal: p('iudHormonal', 'perUnit', 'hormonalIud', 'IUD hormonal (LNG-IUS)', 'hormonal IUD (LNG-IUS)'),
  },
  implant: {
    threeYear: p('implantThreeYear', 'perUnit', 'implantThreeYear', 'implan 3 tahun', '3-year implant'),
    fourYear: p('implantFourYear', 'perUnit', 'implantFourYear', 'implan 4 tahun', '4-year implant'),
    fiveYear: p('implantFiveYear', 'perUnit', 'implantFiveYear', 'implan 5 tahun', '5-year implant'),
  },
  injectable: {
    oneMonth: p(
      'injectableOneMonth',
      'unitsPerCyp',
      'injectableOneMonth',
      'suntik 1 bulan',
      '1-month injectable',
    ),
    twoMonth: p(
      'injectableTwoMonth',
      'unitsPerCyp',
      'injectableTwoMonth',
      'suntik 2 bulan',
      '2-month injectable',
    ),
    threeMonth: p(
      'injectableThreeMonth',
      'unitsPerCyp',
      'injectableThreeMonth',
      'suntik 3 bulan',
      '3-month injectable',
    ),
  },
  pill: {
    combined: p('pillCombined', 'unitsPerCyp', 'combinedPill', 'pil kombinasi', 'combined pill'),
    progestinOnly: p(
      'pillProgestinOnly',
      'unitsPerCyp',
      'progestinOnlyPill',
      'minipil',
      'progestin-only pill',
    ),
  },
} as const;

const D = 'monthly.distributed';

function factorOf(table: CypFactorTable, product: Product): number {
  return product.unit === 'perUnit'
    ? table.perUnit[product.key as keyof CypFactorTable['perUnit']]
    : table.unitsPerCyp[product.key as keyof CypFactorTable['unitsPerCyp']];
}

function term(product: Product, factor: number, x: string): string {
  return product.unit === 'perUnit' ? `${x} * ${factor}` : `${x} / ${factor}`;
}

/**
 * The CYP terms of one method: each product's own count times its factor, plus the units of the method
 * not broken down by product (`method − Σ products`, never below 0) at the default product's factor.
 */
function methodTerms(
  table: CypFactorTable,
  method: keyof typeof PRODUCTS,
  fallback: Product,
): { expr: string[]; id: string; en: string } {
  const products: Product[] = Object.values(PRODUCTS[method]);
  const parts = products.map((x) => `${D}.${x.field}`).join(' + ');
  const rest = `if(${D}.${method} > ${parts}, ${D}.${method} - (${parts}), 0)`;
  const expr = [...products.map((x) => term(x, factorOf(table, x), `${D}.${x.field}`))];
  expr.push(term(fallback, factorOf(table, fallback), `(${rest})`));
  const f = (x: Product) => `${factorOf(table, x)}${x.unit === 'perUnit' ? '' : '/CYP'}`;
  return {
    expr,
    id: products.map((x) => `${x.id} ${f(x)}`).join(', '),
    en: products.map((x) => `${x.en} ${f(x)}`).join(', '),
  };
}

/**
 * A couple-years-of-protection indicator built from a factor table and explicit choices (see
 * {@link CypIndicatorOptions}): the numerator is `Σ monthly.distributed.<method or product> × factor`, with
 * pills (cycles), injectables (doses) and condoms (pieces) divided by their units per CYP, IUDs and implants
 * multiplied per insertion, MOW and MOP per procedure. A method's units the report breaks down by product
 * take the product's factor; the rest (`distributed.<method>` minus its products, never below 0: a
 * breakdown larger than the total counts as given) take the factor of the option's product. Units a
 * kampung did not report count as 0 (`missingAs: 'zero'`); a group with no units reported at all has no
 * value (`no-data`). One decimal.
 *
 * @example
 * ```ts
 * const cyp = cypIndicator({ table: cypFactors2011, injectable: 'threeMonth' });
 * cyp.numerator.includes('monthly.distributed.iudHormonal * 3.3'); // true
 * ```
 */
export function cypIndicator(options: CypIndicatorOptions = {}): IndicatorDefinition {
  const table = options.table ?? cypFactors2021;
  const region = options.sterilisation ?? 'otherAsia';
  const sterilisation = table.sterilisation[region];
  const iud = methodTerms(table, 'iud', PRODUCTS.iud[options.iud ?? 'copper']);
  const implant = methodTerms(table, 'implant', PRODUCTS.implant[options.implant ?? 'threeYear']);
  const injDefault = PRODUCTS.injectable[options.injectable ?? 'threeMonth'];
  const injectable = methodTerms(table, 'injectable', injDefault);
  const pillDefault = PRODUCTS.pill[options.pill ?? 'combined'];
  const pill = methodTerms(table, 'pill', pillDefault);
  const iudDefault = PRODUCTS.iud[options.iud ?? 'copper'];
  const impDefault = PRODUCTS.implant[options.implant ?? 'threeYear'];
  const condom = table.unitsPerCyp.condom;
  return {
    id: options.id ?? `cyp-${table.id}`,
    version: options.version ?? '1.0.0',
    name: {
      id: `Pasangan-tahun perlindungan (CYP, faktor USAID ${table.id})`,
      en: `Couple-years of protection (CYP, USAID ${table.id} factors)`,
    },
    definition: {
      id: `Jumlah alokon yang diberikan dikali faktor CYP USAID ${table.id}, per produk bila laporan merincinya: ${iud.id} per pemasangan; ${implant.id} per pemasangan; MOW/MOP ${sterilisation} per tindakan; ${injectable.id} dosis; ${pill.id} siklus; kondom ${condom}/CYP buah. Unit yang tidak dirinci per produk dihitung sebagai ${iudDefault.id}, ${impDefault.id}, ${injDefault.id} dan ${pillDefault.id}. Metode yang tidak dilaporkan dihitung 0.`,
      en: `Units distributed times USAID ${table.id} CYP factors, by product where the report says which: ${iud.en} per insertion; ${implant.en} per insertion; MOW/MOP ${sterilisation} per procedure; ${injectable.en} doses; ${pill.en} cycles; condoms ${condom}/CYP pieces. Units not broken down by product count as ${iudDefault.en}, ${impDefault.en}, ${injDefault.en} and ${pillDefault.en}. Methods not reported count as 0.`,
    },
    numerator: [
      ...iud.expr,
      ...implant.expr,
      `(${D}.mow + ${D}.mop) * ${sterilisation}`,
      ...injectable.expr,
      ...pill.expr,
      `${D}.condom / ${condom}`,
    ].join(' + '),
    factor: 1,
    decimals: 1,
    unit: 'cyp',
    standard: { body: 'usaid', reference: `USAID CYP ${table.id}`, citation: table.citation },
    regionLevels: ALL_LEVELS,
    periodTypes: ALL_PERIOD_TYPES,
    direction: 'higherIsBetter',
    missingAs: 'zero',
    tags: ['fp', 'cyp', `cyp-${table.id}`],
  };
}
