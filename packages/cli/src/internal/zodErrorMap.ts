import type { Lang } from '@kampung-kb/model';
import type { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodId from 'zod/v4/locales/id.js';
import type { OptionCheck } from '../messages/messages.js';
import { messagesFor } from '../messages/messagesFor.js';

const locales = { id: zodId(), en: zodEn() } as const;

/**
 * zod's messages in one language: the option checks from the CLI's catalogue (`params.check` of a custom
 * issue), everything else from zod's own `id` or `en` locale (imported one by one, not all of zod's).
 */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap {
  const m = messagesFor(lang);
  return (issue) => {
    const check = (issue as { params?: { check?: OptionCheck } }).params?.check;
    if (issue.code === 'custom' && check !== undefined) return m.optionCheck(check);
    const r = locales[lang].localeError(issue);
    const text = typeof r === 'string' ? r : r?.message;
    return text ?? m.invalidArguments;
  };
}
