import { describe, expect, it } from 'vitest';
import { programmeJsonSchema } from './programmeJsonSchema.js';

describe('programmeJsonSchema', () => {
  it('describes the hand-written file: required keys, patterns, defaults optional, no extra keys', () => {
    const s = programmeJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, Record<string, unknown>>;
    };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe('https://kampung-kb.github.io/kampung-kb-sdk/schema/programme.schema.json');
    expect(s.title).toBe('Kampung KB programme definition');
    expect(s.required).toEqual(['name', 'city']);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual([
      '$schema',
      'name',
      'city',
      'province',
      'agency',
      'brand',
      'startYear',
      'synthetic',
      'defaultLang',
      'publicReport',
      'readiness',
      'siteSelection',
    ]);
    const city = s.properties['city'] as { properties: Record<string, Record<string, unknown>> };
    expect(city.properties['code']).toMatchObject({ type: 'string', pattern: '^[1-9][0-9]\\.[0-9]{2}$' });
    expect(s.properties['startYear']).toMatchObject({ type: 'integer', minimum: 2016, maximum: 2100 });
    expect(s.properties['defaultLang']).toMatchObject({ enum: ['id', 'en'], default: 'id' });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
