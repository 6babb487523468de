import type { ExclusionReason } from '@kampung-kb/rules';

/**
 * Every text the `kkb` command prints itself, as functions of their values. One catalogue per language
 * ({@link id} in `id.ts`, `en` in `en.ts`); the type makes both have the same keys.
 */
export interface Messages {
  /** Headline of the records left out of a computation. */
  readonly excludedHeadline: (excluded: number, read: number) => string;
  /** One reason with its count, e.g. `2 duplicates (1 conflicting)`. */
  readonly excludedReason: (reason: ExclusionReason, n: number, conflicting: number) => string;
  /** One file's line: its name, how many of how many were left out and the reasons. */
  readonly excludedFile: (file: string, excluded: number, read: number, reasons: string) => string;
  /** Pointer to `kkb validate` for the details. */
  readonly excludedHint: string;
  /** `--strict` and some records were left out. */
  readonly strictFailed: (excluded: number) => string;
  /** The data directory could not be read (after its problems). */
  readonly dataUnreadable: (dir: string, problems: number) => string;
  /** `kkb report` could not write every file (after the problems). */
  readonly reportNotWritten: (out: string, written: number, total: number) => string;
  /** The directory has neither a data file nor a programme definition. */
  readonly notDataDir: (dir: string) => string;
}
