import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CliIo, main } from '@kampung-kb/cli';
import { type OperatorWork, operatorFills } from './operatorFills.js';

/** One `kkb` command of the example and what it printed. */
export interface ExampleStep {
  readonly args: readonly string[];
  readonly code: number;
  /** Standard output and standard error, line by line, in the order printed. */
  readonly lines: readonly string[];
  /** The exit code the example expects (the import rejects the operator's deliberate mistakes: 1). */
  readonly expected: number;
}

/** What the example did. */
export interface ExampleRun {
  readonly steps: readonly ExampleStep[];
  readonly work: OperatorWork;
  /** Where everything was written. */
  readonly dataDir: string;
  readonly workbook: string;
  readonly reportDir: string;
}

/** Kota Balikpapan's Kemendagri code. */
export const CITY_CODE = '64.71';

/** Marks the programme's data as synthetic, so every report says so (the one edit made by hand). */
function markSynthetic(file: string): void {
  const programme = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...programme, synthetic: true }, null, 2)}\n`);
}

/**
 * The whole example, as a new city's DPPKB staff would do it with the kit alone, into `outDir` (emptied
 * first): `kkb init` for Kota Balikpapan (64.71) (then `programme.json` is marked `"synthetic": true`), `kkb template`, the operators fill the workbook (with four
 * deliberate mistakes), `kkb import`, `kkb validate`, `kkb indicators` and `kkb report`. Every command
 * runs in process through the CLI's `main()`; `echo` receives each printed line as it comes.
 *
 * @example
 * ```ts
 * const run = await runExample('examples/balikpapan/out');
 * run.steps.every((s) => s.code === s.expected); // true
 * ```
 */
export async function runExample(
  outDir: string,
  echo: (line: string) => void = () => {},
): Promise<ExampleRun> {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const dataDir = join(out, 'data');
  const workbook = join(out, 'isian-balikpapan.xlsx');
  const reportDir = join(out, 'laporan');
  const steps: ExampleStep[] = [];
  const kkb = async (args: string[], expected = 0) => {
    const lines: string[] = [];
    const say = (l: string) => {
      lines.push(l);
      echo(l);
    };
    const io: CliIo = { out: say, err: say, cwd: out };
    echo(`$ kkb ${args.join(' ')}`);
    const code = await main(args, io);
    steps.push({ args, code, lines, expected });
    return code;
  };
  await kkb(['init', 'data', '--region', CITY_CODE]);
  markSynthetic(join(dataDir, 'programme.json'));
  echo('# programme.json: "synthetic": true (data sintetis / synthetic data)');
  await kkb(['template', 'data', '--out', 'isian-balikpapan.xlsx', '--period', '2020-12']);
  echo('# Operator Pokja mengisi buku kerja / the Pokja operators fill the workbook');
  const work = await operatorFills(dataDir, workbook, { mistakes: true });
  for (const e of work.errors) {
    echo(`#   ${e.sheet}, baris/row ${e.row}, ${e.column} = "${e.value}" (${e.why})`);
  }
  await kkb(['import', 'isian-balikpapan.xlsx', '--into', 'data'], 1);
  await kkb(['validate', 'data']);
  await kkb(['indicators', 'data']);
  await kkb(['report', 'data', '--out', 'laporan']);
  return { steps, work, dataDir, workbook, reportDir };
}
