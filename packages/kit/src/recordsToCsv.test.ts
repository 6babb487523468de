import { RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecordField, recordFields } from './recordFields.js';
import { recordsFromCsv } from './recordsFromCsv.js';
import { recordsToCsv } from './recordsToCsv.js';

/** Text the reader gives back unchanged: non-empty, already trimmed, no CR (line breaks read as LF). */
const cellText = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', 'é', '1', '-'), minLength: 1 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const code = fc.stringMatching(/^[a-zA-Z0-9_]{1,8}$/);

/** A value the reader gives back as is: a code, a dotted region code, a month, a date. */
function meaningArbitrary(f: RecordField): fc.Arbitrary<unknown> | undefined {
  if (f.codeList) {
    const codes = fc.constantFrom(...f.codeList.items.map((i) => i.code));
    return f.kind === 'array'
      ? fc.uniqueArray(codes, { minLength: f.optional ? 1 : 0, maxLength: 3 })
      : codes;
  }
  if (f.regionCode) return fc.constantFrom('63', '63.71', '63.71.04', '63.71.04.1010', '64.71.01.2003');
  if (f.period === 'month')
    return fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  if (f.period === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  return undefined;
}

function leafArbitrary(f: RecordField): fc.Arbitrary<unknown> {
  const meaning = meaningArbitrary(f);
  if (meaning) return meaning;
  switch (f.kind) {
    case 'integer':
      return f.nullable ? fc.option(fc.integer(), { nil: null }) : fc.integer();
    case 'number':
      // Decimal numbers as a spreadsheet holds them (two decimals, e.g. metres): exact through text.
      return fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100);
    case 'boolean':
      return fc.boolean();
    case 'array':
      // An empty optional list reads back as absent, so generate it non-empty.
      return fc.array(code, { minLength: f.optional ? 1 : 0, maxLength: 4 });
    default:
      return cellText;
  }
}

function recordArbitrary(type: RecordType): fc.Arbitrary<Record<string, unknown>> {
  const fields = recordFields(type);
  const leaves = fields.map((f) =>
    f.optional ? fc.option(leafArbitrary(f), { nil: undefined }) : leafArbitrary(f),
  );
  return fc.tuple(...leaves).map((values) => {
    const record: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const v = values[i];
      if (v === undefined) return;
      let node = record;
      for (const key of f.segments.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      node[f.segments[f.segments.length - 1] as string] = v;
    });
    return record;
  });
}

describe('recordsToCsv', () => {
  it('writes columns in schema order with lists joined and nulls empty', () => {
    const csv = recordsToCsv('profile', [
      {
        kampungId: 'sungai-andai',
        period: '2020-01',
        pokja: { exists: true, decree: true, members: null, trained: false },
        fundingSources: ['apbd', 'selfFunded'],
        poktan: ['bkb'],
        facilities: { secretariat: true, rumahDataku: true },
        mentor: true,
        regulation: { exists: false, kinds: [] },
        dataSources: [],
        operations: ['reporting'],
        operationFrequency: { reporting: 'monthly' },
      },
    ]);
    expect(csv).toBe(
      'kampungId,period,pokja.exists,pokja.decree,pokja.members,pokja.trained,pokja.trainedMembers,fundingSources,poktan,facilities.secretariat,facilities.rumahDataku,mentor,regulation.exists,regulation.kinds,dataSources,operations,operationFrequency.planningMeeting,operationFrequency.coordinationMeeting,operationFrequency.socialisation,operationFrequency.monitoringEvaluation,operationFrequency.reporting\n' +
        'sungai-andai,2020-01,true,true,,false,,apbd;selfFunded,bkb,true,true,true,false,,,reporting,,,,,monthly\n',
    );
  });

  it('quotes cells holding the delimiter, quotes or line breaks', () => {
    const records = [{ code: '63.71', name: 'Kota "Seribu Sungai", Banjarmasin\nKalsel' }];
    expect(recordsToCsv('region', records)).toBe(
      'code,name\n63.71,"Kota ""Seribu Sungai"", Banjarmasin\nKalsel"\n',
    );
    expect(recordsToCsv('region', [{ code: '63', name: 'a;b' }], { delimiter: ';', newline: '\r\n' })).toBe(
      'code;name\r\n63;"a;b"\r\n',
    );
  });

  it('writes raw text kept by the reader back unchanged', () => {
    const { records } = recordsFromCsv('region', 'code,name\n63.7,  Kota \n', 'r.csv');
    expect(recordsToCsv('region', records)).toBe('code,name\n63.7,Kota\n');
  });

  for (const { type } of RECORD_TYPES) {
    it(`round-trips ${type} records through the reader (comma and semicolon)`, () => {
      fc.assert(
        fc.property(
          fc.array(recordArbitrary(type), { maxLength: 5 }),
          fc.constantFrom(',' as const, ';' as const),
          (records, delimiter) => {
            const csv = recordsToCsv(type, records, { delimiter });
            const read = recordsFromCsv(type, csv, `${type}.csv`);
            expect(read.issues).toEqual([]);
            expect(read.records).toEqual(records);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
