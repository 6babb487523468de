import { checkRecord } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { recordsFromCsv } from './recordsFromCsv.js';

const PROFILE_HEADER =
  'kampungId,period,pokja.exists,pokja.decree,pokja.members,pokja.trained,pokja.trainedMembers,fundingSources,poktan,facilities.secretariat,facilities.rumahDataku,mentor,regulation.exists,regulation.kinds,dataSources,operations';

describe('recordsFromCsv', () => {
  it('coerces integers, booleans, code lists, nullable and optional fields by the schema', () => {
    const text = [
      PROFILE_HEADER,
      ' sungai-andai ,2020-01,YA,tidak,,True,,apbd;selfFunded,"bkb; bkr",1,0,yes,No,,pk,planningMeeting',
      'alalak-tengah,2020-01,false,FALSE,17,true,5,,,true,true,false,true,villageHead,,',
    ].join('\n');
    const { records, sources, issues } = recordsFromCsv('profile', text, 'profiles.csv');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        kampungId: 'sungai-andai',
        period: '2020-01',
        pokja: { exists: true, decree: false, members: null, trained: true },
        fundingSources: ['apbd', 'selfFunded'],
        poktan: ['bkb', 'bkr'],
        facilities: { secretariat: true, rumahDataku: false },
        mentor: true,
        regulation: { exists: false, kinds: [] },
        dataSources: ['pk'],
        operations: ['planningMeeting'],
      },
      {
        kampungId: 'alalak-tengah',
        period: '2020-01',
        pokja: { exists: false, decree: false, members: 17, trained: true, trainedMembers: 5 },
        fundingSources: [],
        poktan: [],
        facilities: { secretariat: true, rumahDataku: true },
        mentor: false,
        regulation: { exists: true, kinds: ['villageHead'] },
        dataSources: [],
        operations: [],
      },
    ]);
    expect(sources).toEqual([
      { file: 'profiles.csv', line: 2 },
      { file: 'profiles.csv', line: 3 },
    ]);
    for (const r of records) expect(checkRecord('profile', r)).toEqual([]);
  });

  it('reads negative integers (for the schema to reject) and leaves out empty optional fields', () => {
    const text =
      'kampungId;period;users.iud;users.mow;users.mop;users.implant;users.injectable;users.pill;users.condom;users.mal;nonUsers.pregnant;nonUsers.ias;nonUsers.iat;nonUsers.tial;poktanParticipants.bkb;poktanParticipants.bkr;poktanParticipants.bkl;poktanParticipants.uppka;poktanParticipants.pikr;jknHolders\n' +
      'sungai-andai;2020-03;12;6;1;30;80;35;-6;;10;20;30;30;40;30;25;20;35;1200\n';
    const { records, issues } = recordsFromCsv('monthly', text, 'monthly-2020.csv');
    expect(issues).toEqual([]);
    expect(records[0]).toEqual({
      kampungId: 'sungai-andai',
      period: '2020-03',
      users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: -6 },
      nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
      poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
      jknHolders: 1200,
    });
  });

  it('reads what an operator types: Indonesian labels, portal ids, undotted codes, 202012', () => {
    const kampung =
      'id;name;regionCode;designationDate;mainCriteria;areaCriteria\n' +
      'sungai-andai;Kampung KB Sungai Biuku;6371041010;2016-11-10;1;"Pesisir/nelayan; kumuh"\n';
    const k = recordsFromCsv('kampung', kampung, 'kampung.csv');
    expect(k.issues).toEqual([]);
    expect(k.records[0]).toMatchObject({
      regionCode: '63.71.04.1010',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['coastal', 'slum'],
    });
    const budget =
      'kampungId,year,fundingSource,amount\nsungai-andai,2020,dana desa,1000\nsungai-andai,2020,Bank,5\n';
    const b = recordsFromCsv('budget', budget, 'budgets.csv');
    expect(b.records.map((r) => r['fundingSource'])).toEqual(['danaDesa', 'Bank']);
    expect(b.issues.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['cell-invalid', 3, 'fundingSource'],
    ]);
    expect(b.issues[0]?.message.id).toContain("'Dana Desa'");
    expect(b.issues[0]?.message.en).toContain('Indonesian or English label');
    const m = recordsFromCsv(
      'monthly',
      'kampungId,period,jknHolders\nsungai-andai,202012,5\n',
      'monthly.csv',
    );
    expect(m.records[0]).toEqual({ kampungId: 'sungai-andai', period: '2020-12', jknHolders: 5 });
  });

  it('reports unreadable cells with line, field and raw value, and keeps the raw text', () => {
    const text =
      'kampungId;period;jknHolders;users.iud;users.pill\nsungai-andai;2020-03;1.234;"12,5";banyak\n';
    const { records, issues } = recordsFromCsv('monthly', text, 'monthly.csv');
    expect(records[0]).toMatchObject({ jknHolders: '1.234', users: { iud: '12,5', pill: 'banyak' } });
    expect(
      issues.map((i) => [i.code, i.severity, i.location.field, i.location.line, i.values['value']]),
    ).toEqual([
      ['cell-invalid', 'error', 'jknHolders', 2, '1.234'],
      ['cell-invalid', 'error', 'users.iud', 2, '12,5'],
      ['cell-invalid', 'error', 'users.pill', 2, 'banyak'],
    ]);
    expect(issues[0]?.location).toEqual({
      recordType: 'monthly',
      kampungId: 'sungai-andai',
      period: '2020-03',
      file: 'monthly.csv',
      line: 2,
      field: 'jknHolders',
    });
    expect(issues[0]?.message).toEqual({
      id: "Sel 'jknHolders' di baris 2 berisi '1.234', padahal harus bilangan bulat tanpa titik ribuan atau koma desimal (mis. 1234)",
      en: "Cell 'jknHolders' on line 2 holds '1.234' but must be a whole number without thousands separators or decimals (e.g. 1234)",
    });
    // The schema check still sees the raw text.
    expect(checkRecord('monthly', records[0]).some((p) => p.field === 'jknHolders')).toBe(true);
  });

  it('rejects words that are not booleans and masks identifiers in echoed values', () => {
    const text = 'code,name\n63.71,Kota Banjarmasin\n';
    expect(recordsFromCsv('region', text, 'regions.csv').issues).toEqual([]);
    const k =
      'id,name,regionCode,designationDate,mainCriteria,areaCriteria,model.regency,model.province\n' +
      'sa,Kampung KB,63.71.04.1010,2016-11-10,,riverbank,mungkin,6371041234567890\n';
    const { records, issues } = recordsFromCsv('kampung', k, 'kampung.csv');
    expect(records[0]).toMatchObject({ model: { regency: 'mungkin', province: '6371041234567890' } });
    expect(issues.map((i) => i.values['value'])).toEqual(['mungkin', '************7890']);
    expect(JSON.stringify(issues)).not.toContain('6371041234567890');
    expect(issues[1]?.message.en).toBe(
      "Cell 'model.province' on line 2 holds '************7890' but must be yes/no (also true/false, ya/tidak, 1/0)",
    );
  });

  it('reads scope lists and leaves optional objects out when their cells are empty', () => {
    const k =
      'id,name,regionCode,designationDate,mainCriteria,areaCriteria,scope.rt,scope.rw,branding\n' +
      'sa,Kampung KB Sungai Biuku,63.71.04.1010,2016-11-10,lowKbParticipation,riverbank,02;04,,Kampung Baiman\n' +
      'ab,Kampung KB Alalak,63.71.04.1001,2018-06-01,,,,,\n';
    const { records, issues } = recordsFromCsv('kampung', k, 'kampung.csv');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        id: 'sa',
        name: 'Kampung KB Sungai Biuku',
        regionCode: '63.71.04.1010',
        designationDate: '2016-11-10',
        mainCriteria: ['lowKbParticipation'],
        areaCriteria: ['riverbank'],
        scope: { rt: ['02', '04'] },
        branding: 'Kampung Baiman',
      },
      {
        id: 'ab',
        name: 'Kampung KB Alalak',
        regionCode: '63.71.04.1001',
        designationDate: '2018-06-01',
        mainCriteria: [],
        areaCriteria: [],
      },
    ]);
  });

  it('reports unknown and repeated columns once and does not read them', () => {
    const { records, issues } = recordsFromCsv(
      'region',
      'code,name,nama,code\n63.71,Kota Banjarmasin,x,63.72\n',
      'regions.csv',
    );
    expect(records).toEqual([{ code: '63.71', name: 'Kota Banjarmasin' }]);
    expect(issues).toEqual([
      {
        ruleId: 'csv-unknown-column',
        code: 'csv-unknown-column',
        severity: 'error',
        location: { recordType: 'region', file: 'regions.csv', line: 1, field: 'nama' },
        values: { column: 'nama', columnNumber: 3 },
        message: {
          id: "Kolom 'nama' (kolom ke-3) di 'regions.csv' tidak dikenal untuk data ini; isinya tidak dibaca",
          en: "Column 'nama' (column 3) of 'regions.csv' is not a field of this record type; its cells are not read",
        },
      },
      expect.objectContaining({
        code: 'csv-duplicate-column',
        location: { recordType: 'region', file: 'regions.csv', line: 1, field: 'code' },
      }),
    ]);
  });

  it('reports short and long rows by line and still reads them', () => {
    const text = 'code,name\n63.71\n"63.72","Kota\nBanjarbaru",extra\n63.03,Kabupaten Banjar\n';
    const { records, sources, issues } = recordsFromCsv('region', text, 'regions.csv');
    expect(records).toEqual([
      { code: '63.71' },
      { code: '63.72', name: 'Kota\nBanjarbaru' },
      { code: '63.03', name: 'Kabupaten Banjar' },
    ]);
    expect(sources.map((s) => s.line)).toEqual([2, 3, 5]);
    expect(issues.map((i) => [i.code, i.location.line, i.values])).toEqual([
      ['csv-row-length', 2, { expected: 2, actual: 1 }],
      ['csv-row-length', 3, { expected: 2, actual: 3 }],
    ]);
    expect(issues[0]?.message).toEqual({
      id: 'Baris 2 berisi 1 sel, padahal judul kolom ada 2; sel yang kurang dianggap kosong',
      en: 'Line 2 has 1 cell but the header has 2; the missing cells count as empty',
    });
    expect(issues[0]?.location.recordId).toBe('63.71');
  });

  it('skips rows of empty cells, warns on an empty file and reports an unclosed quote', () => {
    expect(recordsFromCsv('region', 'code;name\n;;\n63.71;Kota\n', 'r.csv').records).toEqual([
      { code: '63.71', name: 'Kota' },
    ]);
    expect(recordsFromCsv('region', '', 'r.csv').issues.map((i) => [i.code, i.severity])).toEqual([
      ['csv-empty', 'warning'],
    ]);
    const r = recordsFromCsv('region', 'code,name\n63.71,"Kota\n', 'r.csv');
    expect(r.issues.map((i) => [i.code, i.location.line])).toEqual([['csv-unclosed-quote', 2]]);
    expect(r.records).toEqual([{ code: '63.71', name: 'Kota' }]);
  });
});
