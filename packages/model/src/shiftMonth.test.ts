import { describe, expect, it } from 'vitest';
import { shiftMonth } from './period.js';

describe('shiftMonth', () => {
  it('steps across year ends both ways', () => {
    expect(shiftMonth('2020-01', -1)).toBe('2019-12');
    expect(shiftMonth('2020-03', -12)).toBe('2019-03');
    expect(shiftMonth('2019-12', 1)).toBe('2020-01');
  });
});
