import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scaffoldDataDir, writeOutputFiles } from '@kampung-kb/kit';
import type { Lang } from '@kampung-kb/model';
import {
  loadProvinceRegions,
  lookupRegion,
  type OfficialRegion,
  officialRegencies,
} from '@kampung-kb/regions';
import { formatIssue } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import type { InitOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { displayText } from '../internal/displayText.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

const shown = (r: OfficialRegion) => `${r.code} ${r.name}`;

/** The regency or city the `--region` argument names, or `undefined` after printing why there is none. */
async function resolveRegency(query: string, io: CliIo, lang: Lang): Promise<OfficialRegion | undefined> {
  const m = messagesFor(lang);
  const found = await lookupRegion(query);
  const print = (line: string) => io.err(displayText(`kkb init: ${line}`, lang));
  const match = found.match;
  if (!match) {
    print(m.initRegionUnknown(query));
    if (found.suggestions.length > 0) print(m.initCandidates(found.suggestions.map(shown)));
    return undefined;
  }
  if (found.ambiguous) {
    print(m.initRegionAmbiguous(query));
    print(m.initCandidates([match, ...found.suggestions].map(shown)));
    return undefined;
  }
  if (match.level !== 'regency') {
    const regencyCode = match.level === 'province' ? undefined : match.code.slice(0, 5);
    const hint =
      regencyCode !== undefined
        ? regencyCode
        : (() => {
            const first = officialRegencies(match.code)[0];
            return first ? `${first.code} (${first.name})` : '';
          })();
    print(m.initNotRegency(match.code, match.name, m.initLevelName(match.level), hint));
    return undefined;
  }
  return match;
}

/** How many entries a folder has; `undefined` when it does not exist; `'file'` when it is no folder. */
async function folderState(path: string): Promise<number | 'file' | undefined> {
  try {
    const s = await stat(path);
    if (!s.isDirectory()) return 'file';
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
    throw e;
  }
  return (await readdir(path)).length;
}

/** Runs `kkb init` on parsed options. */
export async function runInit(opts: InitOptions, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const regency = await resolveRegency(opts.region, io, lang);
  if (!regency) return EXIT.usage;
  const target = resolve(io.cwd, opts.dir);
  const state = await folderState(target);
  if (state === 'file') {
    io.err(displayText(`kkb init: ${m.initNotDirectory(opts.dir)}`, lang));
    return EXIT.usage;
  }
  if (state !== undefined && state > 0 && !opts.force) {
    io.err(displayText(`kkb init: ${m.initNotEmpty(opts.dir, state)}`, lang));
    return EXIT.usage;
  }
  const table = await loadProvinceRegions(regency.code);
  const province = table.province;
  if (!province) return EXIT.usage;
  const districts = table.children(regency.code);
  const villages = districts.flatMap((d) => table.children(d.code));
  const files = scaffoldDataDir({
    province,
    regency,
    districts,
    villages,
    // The run's language: --lang, else that of a programme being replaced (--force), else Indonesian.
    lang,
  });
  const written = await writeOutputFiles(target, files);
  if (!written.ok) {
    for (const i of written.issues) io.err(displayText(formatIssue(i, lang), lang));
    io.err(displayText(m.initNotWritten(opts.dir), lang));
    return EXIT.usage;
  }
  io.out(
    displayText(
      m.initWritten(opts.dir, written.written.length, shown(regency), districts.length, villages.length),
      lang,
    ),
  );
  io.out(displayText(m.initNext(opts.dir), lang));
  return EXIT.ok;
}

/**
 * `kkb init <dir> --region <code|name> [--lang id|en] [--force]`: turns a new or empty folder into a data
 * directory for one regency or city of the official Kemendagri list: `programme.json` (name, city,
 * province, `defaultLang` = the run's language, every readiness item unknown), `regions.csv` with all its
 * kecamatan and kelurahan/desa, every record file with its header row, commented `rules.yaml` and
 * `indicators.yaml`, `targets.json` and a README of next steps (see `scaffoldDataDir` in
 * `@kampung-kb/kit`). The region is a code (dotted or not) or a name (`balikpapan`, `Kab. Banjar`); an
 * unknown or ambiguous name, or a code of a province, kecamatan or village, exits 2 with what was meant.
 * A non-empty folder is refused (exit 2, nothing written) unless `--force`, which replaces only the
 * scaffold's own files. Files are written atomically (temporary file, then rename).
 *
 * @example
 * ```ts
 * const code = await initCommand(['balikpapan-data', '--region', 'balikpapan'], processIo());
 * ```
 */
export function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['init', ...args], io);
}
