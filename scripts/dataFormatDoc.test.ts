import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PROGRAMME_FILE_NAMES,
  parseProgramme,
  recordsFromCsv,
  recordsFromJson,
} from '../packages/kit/src/index.ts';
import { checkRecord, RECORD_TYPES } from '../packages/model/src/index.ts';

// docs/data-format.md is the page `kkb --help` links to; what it says must hold.
const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'data-format.md'), 'utf8');

describe('docs/data-format.md', () => {
  it('names every programme file name and every record file stem', () => {
    for (const name of PROGRAMME_FILE_NAMES) expect(page).toContain(`\`${name}\``);
    for (const t of RECORD_TYPES) expect(page).toContain(`\`${t.fileStem}*.`);
  });

  it('shows a programme definition that parses', () => {
    const json = /## Programme definition\n\n```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(json).toBeDefined();
    expect(parseProgramme(json ?? '', 'programme.json')).toMatchObject({ ok: true });
  });

  it('says truly what a CSV cell may hold: labels, portal ids, undotted codes, 202012, Excel dates', () => {
    expect(page).toContain('or undotted (`6371041010`), kept dotted');
    expect(page).toContain("DHIS2's `202012`");
    const csv = (type: Parameters<typeof recordsFromCsv>[0], text: string) =>
      recordsFromCsv(type, text, 'x.csv');
    const kampung = csv(
      'kampung',
      'id,name,regionCode,designationDate,mainCriteria,areaCriteria\nk,K,6371041010,44166,1,Pesisir;DAS\n',
    );
    expect(kampung.issues).toEqual([]);
    expect(kampung.records[0]).toMatchObject({
      regionCode: '63.71.04.1010',
      designationDate: '2020-12-01',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['coastal', 'riverbank'],
    });
    for (const form of ['danaDesa', 'Dana Desa', 'Village fund (Dana Desa)', 'dana  desa', '3']) {
      expect(page).toContain(`\`${form}\``);
      const b = csv('budget', `kampungId,year,fundingSource,amount\nk,2020,${form},1\n`);
      expect(b.records[0]?.['fundingSource']).toBe('danaDesa');
    }
    expect(csv('population', 'kampungId,period\nk,202012\n').records[0]).toEqual({
      kampungId: 'k',
      period: '2020-12',
    });
  });

  it('says truly that JSON files stay strict: undotted codes and 202012 are record-shape errors there', () => {
    expect(page).toContain('Labels, undotted\ncodes or `202012` in a JSON file are `record-shape` errors');
    const read = recordsFromJson(
      'region',
      JSON.stringify([{ code: '6371041010', name: 'X' }]),
      'regions.json',
    );
    expect(read.records[0]).toEqual({ code: '6371041010', name: 'X' });
    expect(checkRecord('region', read.records[0])[0]).toMatchObject({ field: 'code', kind: 'pattern' });
    expect(checkRecord('region', { code: '63.71.04.1010', name: 'X' })).toEqual([]);
    const period = checkRecord('population', { kampungId: 'k', period: '202012' }).find(
      (p) => p.field === 'period',
    );
    expect(period?.kind).toBe('pattern');
  });
});
