import type { Lang } from '@kampung-kb/model';
import { en } from './en.js';
import { id } from './id.js';
import type { Messages } from './messages.js';

/** The message catalogue of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : id;
}
