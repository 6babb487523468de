import { formatCount, plural } from '../internal/plural.js';
import type { Messages } from './messages.js';

/** The Indonesian catalogue. */
export const id: Messages = {
  excludedHeadline: (excluded, read) =>
    `${formatCount('id', excluded)} dari ${plural('id', read, { other: 'rekaman' })} tidak ikut dihitung:`,
  excludedReason: (reason, n, conflicting) => {
    if (reason === 'schema-invalid') return plural('id', n, { other: 'tidak sah' });
    if (reason === 'unknown-kampung') return plural('id', n, { other: 'dengan kampung yang tidak dikenal' });
    return conflicting > 0
      ? `${plural('id', n, { other: 'ganda' })} (${plural('id', conflicting, { other: 'berbeda isi dari yang pertama' })})`
      : plural('id', n, { other: 'ganda' });
  },
  excludedFile: (file, excluded, read, reasons) =>
    `  ${file}: ${formatCount('id', excluded)} dari ${formatCount('id', read)} — ${reasons}`,
  excludedHint: "  Jalankan 'kkb validate' untuk rinciannya; rekaman ganda: yang pertama dipakai.",
  strictFailed: (excluded) =>
    `--strict: ${plural('id', excluded, { other: 'rekaman' })} tidak ikut dihitung, jadi keluar dengan kode 1.`,
  dataUnreadable: (dir, problems) =>
    `Data di '${dir}' tidak dapat dibaca (${plural('id', problems, { other: 'masalah' })}).`,
  reportNotWritten: (out, written, total) =>
    `Laporan tidak ditulis lengkap ke '${out}': ${formatCount('id', written)} dari ${plural('id', total, { other: 'berkas' })} ditulis.`,
  notDataDir: (dir) =>
    `'${dir}' bukan direktori data: tidak ada berkas data (regions, kampung, profiles, population, monthly, interventions, proposals, budgets; .csv atau .json) maupun programme.json/programme.yaml.`,
};
