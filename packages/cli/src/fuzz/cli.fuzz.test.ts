import fc from 'fast-check';
import { describe, it } from 'vitest';
import { leakyMutation } from './dataDirMutation.js';
import {
  type CaseFocus,
  COMMAND_VARIANTS,
  type CommandVariant,
  type FuzzCase,
  fuzzCase,
} from './fuzzCase.js';
import {
  accountingViolations,
  crashViolations,
  outputViolations,
  type Violation,
  writeViolations,
} from './fuzzChecks.js';
import { fuzzConfig } from './fuzzConfig.js';
import { type CaseRun, type CommandRun, runFuzzCase } from './runFuzzCase.js';

// The fuzz suite of issue 7: mutated copies of the examples' data directories, rules, indicator and target
// files against `kkb validate`, `indicators` and `report`, run in-process through `main`.
// Short run in `pnpm test` (FUZZ_RUNS cases in all, default 200); long run: `pnpm fuzz` (10,000).
// A failure prints fast-check's counterexample, seed and path; replay one property with
//   FUZZ_SEED=<seed> FUZZ_PATH=<path> pnpm vitest run packages/cli/src/fuzz/cli.fuzz.test.ts -t '<property>'

const config = fuzzConfig();
const ALL = Object.keys(COMMAND_VARIANTS) as CommandVariant[];

interface Property {
  readonly name: string;
  /** Share of FUZZ_RUNS. */
  readonly share: number;
  readonly focus: CaseFocus;
  readonly check: (run: CommandRun, caseRun: CaseRun) => Violation[];
}

const PROPERTIES: readonly Property[] = [
  {
    name: 'never crashes: exit 0/1/2, no "unexpected error", no stack trace, nothing behind the CliIo',
    share: 0.3,
    focus: { commands: ALL, maxCommands: 3, mutateSideFiles: true, plantSymlinks: false, maxMutations: 5 },
    check: (run) => crashViolations(run),
  },
  {
    name: 'accounts for every row: read = accepted + excluded = data rows in the files, in total and per file',
    share: 0.3,
    focus: {
      commands: ALL.filter((c) => c.endsWith('--json') && !c.includes('--indicators')),
      maxCommands: 2,
      mutateSideFiles: false,
      plantSymlinks: false,
      maxMutations: 5,
    },
    check: (run, caseRun) => accountingViolations(run, caseRun.rowCounts),
  },
  {
    name: 'prints no ID number (16 digits) and no raw ESC, in any output or report file',
    share: 0.2,
    focus: {
      commands: ALL,
      maxCommands: 3,
      mutateSideFiles: true,
      plantSymlinks: false,
      maxMutations: 4,
      leaning: leakyMutation,
    },
    check: (run) => outputViolations(run),
  },
  {
    name: 'writes only inside --out: no symlink followed, data untouched, listed report files exist once',
    share: 0.2,
    focus: {
      commands: ALL.filter((c) => c.startsWith('report')),
      maxCommands: 2,
      mutateSideFiles: false,
      plantSymlinks: true,
      maxMutations: 4,
    },
    check: (run) => writeViolations(run),
  },
];

console.log(
  `kkb fuzz: FUZZ_RUNS=${config.runs} FUZZ_SEED=${config.seed}${config.path ? ` FUZZ_PATH=${config.path}` : ''}`,
);

function describeFailure(
  c: FuzzCase,
  caseRun: CaseRun,
  violations: readonly Violation[],
  property?: string,
): string {
  const lines = [
    ...(property
      ? [
          `replay: FUZZ_SEED=${config.seed} FUZZ_PATH=<path printed above> pnpm vitest run packages/cli/src/fuzz/cli.fuzz.test.ts -t '${property.split(':')[0]}'`,
        ]
      : []),
    `${violations.length} violation(s):`,
    ...violations.slice(0, 8).map((v) => `  [${v.category}] ${v.variant}: ${v.detail}`),
    `example ${c.example}, sample ${JSON.stringify(c.sample)}, out ${c.out}, lang ${c.lang ?? '-'}`,
    'mutations:',
    ...caseRun.log.map((l) => `  ${l}`),
    'runs:',
    ...caseRun.runs.map(
      (r) =>
        `  kkb ${r.args.join(' ')} → ${r.code ?? `threw ${r.threw}`}; stderr: ${JSON.stringify(r.err.slice(0, 200))}`,
    ),
  ];
  return lines.join('\n');
}

describe('kkb fuzz', () => {
  for (const p of PROPERTIES) {
    const numRuns = Math.max(1, Math.round(config.runs * p.share));
    // Generous per-case budget: the long run is on demand, the short one stays far under it.
    const timeout = 60_000 + numRuns * 2_000;
    it(
      p.name,
      async () => {
        await fc.assert(
          fc.asyncProperty(fuzzCase(p.focus), async (c) => {
            const caseRun = await runFuzzCase(c);
            const violations = caseRun.runs.flatMap((r) => p.check(r, caseRun));
            if (violations.length > 0) throw new Error(describeFailure(c, caseRun, violations, p.name));
          }),
          {
            numRuns,
            seed: config.seed,
            ...(config.path ? { path: config.path } : {}),
            endOnFailure: false,
          },
        );
      },
      timeout,
    );
  }
});

// FUZZ_SURVEY=1: instead of stopping at the first counterexample, run every property's cases with every
// check and print how often each kind of violation occurs, with one example of each (a map of the defects).
describe.runIf(process.env['FUZZ_SURVEY'])('kkb fuzz survey', () => {
  it('tallies every violation', async () => {
    const tally = new Map<string, { count: number; example: string }>();
    let cases = 0;
    for (const p of PROPERTIES) {
      const numRuns = Math.max(1, Math.round(config.runs * p.share));
      for (const c of fc.sample(fuzzCase(p.focus), { seed: config.seed, numRuns })) {
        cases++;
        const caseRun = await runFuzzCase(c);
        const violations = caseRun.runs.flatMap((r) => [
          ...crashViolations(r),
          ...accountingViolations(r, caseRun.rowCounts),
          ...outputViolations(r),
          ...writeViolations(r),
        ]);
        for (const v of violations) {
          // One key per kind: the message after "unexpected error:", digits as N, file names without kampung.
          const detail = v.detail
            .replace(/^[\s\S]*unexpected error: /, 'unexpected error: ')
            .replace(/\\n[\s\S]*$/, '')
            .replace(/kampung\/[a-z-]+/g, 'kampung/K')
            .replace(/\d+/g, 'N');
          const key = `${v.category} | ${v.variant.split(' ')[0]} | ${v.category === 'id-number' || v.category === 'raw-escape' ? detail.split(':')[0] : detail.slice(0, 100)}`;
          const t = tally.get(key);
          if (t) t.count++;
          else tally.set(key, { count: 1, example: describeFailure(c, caseRun, [v]) });
        }
      }
    }
    const lines = [...tally].sort((a, b) => b[1].count - a[1].count);
    console.log(
      [
        `kkb fuzz survey: ${cases} cases, ${lines.length} kinds of violation`,
        ...lines.map(([k, t]) => `${String(t.count).padStart(6)}  ${k}`),
      ].join('\n'),
    );
    for (const [k, t] of lines) console.log(`── ${k}\n${t.example}`);
  }, 3_600_000);
});
