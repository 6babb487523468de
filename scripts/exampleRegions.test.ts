import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every region code and name of every example city is the official Kemendagri one, read straight from the
// idn-area-data 4.0.1 CSVs (ODbL) that @kampung-kb/regions is generated from: one code, one name, nothing
// invented. Covers each examples/<city>/data/regions.csv and the regionCode of each kampung.
const root = join(import.meta.dirname, '..');
const idnArea = createRequire(join(root, 'packages', 'regions', 'package.json'));

/** The fields of one RFC 4180 CSV line (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      fields.push(value);
      i++; // the comma
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== '')
    .map(csvFields);
}

/** Official name by dotted code, every level (the name is the CSV's last column). */
const official = new Map<string, string>();
for (const file of ['provinces', 'regencies', 'districts', 'villages']) {
  const text = readFileSync(idnArea.resolve(`idn-area-data/data/${file}.csv`), 'utf8');
  for (const row of csvRows(text)) official.set(row[0] as string, row[row.length - 1] as string);
}

const cities = readdirSync(join(root, 'examples')).filter((c) =>
  existsSync(join(root, 'examples', c, 'data', 'regions.csv')),
);

describe('example region codes are the official Kemendagri codes (idn-area-data 4.0.1)', () => {
  it('reads the official list and finds the example cities', () => {
    expect(official.get('63.03')).toBe('Kabupaten Banjar');
    expect(official.get('63.03.05.2011')).toBe('Tanjung Rema');
    expect(cities).toEqual(expect.arrayContaining(['banjarmasin', 'martapura']));
  });

  for (const city of cities) {
    const dir = join(root, 'examples', city, 'data');
    it(`examples/${city}/data/regions.csv: every code exists and carries its official name`, () => {
      const rows = csvRows(readFileSync(join(dir, 'regions.csv'), 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      const wrong = rows
        .filter(([code, name]) => official.get(code as string) !== name)
        .map(([code, name]) => `${code} ${name} (official: ${official.get(code as string) ?? 'none'})`);
      expect(wrong).toEqual([]);
    });

    it(`examples/${city}/data/kampung.json: every regionCode is an official kelurahan/desa in regions.csv`, () => {
      const listed = new Set(
        csvRows(readFileSync(join(dir, 'regions.csv'), 'utf8')).map((r) => r[0] as string),
      );
      const kampung = JSON.parse(readFileSync(join(dir, 'kampung.json'), 'utf8')) as { regionCode: string }[];
      expect(kampung.length).toBeGreaterThan(0);
      for (const k of kampung) {
        expect(k.regionCode).toMatch(/^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$/);
        expect(official.has(k.regionCode), k.regionCode).toBe(true);
        expect(listed.has(k.regionCode), k.regionCode).toBe(true);
      }
    });
  }
});
