import { RECORD_TYPES } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtinRules.js';

describe('builtinRules', () => {
  it('lists the rules in reporting order with unique ids', () => {
    expect(builtinRules.map((r) => r.id)).toEqual([
      'record-shape',
      'count-non-negative-integer',
      'kkbpk-balance',
      'population-missing',
      'poktan-within-target',
      'jkn-within-population',
      'region-code-level',
      'region-parent',
      'unknown-kampung',
      'duplicate-record',
      'future-date',
    ]);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(builtinRules))).toEqual(builtinRules);
  });

  it('has complete bilingual metadata, a source and known record types', () => {
    const types = new Set(RECORD_TYPES.map((t) => t.type));
    for (const r of builtinRules) {
      expect(r.version).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.name.id && r.name.en && r.description.id && r.description.en && r.source).toBeTruthy();
      expect(r.description.id).not.toBe(r.description.en);
      expect(r.recordTypes.length).toBeGreaterThan(0);
      for (const t of r.recordTypes) expect(types.has(t)).toBe(true);
      expect(r.codes[0]).toBe(r.id);
    }
    expect(builtinRules.find((r) => r.id === 'population-missing')?.severity).toBe('warning');
    expect(builtinRules.find((r) => r.id === 'region-parent')?.codes).toEqual([
      'region-parent',
      'region-outside-city',
    ]);
    expect(builtinRules.find((r) => r.id === 'kkbpk-balance')?.source).toContain(
      'app/Http/Requests/Admin/Kkbpk/CreateRequest.php',
    );
  });
});
