import type { ClassificationLevelCode } from './classificationLevels.js';

/**
 * The three classification indices of a kampung, each a mean score from 1 to 4 rounded to 2 decimals.
 *
 * @example
 * ```ts
 * const indices: ClassificationIndices = { input: 3.2, process: 2.67, output: 3.25 };
 * levelOfIndices(indices); // 'mandiri'
 * ```
 */
export interface ClassificationIndices {
  readonly input: number;
  readonly process: number;
  readonly output: number;
}

/**
 * The index value from which an index counts as reached in the level rule.
 *
 * @example
 * ```ts
 * classification.indices.output >= LEVEL_THRESHOLD; // whether the output index is reached
 * ```
 */
export const LEVEL_THRESHOLD = 3;

/**
 * The classification level of three (rounded) index values, as the portal decides it with threshold 3:
 * Dasar when no index or exactly one index is ≥ 3; Berkembang when input and process are ≥ 3 but output
 * is not; Berkelanjutan when all three are; Mandiri when output is ≥ 3 together with one of input or
 * process.
 *
 * @example
 * ```ts
 * levelOfIndices({ input: 3.2, process: 3, output: 2.75 }); // 'berkembang'
 * levelOfIndices({ input: 2.8, process: 3.33, output: 3.25 }); // 'mandiri'
 * levelOfIndices({ input: 3.4, process: 2.67, output: 2.5 }); // 'dasar'
 * ```
 */
export function levelOfIndices(indices: ClassificationIndices): ClassificationLevelCode {
  const input = indices.input >= LEVEL_THRESHOLD;
  const process = indices.process >= LEVEL_THRESHOLD;
  const output = indices.output >= LEVEL_THRESHOLD;
  const reached = Number(input) + Number(process) + Number(output);
  if (reached <= 1) return 'dasar';
  if (!output) return 'berkembang';
  if (reached === 3) return 'berkelanjutan';
  return 'mandiri';
}
