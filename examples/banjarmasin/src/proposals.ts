import type { AgencyCode, Intervention, PokjaSectionCode, Proposal } from '@kampung-kb/model';
import { addDays, assertValid, type BuiltKampung, daysBetween, fail, OWN, rngFor } from './build.js';
import { INTERVENTION_TEMPLATES } from './design.js';
import type { Rng } from './prng.js';

/**
 * Community proposals (usulan warga) of one kampung, the seed programme's loop: residents raise needs at
 * urun rembug warga, the Pokja hands each to an agency (SKPD), and the agency answers with an
 * intervention. Synthetic, from the kampung's own random stream (`proposals:<id>`), so the other files of
 * the data set do not move when this changes.
 *
 * - An urun rembug is held every January (before the kelurahan Musrenbang) from the first year after
 *   designation (from 2017), one 3–6 weeks after a designation in 2017–2020, and an end-of-year one in
 *   November 2020 in the kampung designated before mid-2020.
 * - About three in four interventions answer a proposal raised at the last urun rembug at least two weeks
 *   before them: status `addressed`, `addressedOn` = the intervention's date, `interventionId` its id,
 *   `assignedAgency` its first partner agency (not the KB office itself, when another one took part).
 * - Still open at the end of 2020: 1–3 needs from January 2020 assigned to an agency or in progress, 1–2
 *   fresh ones from November 2020 (raised only), and sometimes one earlier proposal rejected as beyond the
 *   programme, with its reason.
 */
export function buildProposals(built: BuiltKampung, lastDay: string): Proposal[] {
  const d = built.design;
  const rng = rngFor(`proposals:${d.id}`);
  const meetings = urunRembugDates(rng, d.designationDate, lastDay);
  const interventions = [...built.interventions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  // In this order: each draws from the kampung's one random stream.
  const raised = [
    ...addressedProposals(rng, d.id, interventions, meetings.regular),
    ...openProposals(rng, d.id, interventions, meetings),
    ...rejectedProposals(rng, d.id, meetings.regular),
  ];
  raised.sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
  return raised.map((p, n) => numberedProposal(p, `${d.id}-usul-${String(n + 1).padStart(2, '0')}`));
}

type RaisedProposal = Omit<Proposal, 'id'>;

/** About three in four interventions answer a proposal of the last regular urun rembug before them. */
function addressedProposals(
  rng: Rng,
  kampungId: string,
  interventions: readonly Intervention[],
  regular: readonly string[],
): RaisedProposal[] {
  const raised: RaisedProposal[] = [];
  for (const i of interventions) {
    const meeting = lastMeetingBefore(regular, i.date);
    if (meeting === undefined || rng.next() >= 0.75) continue;
    raised.push({
      kampungId,
      raisedOn: meeting,
      title: proposalTitle(i.title),
      section: i.section,
      assignedAgency: leadOf(i.agencies),
      status: 'addressed',
      addressedOn: i.date,
      interventionId: i.id,
    });
  }
  return raised;
}

/** The needs still open: 1–3 from January 2020 (assigned or in progress), 1–2 raised in November 2020. */
function openProposals(
  rng: Rng,
  kampungId: string,
  interventions: readonly Intervention[],
  meetings: { regular: readonly string[]; november?: string },
): RaisedProposal[] {
  const raised: RaisedProposal[] = [];
  const done = new Set(interventions.map((i) => i.title));
  const open = INTERVENTION_TEMPLATES.filter((t) => !t.only && !t.requires && !done.has(t.title));
  const pool = rng.shuffle(open);
  const january2020 = meetings.regular.find((m) => m.startsWith('2020-01'));
  if (january2020 !== undefined) {
    for (let n = rng.int(1, 3); n > 0 && pool.length > 0; n--) {
      const t = pool.pop() ?? fail('no template left');
      const inProgress = rng.next() < 0.4;
      raised.push({
        kampungId,
        raisedOn: january2020,
        title: proposalTitle(t.title),
        section: t.section,
        assignedAgency: leadOf(t.agencies),
        status: inProgress ? 'inProgress' : 'assigned',
        description: inProgress
          ? 'Sedang dikerjakan instansi; selesai 2021 (sintetis).'
          : 'Masuk rencana kerja instansi 2021 (sintetis).',
      });
    }
  }
  if (meetings.november !== undefined) {
    for (let n = rng.int(1, 2); n > 0 && pool.length > 0; n--) {
      const t = pool.pop() ?? fail('no template left');
      raised.push({
        kampungId,
        raisedOn: meetings.november,
        title: proposalTitle(t.title),
        section: t.section,
        status: 'raised',
        description: 'Menunggu rapat Pokja untuk diserahkan ke instansi (sintetis).',
      });
    }
  }
  return raised;
}

/** Half the time, one proposal of an urun rembug before 2020 rejected as beyond the programme. */
function rejectedProposals(rng: Rng, kampungId: string, regular: readonly string[]): RaisedProposal[] {
  const earlier = regular.filter((m) => m < '2020-01-01');
  if (earlier.length === 0 || rng.next() >= 0.5) return [];
  const r = rng.pick(BEYOND_PROGRAMME);
  return [
    {
      kampungId,
      raisedOn: rng.pick(earlier),
      title: r.title,
      section: r.section,
      assignedAgency: r.agency,
      status: 'rejected',
      description: r.reason,
    },
  ];
}

/** A raised proposal with its id, its keys in the schema's order, checked against the schema. */
function numberedProposal(p: RaisedProposal, id: string): Proposal {
  const r: Proposal = {
    id,
    kampungId: p.kampungId,
    raisedOn: p.raisedOn,
    title: p.title,
    section: p.section,
    ...(p.assignedAgency === undefined ? {} : { assignedAgency: p.assignedAgency }),
    status: p.status,
    ...(p.addressedOn === undefined ? {} : { addressedOn: p.addressedOn }),
    ...(p.interventionId === undefined ? {} : { interventionId: p.interventionId }),
    ...(p.description === undefined ? {} : { description: p.description }),
  };
  assertValid('proposal', r, r.id);
  return r;
}

/** Urun rembug dates of a kampung: the regular ones (January, or after designation) and November 2020. */
function urunRembugDates(
  rng: Rng,
  designationDate: string,
  lastDay: string,
): { regular: string[]; november?: string } {
  const regular: string[] = [];
  const designatedYear = Number(designationDate.slice(0, 4));
  if (designatedYear >= 2017) regular.push(addDays(designationDate, rng.int(21, 45)));
  for (let year = Math.max(designatedYear + 1, 2017); year <= 2020; year++)
    regular.push(`${year}-01-${String(rng.int(11, 28)).padStart(2, '0')}`);
  const november = `2020-11-${String(rng.int(2, 20)).padStart(2, '0')}`;
  const inRange = regular.filter((m) => m < lastDay);
  return designationDate < '2020-06-01' && november < lastDay
    ? { regular: inRange, november }
    : { regular: inRange };
}

/** The last urun rembug at least 14 days before a date. */
function lastMeetingBefore(meetings: readonly string[], date: string): string | undefined {
  let found: string | undefined;
  for (const m of meetings) if (daysBetween(m, date) >= 14 && (found === undefined || m > found)) found = m;
  return found;
}

/** "Usulan …": the residents' request behind an intervention title. */
function proposalTitle(title: string): string {
  const keepCase = /^[A-Z]{2}/.test(title);
  return `Usulan ${keepCase ? title : title.charAt(0).toLowerCase() + title.slice(1)}`;
}

/** The agency a proposal is handed to: the first partner agency, else the KB office itself. */
function leadOf(agencies: readonly AgencyCode[]): AgencyCode {
  return agencies.find((a) => !OWN.has(a)) ?? agencies[0] ?? fail('an intervention without agencies');
}

/** Needs raised at urun rembug that the programme turned down, with the reason recorded. */
const BEYOND_PROGRAMME: ReadonlyArray<{
  title: string;
  section: PokjaSectionCode;
  agency: AgencyCode;
  reason: string;
}> = [
  {
    title: 'Usulan pembangunan jembatan beton penghubung antar-RW',
    section: 'environment',
    agency: 'dinas_pupr',
    reason: 'Di luar anggaran kelurahan; diteruskan ke Musrenbang kecamatan (sintetis).',
  },
  {
    title: 'Usulan pengadaan perahu ambulans sungai',
    section: 'reproduction',
    agency: 'dinas_kesehatan',
    reason: 'Sudah dilayani ambulans Puskesmas terdekat (sintetis).',
  },
  {
    title: 'Usulan pembangunan gedung serbaguna RW',
    section: 'socioCultural',
    agency: 'pemerintah_daerah',
    reason: 'Lahan tidak tersedia; kegiatan memakai aula kelurahan (sintetis).',
  },
  {
    title: 'Usulan bantuan sepeda motor untuk kader',
    section: 'other',
    agency: 'odp_ppkb',
    reason: 'Tidak ada mata anggaran untuk pengadaan kendaraan kader (sintetis).',
  },
];
