import { describe, expect, it } from 'vitest';
import { accountingViolations, crashViolations, outputViolations, writeViolations } from './fuzzChecks.js';
import type { CommandRun } from './runFuzzCase.js';

function run(over: Partial<CommandRun>): CommandRun {
  return {
    variant: 'validate --json',
    args: ['validate', 'data', '--json'],
    code: 0,
    threw: undefined,
    out: '',
    err: '',
    stray: '',
    changedOutside: [],
    dataChanged: false,
    outFiles: new Map(),
    outIsData: false,
    ...over,
  };
}

const ROWS = new Map([
  ['monthly.csv', { rows: 9, unclosedQuote: false }],
  ['kampung.json', { rows: 3, unclosedQuote: false }],
]);

function doc(monthly: { read: number; accepted: number; excluded: Record<string, number> }) {
  const kampung = { file: 'kampung.json', recordType: 'kampung', read: 3, accepted: 3, excluded: {} };
  const m = { file: 'monthly.csv', recordType: 'monthly', ...monthly };
  const excluded: Record<string, number> = { ...monthly.excluded };
  return JSON.stringify({
    records: { read: 3 + monthly.read, accepted: 3 + monthly.accepted, excluded, files: [kampung, m] },
  });
}

describe('the fuzz checks', () => {
  it('accept a balanced account equal to the rows in the files', () => {
    const out = doc({ read: 9, accepted: 7, excluded: { duplicate: 1, 'unknown-kampung': 1 } });
    expect(accountingViolations(run({ out }), ROWS)).toEqual([]);
  });
  it('catch a missing key, an unbalanced file and a silently dropped row', () => {
    expect(accountingViolations(run({ out: '{"ok":true}' }), ROWS)[0]?.detail).toMatch(
      /no top-level "records"/,
    );
    const unbalanced = doc({ read: 9, accepted: 7, excluded: { duplicate: 1 } });
    expect(
      accountingViolations(run({ out: unbalanced }), ROWS)
        .map((v) => v.detail)
        .join('\n'),
    ).toMatch(/monthly\.csv: read 9 ≠ accepted 7 \+ excluded 1/);
    const dropped = doc({ read: 8, accepted: 7, excluded: { duplicate: 1 } });
    expect(
      accountingViolations(run({ out: dropped }), ROWS)
        .map((v) => v.detail)
        .join('\n'),
    ).toMatch(/monthly\.csv: 9 data rows in the file, records read 8/);
  });
  it('skip runs without --json or with exit 2', () => {
    expect(accountingViolations(run({ args: ['validate', 'data'], out: 'text' }), ROWS)).toEqual([]);
    expect(accountingViolations(run({ code: 2, out: '' }), ROWS)).toEqual([]);
  });
  it('catch crashes: other exit codes, throws, unexpected errors, stack traces, stray output', () => {
    expect(crashViolations(run({ code: 0 }))).toEqual([]);
    expect(crashViolations(run({ code: 3 })).map((v) => v.category)).toEqual(['exit-code']);
    expect(crashViolations(run({ code: undefined, threw: 'RangeError: x' })).map((v) => v.category)).toEqual([
      'threw',
    ]);
    expect(crashViolations(run({ err: 'kkb x: galat tak terduga / unexpected error: y' }))[0]?.category).toBe(
      'unexpected-error',
    );
    expect(
      crashViolations(
        run({ err: 'Error: EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:161:15)' }),
      )[0]?.category,
    ).toBe('stack-trace');
    expect(crashViolations(run({ stray: 'stdout: hi' }))[0]?.category).toBe('stray-output');
  });
  it('catch ID numbers (not decimal fractions) and raw ESC', () => {
    expect(outputViolations(run({ out: '{"ratio": 1.3333333333333333, "n": 123456789012345}' }))).toEqual([]);
    expect(outputViolations(run({ out: '"jknHolders": 3201234567890124' }))[0]?.category).toBe('id-number');
    expect(outputViolations(run({ err: 'NIK 3201-2345-6789-0124' }))[0]?.category).toBe('id-number');
    expect(
      outputViolations(run({ outFiles: new Map([['a.md', Buffer.from('x 32012345678901245')]]) })),
    ).toHaveLength(1);
    expect(outputViolations(run({ out: 'red \u001b[31m' }))[0]?.category).toBe('raw-escape');
    expect(outputViolations(run({ out: 'escaped \\u001b[31m' }))).toEqual([]);
  });
  it('catch writes outside --out, a changed data directory and missing or repeated listed files', () => {
    expect(writeViolations(run({ changedOutside: ['outside/victim.md'] }))[0]?.category).toBe(
      'written-outside-out',
    );
    expect(writeViolations(run({ dataChanged: true }))[0]?.category).toBe('data-dir-changed');
    const report = {
      variant: 'report --json',
      args: ['report', 'data', '--out', 'out', '--json'],
      out: JSON.stringify({ files: ['a.md', 'a.md', 'b.md'] }),
      outFiles: new Map([['a.md', Buffer.from('')]]),
    } as const;
    expect(writeViolations(run(report)).map((v) => v.detail)).toEqual([
      'listed twice: a.md',
      '1 of 3 listed files missing or not regular: b.md',
    ]);
  });
});
