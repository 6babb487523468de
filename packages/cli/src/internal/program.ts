import { similarNames } from '@kampung-kb/kit';
import type { Lang } from '@kampung-kb/model';
import { Command, CommanderError } from 'commander';
import type { z } from 'zod';
import type { CliIo } from '../cliIo.js';
import { messagesFor } from '../messages/messagesFor.js';
import { displayText } from './displayText.js';
import { zodErrorMap } from './zodErrorMap.js';

/** The commands of `kkb`, by name (a `Set`, so that `constructor` or `__proto__` is no command). */
export const COMMAND_NAMES: ReadonlySet<string> = new Set([
  'validate',
  'indicators',
  'report',
  // — readiness, sites —
  'readiness',
  'sites',
  // — template —
  'template',
  // — init —
  'init',
  // — import —
  'import',
  // — family —
  'family',
]);

/** What the command line asked for: a command, its data directory and its raw options. */
export interface Invocation {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/** The outcome of parsing: an invocation, or an exit code after help, version or a usage error. */
export type Parsed =
  | { readonly ok: true; readonly invocation: Invocation }
  | { readonly ok: false; readonly code: number };

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Options that take a value (to find the data directory among the arguments before parsing). */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '--rules',
  '--lang',
  '--today',
  '--level',
  '--period',
  '--indicator',
  '--indicators',
  '--targets',
  '--out',
  '--cross-sector-exclusions',
  '--zero-denominator',
  // — sites —
  '--candidates',
  // — init —
  '--region',
  // — import —
  '--into',
  // — family —
  '--data',
  '--secret-file',
  '--secret-env',
  '--group-by',
  '--group-map',
  // — indicators --engine (sql-indicators) —
  '--engine',
]);

/**
 * The `kkb` program on commander, every text from the catalogue of `lang`: help per command, "did you
 * mean" for mistyped commands and options, `--version`. Nothing is printed by commander on error; the
 * caller translates the error (see {@link parseCommandLine}).
 */
export function buildProgram(
  lang: Lang,
  io: CliIo,
  version: string,
  onInvocation: (inv: Invocation) => void,
): Command {
  const m = messagesFor(lang);
  const program = new Command('kkb');
  configureProgram(program, m, io, version);

  const done = (command: string) => (dir: string, options: Record<string, unknown>) => {
    onInvocation({ command, input: { ...options, dir } });
  };

  addDataCommands(program, m, done);
  addPlanningCommands(program, m, done);
  addFileCommands(program, m, onInvocation);
  addSetupCommands(program, m, done);
  return program;
}

type Messages = ReturnType<typeof messagesFor>;
/** The action of a command on a data directory: hands the invocation over. */
type Done = (command: string) => (dir: string, options: Record<string, unknown>) => void;

/** The program's description, usage, output, help, version and the pointer to the docs. */
function configureProgram(program: Command, m: Messages, io: CliIo, version: string): void {
  const trim = (s: string) => s.replace(/\n$/, '');
  program
    .description(m.programDescription)
    .usage(m.usageProgram)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(trim(s)),
      writeErr: (s) => io.err(trim(s)),
      outputError: () => {},
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      styleTitle: (t) => m.helpTitle(t),
      showGlobalOptions: false,
    })
    .showSuggestionAfterError(false)
    .version(version, '-v, --version', m.versionOption)
    .helpOption('-h, --help', m.helpOption)
    .helpCommand('help [command]', m.helpCommand)
    .addHelpText('afterAll', m.docsPointer);
}

/** `validate`, `indicators`, `report`: the commands on a data directory's records. */
function addDataCommands(program: Command, m: Messages, done: Done): void {
  program
    .command('validate')
    .usage(m.usageCommand)
    .description(m.validateDescription)
    .argument('<dir>', m.argDir)
    .option('--rules <file>', m.optRules)
    .option('--today <YYYY-MM-DD>', m.optToday)
    .option('--engine <js|duckdb>', m.optValidateEngine)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    .action(done('validate'));

  program
    .command('indicators')
    .usage(m.usageCommand)
    .description(m.indicatorsDescription)
    .argument('<dir>', m.argDir)
    .option('--level <level>', m.optLevel)
    .option('--period <period>', m.optPeriod)
    .option('--indicator <id>', m.optIndicator, collect)
    .option('--indicators <file>', m.optIndicators)
    .option('--targets <file>', m.optTargets)
    .option('--json', m.optJson)
    .option('--csv', m.optCsv)
    .option('--list', m.optList)
    .option('--explain', m.optExplain)
    .option('--strict', m.optStrict)
    .option('--cross-sector-exclusions <codes>', m.optCrossSector)
    .option('--zero-denominator <zero|missing>', m.optZeroDenominator)
    .option('--lang <id|en>', m.optLang)
    .option('--engine <js|duckdb>', m.optEngineIndicators)
    .action(done('indicators'));

  program
    .command('report')
    .usage(m.usageCommand)
    .description(m.reportDescription)
    .argument('<dir>', m.argDir)
    .option('--out <dir>', m.optOut)
    .option('--period <YYYY-MM>', m.optMonth)
    .option('--public', m.optPublic)
    .option('--strict', m.optStrict)
    .option('--today <YYYY-MM-DD>', m.optToday)
    .option('--cross-sector-exclusions <codes>', m.optCrossSector)
    .option('--zero-denominator <zero|missing>', m.optZeroDenominator)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    // — report formats —
    .option('--format <formats>', m.optFormat)
    .option('--targets <file>', m.optTargets)
    .option('--chromium <path>', m.optChromium)
    .action(done('report'));
}

/** `readiness`, `sites`: planning a new Kampung KB. */
function addPlanningCommands(program: Command, m: Messages, done: Done): void {
  // — readiness —
  program
    .command('readiness')
    .usage(m.usageCommand)
    .description(m.readinessDescription)
    .argument('<dir>', m.argDir)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    .action(done('readiness'));

  // — sites —
  program
    .command('sites')
    .usage(m.usageCommand)
    .description(m.sitesDescription)
    .argument('<dir>', m.argDir)
    .option('--candidates <file>', m.optCandidates)
    .option('--period <YYYY-MM>', m.optSitesPeriod)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    .action(done('sites'));
}

/** `import`, `family`: reading a file into the data directory. */
function addFileCommands(program: Command, m: Messages, onInvocation: (inv: Invocation) => void): void {
  // — import —
  program
    .command('import')
    .usage('[options] <file> --into <dir>')
    .description(m.importDescription)
    .argument('<file>', m.argImportFile)
    .option('--into <dir>', m.optInto)
    .option('--dry-run', m.optDryRun)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    .action((file: string, options: Record<string, unknown>) => {
      onInvocation({ command: 'import', input: { ...options, file } });
    });
  // — family —
  program
    .command('family')
    .usage('[options] <file> --data <dir> (--secret-file <file> | --secret-env <VARIABLE>)')
    .description(m.familyDescription)
    .argument('<file>', m.argFamilyFile)
    .option('--data <dir>', m.optFamilyData)
    .option('--secret-file <file>', m.optSecretFile)
    .option('--secret-env <VARIABLE>', m.optSecretEnv)
    .option('--dhs', m.optDhs)
    .option('--group-by <variable>', m.optGroupBy)
    .option('--group-map <file.csv>', m.optGroupMap)
    .option('--period <YYYY-MM>', m.optFamilyPeriod)
    .option('--lang <id|en>', m.optLang)
    .action((file: string, options: Record<string, unknown>) => {
      onInvocation({ command: 'family', input: { ...options, file } });
    });
}

/** `template`, `init`: setting up a data directory and its workbook. */
function addSetupCommands(program: Command, m: Messages, done: Done): void {
  // — template —
  program
    .command('template')
    .usage(m.usageCommand)
    .description(m.templateDescription)
    .argument('<dir>', m.argDir)
    .option('--out <file.xlsx>', m.optTemplateOut)
    .option('--period <YYYY-MM>', m.optTemplatePeriod)
    .option('--candidates', m.optTemplateCandidates)
    .option('--force', m.optForce)
    .option('--json', m.optJson)
    .option('--lang <id|en>', m.optLang)
    .action(done('template'));
  // — init —
  program
    .command('init')
    .usage(m.usageCommand)
    .description(m.initDescription)
    .argument('<dir>', m.argInitDir)
    .requiredOption('--region <code|name>', m.optRegion)
    .option('--force', m.optInitForce)
    .option('--lang <id|en>', m.optInitLang)
    .action(done('init'));
}

/**
 * What a misspelt command or `--option` may have meant, by the SDK's one did-you-mean (`similarNames`):
 * the program's commands, or the long options of `commandName` and the program's own.
 */
export function namesMeant(
  program: Command,
  error: CommanderError,
  commandName: string | undefined,
): string[] {
  const word = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'commander.unknownCommand')
    return similarNames(word, [...program.commands.map((c) => c.name()), 'help']);
  if (error.code !== 'commander.unknownOption' || !word.startsWith('--')) return [];
  const command = program.commands.find((c) => c.name() === commandName);
  const options = [...(command?.options ?? []), ...program.options];
  return similarNames(word, [...options.flatMap((o) => (o.long === undefined ? [] : [o.long])), '--help']);
}

/** A commander error in the catalogue's words (never commander's English), with the names it may have meant. */
export function translateCommanderError(
  error: CommanderError,
  lang: Lang,
  similar: readonly string[] = [],
): string[] {
  const m = messagesFor(lang);
  const msg = error.message;
  const quoted = /'([^']*)'/.exec(msg)?.[1] ?? '';
  let line: string;
  switch (error.code) {
    case 'commander.unknownOption':
      line = m.unknownOption(quoted);
      break;
    case 'commander.unknownCommand':
      line = m.unknownCommand(quoted);
      break;
    case 'commander.missingArgument':
      line = m.missingArgument(quoted);
      break;
    case 'commander.optionMissingArgument':
      line = m.optionMissingValue(quoted.split(' ')[0] ?? quoted);
      break;
    case 'commander.missingMandatoryOptionValue':
      line = m.requiredOption(quoted.split(' ')[0] ?? quoted);
      break;
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(msg) ?? [];
      line = m.tooManyArguments(Number(expected ?? 0), Number(got ?? 0));
      break;
    }
    default:
      line = m.invalidArguments;
  }
  return similar.length > 0 ? [line, m.didYouMean(similar)] : [line];
}

/**
 * Validates an invocation's raw options with a command's zod schema, messages in `lang`. Returns the
 * options, or the usage message.
 */
export function checkOptions<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  lang: Lang,
): { ok: true; options: z.output<S> } | { ok: false; message: string } {
  const r = schema.safeParse(input, { error: zodErrorMap(lang) });
  if (r.success) return { ok: true, options: r.data };
  const m = messagesFor(lang);
  const first = r.error.issues[0];
  const key = first?.path.map(String).join('.') ?? '';
  const field = key === 'dir' ? '<dir>' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (first?.code === 'invalid_type' && first.input === undefined)
    return { ok: false, message: m.required(field) };
  return {
    ok: false,
    message: m.invalidValue(field, displayText(first?.message ?? m.invalidArguments, lang)),
  };
}

/**
 * Parses `argv` (after the program name) with the program; prints help, the version or a translated usage
 * error itself and returns its exit code, or returns the invocation to run.
 */
export async function parseCommandLine(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
  version: string,
): Promise<Parsed> {
  let invocation: Invocation | undefined;
  const program = buildProgram(lang, io, version, (inv) => {
    invocation = inv;
  });
  const m = messagesFor(lang);
  const command = argv[0] !== undefined && COMMAND_NAMES.has(argv[0]) ? argv[0] : undefined;
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return { ok: false, code: 2 };
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return { ok: false, code: 0 };
    if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync')
      return { ok: false, code: 2 };
    for (const line of translateCommanderError(e, lang, namesMeant(program, e, command)))
      io.err(displayText(`kkb${command === undefined ? '' : ` ${command}`}: ${line}`, lang));
    io.err(m.seeHelp(command));
    return { ok: false, code: 2 };
  }
  if (invocation === undefined) return { ok: false, code: 0 };
  return { ok: true, invocation };
}
