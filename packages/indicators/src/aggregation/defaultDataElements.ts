import {
  ageBands,
  contraceptiveMethods,
  DISTRIBUTED_PRODUCTS,
  type Label,
  nonUserReasons,
  PORTAL_METHODS,
  pokjaSections,
  poktan,
} from '@kampung-kb/model';
import type { DataElement, DataElementRecordType } from './dataElement.js';
import { FAMILY_DATA_ELEMENTS } from './familyDataElements.js';

function stock(recordType: DataElementRecordType, path: string, label: Label): DataElement {
  return {
    id: `${recordType}.${path}`,
    label,
    recordType,
    path,
    timeAggregation: 'last',
    spaceAggregation: 'sum',
    kind: 'stock',
  };
}

function flow(recordType: DataElementRecordType, path: string, label: Label, id?: string): DataElement {
  return {
    id: id ?? `${recordType}.${path}`,
    label,
    recordType,
    path,
    timeAggregation: 'sum',
    spaceAggregation: 'sum',
    kind: 'flow',
  };
}

const DISTRIBUTED: Readonly<Record<(typeof PORTAL_METHODS)[number], Label>> = {
  iud: { id: 'IUD dipasang', en: 'IUDs inserted' },
  mow: { id: 'Tindakan MOW (tubektomi)', en: 'Female sterilisations (MOW) performed' },
  mop: { id: 'Tindakan MOP (vasektomi)', en: 'Male sterilisations (MOP) performed' },
  implant: { id: 'Implan dipasang', en: 'Implants inserted' },
  injectable: { id: 'Suntikan KB diberikan (dosis)', en: 'Injectable doses given' },
  pill: { id: 'Pil KB dibagikan (siklus)', en: 'Pill cycles distributed' },
  condom: { id: 'Kondom dibagikan (buah)', en: 'Condoms distributed (pieces)' },
};

function monthlyElements(): DataElement[] {
  const out: DataElement[] = [];
  const methods = contraceptiveMethods.items;
  for (const m of methods) {
    out.push(
      stock('monthly', `users.${m.code}`, {
        id: `Peserta KB aktif: ${m.label.id}`,
        en: `Active contraceptive users: ${m.label.en}`,
      }),
    );
  }
  for (const r of nonUserReasons.items) {
    out.push(
      stock('monthly', `nonUsers.${r.code}`, {
        id: `PUS bukan peserta KB: ${r.label.id}`,
        en: `PUS not using contraception: ${r.label.en}`,
      }),
    );
  }
  for (const p of poktan.items) {
    out.push(
      stock('monthly', `poktanParticipants.${p.code}`, {
        id: `Peserta poktan ${p.label.id}`,
        en: `Poktan participants: ${p.label.en}`,
      }),
    );
  }
  out.push(
    stock('monthly', 'jknHolders', { id: 'Pemegang JKN/BPJS', en: 'JKN/BPJS health insurance holders' }),
  );
  for (const m of methods) {
    out.push(
      flow('monthly', `newAcceptors.${m.code}`, {
        id: `Peserta KB baru: ${m.label.id}`,
        en: `New contraceptive acceptors: ${m.label.en}`,
      }),
    );
  }
  for (const m of methods) {
    out.push(
      flow('monthly', `dropouts.${m.code}`, {
        id: `Peserta KB drop-out: ${m.label.id}`,
        en: `Contraceptive drop-outs: ${m.label.en}`,
      }),
    );
  }
  for (const m of PORTAL_METHODS) out.push(flow('monthly', `distributed.${m}`, DISTRIBUTED[m]));
  for (const p of DISTRIBUTED_PRODUCTS) out.push(flow('monthly', `distributed.${p.code}`, p.label));
  return out;
}

function populationElements(): DataElement[] {
  const out: DataElement[] = [];
  for (const [sex, id, en] of [
    ['male', 'laki-laki', 'Male'],
    ['female', 'perempuan', 'Female'],
  ] as const) {
    for (const b of ageBands.items) {
      out.push(
        stock('population', `${sex}.${b.code}`, {
          id: `Penduduk ${id} ${b.label.id}`,
          en: `${en} population ${b.label.en}`,
        }),
      );
    }
  }
  out.push(
    stock('population', 'total', { id: 'Jumlah penduduk', en: 'Total population' }),
    stock('population', 'families', { id: 'Jumlah keluarga', en: 'Families' }),
    stock('population', 'pus', { id: 'Jumlah PUS', en: 'Couples of reproductive age (PUS)' }),
    stock('population', 'familiesWithUnderFives', {
      id: 'Keluarga dengan balita',
      en: 'Families with under-fives',
    }),
    stock('population', 'familiesWithAdolescents', {
      id: 'Keluarga dengan remaja',
      en: 'Families with adolescents',
    }),
    stock('population', 'familiesWithElderly', {
      id: 'Keluarga dengan lansia',
      en: 'Families with elderly members',
    }),
    stock('population', 'adolescents', { id: 'Jumlah remaja', en: 'Adolescents (10–24)' }),
  );
  return out;
}

function profileElements(): DataElement[] {
  const out: DataElement[] = [
    stock('profile', 'pokja.exists', { id: 'Kampung yang punya Pokja', en: 'Kampung with a Pokja' }),
    stock('profile', 'pokja.decree', { id: 'Pokja yang punya SK', en: 'Pokja with a decree (SK)' }),
    stock('profile', 'pokja.members', { id: 'Anggota Pokja', en: 'Pokja members' }),
    stock('profile', 'pokja.trained', { id: 'Pokja yang sudah dilatih', en: 'Pokja that have been trained' }),
    stock('profile', 'pokja.trainedMembers', { id: 'Anggota Pokja terlatih', en: 'Trained Pokja members' }),
    stock('profile', 'facilities.secretariat', {
      id: 'Kampung yang punya sekretariat',
      en: 'Kampung with a secretariat',
    }),
    stock('profile', 'facilities.rumahDataku', {
      id: 'Kampung yang punya Rumah DataKu',
      en: 'Kampung with a Rumah DataKu',
    }),
    stock('profile', 'mentor', {
      id: 'Kampung yang didampingi PKB/PLKB',
      en: 'Kampung mentored by a PKB/PLKB',
    }),
    stock('profile', 'regulation.exists', {
      id: 'Kampung yang punya regulasi',
      en: 'Kampung backed by a regulation',
    }),
    stock('profile', 'fundingSources', { id: 'Jumlah sumber dana', en: 'Number of funding sources' }),
    stock('profile', 'poktan', { id: 'Jumlah poktan', en: 'Number of poktan' }),
    stock('profile', 'dataSources', {
      id: 'Jumlah sumber data yang dipakai',
      en: 'Number of data sources used',
    }),
    stock('profile', 'operations', {
      id: 'Jumlah mekanisme operasional yang dijalankan',
      en: 'Number of operational mechanisms carried out',
    }),
  ];
  for (const p of poktan.items) {
    out.push(
      stock('profile', `poktan.${p.code}`, {
        id: `Kampung yang punya poktan ${p.label.id}`,
        en: `Kampung with poktan ${p.label.en}`,
      }),
    );
  }
  return out;
}

function derivedElements(): DataElement[] {
  const out: DataElement[] = [
    flow('budget', 'amount', { id: 'Anggaran (rupiah)', en: 'Budget (rupiah)' }),
    flow('intervention', 'count', { id: 'Jumlah intervensi', en: 'Interventions' }, 'interventions'),
  ];
  for (const s of pokjaSections.items) {
    out.push(
      flow(
        'intervention',
        `section.${s.code}`,
        { id: `Intervensi seksi ${s.label.id}`, en: `Interventions, section ${s.label.en}` },
        `interventionsBySection.${s.code}`,
      ),
    );
  }
  out.push(
    {
      id: 'distinctAgencies',
      label: { id: 'Jumlah instansi berbeda yang melakukan intervensi', en: 'Distinct agencies intervening' },
      recordType: 'intervention',
      path: 'agencies',
      timeAggregation: 'distinct',
      spaceAggregation: 'distinct',
      kind: 'flow',
    },
    flow(
      'proposal',
      'raised',
      { id: 'Usulan warga yang masuk', en: 'Community proposals raised' },
      'proposalsRaised',
    ),
    flow(
      'proposal',
      'addressed',
      { id: 'Usulan warga yang ditindaklanjuti', en: 'Community proposals addressed' },
      'proposalsAddressed',
    ),
  );
  return out;
}

/**
 * The default data elements: every numeric field of monthly reports (stocks: users, non-users, poktan
 * participants, JKN holders; flows: new acceptors, drop-outs, units distributed), of population snapshots
 * (stocks, plus `population.total`), of profile snapshots (stocks: flags as 0/1, so their sum counts kampung;
 * lists as their length; `profile.poktan.<code>` as presence flags) and of budgets (`budget.amount`, a flow),
 * and the derived counts `interventions`, `interventionsBySection.<section>`, `distinctAgencies`,
 * `proposalsRaised` and `proposalsAddressed` (flows), and one stock per family tally key
 * (`family.<key>`, {@link FAMILY_DATA_ELEMENTS}).
 *
 * Field elements are named `<recordType>.<path>` (`monthly.users.iud`, `population.pus`,
 * `profile.pokja.exists`, `budget.amount`). Stocks take the last value over time and sum over space; flows
 * sum over both; `distinctAgencies` collects the distinct agency codes over the period and counts the
 * distinct codes across the region's kampung (an agency active in three kampung of a kecamatan counts once
 * for the kecamatan; it is not the sum of the kampung's counts). It counts every agency, the KB office
 * included (the classification's cross-sector count leaves two out; see `DEFAULT_CROSS_SECTOR_EXCLUSIONS`).
 *
 * @example
 * ```ts
 * DEFAULT_DATA_ELEMENTS.find((e) => e.id === 'monthly.users.iud')?.timeAggregation; // 'last'
 * ```
 */
export const DEFAULT_DATA_ELEMENTS: readonly DataElement[] = [
  ...monthlyElements(),
  ...populationElements(),
  ...profileElements(),
  ...derivedElements(),
  ...FAMILY_DATA_ELEMENTS,
];

/**
 * A data element of {@link DEFAULT_DATA_ELEMENTS} (or of the list given) by id, or `undefined`.
 *
 * @example
 * ```ts
 * findDataElement('population.pus')?.label.id; // 'Jumlah PUS'
 * ```
 */
export function findDataElement(
  id: string,
  elements: readonly DataElement[] = DEFAULT_DATA_ELEMENTS,
): DataElement | undefined {
  return elements.find((e) => e.id === id);
}
