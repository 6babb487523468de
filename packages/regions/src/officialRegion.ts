/**
 * A level of the Kemendagri hierarchy: provinsi (province), kabupaten/kota (regency or city), kecamatan
 * (district) and kelurahan/desa (village).
 *
 * @example
 * ```ts
 * const level: OfficialLevel = 'district';
 * ```
 */
export type OfficialLevel = 'province' | 'regency' | 'district' | 'village';

/**
 * A region of the official Kemendagri list: its dotted code (`PP.KK.CC.DDDD`), official name and level;
 * for villages whether it is a kelurahan (urban, `1xxx`) or a desa (`2xxx`, and the desa adat `3xxx` of
 * Papua).
 *
 * @example
 * ```ts
 * const r: OfficialRegion = { code: '63.71.04.1010', name: 'Sungai Andai', level: 'village', villageKind: 'kelurahan' };
 * ```
 */
export interface OfficialRegion {
  /** Dotted Kemendagri code, e.g. `63.71.04.1010`. */
  readonly code: string;
  /** Official name, e.g. `Kota Banjarmasin`, `Banjarmasin Utara`, `Sungai Andai`. */
  readonly name: string;
  readonly level: OfficialLevel;
  /** Villages only: kelurahan or desa, from the first digit of the last part of the code. */
  readonly villageKind?: 'kelurahan' | 'desa';
}

/**
 * Where the official list comes from: the idn-area-data release the package was generated from
 * (data © idn-area-data contributors, from Kemendagri; Open Database License 1.0).
 *
 * @example
 * ```ts
 * REGIONS_SOURCE; // 'idn-area-data 4.0.1'
 * ```
 */
export const REGIONS_SOURCE = 'idn-area-data 4.0.1';
