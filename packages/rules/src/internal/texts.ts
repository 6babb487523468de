import type {
  IssueLocation,
  Label,
  PoktanTarget,
  RecordType,
  RegionLevel,
  Severity,
} from '@kampung-kb/model';

/** One record of each type, as a message names it. */
export const RECORD_NOUNS: Readonly<Record<RecordType, Label>> = {
  region: { id: 'wilayah', en: 'region' },
  kampung: { id: 'kampung', en: 'kampung' },
  profile: { id: 'profil kampung', en: 'kampung profile' },
  population: { id: 'data penduduk', en: 'population snapshot' },
  monthly: { id: 'laporan bulanan', en: 'monthly report' },
  intervention: { id: 'intervensi', en: 'intervention' },
  proposal: { id: 'usulan warga', en: 'community proposal' },
  budget: { id: 'baris anggaran', en: 'budget line' },
  family: { id: 'rekap data keluarga', en: 'family tally' },
};

/** Region levels as messages name them. */
export const LEVEL_NAMES: Readonly<Record<RegionLevel, Label>> = {
  province: { id: 'provinsi', en: 'province' },
  regency: { id: 'kabupaten/kota', en: 'regency/city' },
  district: { id: 'kecamatan', en: 'district' },
  village: { id: 'desa/kelurahan', en: 'village' },
};

/** The population count each poktan is measured against, as messages name it. */
export const POKTAN_TARGET_NAMES: Readonly<Record<PoktanTarget, Label>> = {
  familiesWithUnderFives: { id: 'keluarga yang punya balita', en: 'families with under-fives' },
  familiesWithAdolescents: { id: 'keluarga yang punya remaja', en: 'families with adolescents' },
  familiesWithElderly: { id: 'keluarga yang punya lansia', en: 'families with elderly members' },
  families: { id: 'jumlah keluarga', en: 'families' },
  adolescents: { id: 'jumlah remaja', en: 'adolescents' },
};

/** Severities as formatted text shows them. */
export const SEVERITY_NAMES: Readonly<Record<Severity, Label>> = {
  error: { id: 'kesalahan', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
};

/** `monthly.csv:14`, `monthly.json[3]` or `monthly.csv`; `undefined` when the location has no file. */
export function sourceText(location: Pick<IssueLocation, 'file' | 'line' | 'index'>): string | undefined {
  if (location.file === undefined) return undefined;
  if (location.line !== undefined) return `${location.file}:${location.line}`;
  if (location.index !== undefined) return `${location.file}[${location.index}]`;
  return location.file;
}
