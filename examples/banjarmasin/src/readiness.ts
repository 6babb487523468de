/**
 * Banjarmasin's readiness checklist (`programme.json` `readiness`), from public sources only (docs/readiness.md):
 * 15 SKPD intervene (Antara Kalsel story 185342, KemenPANRB Top 99 public-service innovations 2020); a Rumah
 * DataKu in Sungai Andai (kalsel.bkkbn.go.id/?p=961). No Perwali, Perda or mayor's decree was found: those
 * and everything else not sourced are `unknown`.
 */
export const READINESS = {
  mayorPolicy: {
    status: 'unknown',
    note: 'Perwali atau SK Wali Kota tentang Kampung KB tidak ditemukan di sumber publik (dicari November 2026).',
  },
  perda: {
    status: 'unknown',
    note: 'Perda tentang Kampung KB tidak ditemukan di sumber publik (dicari November 2026).',
  },
  rpjmdPriority: {
    status: 'unknown',
    note: 'Sumber publik menyebut peta jalan sampai 2021 dan integrasi Musrenbang, bukan prioritas RPJMD.',
  },
  apbdBudget: {
    status: 'unknown',
    note: 'Tidak ditemukan di sumber publik; dana APBD di profiles.json adalah data sintetis.',
  },
  pokjaKota: {
    status: 'unknown',
    leadAgency: 'Barenlitbangda',
    note: 'Perangkat daerah pengampu menurut uraian program; nomor SK Pokja Kota tidak ditemukan di sumber publik.',
  },
  agencyCommitments: {
    status: 'done',
    evidence: [{ link: 'https://kalsel.antaranews.com/amp/berita/185342' }],
    note: '15 SKPD melakukan intervensi (sebelumnya 6); inovasi pelayanan publik Top 99 KemenPANRB 2020.',
  },
  csrPartners: {
    status: 'unknown',
    note: 'Tidak ditemukan di sumber publik; dana CSR di profiles.json adalah data sintetis.',
  },
  urunRembug: {
    status: 'unknown',
    note: 'Tidak ditemukan di sumber publik; usulan warga dalam contoh ini sintetis.',
  },
  monthlyReporting: {
    status: 'unknown',
    note: 'Ada entri di portal (mis. Alalak Tengah); laporan bulanan dalam contoh ini sintetis.',
  },
  familyData: {
    status: 'inProgress',
    evidence: [{ link: 'https://kalsel.bkkbn.go.id/?p=961' }],
    note: 'Rumah DataKu di Sungai Andai (satu dari 21 kampung); cakupan data PK per kelurahan belum dicek.',
  },
  fieldWorkers: { status: 'unknown', note: 'Tidak ditemukan di sumber publik.' },
} as const;
