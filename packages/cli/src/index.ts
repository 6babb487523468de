/**
 * `@kampung-kb/cli`: the `kkb` command (`validate`, `indicators`, `report`, `init`). Each command is also a
 * function taking arguments and a {@link CliIo}, so it can be embedded and tested.
 *
 * @packageDocumentation
 */

export { type CliIo, processIo } from './cliIo.js';
export { ImportCommandOptions, InitOptions, ReportOptions, ValidateOptions } from './cliOptions.js';
export { importCommand } from './commands/import.js';
export {
  type IndicatorResultsJson,
  type IndicatorsJson,
  indicatorsCommand,
  type KampungExplanationJson,
  type SubIndicatorJson,
  toIndicatorsJson,
} from './commands/indicators.js';
export { initCommand } from './commands/init.js';
export { readinessCommand } from './commands/readiness.js';
export { reportCommand } from './commands/report.js';
export { sitesCommand } from './commands/sites.js';
export { validateCommand } from './commands/validate.js';
export { EXIT } from './exitCodes.js';
export {
  INDICATOR_LEVELS,
  type IndicatorLevelName,
  IndicatorsCommandOptions,
} from './indicatorsCommandOptions.js';
export { main, VERSION } from './main.js';
