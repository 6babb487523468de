import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificationLevels } from './classificationLevels.js';
import { levelOfIndices } from './levelOfIndices.js';

describe('levelOfIndices', () => {
  it('decides the four levels with threshold 3', () => {
    expect(levelOfIndices({ input: 2.8, process: 2.67, output: 2.5 })).toBe('dasar');
    expect(levelOfIndices({ input: 3.4, process: 2.67, output: 2.5 })).toBe('dasar'); // only input
    expect(levelOfIndices({ input: 2.4, process: 2.67, output: 3.5 })).toBe('dasar'); // only output
    expect(levelOfIndices({ input: 3, process: 3, output: 2.75 })).toBe('berkembang');
    expect(levelOfIndices({ input: 3.2, process: 2.67, output: 3 })).toBe('mandiri');
    expect(levelOfIndices({ input: 2.2, process: 3.33, output: 3.25 })).toBe('mandiri');
    expect(levelOfIndices({ input: 3, process: 3, output: 3 })).toBe('berkelanjutan');
    expect(levelOfIndices({ input: 2.99, process: 4, output: 4 })).toBe('mandiri');
  });
  it('matches the portal rules as written, which are exclusive and cover every case', () => {
    const index = fc.integer({ min: 100, max: 400 }).map((n) => n / 100);
    fc.assert(
      fc.property(index, index, index, (input, process, output) => {
        const i = input >= 3;
        const p = process >= 3;
        const o = output >= 3;
        const count = Number(i) + Number(p) + Number(o);
        const rules = {
          dasar: (!i && !p && !o) || count === 1,
          berkembang: i && p && !o,
          berkelanjutan: i && p && o,
          mandiri: (i || p) && o && !(i && p),
        };
        const holding = Object.entries(rules).filter(([, holds]) => holds);
        expect(holding).toHaveLength(1);
        expect(levelOfIndices({ input, process, output })).toBe(holding[0]?.[0]);
      }),
    );
  });
  it('has bilingual labels in rank order', () => {
    expect(classificationLevels.items.map((l) => [l.code, l.rank, l.label.id, l.label.en])).toEqual([
      ['dasar', 1, 'Dasar', 'Basic'],
      ['berkembang', 2, 'Berkembang', 'Developing'],
      ['mandiri', 3, 'Mandiri', 'Self-reliant'],
      ['berkelanjutan', 4, 'Berkelanjutan', 'Sustainable'],
    ]);
  });
});
