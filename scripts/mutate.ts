/**
 * `pnpm mutate [-- --module <name>[,<name>…]]`: mutation testing of the numeric core with Stryker
 * (@stryker-mutator/core and its vitest runner), one module at a time, each against its own tests only
 * (scripts/mutate/mutationModules.ts). Not part of CI: a run of every module takes long on a small machine.
 *
 * Mutated: the arithmetic, comparison, logical, conditional, boolean, unary, update, assignment and block
 * (return value) operators; texts, regexes and literals of objects and arrays are left alone.
 *
 * Prints a score table per module (killed, survived, timeout, no coverage, score) and writes every
 * surviving or uncovered mutant to /tmp/kkb-mutate/<module>-survivors.txt. Stryker mutates the files in place
 * and restores them when it ends; its backups are under /tmp/kkb-mutate/stryker-tmp-<module> (KKB_MUTATE_OUT
 * moves /tmp/kkb-mutate). Runs are incremental: only mutants whose code or covering tests changed are tested
 * again (STRYKER_FORCE=1 tests them all). KKB_MUTATE_ONLY=<file>:<from>-<to>,… re-tests only those lines.
 * docs/mutation-testing.md lists the last scores and explains the survivors that are equivalent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import { type MutationModule, mutationModules } from './mutate/mutationModules.ts';
import { formatScoreTable, type ModuleScore, type MutantStatus, scoreOf } from './mutate/scoreTable.ts';

const root = new URL('..', import.meta.url).pathname;
// KKB_MUTATE_OUT lets two checkouts run at once without sharing Stryker's temporary files.
const outDir = process.env['KKB_MUTATE_OUT'] ?? '/tmp/kkb-mutate';

type StrykerOptions = NonNullable<ConstructorParameters<typeof Stryker>[0]>;

function selectedModules(argv: readonly string[]): readonly MutationModule[] {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: { module: { type: 'string', multiple: true } },
  });
  const names = (values.module ?? []).flatMap((m) => m.split(',')).filter((m) => m !== '');
  if (names.length === 0) return mutationModules;
  const unknown = names.filter((n) => !mutationModules.some((m) => m.name === n));
  if (unknown.length > 0) {
    const known = mutationModules.map((m) => m.name).join(', ');
    throw new Error(`unknown module ${unknown.join(', ')}; the modules are ${known}`);
  }
  return mutationModules.filter((m) => names.includes(m.name));
}

function strykerOptions(module: MutationModule): StrykerOptions {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'scripts/mutate/vitest.config.ts', related: false },
    inPlace: true,
    // KKB_MUTATE_ONLY (comma-separated Stryker patterns, e.g. `packages/kit/src/parseCsv.ts:81-81`) re-tests
    // only some lines of the module, such as the survivors of its last run.
    mutate: process.env['KKB_MUTATE_ONLY']?.split(',').filter((p) => p !== '') ?? [...module.mutate],
    coverageAnalysis: 'perTest',
    ignoreStatic: true,
    // Stryker's default writes `// @ts-nocheck` into every TypeScript file of the repository (in place!);
    // vitest does not type-check, so nothing needs it.
    disableTypeChecks: false,
    // The operator classes of the issue (arithmetic, comparison and boundaries, logical, conditional,
    // boolean literals, unary/update/assignment, removed blocks and returns); texts, regexes and object or
    // array literals are not mutated (they are bilingual messages and tables, checked by their own tests).
    mutator: {
      excludedMutations: [
        'StringLiteral',
        'Regex',
        'ObjectLiteral',
        'ArrayDeclaration',
        'MethodExpression',
        'OptionalChaining',
      ],
    },
    concurrency: 1,
    timeoutMS: 10_000,
    // progress-append-only prints a line every few seconds (tested, survived, time left), readable in a log.
    reporters: ['json', 'progress-append-only'],
    jsonReporter: { fileName: `${outDir}/${module.name}.json` },
    // Incremental: a re-run tests again only the mutants whose code or covering tests changed since the last
    // run of this module (Stryker's incremental mode); STRYKER_FORCE=1 tests them all again.
    incremental: true,
    incrementalFile: `${outDir}/${module.name}-incremental.json`,
    force: process.env['STRYKER_FORCE'] === '1',
    tempDirName: `${outDir}/stryker-tmp-${module.name}`,
    cleanTempDir: 'always',
  };
}

async function runModule(module: MutationModule): Promise<ModuleScore> {
  process.env['MUTATE_TESTS'] = module.tests.join(',');
  const started = Date.now();
  console.log(`mutate ${module.name}: ${module.description}`);
  const results = await new Stryker(strykerOptions(module)).runMutationTest();
  const alive = results
    .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
    .map((r) => {
      const where = `${relative(root, r.fileName)}:${r.location.start.line}:${r.location.start.column + 1}`;
      return `${r.status}\t${where}\t${r.mutatorName}\t${(r.replacement ?? '').replace(/\s+/g, ' ')}`;
    });
  writeFileSync(`${outDir}/${module.name}-survivors.txt`, alive.length > 0 ? `${alive.join('\n')}\n` : '');
  const score = scoreOf(
    module.name,
    results.map((r) => r.status as MutantStatus),
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`mutate ${module.name}: ${results.length} mutants in ${seconds} s`);
  return score;
}

mkdirSync(outDir, { recursive: true });
const scores: ModuleScore[] = [];
for (const module of selectedModules(process.argv.slice(2))) scores.push(await runModule(module));
console.log(`\n${formatScoreTable(scores)}`);
console.log(`\nsurviving and uncovered mutants: ${outDir}/<module>-survivors.txt`);
