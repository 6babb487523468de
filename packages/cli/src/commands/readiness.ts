import { assessReadiness, type ReadinessEvidence } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { CliIo } from '../cliIo.js';
import type { ReadinessCommandOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { loadData } from '../internal/loadData.js';
import { formatCount } from '../internal/plural.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

/** One piece of evidence as one line: number, date, link. */
function evidenceText(e: ReadinessEvidence): string {
  return [e.number, e.date, e.link].filter((x) => x !== undefined).join(', ');
}

/** Runs `kkb readiness` on parsed options. */
export async function runReadiness(opts: ReadinessCommandOptions, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  // Only the programme definition is needed: no monthly report is kept.
  const data = await loadData(opts.dir, io, lang, { monthly: { kind: 'none' } });
  if (!data) return EXIT.usage;
  const { programme } = data;
  const assessment = assessReadiness(programme?.readiness);
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          ...(programme ? { city: programme.city } : {}),
          programme: programme !== undefined,
          credit: { done: 1, inProgress: 0.5, notStarted: 0, unknown: 0 },
          ...assessment,
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const out = (line: string) => io.out(displayText(line, lang));
  if (!programme) io.err(displayText(m.readinessNoProgramme(opts.dir), lang));
  const n = (x: number) => formatCount(lang, x);
  out(
    m.readinessHeading(
      programme?.city.name,
      assessment.score === null ? '—' : n(assessment.score),
      n(assessment.points),
      n(assessment.maxPoints),
    ),
  );
  out(`  (${m.readinessRule})`);
  const c = assessment.counts;
  out(`  ${m.readinessCounts(c.done, c.inProgress, c.notStarted, c.unknown)}`);
  out('');
  for (const item of assessment.items) {
    out(
      `[${m.readinessStatus[item.status]}] ${item.label[lang]} (${m.readinessWeight(n(item.weight), n(item.points))})`,
    );
    if (!item.recorded) out(`    ${m.readinessNotRecorded}`);
    if (item.leadAgency !== undefined) out(`    ${m.readinessLeadAgency(item.leadAgency)}`);
    for (const e of item.evidence) out(`    ${m.readinessEvidence(evidenceText(e))}`);
    if (item.note !== undefined) out(`    ${m.readinessNote(item.note)}`);
    if (item.nextStep !== null) out(`    ${m.readinessNextStep(item.nextStep[lang])}`);
  }
  if (assessment.toCheck.length > 0) {
    out('');
    const labels = assessment.items.filter((i) => i.status === 'unknown').map((i) => i.label[lang]);
    out(m.readinessToCheck(labels));
  }
  return EXIT.ok;
}

/**
 * `kkb readiness <dir> [--json] [--lang id|en]`: scores the readiness checklist of `programme.json`
 * (`readiness`) with `assessReadiness` of `@kampung-kb/indicators` and prints the score, each item with
 * its status, evidence and lead agency, the next step of each gap and the items to check, in the language
 * asked. Exit 0; 2 when the directory cannot be read or its programme definition is invalid.
 *
 * @example
 * ```ts
 * await readinessCommand(['examples/banjarmasin/data', '--lang', 'en'], processIo());
 * ```
 */
export function readinessCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['readiness', ...args], io);
}
