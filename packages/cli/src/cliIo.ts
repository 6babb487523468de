/**
 * Where a command writes and from where it resolves paths. The real CLI passes `process` streams; tests
 * pass collectors.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: CliIo = { out: (s) => out.push(s), err: (s) => out.push(s), cwd: process.cwd() };
 * await main(['validate', 'data'], io);
 * ```
 */
export interface CliIo {
  /** Writes to standard output (a line without its newline). */
  readonly out: (line: string) => void;
  /** Writes to standard error (a line without its newline). */
  readonly err: (line: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** The process's standard streams and working directory. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  };
}
