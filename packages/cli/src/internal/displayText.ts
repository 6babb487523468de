import { escapeControlChars, type Lang, shortenLongWords } from '@kampung-kb/model';

/** Longest run of non-space characters shown whole; longer ones are shortened in the middle. */
const MAX_WORD = 120;

/**
 * Text from data made safe for the terminal, line by line: control characters escaped
 * (`escapeControlChars` of `@kampung-kb/model`) and runs of non-space characters longer than 120 shortened
 * in the middle with their length in the language of the run (`shortenLongWords`). The CLI's one place
 * for it.
 */
export function displayText(text: string, lang: Lang): string {
  return text
    .split('\n')
    .map((line) => shortenLongWords(escapeControlChars(line), MAX_WORD, lang))
    .join('\n');
}
