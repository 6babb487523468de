import { describe, expect, it } from 'vitest';
import { parseProgramme } from './parseProgramme.js';

const BANJARMASIN_YAML = `# Kampung KB Kampung Baiman
name:
  id: Kampung KB Kampung Baiman
  en: Kampung KB Kampung Baiman
city:
  code: "63.71"
  name: Kota Banjarmasin
province: { code: "63", name: Kalimantan Selatan }
agency: DPPKBPM Kota Banjarmasin
brand: Kampung Baiman
startYear: 2016
synthetic: true
`;

describe('parseProgramme', () => {
  it('reads a valid YAML definition and fills the defaults', () => {
    expect(parseProgramme(BANJARMASIN_YAML, 'programme.yaml')).toEqual({
      ok: true,
      programme: {
        name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman' },
        city: { code: '63.71', name: 'Kota Banjarmasin' },
        province: { code: '63', name: 'Kalimantan Selatan' },
        agency: 'DPPKBPM Kota Banjarmasin',
        brand: 'Kampung Baiman',
        startYear: 2016,
        synthetic: true,
        defaultLang: 'id',
        publicReport: { smallCellThreshold: 5 },
      },
    });
  });

  it('reads a minimal JSON definition with a $schema and a BOM', () => {
    const text =
      '\uFEFF{"$schema":"https://kampung-kb.github.io/kampung-kb-sdk/schema/programme.schema.json",' +
      '"name":{"id":"Kampung KB Kota X","en":"Kampung KB of X City"},"city":{"code":"63.72","name":"Kota Banjarbaru"},' +
      '"defaultLang":"en","publicReport":{"smallCellThreshold":10}}';
    const r = parseProgramme(text, 'programme.json');
    expect(r).toMatchObject({
      ok: true,
      programme: {
        city: { code: '63.72' },
        defaultLang: 'en',
        synthetic: false,
        publicReport: { smallCellThreshold: 10 },
      },
    });
  });

  it('rejects a district code for the city, with the path, the line and both languages', () => {
    const r = parseProgramme(BANJARMASIN_YAML.replace('"63.71"', '"63.71.04"'), 'programme.yaml');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          ruleId: 'programme-invalid',
          code: 'programme-invalid',
          severity: 'error',
          location: { file: 'programme.yaml', line: 6, field: 'city.code' },
          values: { zodCode: 'custom' },
          message: {
            id: "'city.code': '63.71.04' adalah kode kecamatan, padahal yang diminta kode kabupaten/kota (mis. '63.71')",
            en: "'city.code': '63.71.04' is a district code, but a regency or city code is needed (e.g. '63.71')",
          },
        },
      ],
    });
  });

  it('explains an unquoted YAML code, undotted codes and a province that does not hold the city', () => {
    const unquoted = parseProgramme(BANJARMASIN_YAML.replace('"63.71"', '63.71'), 'programme.yaml');
    expect(unquoted.ok ? [] : unquoted.issues.map((i) => i.message)).toEqual([
      {
        id: '\'city.code\': Input tidak valid: diharapkan string, diterima number (tulis di antara tanda kutip, mis. "63.71")',
        en: '\'city.code\': Invalid input: expected string, received number (write it in quotes, e.g. "63.71")',
      },
    ]);
    const undotted = parseProgramme(BANJARMASIN_YAML.replace('"63.71"', '"6371"'), 'programme.yaml');
    expect(undotted.ok ? [] : undotted.issues.map((i) => i.message.en)).toEqual([
      "'city.code': Write the region code dotted: '63.71', not '6371'",
    ]);
    const elsewhere = parseProgramme(BANJARMASIN_YAML.replace('"63"', '"64"'), 'programme.yaml');
    expect(
      elsewhere.ok ? [] : elsewhere.issues.map((i) => [i.location.field, i.location.line, i.message.id]),
    ).toEqual([
      ['province.code', 8, "'province.code': Kota/kabupaten '63.71' tidak berada di provinsi '64'"],
    ]);
  });

  it('reports every problem of a JSON definition: missing, wrong type, range, enum and unknown keys', () => {
    const text = `{
  "name": { "id": "Kampung KB" },
  "city": { "code": "63.71", "name": "Kota Banjarmasin" },
  "startYear": 2010,
  "defaultLang": "jv",
  "publicReport": { "smallCellThreshold": 0 },
  "synthetic": "ya",
  "kota": "Banjarmasin"
}`;
    const r = parseProgramme(text, 'programme.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.location.field, i.location.line, i.message.id, i.message.en])).toEqual([
      [
        'name.en',
        2,
        "'name.en': Input tidak valid: diharapkan string, diterima undefined",
        "'name.en': Invalid input: expected string, received undefined",
      ],
      [
        'startYear',
        4,
        "'startYear': Terlalu kecil: diharapkan number menjadi >=2016",
        "'startYear': Too small: expected number to be >=2016",
      ],
      [
        'synthetic',
        7,
        "'synthetic': Input tidak valid: diharapkan boolean, diterima string",
        "'synthetic': Invalid input: expected boolean, received string",
      ],
      [
        'defaultLang',
        5,
        '\'defaultLang\': Pilihan tidak valid: diharapkan salah satu dari "id"|"en"',
        '\'defaultLang\': Invalid option: expected one of "id"|"en"',
      ],
      [
        'publicReport.smallCellThreshold',
        6,
        "'publicReport.smallCellThreshold': Terlalu kecil: diharapkan number menjadi >=1",
        "'publicReport.smallCellThreshold': Too small: expected number to be >=1",
      ],
      ['kota', 8, "Kunci 'kota' tidak dikenal", "Unknown key 'kota'"],
    ]);
    for (const i of r.issues) expect(i.location.file).toBe('programme.json');
  });

  it('reports syntax errors with line and column', () => {
    const json = parseProgramme('{\n  "name": {\n}', 'programme.json');
    expect(json.ok ? [] : json.issues.map((i) => [i.code, i.location.line])).toEqual([['json-invalid', 3]]);
    const yaml = parseProgramme('name:\n  id: a\n en: b\n', 'programme.yaml');
    expect(yaml.ok ? [] : yaml.issues.map((i) => [i.code, i.severity, i.location.file])).toEqual([
      ['yaml-invalid', 'error', 'programme.yaml'],
    ]);
    expect(yaml.ok ? undefined : yaml.issues[0]?.message).toEqual({
      id: "'programme.yaml' bukan YAML yang sah (baris 3, kolom 1): All mapping items must start at the same column",
      en: "'programme.yaml' is not valid YAML (line 3, column 1): All mapping items must start at the same column",
    });
  });

  it('reports a document that is not an object', () => {
    const r = parseProgramme('[]', 'programme.json');
    expect(r.ok ? [] : r.issues.map((i) => [i.location.field, i.message.en])).toEqual([
      ['', 'Invalid input: expected object, received array'],
    ]);
  });

  it('words a whole number beyond the safe range plainly (the shared zod map of @kampung-kb/rules)', () => {
    const text = JSON.stringify({
      name: { id: 'a', en: 'a' },
      city: { code: '63.71', name: 'X' },
      startYear: 1e20,
    });
    const r = parseProgramme(text, 'programme.json');
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      { id: "'startYear': bilangan bulat di luar jangkauan", en: "'startYear': whole number out of range" },
      {
        id: "'startYear': Terlalu besar: diharapkan number menjadi <=2100",
        en: "'startYear': Too big: expected number to be <=2100",
      },
    ]);
  });
});
