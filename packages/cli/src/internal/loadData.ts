import { resolve } from 'node:path';
import { type DataDirRead, readDataDir } from '@kampung-kb/kit';
import type { Issue, Lang } from '@kampung-kb/model';
import { formatIssue } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';

/** Reader issues that mean the input could not be read at all (exit 2). */
const UNREADABLE = new Set([
  'dir-unreadable',
  'file-unreadable',
  'json-invalid',
  'yaml-invalid',
  'csv-unclosed-quote',
]);

/** Whether an issue means some input could not be read. */
export function isUnreadable(issue: Issue): boolean {
  return UNREADABLE.has(issue.code);
}

/** Reads a data directory; prints unreadable-input issues and returns `undefined` when there are any. */
export async function loadData(
  dir: string,
  io: CliIo,
  lang: Lang | undefined,
): Promise<DataDirRead | undefined> {
  const read = await readDataDir(resolve(io.cwd, dir));
  const fatal = read.issues.filter(isUnreadable);
  if (fatal.length > 0) {
    const l = lang ?? read.programme?.defaultLang ?? 'id';
    for (const i of fatal) io.err(formatIssue(i, l));
    io.err(
      l === 'id'
        ? `Data di '${dir}' tidak dapat dibaca (${fatal.length} masalah).`
        : `The data in '${dir}' cannot be read (${fatal.length} problems).`,
    );
    return undefined;
  }
  return read;
}
