import { RECORD_TYPES } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtinRules.js';

describe('builtinRules', () => {
  it('lists the rules in reporting order with unique ids', () => {
    expect(builtinRules.map((r) => `${r.id}:${r.kind}`)).toEqual([
      'record-shape:builtin',
      'count-non-negative-integer:builtin',
      'kkbpk-balance:comparison',
      'population-missing:builtin',
      'poktan-within-target:comparison',
      'jkn-within-population:comparison',
      'mkjp-within-users:comparison',
      'cpr-within-100:comparison',
      'pus-within-population:comparison',
      'family-groups-within-families:condition',
      'intervention-after-designation:comparison',
      'intervention-spend-funding:condition',
      'intervention-output-plausible:condition',
      'region-code-level:builtin',
      'region-parent:builtin',
      'unknown-kampung:builtin',
      'duplicate-record:builtin',
      'future-date:builtin',
      'report-missing:builtin',
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
      expect(r.instruction.id && r.instruction.en).toBeTruthy();
      expect(r.description.id).not.toBe(r.description.en);
      expect(r.instruction.id).not.toBe(r.instruction.en);
      expect(types.has(r.recordType)).toBe(true);
      expect(r.regionLevels.length).toBeGreaterThan(0);
      if (r.kind === 'builtin') {
        expect(r.check).toBe(r.id);
        expect(r.codes[0]).toBe(r.id);
        for (const t of r.recordTypes) expect(types.has(t)).toBe(true);
      }
    }
    expect(builtinRules.find((r) => r.id === 'population-missing')?.severity).toBe('warning');
    expect(builtinRules.find((r) => r.id === 'intervention-after-designation')?.severity).toBe('warning');
    const parent = builtinRules.find((r) => r.id === 'region-parent');
    expect(parent?.kind === 'builtin' && parent.codes).toEqual(['region-parent', 'region-outside-city']);
    expect(builtinRules.find((r) => r.id === 'kkbpk-balance')?.source).toContain(
      'app/Http/Requests/Admin/Kkbpk/CreateRequest.php',
    );
  });

  it('states the portal invariants as expressions over the report and the population in force', () => {
    const byId = new Map(builtinRules.map((r) => [r.id, r]));
    const side = (id: string) => {
      const r = byId.get(id as never);
      return r?.kind === 'comparison'
        ? `${r.left.expression} ${r.operator} ${r.right.expression}`
        : undefined;
    };
    expect(side('kkbpk-balance')).toBe('sum(users[*]) + sum(nonUsers[*]) == pus');
    expect(side('jkn-within-population')).toBe('jknHolders <= totalPopulation');
    expect(side('poktan-within-target')).toBe('poktanParticipants.{code} <= {target}');
    expect(byId.get('poktan-within-target')?.forEach).toEqual({ list: 'poktan' });
    expect(side('mkjp-within-users')).toBe('sum(users[mkjp]) <= sum(users[*])');
    expect(side('pus-within-population')).toBe('pus <= totalPopulation');
  });
});
