import { resolve } from 'node:path';
import { NATIONAL_TARGETS_2015_2019, type Target } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { CliIo } from '../cliIo.js';
import { messagesFor } from '../messages/messagesFor.js';
import { displayText } from './displayText.js';
import { readTargetFile } from './indicatorFile.js';

/**
 * The targets a command compares with: the city's `--targets` file (RPJMD …) first, then the national
 * targets, which the city's override for the same indicator, region and year. `undefined` when the file is
 * unreadable or invalid: each problem, then a summary, is printed to stderr in `lang` (the command then
 * exits with the usage code).
 *
 * @example
 * ```ts
 * const targets = await loadTargets(opts.targets, io, 'id');
 * if (targets === undefined) return EXIT.usage;
 * ```
 */
export async function loadTargets(
  file: string | undefined,
  io: CliIo,
  lang: Lang,
): Promise<readonly Target[] | undefined> {
  if (file === undefined) return NATIONAL_TARGETS_2015_2019;
  const read = await readTargetFile(resolve(io.cwd, file));
  if (!read.ok) {
    for (const e of read.errors) io.err(displayText(e[lang], lang));
    io.err(displayText(messagesFor(lang).targetFileInvalid(file, read.errors.length), lang));
    return undefined;
  }
  return [...read.data.targets, ...NATIONAL_TARGETS_2015_2019];
}
