import type { ClassificationOptions } from '@kampung-kb/indicators';
import { type AgencyCode, agencies, type Lang } from '@kampung-kb/model';
import { messagesFor } from '../messages/messagesFor.js';

/**
 * The classification options of `--cross-sector-exclusions` and `--zero-denominator`; a usage message for
 * an unknown agency code.
 */
export function classificationOptions(
  opts: {
    readonly crossSectorExclusions?: readonly string[] | undefined;
    readonly zeroDenominator?: 'zero' | 'missing' | undefined;
  },
  lang: Lang,
): { ok: true; options: ClassificationOptions } | { ok: false; message: string } {
  const known = agencies.items.map((a) => a.code as string);
  const unknown = (opts.crossSectorExclusions ?? []).filter((c) => !known.includes(c));
  if (unknown.length > 0) return { ok: false, message: messagesFor(lang).unknownAgency(unknown, known) };
  return {
    ok: true,
    options: {
      ...(opts.crossSectorExclusions
        ? { crossSectorExclusions: opts.crossSectorExclusions as readonly AgencyCode[] }
        : {}),
      ...(opts.zeroDenominator
        ? { zeroDenominator: opts.zeroDenominator === 'zero' ? 'portal' : 'missing' }
        : {}),
    },
  };
}
