import { type CliIo, processIo } from './cliIo.js';
import { indicatorsCommand } from './commands/indicators.js';
import { reportCommand } from './commands/report.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exitCodes.js';
import type { UsageError } from './internal/parseCommandLine.js';
import { HELP } from './internal/usage.js';

/** The CLI's version, as published. */
export const VERSION = '0.1.0';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number | UsageError>> = {
  validate: validateCommand,
  indicators: indicatorsCommand,
  report: reportCommand,
};

/**
 * Runs `kkb` with the arguments after the program name and returns the exit code; never throws for bad
 * input. Usage errors print in Indonesian and English and return 2.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['indicators', 'examples/banjarmasin/data', '--json']);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Perintah tidak dikenal / Unknown command: ${command}`);
    io.err(HELP);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
    return EXIT.ok;
  }
  try {
    const r = await run(rest, io);
    if (typeof r === 'number') return r;
    io.err(`kkb ${command}: ${r.id}`);
    io.err(`kkb ${command}: ${r.en}`);
    io.err("  'kkb --help' untuk bantuan / for help");
    return EXIT.usage;
  } catch (e) {
    // Not expected: bad input is returned as issues. Report without a stack and exit 2.
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`kkb ${command}: galat tak terduga / unexpected error: ${msg}`);
    return EXIT.usage;
  }
}
