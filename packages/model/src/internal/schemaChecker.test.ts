import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordType } from '../issue.js';
import { problemsOf } from '../recordCheck.js';
import { recordTypeInfo } from '../recordTypes.js';
import { schemaChecker } from './schemaChecker.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const data = join(root, 'examples', 'banjarmasin', 'data');
const json = (file: string) =>
  JSON.parse(readFileSync(join(data, file), 'utf8')) as Record<string, unknown>[];

const monthly = {
  kampungId: 'sungai-andai',
  period: '2020-12',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};
const samples: [RecordType, Record<string, unknown>][] = [
  ['monthly', monthly],
  ['kampung', json('kampung.json')[0] as Record<string, unknown>],
  ['profile', json('profiles.json')[0] as Record<string, unknown>],
  ['region', { code: '63.71.04.1010', name: 'Sungai Andai' }],
];

/** A value that may break a field: wrong types, negatives, fractions, bad strings, nesting. */
const anyValue = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(null, undefined, true, '63.7', '2020-13', 'health', ''),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('iud', 'mow', 'x', 'exists'), fc.oneof(fc.integer(), fc.string()), {
    maxKeys: 3,
  }),
);

/** Sets the value at a dotted path of a copy of `record` (`undefined` removes the key). */
function mutate(record: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(record);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

function paths(record: Record<string, unknown>, prefix: string[] = []): string[][] {
  const out: string[][] = [[...prefix, 'extraField']];
  for (const [k, v] of Object.entries(record)) {
    out.push([...prefix, k]);
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      out.push(...paths(v as Record<string, unknown>, [...prefix, k]));
  }
  return out;
}

describe('schemaChecker: compiled and interpreted checks agree', () => {
  it.each(samples)('gives identical problems for mutated %s records', (type, sample) => {
    const schema = recordTypeInfo(type).schema;
    const compiled = schemaChecker(schema, 'compiled');
    const interpreted = schemaChecker(schema, 'interpreted');
    expect([compiled.mode, interpreted.mode]).toEqual(['compiled', 'interpreted']);
    const edits = fc.array(fc.tuple(fc.constantFrom(...paths(sample)), anyValue), {
      minLength: 0,
      maxLength: 3,
    });
    fc.assert(
      fc.property(edits, (list) => {
        const record = list.reduce((r, [path, value]) => mutate(r, path, value), sample);
        expect(interpreted.check(record)).toBe(compiled.check(record));
        expect(problemsOf(interpreted, record)).toEqual(problemsOf(compiled, record));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on values that are not records at all', () => {
    const schema = recordTypeInfo('monthly').schema;
    const compiled = schemaChecker(schema, 'compiled');
    const interpreted = schemaChecker(schema, 'interpreted');
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(problemsOf(interpreted, value)).toEqual(problemsOf(compiled, value));
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to the interpreter when code generation is refused, with checkRecord's results unchanged", () => {
    // A real refusal, not a stub: Node's --disallow-code-generation-from-strings makes `new Function`
    // throw an EvalError, as a browser does under `Content-Security-Policy: script-src 'self'`.
    const script = [
      "import { checkRecord, recordCheckMode } from '@kampung-kb/model';",
      `const monthly = ${JSON.stringify(monthly)};`,
      "const out = { mode: recordCheckMode('monthly'), valid: checkRecord('monthly', monthly),",
      "  invalid: checkRecord('monthly', { ...monthly, period: '2020-13', users: { ...monthly.users, iud: -1, pill: 2.5 } }),",
      "  region: checkRecord('region', { code: '63.7', name: '' }) };",
      'console.log(JSON.stringify(out));',
    ].join('\n');
    const run = (flags: string[]) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            ...flags,
            '--conditions=@kampung-kb/source',
            '--import',
            'tsx',
            '--input-type=module',
            '-e',
            script,
          ],
          { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' },
        ),
      ) as { mode: string; valid: unknown[]; invalid: unknown[]; region: unknown[] };
    const normal = run([]);
    const refused = run(['--disallow-code-generation-from-strings']);
    expect(normal.mode).toBe('compiled');
    expect(refused.mode).toBe('interpreted');
    expect(refused.valid).toEqual([]);
    expect(refused.invalid.length).toBeGreaterThanOrEqual(3);
    expect({ ...refused, mode: '' }).toEqual({ ...normal, mode: '' });
  });
});
