import type { CodeList, Label } from '@kampung-kb/model';

/** What a cell's text reads as in a code list. */
export type CodeLookup =
  | { readonly kind: 'found'; readonly code: string }
  | { readonly kind: 'ambiguous'; readonly codes: readonly string[] }
  | { readonly kind: 'none' };

/** The comparison form of a code or label: Unicode-normalised, lower case, without any whitespace. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

type Index = ReadonlyMap<string, readonly string[]>;
const indexes = new WeakMap<CodeList, { full: Index; parts: Index }>();

function add(index: Map<string, string[]>, form: string, code: string): void {
  const key = normaliseLabel(form);
  if (key === '') return;
  const codes = index.get(key) ?? [];
  if (!codes.includes(code)) codes.push(code);
  index.set(key, codes);
}

/** The parts of a label an operator may type alone: `Pesisir/nelayan` → Pesisir, nelayan; `X (DAS)` → X, DAS. */
function labelParts(label: string): string[] {
  const parts = label.split('/');
  const paren = /^(.*)\(([^()]+)\)\s*$/.exec(label);
  if (paren) parts.push(paren[1] as string, paren[2] as string);
  return parts.length > 1 ? parts : [];
}

/**
 * Every full form of every item (code, labels id and en, short form, portal id) → the codes it names, and
 * the parts of the labels (read only when no full form matches).
 */
function indexOf(list: CodeList): { full: Index; parts: Index } {
  let index = indexes.get(list);
  if (!index) {
    const full = new Map<string, string[]>();
    const parts = new Map<string, string[]>();
    for (const item of list.items) {
      const forms = [item.code, item.label.id, item.label.en, item.short, item.portalId?.toString()];
      for (const form of forms) if (form !== undefined) add(full, form, item.code);
      for (const label of [item.label.id, item.label.en]) {
        for (const part of labelParts(label)) add(parts, part, item.code);
      }
    }
    index = { full, parts };
    indexes.set(list, index);
  }
  return index;
}

/**
 * Reads one code from a cell's trimmed text: the code itself, the Indonesian or English label or short
 * form (any case, any spacing) or the portal's numeric id; failing those, a part of a label (`Pesisir` of
 * `Pesisir/nelayan`, `DAS` of `Daerah aliran sungai (DAS)`). A form naming two codes is ambiguous.
 */
export function lookupCode(list: CodeList, text: string): CodeLookup {
  if (list.items.some((i) => i.code === text)) return { kind: 'found', code: text };
  const { full, parts } = indexOf(list);
  const key = normaliseLabel(text);
  const codes = full.get(key) ?? parts.get(key);
  if (!codes) return { kind: 'none' };
  if (codes.length === 1) return { kind: 'found', code: codes[0] as string };
  return { kind: 'ambiguous', codes };
}

/** A few of a list's labels, for a message naming the accepted forms. */
export function sampleLabels(list: CodeList, lang: keyof Label, count = 3): string {
  const shown = list.items.slice(0, count).map((i) => `'${i.label[lang]}'`);
  return list.items.length > count ? `${shown.join(', ')}, …` : shown.join(', ');
}
