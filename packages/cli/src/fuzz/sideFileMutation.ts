import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './dataDirModel.js';
import { aliasBomb, hostileText, yamlText } from './dataDirMutation.js';

/** A file given to the CLI beside the data directory: `--rules`, `--indicators` or `--targets`. */
export type SideFileKind = 'rules' | 'indicators' | 'targets';

/** A change to a side file, as data. */
export type SideFileMutation =
  | { readonly op: 'nested-parentheses'; readonly depth: number }
  | { readonly op: 'flat-sum'; readonly terms: number }
  | { readonly op: 'bad-expression'; readonly text: string }
  | { readonly op: 'unknown-key'; readonly key: string }
  | { readonly op: 'wrong-type'; readonly value: unknown }
  | { readonly op: 'text-field'; readonly text: string }
  | { readonly op: 'alias-bomb' }
  | { readonly op: 'bad-yaml' }
  | { readonly op: 'deep-json'; readonly depth: number }
  | { readonly op: 'garbage'; readonly bytes: Uint8Array }
  | { readonly op: 'empty' }
  | { readonly op: 'duplicate-entry' }
  | { readonly op: 'delete-entry' }
  | { readonly op: 'missing-file' };

/** A side file: its kind, whether it is written as YAML or JSON, and the changes to it. */
export interface SideFileCase {
  readonly kind: SideFileKind;
  readonly yaml: boolean;
  readonly mutations: readonly SideFileMutation[];
}

/** A city's own indicator, as in the CLI's tests: MKJP users per 100 PUS. */
const OWN_INDICATOR = {
  id: 'mkjp-per-pus',
  version: '1.0.0',
  name: { id: 'Peserta MKJP per 100 PUS', en: 'MKJP users per 100 PUS' },
  definition: { id: 'Peserta MKJP per PUS ×100', en: 'MKJP users per PUS ×100' },
  numerator: 'sum(monthly.users[mkjp])',
  denominator: 'population.pus',
  factor: 100,
  decimals: 2,
  unit: 'percent',
  standard: { body: 'city', citation: 'Kota Banjarmasin (example)' },
  regionLevels: ['kampung', 'district', 'regency'],
  periodTypes: ['month', 'quarter', 'year'],
  tags: [],
};

/** The unmutated side file of a kind, as a value (rules from examples/martapura, targets from examples/banjarmasin). */
function baseValue(kind: SideFileKind): Record<string, unknown> {
  switch (kind) {
    case 'rules':
      return parseYaml(
        readFileSync(join(REPO_ROOT, 'examples', 'martapura', 'rules.yaml'), 'utf8'),
      ) as Record<string, unknown>;
    case 'targets':
      return JSON.parse(
        readFileSync(join(REPO_ROOT, 'examples', 'banjarmasin', 'targets.json'), 'utf8'),
      ) as Record<string, unknown>;
    case 'indicators':
      return { indicators: [structuredClone(OWN_INDICATOR)] };
  }
}

/** The list of entries in a side file value (`rules`, `targets` or `indicators`). */
function entries(value: Record<string, unknown>): Record<string, unknown>[] {
  const list = value['rules'] ?? value['targets'] ?? value['indicators'];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/** Where the expression of an entry is: the field holding an expression text. */
function setExpression(entry: Record<string, unknown>, expression: string): void {
  if (typeof entry['numerator'] === 'string') entry['numerator'] = expression;
  else if (entry['left'] && typeof entry['left'] === 'object')
    (entry['left'] as Record<string, unknown>)['expression'] = expression;
  else if (typeof entry['expression'] === 'string') entry['expression'] = expression;
  else if (typeof entry['indicatorId'] === 'string') entry['value'] = expression;
}

/** The field a wrong-typed value goes into, per kind. */
const WRONG_TYPE_FIELD: Record<SideFileKind, string> = {
  rules: 'severity',
  indicators: 'decimals',
  targets: 'year',
};

/**
 * The file name and bytes of a side-file case.
 *
 * @example
 * ```ts
 * sideFileBytes({ kind: 'targets', yaml: true, mutations: [{ op: 'alias-bomb' }] }).name; // 'targets.yaml'
 * ```
 */
export function sideFileBytes(c: SideFileCase): {
  name: string;
  bytes: Uint8Array | undefined;
  log: string[];
} {
  const value = baseValue(c.kind);
  const log: string[] = [];
  let text: string | undefined;
  let bytes: Uint8Array | undefined;
  let missing = false;
  let prefixBomb = false;
  for (const m of c.mutations) {
    const list = entries(value);
    const entry = list[0];
    log.push(`${c.kind}: ${m.op}${'depth' in m ? ` ${m.depth}` : 'terms' in m ? ` ${m.terms}` : ''}`);
    switch (m.op) {
      case 'nested-parentheses':
        if (entry) setExpression(entry, `${'('.repeat(m.depth)}1${')'.repeat(m.depth)}`);
        break;
      case 'flat-sum':
        if (entry) setExpression(entry, Array.from({ length: m.terms }, () => 'users.iud').join(' + '));
        break;
      case 'bad-expression':
        if (entry) setExpression(entry, m.text);
        break;
      case 'unknown-key':
        if (entry) entry[m.key] = 'x';
        else value[m.key] = 'x';
        break;
      case 'wrong-type':
        if (entry) entry[WRONG_TYPE_FIELD[c.kind]] = m.value;
        break;
      case 'text-field':
        if (entry && c.kind === 'targets') entry['source'] = m.text;
        else if (entry) entry['name'] = { id: m.text, en: m.text };
        break;
      case 'duplicate-entry':
        if (entry) list.push(structuredClone(entry));
        break;
      case 'delete-entry':
        list.shift();
        break;
      case 'alias-bomb':
        prefixBomb = true;
        break;
      case 'bad-yaml':
        text = 'rules: [unclosed\n  - : :\n\t- x';
        break;
      case 'deep-json':
        text = `{"${c.kind === 'rules' ? 'rules' : c.kind}": ${'['.repeat(m.depth)}${']'.repeat(m.depth)}}`;
        break;
      case 'garbage':
        bytes = m.bytes;
        break;
      case 'empty':
        text = '';
        break;
      case 'missing-file':
        missing = true;
        break;
    }
  }
  const yaml = c.yaml || prefixBomb;
  const name = `${c.kind}.${yaml ? 'yaml' : 'json'}`;
  if (missing) return { name, bytes: undefined, log };
  if (bytes) return { name, bytes, log };
  let out = text ?? (yaml ? yamlText(value) : JSON.stringify(value, null, 2));
  if (prefixBomb) out = aliasBomb(out);
  return { name, bytes: new TextEncoder().encode(out), log };
}

const sideFileMutation: fc.Arbitrary<SideFileMutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(10, 200, 1000, 5000, 20_000)
      .map((depth) => ({ op: 'nested-parentheses' as const, depth })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(10, 500, 3000, 10_000).map((terms) => ({ op: 'flat-sum' as const, terms })),
  },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          'sum(',
          '1 +',
          'users[',
          'constructor',
          '__proto__.x',
          'sum(users[*]) / 0',
          '1e999',
          '"a" + 1',
          'users.iud users.mow',
          ')(',
          '-'.repeat(5000) + '1',
          '!'.repeat(3000) + 'true',
          'a'.repeat(100_000),
        ),
        hostileText,
      )
      .map((text) => ({ op: 'bad-expression' as const, text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('colour', '__proto__', 'constructor', 'Severity')
      .map((key) => ({ op: 'unknown-key' as const, key })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<unknown>('x', -1, 11, 1e308, null, [], {}, true, '2020')
      .map((value) => ({ op: 'wrong-type' as const, value })),
  },
  { weight: 1, arbitrary: hostileText.map((text) => ({ op: 'text-field' as const, text })) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<SideFileMutation>(
      { op: 'alias-bomb' },
      { op: 'bad-yaml' },
      { op: 'empty' },
      { op: 'duplicate-entry' },
      { op: 'delete-entry' },
      { op: 'missing-file' },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(100, 5000, 20_000).map((depth) => ({ op: 'deep-json' as const, depth })),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 100 })
      .map((bytes) => ({ op: 'garbage' as const, bytes })),
  },
);

/**
 * An arbitrary side file of a kind: most often one or two changes, sometimes none (the file as shipped).
 *
 * @example
 * ```ts
 * fc.sample(sideFileCase('rules'), 1);
 * ```
 */
export function sideFileCase(kind: SideFileKind): fc.Arbitrary<SideFileCase> {
  return fc.record({
    kind: fc.constant(kind),
    yaml: fc.boolean(),
    mutations: fc.array(sideFileMutation, { minLength: 0, maxLength: 2 }),
  });
}
