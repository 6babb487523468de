import type { Label, Lang } from '@kampung-kb/model';

/** Fixed texts of the urun rembug follow-up report ({@link proposalFollowUp}), id and en. */
export const PROPOSAL_TEXT = {
  title: {
    id: 'Tindak lanjut usulan urun rembug warga',
    en: 'Follow-up of community proposals (urun rembug warga)',
  },
  upTo: { id: 'Usulan sampai akhir {month}', en: 'Proposals up to the end of {month}' },
  intro: {
    id: '{n} usulan warga dari urun rembug sampai akhir {month}: {a} sudah ditindaklanjuti, {r} ditolak, {o} masih terbuka ({old} terbuka lebih dari {days} hari).',
    en: '{n} community proposals from urun rembug warga up to the end of {month}: {a} addressed, {r} rejected, {o} still open ({old} open for more than {days} days).',
  },
  none: {
    id: 'Belum ada usulan warga tercatat sampai akhir {month}.',
    en: 'No community proposal recorded up to the end of {month}.',
  },
  byKampung: { id: 'Usulan per kampung', en: 'Proposals by kampung' },
  byAgency: { id: 'Usulan per instansi yang ditugasi', en: 'Proposals by assigned agency' },
  openSection: {
    id: 'Usulan terbuka lebih dari {days} hari',
    en: 'Proposals open for more than {days} days',
  },
  noOpen: {
    id: 'Tidak ada usulan yang terbuka lebih dari {days} hari pada akhir {month}.',
    en: 'No proposal open for more than {days} days at the end of {month}.',
  },
  chartsSection: { id: 'Grafik', en: 'Chart' },
  kampung: { id: 'Kampung', en: 'Kampung' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  agency: { id: 'Instansi', en: 'Agency' },
  notAssigned: { id: 'Belum ditugaskan', en: 'Not assigned' },
  raised: { id: 'Usulan', en: 'Raised' },
  addressed: { id: 'Ditindaklanjuti', en: 'Addressed' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  open: { id: 'Terbuka', en: 'Open' },
  share: { id: 'Ditindaklanjuti (%)', en: 'Addressed (%)' },
  median: { id: 'Median hari', en: 'Median days' },
  mean: { id: 'Rata-rata hari', en: 'Mean days' },
  openOld: { id: 'Terbuka > {days} hari', en: 'Open > {days} days' },
  total: { id: 'Kota', en: 'City' },
  raisedOn: { id: 'Diusulkan', en: 'Raised on' },
  proposal: { id: 'Usulan', en: 'Proposal' },
  section: { id: 'Seksi', en: 'Section' },
  status: { id: 'Status', en: 'Status' },
  days: { id: 'Hari terbuka', en: 'Days open' },
  addressedLater: { id: 'ditindaklanjuti kemudian ({date})', en: 'addressed later ({date})' },
  chart: {
    id: 'Usulan ditindaklanjuti dan terbuka per kampung',
    en: 'Proposals addressed and open by kampung',
  },
  chartDesc: {
    id: 'Usulan setiap kampung yang punya usulan, ditumpuk: ditindaklanjuti, terbuka, ditolak. Paling banyak terbuka: {top}.',
    en: 'Proposals of each kampung that has any, stacked: addressed, open, rejected. Most open: {top}.',
  },
  count: { id: 'Usulan', en: 'Proposals' },
  undated: {
    id: '{n} usulan berstatus ditindaklanjuti tanpa tanggal tindak lanjut (addressedOn) dihitung terbuka: {ids}.',
    en: '{n} proposals with status addressed but no addressing date (addressedOn) are counted as open: {ids}.',
  },
  shareNote: {
    id: 'Persentase ditindaklanjuti: indikator katalog "{name}" ({decimals} desimal) atas seluruh waktu sampai akhir {month}, dihitung mesin indikator (arus tahunan dan bulanan dijumlahkan); usulan ditolak tetap di penyebut.',
    en: 'Addressed (%): the catalogue indicator "{name}" ({decimals} decimals) over the whole time up to the end of {month}, computed by the indicator engine (yearly and monthly flows summed); rejected proposals stay in the denominator.',
  },
  daysNote: {
    id: 'Hari tindak lanjut = tanggal ditindaklanjuti − tanggal diusulkan (hari kalender) untuk usulan yang ditindaklanjuti sampai akhir bulan laporan. Rata-rata = jumlah hari ÷ jumlah usulan dan median (rata-rata dua nilai tengah bila genap) dibulatkan sekali ke 1 desimal, setengah menjauhi nol (roundRatio dari @kampung-kb/expr). Usulan terbuka: belum ditindaklanjuti atau ditolak pada akhir bulan laporan; umurnya dihitung sampai hari terakhir bulan itu.',
    en: 'Days to follow-up = date addressed − date raised (calendar days) for proposals addressed by the end of the report month. The mean (sum of days ÷ proposals) and the median (the mean of the two middle values when even) are rounded once to 1 decimal, half away from zero (roundRatio from @kampung-kb/expr). Open proposals: neither addressed nor rejected at the end of the report month; their age is counted to its last day.',
  },
} satisfies Record<string, Label>;

/** A text of {@link PROPOSAL_TEXT} in one language, `{name}` placeholders filled. */
export function pt(
  key: keyof typeof PROPOSAL_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return PROPOSAL_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
