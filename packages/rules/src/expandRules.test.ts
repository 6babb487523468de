import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtinRules.js';
import { expandRules } from './expandRules.js';

describe('expandRules', () => {
  it('expands poktan-within-target over the poktan list, filling code, label and target', () => {
    const expanded = expandRules(builtinRules).filter((r) => r.templateId === 'poktan-within-target');
    expect(
      expanded.map((r) =>
        r.kind === 'comparison' ? `${r.id}: ${r.left.expression} <= ${r.right.expression}` : r.id,
      ),
    ).toEqual([
      'poktan-within-target.bkb: poktanParticipants.bkb <= familiesWithUnderFives',
      'poktan-within-target.bkr: poktanParticipants.bkr <= familiesWithAdolescents',
      'poktan-within-target.bkl: poktanParticipants.bkl <= familiesWithElderly',
      'poktan-within-target.uppka: poktanParticipants.uppka <= families',
      'poktan-within-target.pikr: poktanParticipants.pikr <= adolescents',
    ]);
    const pikr = expanded[4];
    expect(pikr?.name).toEqual({ id: 'Peserta PIK-R ≤ sasaran', en: 'PIK-R participants ≤ target' });
    expect(pikr?.instruction.en).toContain('its target (adolescents)');
    expect(pikr?.instruction.id).toContain('sasarannya (jumlah remaja)');
    expect(pikr?.field).toBe('poktanParticipants.pikr');
    expect(pikr?.values).toMatchObject({ poktan: "'pikr'", target: "'adolescents'" });
    expect(pikr?.item).toBe('pikr');
    expect('forEach' in (pikr ?? {})).toBe(false);
  });

  it('passes other rules through with their own id as templateId', () => {
    const expanded = expandRules(builtinRules);
    expect(expanded).toHaveLength(builtinRules.length - 1 + 5);
    expect(expanded.find((r) => r.id === 'kkbpk-balance')?.templateId).toBe('kkbpk-balance');
  });

  it('expands over the MKJP methods with language-specific labels', () => {
    const [iud, mow, , implant] = expandRules([
      {
        ...builtinRules.find((r) => r.id === 'mkjp-within-users')!,
        id: 'method-non-negative',
        forEach: { list: 'mkjpMethods' },
        name: { id: 'Peserta {label}', en: '{label} users' },
      },
    ]);
    expect(iud?.id).toBe('method-non-negative.iud');
    expect(mow?.name).toEqual({ id: 'Peserta MOW', en: 'MOW users' });
    expect(implant?.name).toEqual({ id: 'Peserta Implan', en: 'Implant users' });
  });
});
