import { describe, expect, it } from 'vitest';
import { displayText } from './displayText.js';

describe('displayText', () => {
  it('escapes terminal control sequences', () => {
    expect(displayText('a\u001b]0;pwned\u0007b\u009bc\u202ed', 'en')).toBe(
      'a\\x1b]0;pwned\\x07b\\x9bc\\u202ed',
    );
  });
  it('keeps ordinary text and the lines of a multi-line message', () => {
    expect(displayText('Kampung KB Sungai Andai: CPR 66,08 %\nline two', 'id')).toBe(
      'Kampung KB Sungai Andai: CPR 66,08 %\nline two',
    );
  });
  it('shortens a very long identifier, with its length in the language asked', () => {
    const shown = displayText(`kampung ${'k'.repeat(10_000_000)} unknown`, 'id');
    expect(shown.length).toBeLessThan(200);
    expect(shown).toMatch(/^kampung k+…k+ \(10\.?000\.?000 karakter\) unknown$/);
  });
});
