import { describe, expect, it } from 'vitest';
import { lookupRegion } from './lookupRegion.js';

const names = (rs: readonly { code: string; name: string }[]) => rs.map((r) => `${r.code} ${r.name}`);

describe('lookupRegion', () => {
  it('finds a city by its bare name in any case and spacing', async () => {
    for (const q of ['balikpapan', '  BALIKPAPAN ', 'Kota Balikpapan', 'kota  balikpapan']) {
      const r = await lookupRegion(q);
      expect(r.match, q).toEqual({ code: '64.71', name: 'Kota Balikpapan', level: 'regency' });
      expect(r.ambiguous).toBe(false);
      expect(r.by).toBe('name');
    }
  });

  it('finds by code, dotted or undotted, at every level', async () => {
    expect((await lookupRegion('64.71')).match?.name).toBe('Kota Balikpapan');
    expect((await lookupRegion('6471')).match?.name).toBe('Kota Balikpapan');
    expect((await lookupRegion('63')).match?.name).toBe('Kalimantan Selatan');
    expect((await lookupRegion('637104')).match?.name).toBe('Banjarmasin Utara');
    expect((await lookupRegion('6371041010')).match).toMatchObject({
      name: 'Sungai Andai',
      villageKind: 'kelurahan',
    });
  });

  it('gives Kabupaten Banjar for Banjar, says it is ambiguous and suggests Kota Banjar and the like', async () => {
    const r = await lookupRegion('Banjar');
    expect(r.match?.code).toBe('63.03');
    expect(r.ambiguous).toBe(true);
    expect(names(r.suggestions)).toEqual([
      '32.79 Kota Banjar',
      '63.72 Kota Banjarbaru',
      '63.71 Kota Banjarmasin',
      '33.04 Kabupaten Banjarnegara',
    ]);
    expect((await lookupRegion('Kab. Banjar')).match?.code).toBe('63.03');
    expect((await lookupRegion('kabupaten banjar')).ambiguous).toBe(false);
    expect((await lookupRegion('Kota Banjar')).match?.code).toBe('32.79');
  });

  it('suggests what a misspelt name probably meant, without matching it', async () => {
    const r = await lookupRegion('Balikpapn');
    expect(r.match).toBeUndefined();
    expect(names(r.suggestions)).toEqual(['64.71 Kota Balikpapan']);
    expect((await lookupRegion('Banjarmasim')).suggestions[0]?.code).toBe('63.71');
    expect(await lookupRegion('zzzz qqqq')).toEqual({ by: 'name', suggestions: [], ambiguous: false });
  });

  it('suggests the nearest region above an unknown code and its closest children', async () => {
    const r = await lookupRegion('64.79');
    expect(r.match).toBeUndefined();
    expect(r.suggestions[0]?.code).toBe('64');
    expect(r.suggestions.map((s) => s.code)).toContain('64.71');
    const v = await lookupRegion('63.71.04.1099');
    expect(v.match).toBeUndefined();
    expect(v.suggestions[0]?.code).toBe('63.71.04');
    expect((await lookupRegion('99.01')).suggestions).toEqual([]);
  });

  it('looks for kecamatan and village names within a region', async () => {
    const r = await lookupRegion('sungai andai', { within: '63.71' });
    expect(r.match?.code).toBe('63.71.04.1010');
    expect((await lookupRegion('sungai andai')).match).toBeUndefined();
  });
});
