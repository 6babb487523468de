import { describe, expect, it } from 'vitest';
import { loadProvinceRegions } from './loadProvinceRegions.js';
import { officialProvinces, officialRegencies } from './officialProvinces.js';

describe('the official list', () => {
  it('has 38 provinces, 514 regencies/cities and 83,762 villages (idn-area-data 4.0.1)', async () => {
    expect(officialProvinces()).toHaveLength(38);
    expect(officialRegencies()).toHaveLength(514);
    let villages = 0;
    let districts = 0;
    let regencies = 0;
    for (const p of officialProvinces()) {
      const table = await loadProvinceRegions(p.code);
      expect(table.province).toEqual(p);
      for (const r of table.all()) {
        if (r.level === 'village') villages++;
        if (r.level === 'district') districts++;
        if (r.level === 'regency') regencies++;
      }
    }
    expect(villages).toBe(83_762);
    expect(districts).toBe(7_285);
    expect(regencies).toBe(514);
  });

  it('gives Kota Banjarmasin 5 kecamatan and 52 kelurahan, no desa', async () => {
    const kalsel = await loadProvinceRegions('63');
    expect(kalsel.get('63.71')).toEqual({ code: '63.71', name: 'Kota Banjarmasin', level: 'regency' });
    const kecamatan = kalsel.children('63.71');
    expect(kecamatan.map((k) => k.name)).toEqual([
      'Banjarmasin Selatan',
      'Banjarmasin Timur',
      'Banjarmasin Barat',
      'Banjarmasin Utara',
      'Banjarmasin Tengah',
    ]);
    const villages = kecamatan.flatMap((k) => kalsel.children(k.code));
    expect(villages).toHaveLength(52);
    expect(villages.every((v) => v.level === 'village' && v.villageKind === 'kelurahan')).toBe(true);
    expect(kalsel.get('6371041010')).toEqual({
      code: '63.71.04.1010',
      name: 'Sungai Andai',
      level: 'village',
      villageKind: 'kelurahan',
    });
  });

  it('tells desa from kelurahan by the code, desa adat counting as desa', async () => {
    const kalsel = await loadProvinceRegions('63');
    const banjar = kalsel.children('63.03').flatMap((k) => kalsel.children(k.code));
    expect(banjar.filter((v) => v.villageKind === 'desa').length).toBeGreaterThan(200);
    for (const v of banjar) expect(v.villageKind).toBe(v.code.charAt(9) === '1' ? 'kelurahan' : 'desa');
    const papua = await loadProvinceRegions('91');
    expect(papua.get('91.03.01.3007')).toMatchObject({ name: 'Desa Adat Yoboi', villageKind: 'desa' });
  });

  it('loads a province once, from any code inside it, and gives an empty table for no province', async () => {
    expect(await loadProvinceRegions('64.71')).toBe(await loadProvinceRegions('64'));
    const none = await loadProvinceRegions('99');
    expect(none.province).toBeUndefined();
    expect(none.all()).toEqual([]);
    expect(none.get('99.01')).toBeUndefined();
    expect((await loadProvinceRegions('not a code')).province).toBeUndefined();
  });
});
