import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { testRuleCommon } from './__fixtures__/ruleCommon.js';
import { builtinRules } from './builtinRules.js';
import { compileRules, ruleFusion, ruleSetInternals } from './compileRules.js';
import type { RuleDefinition } from './ruleDefinition.js';

const common = testRuleCommon;

/** The built-in rules plus rules with every missing-value strategy, history, strings and conditions. */
const rules: readonly RuleDefinition[] = [
  ...builtinRules,
  {
    ...common,
    kind: 'comparison',
    id: 'zero-left',
    left: { expression: 'users.iud + users.mal', missingValueStrategy: 'treatAsZero' },
    operator: '<',
    right: { expression: 'coalesce(users.traditional, 30)', missingValueStrategy: 'neverSkip' },
    values: { mal: 'users.mal' },
  },
  {
    ...common,
    kind: 'comparison',
    id: 'prev-jkn',
    left: { expression: 'jknHolders', missingValueStrategy: 'skipIfAllMissing' },
    operator: '>=',
    right: { expression: 'prev(jknHolders) - 5', missingValueStrategy: 'skipIfAnyMissing' },
  },
  {
    ...common,
    kind: 'comparison',
    id: 'period-text',
    left: { expression: 'period', missingValueStrategy: 'skipIfAnyMissing' },
    operator: '!=',
    right: { expression: 'populationPeriod', missingValueStrategy: 'neverSkip' },
  },
  {
    ...common,
    kind: 'condition',
    id: 'last-year',
    expression:
      'isNull(lastYear(users.iud)) or users.iud <= lastYear(users.iud) + 10 and not (sum(nonUsers[*]) > 300)',
    missingValueStrategy: 'skipIfAllMissing',
  },
  {
    ...common,
    kind: 'condition',
    id: 'rounded',
    expression:
      'if(pus > 0, round(sum(users[mkjp]) * 100 / pus, 1) <= 60, abs(min(users[*]) - max(users[*])) >= 0)',
    missingValueStrategy: 'neverSkip',
  },
];

const count = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'x', -1, 2.5, 0) },
);

/** A report and context on which every rule passes (users 170 + non-users 90 = PUS 260 …). */
function passing(): { report: Record<string, unknown>; ctx: Record<string, unknown> } {
  return {
    report: {
      kampungId: 'k-1',
      period: '2020-03',
      users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
      nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
      poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
      jknHolders: 1200,
    },
    ctx: {
      vars: {
        pus: 260,
        totalPopulation: 2000,
        families: 400,
        familiesWithUnderFives: 120,
        familiesWithAdolescents: 150,
        familiesWithElderly: 90,
        adolescents: 230,
        populationPeriod: '2020-01',
      },
      prev: { jknHolders: 1190 },
      lastYear: { users: { iud: 10 } },
    },
  };
}

/** Where a draw changes the passing record or its context (the last step is set or deleted). */
const PATHS: readonly (readonly string[])[] = [
  ...['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom', 'mal', 'traditional'].map((k) => [
    'report',
    'users',
    k,
  ]),
  ...['pregnant', 'ias', 'iat', 'tial'].map((k) => ['report', 'nonUsers', k]),
  ...['bkb', 'bkr', 'bkl', 'uppka', 'pikr'].map((k) => ['report', 'poktanParticipants', k]),
  ['report', 'users'],
  ['report', 'nonUsers'],
  ['report', 'poktanParticipants'],
  ['report', 'jknHolders'],
  ['report', 'period'],
  ...[
    'pus',
    'totalPopulation',
    'families',
    'familiesWithUnderFives',
    'familiesWithAdolescents',
    'familiesWithElderly',
    'adolescents',
    'populationPeriod',
  ].map((k) => ['ctx', 'vars', k]),
  ['ctx', 'vars'],
  ['ctx', 'prev', 'jknHolders'],
  ['ctx', 'prev'],
  ['ctx', 'lastYear', 'users', 'iud'],
];

const caseArb = fc
  .array(
    fc.record({
      path: fc.constantFrom(...PATHS),
      value: fc.oneof(count, fc.constantFrom<unknown>('2020-01', '2020-03', {})),
      remove: fc.boolean(),
    }),
    { maxLength: 3 },
  )
  .map((changes) => {
    const root: Record<string, unknown> = passing();
    for (const { path, value, remove } of changes) {
      let o = root;
      for (const k of path.slice(0, -1)) {
        const next = o[k];
        if (next === null || typeof next !== 'object') break;
        o = next as Record<string, unknown>;
      }
      const last = path[path.length - 1] as string;
      if (remove) delete o[last];
      // The variables are an object (EvalContext); only their values are drawn.
      else o[last] = path.length === 2 && last === 'vars' ? {} : value;
    }
    const ctx = root['ctx'] as Record<string, unknown>;
    // Frozen variables, as the validator builds them; sometimes a fresh unfrozen object.
    if (ctx['vars'] !== null && typeof ctx['vars'] === 'object' && changes.length % 2 === 0)
      Object.freeze(ctx['vars']);
    return { report: root['report'], ctx, changes: changes.length };
  });

function compiled() {
  const r = compileRules(rules);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.ruleSet;
}

afterEach(() => {
  ruleFusion.enabled = true;
});

describe('rules fused into one generated function per record type', () => {
  it('gives exactly the violations of the rule-by-rule closures (values, messages, explanations)', () => {
    const fused = compiled();
    ruleFusion.enabled = false;
    const plain = compiled();
    ruleFusion.enabled = true;
    const internals = ruleSetInternals.get(fused);
    expect(internals?.fused(internals.byType.monthly)).toBeTypeOf('function');
    expect(ruleSetInternals.get(plain)?.fused(internals?.byType.monthly ?? [])).toBeUndefined();
    let fired = 0;
    let passed = 0;
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ report, ctx }, explain) => {
        const a = fused.evaluate('monthly', report, ctx, { explain });
        const b = plain.evaluate('monthly', report, ctx, { explain });
        if (a.length === 0) passed++;
        fired += a.length;
        expect(a).toEqual(b);
      }),
      { numRuns: 4000, seed: 9 },
    );
    // Both outcomes are drawn often: records on which every rule passes, and rules that fire.
    expect(passed).toBeGreaterThan(400);
    expect(fired).toBeGreaterThan(1000);
  });

  it('runs no rule and builds nothing when every rule passes, and fires when the record changes', () => {
    const ruleSet = compiled();
    const report = {
      kampungId: 'k-1',
      period: '2020-03',
      users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
      nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
      poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
      jknHolders: 1200,
    };
    const ctx = {
      vars: Object.freeze({
        pus: 260,
        totalPopulation: 2000,
        families: 400,
        familiesWithUnderFives: 120,
        familiesWithAdolescents: 150,
        familiesWithElderly: 90,
        adolescents: 230,
        populationPeriod: '2020-01',
      }),
      prev: { jknHolders: 1190 },
    };
    const none = ruleSet.evaluate('monthly', report, ctx);
    expect(none).toEqual([]);
    expect(ruleSet.evaluate('monthly', report, ctx)).toBe(none); // the one shared empty list
    report.users.iud = 13;
    expect(ruleSet.evaluate('monthly', report, ctx).map((v) => v.rule.id)).toEqual(['kkbpk-balance']);
  });
});

describe('where code generation is refused (a strict Content-Security-Policy)', () => {
  it('runs the rules one by one, with the same issues', () => {
    // A real refusal, not a stub: Node's --disallow-code-generation-from-strings makes `new Function`
    // throw an EvalError, as a browser does under `Content-Security-Policy: script-src 'self'`.
    const script = [
      "import { validateDataset, builtinRules, compileRules } from './src/index.ts';",
      "import { ruleSetInternals } from './src/compileRules.ts';",
      "import { cleanDataset, monthly, population } from './src/__fixtures__/records.ts';",
      'const ds = cleanDataset();',
      "ds.population.push(population({ period: '2020-06', pus: 300 }));",
      'ds.monthly = [];',
      'for (let m = 1; m <= 9; m++) {',
      "  const r = monthly({ period: '2020-0' + m, jknHolders: m === 4 ? 5000 : 1200 });",
      '  if (m === 2) r.poktanParticipants.bkb = 500;',
      '  ds.monthly.push(r);',
      '}',
      'const r = compileRules(builtinRules);',
      'const internals = ruleSetInternals.get(r.ruleSet);',
      'const fused = internals.fused(internals.byType.monthly) !== undefined;',
      "const { issues } = validateDataset(ds, { today: '2021-01-31', rules: r.ruleSet });",
      'console.log(JSON.stringify({ fused, issues }));',
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
          { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' },
        ),
      ) as { fused: boolean; issues: { ruleId: string }[] };
    const normal = run([]);
    const refused = run(['--disallow-code-generation-from-strings']);
    expect(normal.fused).toBe(true);
    expect(refused.fused).toBe(false);
    expect(normal.issues.map((i) => i.ruleId)).toEqual([
      'poktan-within-target.bkb',
      'jkn-within-population',
      'kkbpk-balance',
      'kkbpk-balance',
      'kkbpk-balance',
      'kkbpk-balance',
    ]);
    expect(refused.issues).toEqual(normal.issues);
  });
});
