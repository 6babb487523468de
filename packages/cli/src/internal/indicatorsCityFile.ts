import { resolve } from 'node:path';
import type { IndicatorDefinition } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { CliIo } from '../cliIo.js';
import { messagesFor } from '../messages/messagesFor.js';
import { displayText } from './displayText.js';
import type { IndicatorEngine } from './indicatorEngine.js';
import { readIndicatorFile } from './indicatorFile.js';

/**
 * The city's own indicator definitions of `kkb indicators --indicators <file>`: the file's shape checked
 * ({@link readIndicatorFile}), then every definition by the engine (`engine.check`, the expressions). No
 * file: none. `undefined` when the file is unreadable or a definition is invalid: each problem (with the
 * definition's position and id), then a summary, is printed to stderr in `lang` (the command then exits
 * with the usage code).
 *
 * @example
 * ```ts
 * const cityDefs = await loadCityIndicators(opts.indicators, indicatorEngine(), io, 'en');
 * if (cityDefs === undefined) return EXIT.usage;
 * ```
 */
export async function loadCityIndicators(
  file: string | undefined,
  engine: IndicatorEngine,
  io: CliIo,
  lang: Lang,
): Promise<readonly IndicatorDefinition[] | undefined> {
  if (file === undefined) return [];
  const read = await readIndicatorFile(resolve(io.cwd, file));
  const errors = read.ok
    ? read.definitions.flatMap((d, i) =>
        engine.check(d).map((e) => ({
          id: `${file}: indicators[${i}] (${d.id}): ${e.id}`,
          en: `${file}: indicators[${i}] (${d.id}): ${e.en}`,
        })),
      )
    : read.errors;
  if (!read.ok || errors.length > 0) {
    for (const e of errors) io.err(displayText(e[lang], lang));
    io.err(displayText(messagesFor(lang).indicatorFileInvalid(file, errors.length), lang));
    return undefined;
  }
  return read.definitions;
}
