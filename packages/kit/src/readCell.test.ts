import { CODE_LISTS, type CodeList } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from './readCell.js';
import { type RecordField, recordFields } from './recordFields.js';

const field = (over: Partial<RecordField>): RecordField => ({
  path: 'x',
  segments: ['x'],
  kind: 'string',
  nullable: false,
  optional: false,
  ...over,
});
const fieldOf = (type: Parameters<typeof recordFields>[0], path: string): RecordField => {
  const f = recordFields(type).find((r) => r.path === path);
  if (!f) throw new Error(`no field ${path}`);
  return f;
};
const read = (value: unknown) => ({ ok: true, present: true, value });

/** Random upper/lower case per character and random extra spaces around and between the words. */
const oddly = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom('', ' ', '  ', '\t'),
      fc.constantFrom('', ' ', '   '),
      fc.constantFrom(' ', '  '),
    )
    .map(([upper, before, after, gap]) => {
      const cased = [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
      return `${before}${cased.split(' ').join(gap)}${after}`;
    });

const lists = [...CODE_LISTS.values()];

describe('readCell: code fields', () => {
  it('reads the code, both labels, the short form and the portal id of every item of every list, in any case and spacing', () => {
    const item = fc
      .constantFrom(...lists)
      .chain((list) => fc.record({ list: fc.constant(list), item: fc.constantFrom(...list.items) }));
    fc.assert(
      fc.property(
        item.chain(({ list, item }) => {
          const forms = [item.code, item.label.id, item.label.en, item.short ?? item.label.id];
          if (item.portalId !== undefined) forms.push(String(item.portalId));
          return fc.record({
            list: fc.constant(list),
            code: fc.constant(item.code),
            portalId: fc.constant(item.portalId),
            text: fc.constantFrom(...forms).chain(oddly),
          });
        }),
        ({ list, code, portalId, text }) => {
          const single = field({ codeList: list });
          expect(readCell(single, text)).toEqual(read(code));
          if (portalId !== undefined) expect(readCell(single, portalId)).toEqual(read(code));
          const many = field({ kind: 'array', codeList: list });
          expect(readCell(many, `${text};${code}`)).toEqual(read([code, code]));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads every exact form of every item (no two items of a list share a form)', () => {
    for (const list of lists) {
      const f = field({ codeList: list });
      for (const item of list.items) {
        for (const form of [item.code, item.label.id, item.label.en, item.short, item.portalId]) {
          if (form === undefined) continue;
          expect(readCell(f, form), `${list.id} ${String(form)}`).toEqual(read(item.code));
        }
      }
    }
  });

  it('reads Indonesian labels in a list cell, including labels holding commas', () => {
    const areas = fieldOf('kampung', 'areaCriteria');
    const riverbank = CODE_LISTS.get('area-criteria')?.items.find((i) => i.code === 'riverbank');
    expect(riverbank).toBeDefined();
    expect(readCell(areas, ` ${riverbank?.label.id.toUpperCase()} `)).toEqual(read(['riverbank']));
    expect(readCell(areas, 'Pesisir; DAS')).toEqual(read(['coastal', 'riverbank']));
    const funding = fieldOf('profile', 'fundingSources');
    expect(readCell(funding, 'Dana Desa; apbd ;6')).toEqual(read(['danaDesa', 'apbd', 'selfFunded']));
    expect(readCell(funding, 'APBD, Swadaya')).toEqual(read(['apbd', 'selfFunded']));
    const regulations = fieldOf('profile', 'regulation.kinds');
    const withComma = regulations.codeList?.items.find((i) => i.label.en.includes(','));
    expect(withComma).toBeDefined();
    expect(readCell(regulations, withComma?.label.en ?? '')).toEqual(read([withComma?.code]));
  });

  it('rejects an unknown code, naming the list and a few labels in id and en', () => {
    const r = readCell(fieldOf('budget', 'fundingSource'), 'Bank Dunia');
    expect(r).toMatchObject({ ok: false, raw: 'Bank Dunia' });
    if (r.ok) return;
    expect(r.expected.id).toContain("'Sumber dana'");
    expect(r.expected.id).toContain("'APBN'");
    expect(r.expected.en).toContain("'National budget (APBN)'");
    expect(r.expected.en).toContain('portal number');
    expect(readCell(fieldOf('budget', 'fundingSource'), 99)).toMatchObject({ ok: false, raw: '99' });
  });

  it('rejects a label naming two codes, listing them', () => {
    const list: CodeList = {
      id: 'twins',
      version: '1',
      label: { id: 'Kembar', en: 'Twins' },
      source: 'test',
      items: [
        { code: 'a', label: { id: 'Sama', en: 'Alpha' } },
        { code: 'b', label: { id: 'Beta', en: 'Sama' } },
      ],
    };
    expect(readCell(field({ codeList: list }), 'sama')).toMatchObject({ ok: false, ambiguous: ['a', 'b'] });
    expect(readCell(field({ kind: 'array', codeList: list }), 'a; SAMA')).toMatchObject({
      ok: false,
      ambiguous: ['a', 'b'],
    });
    expect(readCell(field({ codeList: list }), 'b')).toEqual(read('b'));
  });
});

describe('readCell: regions, months and dates', () => {
  const dotted = fc
    .tuple(
      fc.integer({ min: 11, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1000, max: 3999 }),
      fc.integer({ min: 1, max: 4 }),
    )
    .map(([p, k, c, d, depth]) =>
      [String(p), String(k).padStart(2, '0'), String(c).padStart(2, '0'), String(d)]
        .slice(0, depth)
        .join('.'),
    );

  it('reads undotted region codes (text or number) as the dotted code, and dotted ones unchanged', () => {
    const f = fieldOf('kampung', 'regionCode');
    fc.assert(
      fc.property(dotted, (code) => {
        const undotted = code.replaceAll('.', '');
        expect(readCell(f, code)).toEqual(read(code));
        expect(readCell(f, ` ${undotted} `)).toEqual(read(code));
        expect(readCell(f, Number(undotted))).toEqual(read(code));
      }),
    );
    const bad = readCell(f, '63.7.1');
    expect(bad).toMatchObject({ ok: false, raw: '63.7.1' });
    if (!bad.ok) expect(bad.expected.en).toContain('6371041010');
  });

  it('reads months as 2020-12, 202012 (text or number) or a date cell', () => {
    const f = fieldOf('monthly', 'period');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        expect(readCell(f, month)).toEqual(read(month));
        expect(readCell(f, month.replace('-', ''))).toEqual(read(month));
        expect(readCell(f, Number(month.replace('-', '')))).toEqual(read(month));
        expect(readCell(f, new Date(Date.UTC(y, m - 1, 15)))).toEqual(read(month));
      }),
    );
    expect(readCell(f, '2020-13')).toMatchObject({ ok: false });
    expect(readCell(f, '202013')).toMatchObject({ ok: false });
  });

  it('reads dates as YYYY-MM-DD, a Date (its UTC day) or an Excel serial day number', () => {
    const f = fieldOf('kampung', 'designationDate');
    const epoch = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-03-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const midnight = Date.parse(`${day}T00:00:00Z`);
          const serial = (midnight - epoch) / 86_400_000;
          expect(readCell(f, day)).toEqual(read(day));
          expect(readCell(f, d)).toEqual(read(day));
          expect(readCell(f, serial)).toEqual(read(day));
          expect(readCell(f, serial + 0.75)).toEqual(read(day));
          expect(readCell(f, String(serial))).toEqual(read(day));
        },
      ),
    );
    expect(readCell(f, 44166)).toEqual(read('2020-12-01'));
    expect(readCell(f, '05/12/2020')).toMatchObject({ ok: false });
    expect(readCell(f, new Date(Number.NaN))).toMatchObject({ ok: false });
    expect(readCell(f, -3)).toMatchObject({ ok: false });
  });
});

describe('readCell: numbers, yes/no and empty cells as a workbook gives them', () => {
  it('reads numeric and boolean cells', () => {
    const iud = fieldOf('monthly', 'users.iud');
    expect(readCell(iud, 12)).toEqual(read(12));
    expect(readCell(iud, ' 12 ')).toEqual(read(12));
    expect(readCell(iud, 12.5)).toMatchObject({ ok: false, raw: '12.5' });
    expect(readCell(iud, Number.NaN)).toMatchObject({ ok: false });
    const exists = fieldOf('profile', 'pokja.exists');
    expect(readCell(exists, true)).toEqual(read(true));
    expect(readCell(exists, 'Ya')).toEqual(read(true));
    expect(readCell(exists, 0)).toEqual(read(false));
    expect(readCell(fieldOf('monthly', 'kampungId'), 12)).toEqual(read('12'));
  });

  it('reads an empty cell by the field: absent, null or an empty list', () => {
    for (const empty of [null, undefined, '', '  ']) {
      expect(readCell(fieldOf('profile', 'pokja.members'), empty)).toEqual(read(null));
      expect(readCell(fieldOf('profile', 'pokja.trainedMembers'), empty)).toEqual({
        ok: true,
        present: false,
      });
      expect(readCell(fieldOf('profile', 'fundingSources'), empty)).toEqual(read([]));
      expect(readCell(fieldOf('monthly', 'period'), empty)).toEqual({ ok: true, present: false });
    }
  });
});
