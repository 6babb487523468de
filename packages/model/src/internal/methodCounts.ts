import { type TInteger, type TObject, type TOptional, Type } from '@sinclair/typebox';
import { contraceptiveMethods } from '../codeLists/contraceptiveMethods.js';

type MethodCountProps = {
  iud: TOptional<TInteger>;
  mow: TOptional<TInteger>;
  mop: TOptional<TInteger>;
  implant: TOptional<TInteger>;
  injectable: TOptional<TInteger>;
  pill: TOptional<TInteger>;
  condom: TOptional<TInteger>;
  mal: TOptional<TInteger>;
  traditional: TOptional<TInteger>;
};

function count(what: string, code: keyof MethodCountProps): TOptional<TInteger> {
  const method = contraceptiveMethods.items.find((m) => m.code === code)?.label.en ?? code;
  return Type.Optional(Type.Integer({ minimum: 0, description: `${what}: ${method}.` }));
}

/**
 * An object of optional counts, one per contraceptive method code (the seven portal methods, then MAL and
 * traditional). A method left out is unknown, not zero. `what` starts each field's description.
 */
export function methodCounts(what: string, description: string): TObject<MethodCountProps> {
  return Type.Object(
    {
      iud: count(what, 'iud'),
      mow: count(what, 'mow'),
      mop: count(what, 'mop'),
      implant: count(what, 'implant'),
      injectable: count(what, 'injectable'),
      pill: count(what, 'pill'),
      condom: count(what, 'condom'),
      mal: count(what, 'mal'),
      traditional: count(what, 'traditional'),
    },
    { additionalProperties: false, description },
  );
}

/**
 * A product whose units the monthly report can count apart inside `distributed`: the generic method field
 * it is part of (`iud`, `implant`, `injectable`, `pill`) and its bilingual label.
 *
 * @example
 * ```ts
 * const p: DistributedProduct = { code: 'iudHormonal', method: 'iud', label: { id: 'IUD hormonal', en: 'LNG-IUS' } };
 * ```
 */
export interface DistributedProduct {
  readonly code:
    | 'iudCopper'
    | 'iudHormonal'
    | 'implantThreeYear'
    | 'implantFourYear'
    | 'implantFiveYear'
    | 'injectableOneMonth'
    | 'injectableTwoMonth'
    | 'injectableThreeMonth'
    | 'pillCombined'
    | 'pillProgestinOnly';
  readonly method: 'iud' | 'implant' | 'injectable' | 'pill';
  readonly label: { readonly id: string; readonly en: string };
}

/**
 * The products of {@link DistributedProduct}, grouped by method: each is an optional "of which" count of
 * its method's `distributed` field (see `MonthlyReport`).
 *
 * @example
 * ```ts
 * DISTRIBUTED_PRODUCTS.filter((p) => p.method === 'iud').map((p) => p.code); // ['iudCopper', 'iudHormonal']
 * ```
 */
export const DISTRIBUTED_PRODUCTS: readonly DistributedProduct[] = [
  {
    code: 'iudCopper',
    method: 'iud',
    label: { id: 'IUD tembaga (Copper-T 380A) dipasang', en: 'Copper IUDs (Copper-T 380A) inserted' },
  },
  {
    code: 'iudHormonal',
    method: 'iud',
    label: { id: 'IUD hormonal (LNG-IUS) dipasang', en: 'Hormonal IUDs (LNG-IUS) inserted' },
  },
  {
    code: 'implantThreeYear',
    method: 'implant',
    label: { id: 'Implan 3 tahun (mis. Implanon) dipasang', en: '3-year implants (e.g. Implanon) inserted' },
  },
  {
    code: 'implantFourYear',
    method: 'implant',
    label: {
      id: 'Implan 4 tahun (mis. Sino-implant) dipasang',
      en: '4-year implants (e.g. Sino-implant) inserted',
    },
  },
  {
    code: 'implantFiveYear',
    method: 'implant',
    label: { id: 'Implan 5 tahun (mis. Jadelle) dipasang', en: '5-year implants (e.g. Jadelle) inserted' },
  },
  {
    code: 'injectableOneMonth',
    method: 'injectable',
    label: {
      id: 'Suntik 1 bulan (mis. Cyclofem) diberikan (dosis)',
      en: '1-month injectable (e.g. Cyclofem) doses given',
    },
  },
  {
    code: 'injectableTwoMonth',
    method: 'injectable',
    label: {
      id: 'Suntik 2 bulan (mis. Noristerat) diberikan (dosis)',
      en: '2-month injectable (e.g. Noristerat) doses given',
    },
  },
  {
    code: 'injectableThreeMonth',
    method: 'injectable',
    label: {
      id: 'Suntik 3 bulan (DMPA, mis. Depo-Provera) diberikan (dosis)',
      en: '3-month injectable (DMPA, e.g. Depo-Provera) doses given',
    },
  },
  {
    code: 'pillCombined',
    method: 'pill',
    label: { id: 'Pil kombinasi dibagikan (siklus)', en: 'Combined oral contraceptive cycles distributed' },
  },
  {
    code: 'pillProgestinOnly',
    method: 'pill',
    label: {
      id: 'Pil progestin saja (minipil) dibagikan (siklus)',
      en: 'Progestin-only pill cycles distributed',
    },
  },
];

type ProductCountProps = { [K in DistributedProduct['code']]: TOptional<TInteger> };

/**
 * The optional product counts of `distributed`, one per {@link DISTRIBUTED_PRODUCTS} item, each at most
 * `maximum`.
 */
export function productCounts(maximum: number): ProductCountProps {
  const out: Partial<ProductCountProps> = {};
  for (const p of DISTRIBUTED_PRODUCTS) {
    out[p.code] = Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum,
        description: `${p.label.en}; part of \`${p.method}\` (an "of which" count, not in addition to it).`,
      }),
    );
  }
  return out as ProductCountProps;
}
