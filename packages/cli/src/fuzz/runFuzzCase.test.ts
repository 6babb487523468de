import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneModel, loadExample, serializeFile, subsample } from './dataDirModel.js';
import { applyByteMutations, applyMutation, dataDirMutation } from './dataDirMutation.js';
import type { FuzzCase } from './fuzzCase.js';
import { crashViolations } from './fuzzChecks.js';
import { runFuzzCase } from './runFuzzCase.js';
import { sideFileBytes, sideFileCase } from './sideFileMutation.js';

const side = (kind: 'rules' | 'indicators' | 'targets') => ({ kind, yaml: kind === 'rules', mutations: [] });
const plain: FuzzCase = {
  example: 'banjarmasin',
  sample: { kampung: 3, months: 3 },
  mutations: [],
  commands: ['validate', 'indicators --json'],
  lang: 'en',
  rules: side('rules'),
  indicators: side('indicators'),
  targets: side('targets'),
  out: 'absent',
};

describe('the fuzz harness', () => {
  it('samples 3 kampung × 3 months of an example and counts their rows', async () => {
    const r = await runFuzzCase(plain);
    expect(Object.fromEntries([...r.rowCounts].map(([f, c]) => [f, c.rows]))).toMatchObject({
      'kampung.json': 3,
      'monthly.csv': 9,
    });
    expect(r.runs.map((x) => x.args.join(' '))).toEqual([
      'validate data --lang en',
      'indicators data --json --lang en',
    ]);
    expect(r.runs.flatMap(crashViolations)).toEqual([]);
    expect(r.runs[1]?.code).toBe(0);
    expect((JSON.parse(r.runs[1]?.out ?? '{}') as { kampung: unknown[] }).kampung).toHaveLength(3);
  });
  it('applies mutations as described: a conflicting duplicate row is one more row', async () => {
    const r = await runFuzzCase({
      ...plain,
      commands: ['validate --json'],
      mutations: [{ op: 'duplicate-row', file: 3, row: 0, conflicting: true }],
    });
    expect(r.log).toEqual(['duplicate-row monthly.csv row 1 conflicting=true']);
    expect(r.rowCounts.get('monthly.csv')?.rows).toBe(10);
    expect(r.runs[0]?.out).toMatch(/duplicate/);
  });
  it('writes side files as YAML or JSON with their mutations', () => {
    const bomb = sideFileBytes({ kind: 'targets', yaml: false, mutations: [{ op: 'alias-bomb' }] });
    expect(bomb.name).toBe('targets.yaml');
    expect(new TextDecoder().decode(bomb.bytes)).toMatch(/^a: &a/);
    const deep = sideFileBytes({
      kind: 'rules',
      yaml: true,
      mutations: [{ op: 'nested-parentheses', depth: 5000 }],
    });
    expect(new TextDecoder().decode(deep.bytes)).toContain(`${'('.repeat(5000)}1${')'.repeat(5000)}`);
    expect(
      sideFileBytes({ kind: 'indicators', yaml: false, mutations: [{ op: 'missing-file' }] }).bytes,
    ).toBe(undefined);
  });
  it('never throws while mutating and writing a data directory or side files', () => {
    const base = subsample(loadExample('martapura'), 3, 3);
    fc.assert(
      fc.property(
        fc.array(dataDirMutation, { maxLength: 8 }),
        sideFileCase('rules'),
        sideFileCase('targets'),
        (mutations, rules, targets) => {
          const model = cloneModel(base);
          for (const m of mutations) expect(typeof applyMutation(model, m)).toBe('string');
          const files = new Map([...model].map(([n, f]) => [n, serializeFile(f)]));
          applyByteMutations(files, mutations);
          sideFileBytes(rules);
          sideFileBytes(targets);
        },
      ),
      { numRuns: 100 },
    );
  });
});
