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
  /**
   * Shows a progress line that the next one replaces (`''` clears it); only given when standard error is
   * a terminal, so progress is silent when piped.
   */
  readonly progress?: (line: string) => void;
}

let stdoutGuarded = false;
let stdoutBroken = false;

/**
 * Ends the process quietly with exit 0 when standard output is closed early (`kkb … | head -1` gives
 * EPIPE): the reader has what it wanted. Other write errors end it with exit 2, without a stack trace.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutBroken = true;
    process.exit(e.code === 'EPIPE' ? 0 : 2);
  });
}

/**
 * The process's standard streams and working directory; progress only when standard error is a
 * terminal. A closed standard output (EPIPE) ends the process quietly with exit 0.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  guardStdout();
  const io: CliIo = {
    out: (line) => {
      if (!stdoutBroken) process.stdout.write(`${line}\n`);
    },
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  };
  if (!process.stderr.isTTY) return io;
  return { ...io, progress: (line) => process.stderr.write(`\r\u001b[K${line}`) };
}
