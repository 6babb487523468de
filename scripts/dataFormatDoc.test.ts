import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_FILE_NAMES, parseProgramme } from '../packages/kit/src/index.ts';
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

  it('says truly that undotted region codes and DHIS2 months are record-shape errors in files', () => {
    expect(page).toContain('`6371041010`)\n  is a `record-shape` error');
    expect(page).toContain("DHIS2's `202012` too) is a\n  `record-shape` error");
    expect(checkRecord('region', { code: '6371041010', name: 'X' })[0]).toMatchObject({
      field: 'code',
      kind: 'pattern',
    });
    expect(checkRecord('region', { code: '63.71.04.1010', name: 'X' })).toEqual([]);
    const period = checkRecord('population', { kampungId: 'k', period: '202012' }).find(
      (p) => p.field === 'period',
    );
    expect(period?.kind).toBe('pattern');
  });
});
