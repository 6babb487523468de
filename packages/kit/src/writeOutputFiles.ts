import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, parse, resolve, sep } from 'node:path';
import type { Issue, IssueValue, Label } from '@kampung-kb/model';
import { fsProblem } from './internal/fsProblem.js';
import { makeIssue, shown } from './internal/issues.js';

/**
 * One file to write: its path relative to the output directory (`/`-separated, e.g. `kampung/k1-2020-12.html`)
 * and its content.
 *
 * @example
 * ```ts
 * const f: OutputFile = { path: 'city-recap-2020-12.md', content: '# Rekapitulasi' };
 * ```
 */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Options of {@link writeOutputFiles}.
 *
 * @example
 * ```ts
 * const options: WriteOutputFilesOptions = { protect: ['examples/banjarmasin/data'] };
 * ```
 */
export interface WriteOutputFilesOptions {
  /**
   * Directories the output must not be, nor contain (e.g. the data directory being reported on): an
   * output directory equal to one of them or above one of them is refused.
   */
  readonly protect?: readonly string[];
}

/**
 * What {@link writeOutputFiles} did: the files written (their relative paths, in the order given) and the
 * problems met. `ok` is true when every file was written.
 *
 * @example
 * ```ts
 * const r: OutputFilesWritten = { ok: true, written: ['a.md'], issues: [] };
 * ```
 */
export interface OutputFilesWritten {
  readonly ok: boolean;
  readonly written: readonly string[];
  readonly issues: readonly Issue[];
}

function issue(code: string, file: string, values: Record<string, IssueValue>, message: Label): Issue {
  return makeIssue(code, 'error', { file: shown(file, 200) }, values, message);
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

function within(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** Why an output directory is refused, or `undefined` when it may be written into. */
async function refusal(out: string, protect: readonly string[]): Promise<Issue | undefined> {
  const real = await realOrResolved(out);
  const home = await realOrResolved(homedir());
  for (const p of [resolve(out), real]) {
    if (parse(p).root === p) {
      return issue(
        'output-refused',
        out,
        { reason: 'root' },
        {
          id: `Direktori keluaran '${shown(out, 200)}' adalah akar sistem berkas; pilih direktori sendiri untuk laporan`,
          en: `The output directory '${shown(out, 200)}' is the file-system root; choose a directory of its own for the reports`,
        },
      );
    }
    if (p === home || p === resolve(homedir())) {
      return issue(
        'output-refused',
        out,
        { reason: 'home' },
        {
          id: `Direktori keluaran '${shown(out, 200)}' adalah direktori rumah; pilih subdirektori untuk laporan`,
          en: `The output directory '${shown(out, 200)}' is the home directory; choose a subdirectory for the reports`,
        },
      );
    }
  }
  for (const dir of protect) {
    const protectedReal = await realOrResolved(dir);
    if (within(protectedReal, real) || within(resolve(dir), resolve(out))) {
      return issue(
        'output-refused',
        out,
        { reason: 'protected' },
        {
          id: `Direktori keluaran '${shown(out, 200)}' adalah atau memuat direktori data '${shown(dir, 200)}'; laporan tidak ditulis ke sana`,
          en: `The output directory '${shown(out, 200)}' is or contains the data directory '${shown(dir, 200)}'; no report is written there`,
        },
      );
    }
  }
  return undefined;
}

/** The segments of a relative output path, or `undefined` when it could leave the directory. */
function segmentsOf(path: string): string[] | undefined {
  if (path === '' || isAbsolute(path) || path.includes('\0') || path.includes('\\')) return undefined;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return parts;
}

/**
 * Writes files into an output directory safely (Node only), returning problems as issues instead of
 * throwing:
 * - refuses an output directory that is the file-system root, the home directory, or is or contains a
 *   protected directory (`options.protect`, e.g. the data directory);
 * - refuses a path that is absolute or has `..`, and two files with the same path (compared
 *   case-insensitively, as some file systems do), before writing anything, so nothing is overwritten
 *   within a run;
 * - writes only inside the directory and never through a symbolic link: every directory below it is
 *   checked with `lstat` (created when missing) and its real path compared with the expected one; each
 *   file is written to a new temporary file opened with `O_CREAT | O_EXCL | O_NOFOLLOW`, then renamed over
 *   the target (an atomic replacement that replaces a link instead of following it).
 *
 * The output directory itself may be a link the user chose; links below it are refused
 * (`output-symlink`).
 *
 * @example
 * ```ts
 * const r = await writeOutputFiles('out', [{ path: 'kampung/k1-2020-12.md', content: '# K1' }], {
 *   protect: ['data'],
 * });
 * if (!r.ok) for (const i of r.issues) console.error(i.message.en);
 * ```
 */
export async function writeOutputFiles(
  outDir: string,
  files: readonly OutputFile[],
  options: WriteOutputFilesOptions = {},
): Promise<OutputFilesWritten> {
  const refused = await refusal(outDir, options.protect ?? []);
  if (refused) return { ok: false, written: [], issues: [refused] };

  const issues: Issue[] = [];
  const planned = planFiles(files, issues);
  if (issues.length > 0) return { ok: false, written: [], issues };

  const written: string[] = [];
  const root = await outputRoot(outDir);
  if (typeof root !== 'string') return { ok: false, written, issues: [root] };
  const dirs = new OutputDirs(root);
  for (const { file, parts } of planned) {
    const problem = await writeOne(file, parts, dirs);
    if (problem) issues.push(problem);
    else written.push(file.path);
  }
  return { ok: issues.length === 0, written, issues };
}

/** A file to write with the segments of its path. */
interface PlannedFile {
  readonly file: OutputFile;
  readonly parts: string[];
}

/** The files to write, each with its path's segments; an issue per invalid or repeated name. */
function planFiles(files: readonly OutputFile[], issues: Issue[]): PlannedFile[] {
  const seen = new Map<string, string>();
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const parts = segmentsOf(file.path);
    if (!parts) {
      issues.push(
        issue(
          'output-name-invalid',
          file.path,
          {},
          {
            id: `Nama berkas keluaran '${shown(file.path, 200)}' tidak sah: harus relatif, tanpa '..'`,
            en: `Output file name '${shown(file.path, 200)}' is invalid: it must be relative, without '..'`,
          },
        ),
      );
      continue;
    }
    const key = parts.join('/').toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push(
        issue(
          'output-name-duplicate',
          file.path,
          { first: shown(earlier, 200) },
          {
            id: `Dua berkas keluaran bernama '${shown(file.path, 200)}' (yang pertama '${shown(earlier, 200)}'); tidak ada yang ditimpa`,
            en: `Two output files named '${shown(file.path, 200)}' (the first '${shown(earlier, 200)}'); nothing is overwritten`,
          },
        ),
      );
      continue;
    }
    seen.set(key, file.path);
    planned.push({ file, parts });
  }
  return planned;
}

/** Creates the output directory; its real path, or an issue when it cannot be created. */
async function outputRoot(outDir: string): Promise<string | Issue> {
  try {
    await mkdir(outDir, { recursive: true });
    return await realpath(outDir);
  } catch (e) {
    const p = fsProblem(e);
    return issue(
      'output-unwritable',
      outDir,
      { errorCode: p.code },
      {
        id: `Direktori keluaran '${shown(outDir, 200)}' tidak dapat dibuat: ${p.label.id}`,
        en: `The output directory '${shown(outDir, 200)}' cannot be created: ${p.label.en}`,
      },
    );
  }
}

/** The directories below the output root, created or checked once each (never a link). */
class OutputDirs {
  private readonly checked: Set<string>;

  constructor(readonly root: string) {
    this.checked = new Set<string>([root]);
  }

  /** Creates or checks the directories of a path below the root; an issue when one is not a real directory. */
  async directoryOf(parts: readonly string[], shownPath: string): Promise<string | Issue> {
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      const next = join(dir, part);
      if (!this.checked.has(next)) {
        const problem = await this.check(next, shownPath);
        if (problem) return problem;
        this.checked.add(next);
      }
      dir = next;
    }
    return dir;
  }

  /** Makes `dir` when it is missing; an issue when it is a link or not a directory. */
  private async check(dir: string, shownPath: string): Promise<Issue | undefined> {
    let st = await lstatOrUndefined(dir);
    if (st === undefined) {
      try {
        await mkdir(dir);
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'EEXIST') throw e;
      }
      st = await lstat(dir);
    }
    if (!st.isSymbolicLink() && st.isDirectory()) return undefined;
    const link = st.isSymbolicLink();
    return issue(
      link ? 'output-symlink' : 'output-not-directory',
      shownPath,
      {},
      link
        ? {
            id: `'${shown(dir, 200)}' adalah tautan simbolik; laporan tidak ditulis melalui tautan`,
            en: `'${shown(dir, 200)}' is a symbolic link; reports are not written through links`,
          }
        : {
            id: `'${shown(dir, 200)}' bukan direktori`,
            en: `'${shown(dir, 200)}' is not a directory`,
          },
    );
  }
}

/**
 * Writes one file through a new temporary file renamed over the target; an issue when it was not written
 * (the temporary file is then removed).
 */
async function writeOne(
  file: OutputFile,
  parts: readonly string[],
  dirs: OutputDirs,
): Promise<Issue | undefined> {
  let tmp: string | undefined;
  try {
    const dir = await dirs.directoryOf(parts, file.path);
    if (typeof dir !== 'string') return dir;
    const target = join(dir, parts[parts.length - 1] as string);
    const existing = await lstatOrUndefined(target);
    if (existing?.isDirectory()) {
      return issue(
        'output-not-directory',
        file.path,
        {},
        {
          id: `'${shown(target, 200)}' adalah direktori, bukan berkas; tidak ditimpa`,
          en: `'${shown(target, 200)}' is a directory, not a file; it is not replaced`,
        },
      );
    }
    tmp = join(dir, `.${parts[parts.length - 1]}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    await writeNew(tmp, file.content);
    // The directory must still be where it was checked (no component swapped for a link meanwhile).
    if ((await realpath(dir)) !== join(dirs.root, ...parts.slice(0, -1))) {
      await unlink(tmp);
      tmp = undefined;
      return issue(
        'output-symlink',
        file.path,
        {},
        {
          id: `Direktori '${shown(dir, 200)}' berubah menjadi tautan saat menulis; berkas tidak ditulis`,
          en: `The directory '${shown(dir, 200)}' became a link while writing; the file was not written`,
        },
      );
    }
    await rename(tmp, target);
    tmp = undefined;
    return undefined;
  } catch (e) {
    const p = fsProblem(e);
    return issue(
      'output-unwritable',
      file.path,
      { errorCode: p.code },
      {
        id: `Berkas keluaran '${shown(file.path, 200)}' tidak dapat ditulis: ${p.label.id}`,
        en: `Output file '${shown(file.path, 200)}' cannot be written: ${p.label.en}`,
      },
    );
  } finally {
    if (tmp !== undefined) await unlink(tmp).catch(() => undefined);
  }
}

/** Writes `content` to a file that must not exist yet, never following a link. */
async function writeNew(path: string, content: OutputFile['content']): Promise<void> {
  const handle = await open(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
