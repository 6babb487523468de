import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import type { Issue } from '@kampung-kb/model';
import { buildTemplateWorkbook, type TemplateOptions, type TemplateSheet } from './buildTemplateWorkbook.js';

/** Options of {@link writeTemplateWorkbook}. */
export interface WriteTemplateOptions extends TemplateOptions {
  /** Replace an existing file at `out` (default: refuse). */
  readonly force?: boolean;
}

/** What {@link writeTemplateWorkbook} did. */
export interface TemplateWritten {
  /** Whether the workbook was written. */
  readonly written: boolean;
  readonly out: string;
  readonly lang: TemplateOptions['lang'];
  /** The month of the pre-filled monthly rows. */
  readonly period: string | undefined;
  readonly sheets: readonly TemplateSheet[];
  /**
   * The reader's issues of the data directory, values a template cannot hold, and, when nothing was written,
   * why (`template-exists`, `template-not-written`).
   */
  readonly issues: readonly Issue[];
}

/** Reader issues that mean the directory could not be used at all. */
const UNUSABLE = new Set(['dir-unreadable', 'dir-not-data', 'programme-invalid', 'programme-duplicate']);

function problem(code: string, out: string, message: Issue['message'], values: Issue['values'] = {}): Issue {
  return { ruleId: 'template', code, severity: 'error', location: { file: out }, values, message };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a data directory and writes its data-entry workbook ({@link buildTemplateWorkbook}) to `out`,
 * atomically (a temporary file beside it, then a rename): an interrupted write leaves no partial workbook.
 * An existing `out` is kept unless `force`; a directory that cannot be read writes nothing. Never throws
 * for expected problems: they come back as issues.
 *
 * @example
 * ```ts
 * const r = await writeTemplateWorkbook('examples/banjarmasin/data', 'isian.xlsx', { period: '2021-01' });
 * r.written; // true
 * ```
 */
export async function writeTemplateWorkbook(
  dir: string,
  out: string,
  options: WriteTemplateOptions = {},
): Promise<TemplateWritten> {
  const none = { written: false, out, lang: options.lang, period: undefined, sheets: [] } as const;
  if (!options.force && (await exists(out))) {
    return {
      ...none,
      issues: [
        problem(
          'template-exists',
          out,
          {
            id: `Berkas '${out}' sudah ada; pakai --force untuk menimpanya`,
            en: `File '${out}' exists; use --force to replace it`,
          },
          { file: out },
        ),
      ],
    };
  }
  const read = await readDataDir(dir);
  if (read.issues.some((i) => UNUSABLE.has(i.code))) return { ...none, issues: read.issues };
  const built = buildTemplateWorkbook({ dataset: read.dataset, programme: read.programme }, options);
  const issues = [...read.issues, ...built.issues];
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(out), { recursive: true });
    const buffer = await built.workbook.xlsx.writeBuffer();
    await writeFile(temp, new Uint8Array(buffer as ArrayBuffer), { flag: 'wx' });
    await rename(temp, out);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (e as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : 'unknown';
    return {
      ...none,
      issues: [
        ...issues,
        problem(
          'template-not-written',
          out,
          {
            id: `Buku kerja tidak dapat ditulis ke '${out}' (${reason})`,
            en: `The workbook could not be written to '${out}' (${reason})`,
          },
          { file: out, reason },
        ),
      ],
    };
  }
  return { written: true, out, lang: built.lang, period: built.period, sheets: built.sheets, issues };
}
