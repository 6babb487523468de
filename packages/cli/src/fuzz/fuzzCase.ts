import fc from 'fast-check';
import { EXAMPLES, type ExampleName } from './dataDirModel.js';
import { type DataDirMutation, dataDirMutation } from './dataDirMutation.js';
import { type SideFileCase, sideFileCase } from './sideFileMutation.js';

/** The command lines the suite runs, by name; `D` is the data directory, `O` the output directory. */
export const COMMAND_VARIANTS = {
  validate: ['validate', 'D'],
  'validate --json': ['validate', 'D', '--json'],
  'validate --rules': ['validate', 'D', '--rules', 'RULES'],
  'validate --rules --json': ['validate', 'D', '--rules', 'RULES', '--json'],
  indicators: ['indicators', 'D'],
  'indicators --json': ['indicators', 'D', '--json'],
  'indicators --csv': ['indicators', 'D', '--csv'],
  'indicators --level kota': ['indicators', 'D', '--level', 'kota'],
  'indicators --level kota --json': ['indicators', 'D', '--level', 'kota', '--json'],
  'indicators --level kecamatan --csv': ['indicators', 'D', '--level', 'kecamatan', '--csv'],
  'indicators --level kota --period 2020': ['indicators', 'D', '--level', 'kota', '--period', '2020'],
  'indicators --explain': ['indicators', 'D', '--explain'],
  'indicators --explain --json': ['indicators', 'D', '--explain', '--json'],
  'indicators --indicators --targets --json': [
    'indicators',
    'D',
    '--level',
    'kota',
    '--indicators',
    'INDICATORS',
    '--targets',
    'TARGETS',
    '--json',
  ],
  'indicators --indicators --targets': [
    'indicators',
    'D',
    '--indicators',
    'INDICATORS',
    '--targets',
    'TARGETS',
  ],
  'indicators --targets --level kecamatan': [
    'indicators',
    'D',
    '--level',
    'kecamatan',
    '--targets',
    'TARGETS',
  ],
  'indicators --json --strict': ['indicators', 'D', '--json', '--strict'],
  'report --public': ['report', 'D', '--out', 'O', '--public'],
  'report --public --json': ['report', 'D', '--out', 'O', '--public', '--json'],
  'report --json': ['report', 'D', '--out', 'O', '--json'],
  'report --json --strict': ['report', 'D', '--out', 'O', '--json', '--strict'],
  'report --out data': ['report', 'D', '--out', 'D', '--public'],
} as const satisfies Record<string, readonly string[]>;

/** A command variant's name. */
export type CommandVariant = keyof typeof COMMAND_VARIANTS;

/** How the output directory looks before `report` runs. */
export type OutSetup =
  | 'absent'
  | 'empty'
  /** `O/kampung/<first kampung>-<latest month>.md` is a symlink to a file outside `O`. */
  | 'file-symlink'
  /** `O/kampung` is a symlink to a directory outside `O`. */
  | 'dir-symlink';

/** One fuzz case: a mutated data directory, side files, the output directory and the commands to run. */
export interface FuzzCase {
  readonly example: ExampleName;
  /** Kampung and months kept from the example; `undefined` keeps the whole example. */
  readonly sample: { readonly kampung: number; readonly months: number } | undefined;
  readonly mutations: readonly DataDirMutation[];
  readonly commands: readonly CommandVariant[];
  readonly lang: 'id' | 'en' | undefined;
  readonly rules: SideFileCase;
  readonly indicators: SideFileCase;
  readonly targets: SideFileCase;
  readonly out: OutSetup;
}

/** What a property wants to stress: which commands, and whether side files are mutated. */
export interface CaseFocus {
  readonly commands: readonly CommandVariant[];
  /** Maximum number of commands run per case. */
  readonly maxCommands: number;
  /** Whether side files (rules, indicators, targets) get mutations; otherwise they are the example files. */
  readonly mutateSideFiles: boolean;
  /** Whether the output directory may hold planted symlinks. */
  readonly plantSymlinks: boolean;
  /** Maximum number of data-directory mutations. */
  readonly maxMutations: number;
  /** Mutations drawn as often as all the others together (to stress one property). */
  readonly leaning?: fc.Arbitrary<DataDirMutation>;
}

const untouched = (kind: SideFileCase['kind']): fc.Arbitrary<SideFileCase> =>
  fc.constant({ kind, yaml: kind === 'rules', mutations: [] });

/**
 * An arbitrary fuzz case for a focus: mostly a 3-kampung × 3-month sample of an example (sometimes 1–4 ×
 * 1–4, once in a while the whole example) with 0–n mutations.
 *
 * @example
 * ```ts
 * fc.sample(fuzzCase({ commands: ['validate --json'], maxCommands: 1, mutateSideFiles: false, plantSymlinks: false, maxMutations: 4 }), 1);
 * ```
 */
export function fuzzCase(focus: CaseFocus): fc.Arbitrary<FuzzCase> {
  return fc.record({
    example: fc.constantFrom(...EXAMPLES),
    sample: fc.oneof(
      { weight: 12, arbitrary: fc.constant({ kampung: 3, months: 3 }) },
      {
        weight: 6,
        arbitrary: fc.record({
          kampung: fc.integer({ min: 1, max: 4 }),
          months: fc.integer({ min: 1, max: 4 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    mutations: fc.array(focus.leaning ? fc.oneof(dataDirMutation, focus.leaning) : dataDirMutation, {
      minLength: 0,
      maxLength: focus.maxMutations,
    }),
    commands: fc.uniqueArray(fc.constantFrom(...focus.commands), {
      minLength: 1,
      maxLength: focus.maxCommands,
    }),
    lang: fc.constantFrom('id' as const, 'en' as const, undefined),
    rules: focus.mutateSideFiles ? sideFileCase('rules') : untouched('rules'),
    indicators: focus.mutateSideFiles ? sideFileCase('indicators') : untouched('indicators'),
    targets: focus.mutateSideFiles ? sideFileCase('targets') : untouched('targets'),
    out: focus.plantSymlinks
      ? fc.constantFrom<OutSetup>('absent', 'empty', 'file-symlink', 'dir-symlink')
      : fc.constantFrom<OutSetup>('absent', 'empty'),
  });
}
