import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodErrorMap } from './zodErrorMap.js';

const Options = z
  .object({ period: z.string().refine((s) => /^\d{6}$/.test(s), { params: { check: 'period' } }) })
  .strict();

describe('zodErrorMap (CLI options)', () => {
  it("words an option check with the catalogue's text, in each language", () => {
    const id = Options.safeParse({ period: 'x' }, { error: zodErrorMap('id') }).error?.issues[0]?.message;
    const en = Options.safeParse({ period: 'x' }, { error: zodErrorMap('en') }).error?.issues[0]?.message;
    expect(en).toBe('not a period: 202012, 2020Q4, 2020S2, 2020 or 2020-12');
    expect(id).toBe('bukan periode: 202012, 2020Q4, 2020S2, 2020 atau 2020-12');
  });

  it("gives zod's own locale for everything else", () => {
    expect(Options.safeParse({ period: 1 }, { error: zodErrorMap('en') }).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
