import type { Lang } from '@kampung-kb/model';

const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };
const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

/** The plural forms of a word or phrase; `other` is required, the rest as the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** A count formatted for the language (`1.234` in Indonesian, `1,234` in English). */
export function formatCount(lang: Lang, n: number): string {
  let f = numbers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    numbers.set(lang, f);
  }
  return f.format(n);
}

/**
 * `n` and the form of a phrase `Intl.PluralRules` chooses for it in the language: `plural('en', 1,
 * { one: 'problem', other: 'problems' })` is `1 problem`. `{n}` in a form places the number; without it the
 * number comes first.
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, r);
  }
  const form = forms[r.select(n)] ?? forms.other;
  const count = formatCount(lang, n);
  return form.includes('{n}') ? form.replaceAll('{n}', count) : `${count} ${form}`;
}

/** `part` of `whole` as a whole percentage (`45 %`), `0 %` when `whole` is 0. */
export function percentOf(part: number, whole: number): string {
  return `${whole > 0 ? Math.min(100, Math.floor((part * 100) / whole)) : 0} %`;
}

/** A size in bytes as megabytes for the language (`349,7 MB` in Indonesian, `349.7 MB` in English). */
export function megabytes(lang: Lang, bytes: number): string {
  return `${formatCount(lang, Math.round(bytes / 100_000) / 10)} MB`;
}
