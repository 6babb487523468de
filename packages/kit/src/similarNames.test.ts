import { describe, expect, it } from 'vitest';
import { closestName } from './internal/closestName.js';
import { similarNames } from './similarNames.js';

const FORMATS = ['html', 'md', 'pdf', 'xlsx', 'csv'];

describe('similarNames', () => {
  it('suggests the nearest names, a swap of two neighbours counting as one edit', () => {
    expect(similarNames('pfd', FORMATS)).toEqual(['pdf']);
    expect(similarNames('xslx', FORMATS)).toEqual(['xlsx']);
    expect(similarNames('validat', ['validate', 'indicators', 'report'])).toEqual(['validate']);
    expect(similarNames('--jsno', ['--lang', '--json', '--out'])).toEqual(['--json']);
    expect(similarNames('HTLM', FORMATS)).toEqual(['html']);
  });

  it('keeps every candidate at the nearest distance, in the order given, and only those', () => {
    expect(similarNames('cs', ['csv', 'css', 'md'])).toEqual(['csv', 'css']);
    expect(similarNames('pdx', ['xlsx', 'pdf', 'pdfs'])).toEqual(['pdf']);
  });

  it('stops at 1 edit for words of up to 2 characters, else at 2, or at the limit given', () => {
    expect(similarNames('mx', FORMATS)).toEqual(['md']);
    expect(similarNames('xy', FORMATS)).toEqual([]);
    expect(similarNames('htmlxx', FORMATS)).toEqual(['html']);
    expect(similarNames('htmlxxx', FORMATS)).toEqual([]);
    expect(similarNames('htmlxxx', FORMATS, { maxDistance: 3 })).toEqual(['html']);
    expect(similarNames('pdf', FORMATS, { maxDistance: 0 })).toEqual([]);
  });

  it('suggests nothing for a known name or an empty list', () => {
    expect(similarNames('PDF', FORMATS)).toEqual([]);
    expect(similarNames('pdf', [])).toEqual([]);
  });
});

describe('closestName', () => {
  it('prefers a case-insensitive match, then a containing name, then the nearest within max(2, length/3)', () => {
    expect(closestName('KESEHATAN', ['pendidikan', 'kesehatan'])).toBe('kesehatan');
    expect(closestName('sehat', ['pendidikan', 'kesehatan'])).toBe('kesehatan');
    expect(closestName('pendidkian', ['kesehatan', 'pendidikan'])).toBe('pendidikan');
    expect(closestName('pndidkian', ['kesehatan', 'pendidikan'])).toBe('pendidikan');
    expect(closestName('zzzzzz', ['kesehatan', 'pendidikan'])).toBeUndefined();
  });
});
