import { describe, expect, it } from 'vitest';
import { displayText } from './displayText.js';

describe('displayText', () => {
  it('escapes terminal control sequences', () => {
    expect(displayText('a\u001b]0;pwned\u0007b\u009bc\u202ed')).toBe('a\\x1b]0;pwned\\x07b\\x9bc\\u202ed');
  });
  it('keeps ordinary text, tabs and line feeds', () => {
    expect(displayText('Kampung KB Sungai Andai\tCPR 66,08 %\n')).toBe(
      'Kampung KB Sungai Andai\tCPR 66,08 %\n',
    );
  });
  it('shortens a very long identifier', () => {
    const long = 'k'.repeat(10_000);
    const shown = displayText(`kampung ${long} unknown`);
    expect(shown.length).toBeLessThan(200);
    expect(shown).toMatch(/^kampung k+…\(\+9904\)…k+ unknown$/);
  });
});
