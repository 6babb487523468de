import {
  type AgeBandItem,
  ageBands,
  type CodeList,
  contraceptiveMethods,
  DISTRIBUTED_PRODUCTS,
  facilities,
  type InterventionOutputItem,
  interventionOutputs,
  type Label,
  type Lang,
  nonUserReasons,
  operationalMechanisms,
  poktan,
  type RecordType,
} from '@kampung-kb/model';

/** Labels of single fields, by record type and dotted path. */
const FIELDS: Partial<Record<RecordType, Readonly<Record<string, Label>>>> = {
  region: {
    code: { id: 'Kode wilayah', en: 'Region code' },
    name: { id: 'Nama wilayah', en: 'Region name' },
  },
  kampung: {
    id: { id: 'ID kampung', en: 'Kampung id' },
    name: { id: 'Nama kampung', en: 'Kampung name' },
    regionCode: { id: 'Kelurahan/desa', en: 'Village (kelurahan/desa)' },
    'scope.rw': { id: 'Cakupan RW', en: 'RW covered' },
    'scope.rt': { id: 'Cakupan RT', en: 'RT covered' },
    designationDate: { id: 'Tanggal pencanangan', en: 'Designation date' },
    mainCriteria: { id: 'Kriteria utama', en: 'Main criteria' },
    areaCriteria: { id: 'Kriteria wilayah', en: 'Area criteria' },
    branding: { id: 'Nama lokal (branding)', en: 'Local brand' },
    theme: { id: 'Tema kampung', en: 'Theme' },
    'model.regency': { id: 'Percontohan kabupaten/kota', en: 'Model village of the regency/city' },
    'model.province': { id: 'Percontohan provinsi', en: 'Model village of the province' },
  },
  profile: {
    'pokja.exists': { id: 'Pokja sudah dibentuk', en: 'Pokja formed' },
    'pokja.decree': { id: 'Pokja memiliki SK', en: 'Pokja has a decree (SK)' },
    'pokja.members': { id: 'Jumlah anggota Pokja', en: 'Pokja members' },
    'pokja.trained': { id: 'Pokja sudah dilatih', en: 'Pokja trained' },
    'pokja.trainedMembers': { id: 'Anggota Pokja terlatih', en: 'Trained Pokja members' },
    fundingSources: { id: 'Sumber dana', en: 'Funding sources' },
    poktan: { id: 'Poktan yang ada', en: 'Poktan present' },
    mentor: { id: 'Didampingi PKB/PLKB', en: 'Mentored by a PKB/PLKB' },
    'regulation.exists': { id: 'Ada regulasi', en: 'Regulation exists' },
    'regulation.kinds': { id: 'Jenis regulasi', en: 'Kinds of regulation' },
    dataSources: { id: 'Penggunaan data', en: 'Data sources used' },
    operations: { id: 'Mekanisme operasional', en: 'Operational mechanisms' },
  },
  population: {
    families: { id: 'Jumlah keluarga', en: 'Families' },
    pus: { id: 'PUS (pasangan usia subur)', en: 'PUS (couples of reproductive age)' },
    familiesWithUnderFives: { id: 'Keluarga dengan balita', en: 'Families with under-fives' },
    familiesWithAdolescents: { id: 'Keluarga dengan remaja', en: 'Families with adolescents' },
    familiesWithElderly: { id: 'Keluarga dengan lansia', en: 'Families with elderly' },
    adolescents: { id: 'Jumlah remaja (10–24 th)', en: 'Adolescents (10–24 yrs)' },
  },
  monthly: {
    jknHolders: { id: 'Pemegang JKN/BPJS', en: 'JKN/BPJS holders' },
    // Units distributed by product ("of which" counts of their method, for CYP).
    ...Object.fromEntries(DISTRIBUTED_PRODUCTS.map((p) => [`distributed.${p.code}`, p.label])),
  },
  intervention: {
    id: { id: 'ID intervensi', en: 'Intervention id' },
    title: { id: 'Nama kegiatan', en: 'Activity' },
    date: { id: 'Tanggal', en: 'Date' },
    section: { id: 'Seksi Pokja', en: 'Pokja section' },
    agencies: { id: 'Instansi pelaksana', en: 'Agencies' },
    partner: { id: 'Mitra', en: 'Partner' },
    targetGroups: { id: 'Sasaran', en: 'Target groups' },
    place: { id: 'Tempat', en: 'Place' },
    spend: { id: 'Biaya (Rp)', en: 'Spend (Rp)' },
    fundingSource: { id: 'Sumber dana', en: 'Funding source' },
  },
  proposal: {
    id: { id: 'ID usulan', en: 'Proposal id' },
    raisedOn: { id: 'Tanggal diusulkan', en: 'Raised on' },
    title: { id: 'Usulan', en: 'Proposal' },
    section: { id: 'Seksi Pokja', en: 'Pokja section' },
    assignedAgency: { id: 'Instansi penanggung jawab', en: 'Assigned agency' },
    status: { id: 'Status', en: 'Status' },
    addressedOn: { id: 'Tanggal ditindaklanjuti', en: 'Addressed on' },
    interventionId: { id: 'ID intervensi', en: 'Intervention id' },
  },
  budget: {
    year: { id: 'Tahun anggaran', en: 'Budget year' },
    fundingSource: { id: 'Sumber dana', en: 'Funding source' },
    amount: { id: 'Jumlah (Rp)', en: 'Amount (Rp)' },
  },
};

/** Fields every record type that has them labels the same way. */
const COMMON: Readonly<Record<string, Label>> = {
  kampungId: { id: 'ID kampung', en: 'Kampung id' },
  period: { id: 'Bulan (TTTT-BB)', en: 'Month (YYYY-MM)' },
  description: { id: 'Keterangan', en: 'Description' },
};

/** A group of fields, one per code of a list: `users.iud` is "Peserta KB aktif: IUD/AKDR". */
interface Group {
  readonly label: Label;
  readonly list: CodeList;
}

const GROUPS: Partial<Record<RecordType, Readonly<Record<string, Group>>>> = {
  profile: {
    facilities: { label: { id: 'Sarana', en: 'Facility' }, list: facilities },
    operationFrequency: { label: { id: 'Frekuensi', en: 'Frequency' }, list: operationalMechanisms },
  },
  population: {
    male: { label: { id: 'Laki-laki', en: 'Male' }, list: ageBands },
    female: { label: { id: 'Perempuan', en: 'Female' }, list: ageBands },
  },
  intervention: {
    outputs: { label: { id: 'Keluaran', en: 'Output' }, list: interventionOutputs },
  },
  monthly: {
    users: { label: { id: 'Peserta KB aktif', en: 'Active users' }, list: contraceptiveMethods },
    nonUsers: { label: { id: 'PUS bukan peserta KB', en: 'Non-using PUS' }, list: nonUserReasons },
    poktanParticipants: { label: { id: 'Peserta poktan', en: 'Poktan participants' }, list: poktan },
    newAcceptors: { label: { id: 'Peserta KB baru', en: 'New acceptors' }, list: contraceptiveMethods },
    dropouts: { label: { id: 'Peserta KB drop-out', en: 'Drop-outs' }, list: contraceptiveMethods },
    distributed: {
      label: { id: 'Alokon diberikan', en: 'Units distributed' },
      list: contraceptiveMethods,
    },
  },
};

/** An age band as a column shows it: `0–4 th` / `0–4 yrs`, `75+ th`. */
function ageBandText(item: AgeBandItem, lang: Lang): string {
  const unit = lang === 'id' ? 'th' : 'yrs';
  return item.to === null ? `${item.from}+ ${unit}` : `${item.from}–${item.to} ${unit}`;
}

function groupItemText(group: Group, code: string, lang: Lang): string | undefined {
  const item = group.list.items.find((i) => i.code === code);
  if (!item) return undefined;
  if (group.list === (ageBands as CodeList)) return ageBandText(item as AgeBandItem, lang);
  // An output with its unit: `Titian (jembatan kayu/beton) dibangun (meter)`.
  if (group.list === (interventionOutputs as CodeList))
    return `${item.label[lang]} (${(item as InterventionOutputItem).unit[lang]})`;
  return item.label[lang];
}

/**
 * The human header of a column: the label of the field at `path` of a record type, in Indonesian or
 * English, built from the model (code-list labels for fields named after a code, age bands and sex for
 * population counts). A path the model does not know comes back unchanged.
 *
 * @example
 * ```ts
 * columnLabel('population', 'male.y0_4', 'id'); // 'Laki-laki 0–4 th'
 * columnLabel('monthly', 'users.iud', 'id'); // 'Peserta KB aktif: IUD/AKDR'
 * columnLabel('monthly', 'nonUsers.ias', 'en'); // 'Non-using PUS: Wants a child soon (IAS)'
 * ```
 */
export function columnLabel(type: RecordType, path: string, lang: Lang): string {
  const own = FIELDS[type]?.[path] ?? COMMON[path];
  if (own) return own[lang];
  const dot = path.indexOf('.');
  if (dot > 0) {
    const group = GROUPS[type]?.[path.slice(0, dot)];
    const item = group ? groupItemText(group, path.slice(dot + 1), lang) : undefined;
    if (group && item !== undefined) {
      return group.list === (ageBands as CodeList)
        ? `${group.label[lang]} ${item}`
        : `${group.label[lang]}: ${item}`;
    }
  }
  return path;
}
