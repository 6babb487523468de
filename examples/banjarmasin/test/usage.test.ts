import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usage } from '../usage.js';

describe('README usage example', () => {
  it('runs on the Banjarmasin data as the README says', async () => {
    const r = await usage(join(import.meta.dirname, '..', 'data'));
    expect(r.issues).toEqual([]);
    expect(r.period).toBe('2020-12');
    expect(r.first?.name).toBe('Kampung KB Alalak Selatan');
    expect(r.first?.classification.level).toBe('berkelanjutan');
  });
});
