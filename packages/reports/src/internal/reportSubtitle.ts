import type { Lang } from '@kampung-kb/model';
import type { ReportContext } from '../reportContext.js';

/**
 * The line under a report's title: the programme's name, the agency that runs it (the KB office,
 * `programme.agency`) and the report's own parts (its month, "up to …"), joined by ` · `; parts that are
 * absent are left out.
 */
export function reportSubtitle(ctx: ReportContext, lang: Lang, ...parts: (string | undefined)[]): string {
  return [ctx.programme?.name[lang], ctx.programme?.agency, ...parts].filter(Boolean).join(' · ');
}
