import type { Lang } from '@kampung-kb/model';
import { zodErrorMap as rulesZodErrorMap } from '@kampung-kb/rules';
import type { z } from 'zod';
import type { OptionCheck } from '../messages/messages.js';
import { messagesFor } from '../messages/messagesFor.js';

/**
 * zod's messages in one language, through the one zod error map of `@kampung-kb/rules`: the option checks from
 * the CLI's catalogue (`params.check` of a custom issue), everything else from zod's own `id` or `en` locale.
 */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap {
  const id = messagesFor('id');
  const en = messagesFor('en');
  return rulesZodErrorMap(lang, {
    messageFor: (issue) => {
      const check = (issue as { params?: { check?: OptionCheck } }).params?.check;
      if (issue.code !== 'custom' || check === undefined) return undefined;
      return { id: id.optionCheck(check), en: en.optionCheck(check) };
    },
  });
}
