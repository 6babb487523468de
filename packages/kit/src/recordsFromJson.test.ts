import { describe, expect, it } from 'vitest';
import { recordsFromJson } from './recordsFromJson.js';

describe('recordsFromJson', () => {
  it('reads an array of records with their indexes, as written', () => {
    const text =
      '\uFEFF[{"code":"63.71","name":"Kota Banjarmasin"},{"code":"63.71.04","name":"Banjarmasin Utara","x":1}]';
    expect(recordsFromJson('region', text, 'regions.json')).toEqual({
      records: [
        { code: '63.71', name: 'Kota Banjarmasin' },
        { code: '63.71.04', name: 'Banjarmasin Utara', x: 1 },
      ],
      sources: [
        { file: 'regions.json', index: 0 },
        { file: 'regions.json', index: 1 },
      ],
      issues: [],
    });
  });

  it('reads { "records": [...] }', () => {
    const r = recordsFromJson('region', '{"records":[{"code":"63"}]}', 'regions.json');
    expect(r.records).toEqual([{ code: '63' }]);
    expect(r.issues).toEqual([]);
  });

  it('reports invalid JSON with line and column', () => {
    const r = recordsFromJson('region', '[\n  {"code": "63.71",}\n]', 'regions.json');
    expect(r.records).toEqual([]);
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0]!;
    expect(issue).toMatchObject({
      ruleId: 'json-invalid',
      code: 'json-invalid',
      severity: 'error',
      location: { recordType: 'region', file: 'regions.json', line: 2 },
      values: { line: 2, column: 20 },
    });
    expect(issue.message.id).toMatch(/^'regions\.json' bukan JSON yang sah \(baris 2, kolom 20\): /);
    expect(issue.message.en).toMatch(/^'regions\.json' is not valid JSON \(line 2, column 20\): /);
  });

  it('places a truncated file at its end', () => {
    const r = recordsFromJson('region', '[\n{"code": "63"', 'regions.json');
    expect(r.issues[0]?.values).toEqual({ line: 2, column: 14 });
  });

  it('reports a wrong shape and items that are not objects', () => {
    expect(recordsFromJson('region', '{"data": []}', 'r.json').issues.map((i) => i.code)).toEqual([
      'json-shape',
    ]);
    const r = recordsFromJson('region', '[{"code":"63"}, 42, null, ["x"]]', 'r.json');
    expect(r.records).toEqual([{ code: '63' }]);
    expect(r.issues.map((i) => [i.code, i.location.index, i.values['got']])).toEqual([
      ['json-record-invalid', 1, 'number'],
      ['json-record-invalid', 2, 'null'],
      ['json-record-invalid', 3, 'array'],
    ]);
    expect(r.issues[0]?.message).toEqual({
      id: "Butir ke-1 di 'r.json' bukan objek data (melainkan number); tidak dibaca",
      en: "Item 1 of 'r.json' is not a record object (it is number); not read",
    });
  });

  it('refuses a text nested deeper than the limit with the position of the first bracket too deep', () => {
    // 10 KB nested 5,000 deep: once a stack overflow further on.
    const deep = `[${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]`;
    const r = recordsFromJson('region', deep, 'regions.json');
    expect(r.records).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'json-too-deep',
      severity: 'error',
      location: { recordType: 'region', file: 'regions.json', line: 1 },
      values: { line: 1, column: 1 + 1 + 63 * 5, maxDepth: 64 },
    });
    expect(r.issues[0]?.message.en).toBe(
      "'regions.json' nests deeper than 64 levels (line 1, column 317); the file was not read",
    );
    expect(r.issues[0]?.message.id).toBe(
      "'regions.json' bersarang lebih dari 64 tingkat (baris 1, kolom 317); berkas tidak dibaca",
    );
  });

  it('accepts exactly the limit, ignores brackets inside strings and honours a smaller limit', () => {
    const at = (depth: number) => `${'['.repeat(depth - 1)}{"code":"[[{\\"{"}${']'.repeat(depth - 1)}`;
    expect(recordsFromJson('region', at(64), 'r.json').issues.map((i) => i.code)).toEqual([
      'json-record-invalid',
    ]);
    expect(recordsFromJson('region', at(65), 'r.json').issues.map((i) => i.code)).toEqual(['json-too-deep']);
    const nested = '[\n  {"code": "63", "x": {"y": [1]}}\n]';
    expect(recordsFromJson('region', nested, 'r.json').records).toHaveLength(1);
    const r = recordsFromJson('region', nested, 'r.json', { maxDepth: 3 });
    expect(r.issues.map((i) => [i.code, i.values])).toEqual([
      ['json-too-deep', { line: 2, column: 29, maxDepth: 3 }],
    ]);
  });
});
