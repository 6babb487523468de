import { describe, expect, it } from 'vitest';
import { parseProgramme } from './parseProgramme.js';
import { ProgrammeDefinition } from './programmeDefinition.js';
import { programmeJsonSchema } from './programmeJsonSchema.js';

const base = { name: { id: 'Kampung KB X', en: 'Kampung KB X' }, city: { code: '63.71', name: 'Kota X' } };
const parse = (extra: Record<string, unknown>) =>
  parseProgramme(JSON.stringify({ ...base, ...extra }, null, 2), 'programme.json');

describe('programme readiness', () => {
  it('accepts the codes and the Indonesian labels of the statuses, in any case and spacing', () => {
    const r = ProgrammeDefinition.parse({
      ...base,
      readiness: {
        mayorPolicy: { status: 'Selesai' },
        perda: { status: 'belum  dimulai' },
        rpjmdPriority: { status: 'Dalam Proses' },
        apbdBudget: { status: 'berjalan' },
        pokjaKota: { status: 'TIDAK DIKETAHUI', leadAgency: 'Barenlitbangda' },
        csrPartners: { status: 'not_started' },
        urunRembug: { status: 'inProgress' },
      },
    });
    expect(r.readiness).toEqual({
      mayorPolicy: { status: 'done' },
      perda: { status: 'notStarted' },
      rpjmdPriority: { status: 'inProgress' },
      apbdBudget: { status: 'inProgress' },
      pokjaKota: { status: 'unknown', leadAgency: 'Barenlitbangda' },
      csrPartners: { status: 'notStarted' },
      urunRembug: { status: 'inProgress' },
    });
  });

  it('keeps evidence, weight and note', () => {
    const evidence = [{ number: '188.45/123/2018', date: '2018-06-26', link: 'https://example.org/sk' }];
    const r = ProgrammeDefinition.parse({
      ...base,
      readiness: { pokjaKota: { status: 'done', evidence, weight: 3, note: 'SK Pokja' } },
    });
    expect(r.readiness?.pokjaKota).toEqual({ status: 'done', evidence, weight: 3, note: 'SK Pokja' });
  });

  it('rejects an unknown item with a did-you-mean, in both languages, at its line', () => {
    const r = parse({ readiness: { perwali: { status: 'done' }, rpjmdPrority: { status: 'done' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.location.field, i.location.line])).toEqual([
      ['readiness.perwali', 11],
      ['readiness.rpjmdPrority', 14],
    ]);
    expect(r.issues[0]?.message.en).toContain(
      "Unknown readiness item 'perwali'; did you mean 'mayorPolicy'?",
    );
    expect(r.issues[0]?.message.id).toContain(
      "Butir kesiapan 'perwali' tidak dikenal; maksud Anda 'mayorPolicy'?",
    );
    expect(r.issues[1]?.message.en).toContain("did you mean 'rpjmdPriority'?");
  });

  it('reports every problem of an entry together: status, evidence, leadAgency elsewhere than pokjaKota', () => {
    const r = parse({
      readiness: {
        perda: {
          status: 'maybe',
          leadAgency: 'DPRD',
          evidence: [{}, { link: 'ftp://x' }, { date: '2020-02-30' }],
        },
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.location.field).sort()).toEqual([
      'readiness.perda.evidence.0',
      'readiness.perda.evidence.1.link',
      'readiness.perda.evidence.2.date',
      'readiness.perda.leadAgency',
      'readiness.perda.status',
    ]);
    const status = r.issues.find((i) => i.location.field === 'readiness.perda.status');
    expect(status?.message.id).toContain("'maybe' bukan status kesiapan");
  });

  it('rejects a weight below 0 and a readiness that is not an object', () => {
    expect(parse({ readiness: { perda: { status: 'done', weight: -1 } } }).ok).toBe(false);
    expect(parse({ readiness: ['done'] }).ok).toBe(false);
  });
});

describe('programme siteSelection', () => {
  it('accepts partial weights and rejects unknown codes', () => {
    const ok = ProgrammeDefinition.parse({
      ...base,
      siteSelection: { mainCriteria: { highPoverty: 5 }, areaCriteria: { slum: 2 }, measures: { cpr: 0 } },
    });
    expect(ok.siteSelection).toEqual({
      mainCriteria: { highPoverty: 5 },
      areaCriteria: { slum: 2 },
      measures: { cpr: 0 },
    });
    const bad = parse({ siteSelection: { areaCriteria: { kumuh: 2 }, measures: { cpr: 101 } } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.location.field).sort()).toEqual([
      'siteSelection.areaCriteria.kumuh',
      'siteSelection.measures.cpr',
    ]);
  });
});

describe('programme JSON Schema', () => {
  it('lists the readiness items and forbids other keys', () => {
    const schema = programmeJsonSchema() as {
      properties: { readiness: { properties: Record<string, unknown>; additionalProperties: unknown } };
    };
    expect(Object.keys(schema.properties.readiness.properties)).toHaveLength(11);
    expect(schema.properties.readiness.additionalProperties).toBe(false);
  });
});
