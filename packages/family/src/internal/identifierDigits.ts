/** Separators people type between the digit groups of an NIK or KK number: spaces, dots, hyphens, slashes. */
const SEPARATORS = /[\s.\-_/\u00a0\u2009\u202f]/g;

/**
 * The 16 digits of an NIK or KK number as typed (separators between digit groups allowed), or `undefined`
 * when the text is not exactly 16 digits.
 */
export function identifierDigits(text: string): string | undefined {
  const digits = text.replace(SEPARATORS, '');
  return /^[0-9]{16}$/.test(digits) ? digits : undefined;
}

/**
 * A form of an identifier cell that is safe to show: every digit but the last four replaced by `*` (so
 * also a 15- or 17-digit typo is never echoed), other characters kept, cut to 40 characters.
 */
export function maskedIdentifier(text: string): string {
  const trimmed = text.trim().slice(0, 40);
  let digitsLeft = 0;
  for (const c of trimmed) if (c >= '0' && c <= '9') digitsLeft++;
  let out = '';
  for (const c of trimmed) {
    if (c >= '0' && c <= '9') {
      out += digitsLeft > 4 ? '*' : c;
      digitsLeft--;
    } else out += c;
  }
  return out;
}
