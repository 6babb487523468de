import type { Label, Lang } from '@kampung-kb/model';

/** Fixed texts of the evaluation report ({@link evaluationReport}), id and en. */
export const EVALUATION_TEXT = {
  title: { id: 'Evaluasi program Kampung KB', en: 'Kampung KB programme evaluation' },
  asOf: { id: 'Keadaan {month}', en: 'As of {month}' },
  intro: {
    id: 'Evaluasi tiga sumbu program: kebijakan (regulasi, SK Pokja, pendamping, sumber dana), intervensi (instansi lintas sektor, cakupan seksi, usulan ditindaklanjuti) dan perubahan perilaku (CPR, MKJP, unmet need, poktan), dengan kartu skor evaluationScorecard (pembanding: {baseline}). Skor 0–100.',
    en: 'The programme evaluated on three axes: policy (regulation, Pokja decree, mentor, funding sources), interventions (cross-sector agencies, section coverage, proposals addressed) and behaviour change (CPR, MKJP share, unmet need, poktan), with the evaluationScorecard (baseline: {baseline}). Scores 0–100.',
  },
  previousYear: { id: 'bulan yang sama tahun sebelumnya', en: 'the same month a year earlier' },
  designation: { id: 'laporan pertama sejak pencanangan', en: 'the first report since designation' },
  invalid: { id: 'Kartu skor tidak dapat dihitung', en: 'The scorecard cannot be computed' },
  noKampung: { id: 'Data tidak memuat kampung.', en: 'The data hold no kampung.' },
  citySection: { id: 'Ringkasan kota', en: 'City summary' },
  pillar: { id: 'Sumbu', en: 'Axis' },
  weight: { id: 'Bobot', en: 'Weight' },
  meanScore: { id: 'Skor rata-rata', en: 'Mean score' },
  scored: { id: 'Kampung bernilai', en: 'Kampung scored' },
  coverage: { id: 'Cakupan bobot rata-rata (%)', en: 'Mean weight coverage (%)' },
  overall: { id: 'Skor keseluruhan', en: 'Overall score' },
  componentsTable: { id: 'Komponen (rata-rata kota)', en: 'Components (city means)' },
  component: { id: 'Komponen', en: 'Component' },
  kampungSection: { id: 'Skor per kampung', en: 'Scores by kampung' },
  kampung: { id: 'Kampung', en: 'Kampung' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  baselineMonth: { id: 'Bulan pembanding', en: 'Baseline month' },
  chart: { id: 'Skor tiga sumbu per kampung', en: 'Scores on the three axes by kampung' },
  chartDesc: {
    id: 'Skor kebijakan, intervensi dan perubahan perilaku (0–100) setiap kampung, urut skor keseluruhan; rata-rata kota: {policy}, {intervention}, {community}.',
    en: 'Policy, intervention and behaviour-change scores (0–100) of each kampung, by overall score; city means: {policy}, {intervention}, {community}.',
  },
  score: { id: 'Skor', en: 'Score' },
  policySection: { id: 'Kebijakan: kesiapan kota', en: 'Policy: city readiness' },
  noReadiness: {
    id: 'Program tidak memuat daftar kesiapan (programme.json readiness); sumbu kebijakan hanya dari profil kampung.',
    en: 'The programme has no readiness checklist (programme.json readiness); the policy axis comes from the kampung profiles only.',
  },
  behaviourSection: { id: 'Perubahan perilaku terhadap target', en: 'Behaviour change against targets' },
  behaviourIntro: {
    id: 'Perubahan setiap indikator terhadap bulan pembanding kampung, dan capaian terhadap target kota (achievement, onTrack) bila ada target untuk tahun itu.',
    en: 'Each indicator’s change against the kampung’s baseline month, and achievement of the city’s target (achievement, onTrack) where a target exists for the year.',
  },
  baseline: { id: 'Pembanding', en: 'Baseline' },
  now: { id: 'Sekarang', en: 'Now' },
  change: { id: 'Perubahan (poin)', en: 'Change (points)' },
  target: { id: 'Target', en: 'Target' },
  achievement: { id: 'Capaian (%)', en: 'Achievement (%)' },
  onTrack: { id: 'Sesuai jalur', en: 'On track' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
  explanationSection: { id: 'Penjelasan komponen', en: 'Component explanations' },
  explanation: { id: 'Penjelasan', en: 'Explanation' },
  hidden: { id: 'disamarkan (laporan publik)', en: 'hidden (public report)' },
  scoreNote: {
    id: 'Skor dari evaluationScorecard (@kampung-kb/indicators), tidak dihitung ulang: setiap komponen dinormalkan 0–100, sumbu = rata-rata tertimbang komponen yang punya data, skor keseluruhan = rata-rata tertimbang sumbu; bobot dan normalisasi adalah pilihan SDK, bukan angka resmi. Rata-rata kota = rata-rata skor kampung yang bernilai, dibulatkan sekali ke 2 desimal (roundRatio).',
    en: 'Scores from evaluationScorecard (@kampung-kb/indicators), never recomputed: each component normalised to 0–100, an axis = the weighted mean of its components with data, the overall score = the weighted mean of the axes; weights and normalisation are the SDK’s choice, not official figures. City means = the mean of the kampung scores that have a value, rounded once to 2 decimals (roundRatio).',
  },
  publicNote: {
    id: 'Laporan publik: nilai, perubahan dan skor perubahan perilaku suatu kampung disamarkan "×" bila laporan bulanan publiknya (bulan itu atau bulan pembanding) menyamarkan angka asalnya; skor sumbu perubahan perilaku dan skor keseluruhan kampung itu, dan rata-rata kota yang memakainya, juga disamarkan.',
    en: 'Public report: a kampung’s behaviour-change values, changes and scores are hidden ("×") when its public monthly report (that month or the baseline month) hides the figures they come from; that kampung’s behaviour-change axis and overall score, and the city means that use them, are hidden too.',
  },
} satisfies Record<string, Label>;

/** A text of {@link EVALUATION_TEXT} in one language, `{name}` placeholders filled. */
export function et(
  key: keyof typeof EVALUATION_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return EVALUATION_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
