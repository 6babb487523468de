import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** A contraceptive method entry, with the flags the indicators need. */
export interface ContraceptiveMethodItem extends CodeItem<ContraceptiveMethodCode> {
  /** MKJP (Metode Kontrasepsi Jangka Panjang, long-acting and permanent method): IUD, MOW, MOP, implant. */
  readonly mkjp: boolean;
  /** Modern method in the SDG 3.7.1 sense. */
  readonly modern: boolean;
  /** One of the seven methods the official portal records (and counts in its CPR). */
  readonly portal: boolean;
}

/**
 * Codes of contraceptive methods. The first seven are the portal's (`new_kontrasepsi`);
 * `mal` (Metode Amenore Laktasi, lactational amenorrhoea) and `traditional` come from the PK21 form
 * and are optional in reports.
 */
export type ContraceptiveMethodCode =
  | 'iud'
  | 'mow'
  | 'mop'
  | 'implant'
  | 'injectable'
  | 'pill'
  | 'condom'
  | 'mal'
  | 'traditional';

/**
 * Contraceptive methods (metode kontrasepsi). MKJP = IUD + MOW + MOP + implant, as in the portal's
 * classification SQL (kontrasepsi ids 1, 2, 3, 5).
 *
 * Sources: portal `KontrasepsiSeeder` (ids), `classification/kampung.sql` (MKJP), PK21 form (MAL,
 * traditional), SDG 3.7.1 metadata (modern methods). See docs/sources.md.
 *
 * @example
 * ```ts
 * contraceptiveMethods.items.filter((m) => m.mkjp).map((m) => m.code); // ['iud','mow','mop','implant']
 * ```
 */
export const contraceptiveMethods: CodeList<ContraceptiveMethodCode, ContraceptiveMethodItem> = {
  id: 'contraceptive-methods',
  version: '2021.1',
  label: { id: 'Metode kontrasepsi', en: 'Contraceptive methods' },
  source: 'kampungkb.bkkbn.go.id new_kontrasepsi (willyprmn/Kampung-KB KontrasepsiSeeder); PK21 form',
  items: [
    {
      code: 'iud',
      portalId: 1,
      short: 'IUD',
      label: { id: 'IUD/AKDR', en: 'IUD' },
      mkjp: true,
      modern: true,
      portal: true,
    },
    {
      code: 'mow',
      portalId: 2,
      short: 'MOW',
      label: { id: 'MOW (tubektomi)', en: 'Female sterilisation (MOW)' },
      mkjp: true,
      modern: true,
      portal: true,
    },
    {
      code: 'mop',
      portalId: 3,
      short: 'MOP',
      label: { id: 'MOP (vasektomi)', en: 'Male sterilisation (MOP)' },
      mkjp: true,
      modern: true,
      portal: true,
    },
    {
      code: 'condom',
      portalId: 4,
      short: 'Kondom',
      label: { id: 'Kondom', en: 'Condom' },
      mkjp: false,
      modern: true,
      portal: true,
    },
    {
      code: 'implant',
      portalId: 5,
      short: 'Implan',
      label: { id: 'Implan', en: 'Implant' },
      mkjp: true,
      modern: true,
      portal: true,
    },
    {
      code: 'injectable',
      portalId: 6,
      short: 'Suntik',
      label: { id: 'Suntik', en: 'Injectable' },
      mkjp: false,
      modern: true,
      portal: true,
    },
    {
      code: 'pill',
      portalId: 7,
      short: 'Pil',
      label: { id: 'Pil', en: 'Pill' },
      mkjp: false,
      modern: true,
      portal: true,
    },
    {
      code: 'mal',
      short: 'MAL',
      label: { id: 'MAL (Metode Amenore Laktasi)', en: 'Lactational amenorrhoea (MAL/LAM)' },
      mkjp: false,
      modern: true,
      portal: false,
    },
    {
      code: 'traditional',
      short: 'Tradisional',
      label: { id: 'Cara tradisional', en: 'Traditional methods' },
      mkjp: false,
      modern: false,
      portal: false,
    },
  ],
};

/** The seven methods the portal records, in portal id order of the `users` record. */
export const PORTAL_METHODS = ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom'] as const;
/** A method the portal records. */
export type PortalMethodCode = (typeof PORTAL_METHODS)[number];
/** The MKJP (long-acting and permanent) methods. */
export const MKJP_METHODS = ['iud', 'mow', 'mop', 'implant'] as const;
/** Methods outside the portal's list that a report may add. */
export const OPTIONAL_METHODS = ['mal', 'traditional'] as const;

/** TypeBox schema of a method code. */
export const ContraceptiveMethod = codeSchema(contraceptiveMethods, 'Contraceptive method.');
/** @see {@link ContraceptiveMethod} */
export type ContraceptiveMethod = Static<typeof ContraceptiveMethod>;
