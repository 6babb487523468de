import type { Lang } from '@kampung-kb/model';
import packageJson from '../package.json' with { type: 'json' };
import { type CliIo, processIo } from './cliIo.js';
// — readiness, sites —
import {
  FamilyCommandOptions,
  ImportCommandOptions,
  InitOptions,
  ReadinessCommandOptions,
  ReportOptions,
  SitesCommandOptions,
  TemplateOptions,
  ValidateOptions,
} from './cliOptions.js';
import { runFamily } from './commands/family.js';
import { runImport } from './commands/import.js';
import { runIndicators } from './commands/indicators.js';
import { runInit } from './commands/init.js';
import { runReadiness } from './commands/readiness.js';
import { runReport } from './commands/report.js';
import { runSites } from './commands/sites.js';
import { runTemplate } from './commands/template.js';
import { runValidate } from './commands/validate.js';
import { EXIT } from './exitCodes.js';
import { IndicatorsCommandOptions } from './indicatorsCommandOptions.js';
import { preferredLang } from './internal/preferredLang.js';
import { checkOptions, type Invocation, parseCommandLine } from './internal/program.js';
import { safeOutput } from './internal/safeOutput.js';
import { messagesFor } from './messages/messagesFor.js';

/** The CLI's version, read from its package.json. */
export const VERSION: string = packageJson.version;

async function run(inv: Invocation, io: CliIo, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const usage = (message: string) => {
    io.err(`kkb ${inv.command}: ${message}`);
    io.err(m.seeHelp(inv.command));
    return EXIT.usage;
  };
  switch (inv.command) {
    case 'validate': {
      const o = checkOptions(ValidateOptions, inv.input, lang);
      return o.ok ? runValidate(o.options, io, lang) : usage(o.message);
    }
    case 'indicators': {
      const o = checkOptions(IndicatorsCommandOptions, inv.input, lang);
      return o.ok ? runIndicators(o.options, io, lang, usage) : usage(o.message);
    }
    case 'report': {
      const o = checkOptions(ReportOptions, inv.input, lang);
      return o.ok ? runReport(o.options, io, lang, usage) : usage(o.message);
    }
    // — readiness —
    case 'readiness': {
      const o = checkOptions(ReadinessCommandOptions, inv.input, lang);
      return o.ok ? runReadiness(o.options, io, lang) : usage(o.message);
    }
    // — sites —
    case 'sites': {
      const o = checkOptions(SitesCommandOptions, inv.input, lang);
      return o.ok ? runSites(o.options, io, lang) : usage(o.message);
    }
    // — import —
    case 'import': {
      const o = checkOptions(ImportCommandOptions, inv.input, lang);
      return o.ok ? runImport(o.options, io, lang) : usage(o.message);
    }
    // — family —
    case 'family': {
      const o = checkOptions(FamilyCommandOptions, inv.input, lang);
      return o.ok ? runFamily(o.options, io, lang) : usage(o.message);
    }
    // — template —
    case 'template': {
      const o = checkOptions(TemplateOptions, inv.input, lang);
      return o.ok ? runTemplate(o.options, io, lang) : usage(o.message);
    }
    // — init —
    case 'init': {
      const o = checkOptions(InitOptions, inv.input, lang);
      return o.ok ? runInit(o.options, io, lang) : usage(o.message);
    }
    default:
      return usage(m.unknownCommand(inv.command));
  }
}

/** The last line of defence for privacy and the terminal: every line printed passes {@link safeOutput}. */
function maskedIo(io: CliIo): CliIo {
  return {
    ...io,
    out: (line) => io.out(safeOutput(line)),
    err: (line) => io.err(safeOutput(line)),
  };
}

/**
 * Runs `kkb` with the arguments after the program name and returns the exit code (0 ok, 1 errors found or
 * records left out under `--strict`, 2 usage error or unusable input); never throws. Every message is in
 * one language: `--lang`, else the programme's `defaultLang`, else Indonesian. The command line is parsed
 * with commander: `kkb <command> --help` shows that command's help, a mistyped command or option gets a
 * "did you mean", `--version` prints {@link VERSION}.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['indicators', 'examples/banjarmasin/data', '--json']);
 * ```
 */
export async function main(argv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  const io = maskedIo(rawIo);
  let lang: Lang = 'id';
  const command = argv[0];
  try {
    lang = await preferredLang(argv, io.cwd);
    const parsed = await parseCommandLine(argv, io, lang, VERSION);
    if (!parsed.ok) return parsed.code;
    return await run(parsed.invocation, io, lang);
  } catch {
    // Not expected: bad input is returned as issues. No stack, no raw runtime message.
    io.err(
      messagesFor(lang).internalError(
        command !== undefined && /^[a-z]+$/.test(command) ? command : undefined,
      ),
    );
    return EXIT.usage;
  }
}
