/**
 * Checks `rules.yaml` without reading any data and prints what it changes in the built-in catalogue,
 * plus the rules-file JSON Schema for editors: `npx tsx check.ts [--schema]`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builtinRules,
  formatIssue,
  parseRuleFile,
  resolveRules,
  ruleFileJsonSchema,
} from '@kampung-kb/rules';

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv.includes('--schema')) {
  console.log(JSON.stringify(ruleFileJsonSchema(), null, 2));
} else {
  const parsed = parseRuleFile(readFileSync(join(here, 'rules.yaml'), 'utf8'), 'rules.yaml');
  const resolution = parsed.ok ? resolveRules(builtinRules, parsed.ruleSet) : undefined;
  const issues = resolution ? resolution.issues : parsed.issues;
  for (const i of issues) console.error(formatIssue(i, 'id'));
  if (resolution?.ok) {
    const c = resolution.changes;
    console.log(`added: ${c.added.map((r) => r.id).join(', ')}`);
    console.log(`overridden: ${c.overridden.map((r) => `${r.id} (${r.fields.join(', ')})`).join(', ')}`);
    console.log(`disabled: ${c.disabled.map((r) => r.id).join(', ')}`);
  }
  process.exitCode = resolution?.ok ? 0 : 2;
}
