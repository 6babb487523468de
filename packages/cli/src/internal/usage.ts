/** Bilingual help text of `kkb`. */
export const HELP = `kkb — Kampung KB SDK

Penggunaan / Usage:
  kkb validate <dir> [--rules <file>] [--json] [--lang id|en]
      Periksa data / Check the data. Exit 0 bersih/clean, 1 ada galat/errors found, 2 penggunaan/usage or unreadable input.
      --rules: berkas aturan kota (YAML/JSON) yang menambah, mengubah dan menonaktifkan aturan /
               the city's rules file (YAML/JSON) adding, overriding and disabling rules.
  kkb indicators <dir> [--level kampung|kelurahan|kecamatan|kota] [--period 202012|2020Q4|2020S2|2020|2020-12]
                 [--indicator <id> …] [--indicators <file.json|yaml>] [--targets <file.json|yaml>] [--json|--csv] [--list] [--explain] [--lang id|en]
      Indikator dan klasifikasi tiap kampung / Indicators and classification of every kampung
      (tanpa --period: bulan terakhir di data / without --period: the latest month in the data).
      --list: katalog indikator dan definisinya / the indicator catalogue with definitions.
      --indicators: indikator buatan kota, diperiksa sebelum data dibaca / the city's own indicators, checked before data is read.
      --targets: target kota (mis. RPJMD) per indikator, wilayah dan tahun / the city's targets per indicator, region and year.
      --explain: penjelasan tiap sub-indikator dan perubahan menuju tingkat berikutnya (tingkat kampung) /
                 each sub-indicator explained and the changes to the next level (kampung level).
  kkb report <dir> --out <dir> [--lang id|en] [--period YYYY-MM] [--public]
      Tulis laporan Markdown dan HTML / Write Markdown and HTML reports
      (--public: samarkan sel kecil / suppress small cells).
  kkb --help | kkb --version

Format direktori data / data directory format: docs/data-format.md`;
