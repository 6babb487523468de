import { describe, expect, it } from 'vitest';
import { change } from './change.js';

describe('change', () => {
  it('gives exact absolute and rounded relative change', () => {
    expect(change(66, 65.2)).toEqual({ absolute: 0.8, relative: 1.23 }); // 0.8 / 65.2 = 0.012269…
    expect(change(9.91, 10.6)).toEqual({ absolute: -0.69, relative: -6.51 }); // −0.0650943…
    expect(change(0.3, 0.1)).toEqual({ absolute: 0.2, relative: 200 });
    expect(change(40, 33, 1)).toEqual({ absolute: 7, relative: 21.2 }); // 0.212121…
  });
  it('keeps null apart from zero', () => {
    expect(change(5, 0)).toEqual({ absolute: 5, relative: null });
    expect(change(null, 3)).toEqual({ absolute: null, relative: null });
    expect(change(3, null)).toEqual({ absolute: null, relative: null });
    expect(change(0, 0)).toEqual({ absolute: 0, relative: null });
  });
});
