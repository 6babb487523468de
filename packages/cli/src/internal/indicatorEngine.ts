import * as indicatorsModule from '@kampung-kb/indicators';
import type { Dataset, Label } from '@kampung-kb/model';

/**
 * The indicator engine's API as announced (`computeIndicators`, `checkIndicatorDefinition`,
 * `indicatorResultsToCsv`, `defaultIndicatorCatalogue` from `@kampung-kb/indicators`), looked up at run time
 * so the CLI builds before the engine lands. Replace with static imports once it is exported.
 */
export interface EngineDefinition {
  readonly id: string;
  readonly name: Label;
  readonly numerator: string;
  readonly denominator?: string;
  readonly definition?: Label;
  readonly factor?: number;
  readonly decimals?: number;
  readonly unit?: unknown;
  readonly standard?: unknown;
  readonly regionLevels?: readonly string[];
  readonly periodTypes?: readonly string[];
  readonly direction?: string;
}

/** One engine result (`IndicatorResult`). */
export interface EngineResult {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly level: string;
  readonly period: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly nullReason: string | null;
  readonly target?: unknown;
}

/** The engine, normalised. */
export interface IndicatorEngine {
  readonly catalogue: readonly EngineDefinition[];
  readonly compute: (
    dataset: Dataset,
    options: {
      readonly indicators: readonly EngineDefinition[];
      readonly level: string;
      readonly periods: readonly string[];
      readonly targets?: readonly unknown[];
    },
  ) => readonly EngineResult[];
  /** Problems with a definition, as bilingual messages; empty when it is usable. */
  readonly check: (def: EngineDefinition) => readonly Label[];
  readonly toCsv: (results: readonly EngineResult[]) => string;
}

function isLabel(v: unknown): v is Label {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Label).id === 'string' &&
    typeof (v as Label).en === 'string'
  );
}

function messagesOf(checked: unknown): Label[] {
  const list = Array.isArray(checked)
    ? checked
    : typeof checked === 'object' &&
        checked !== null &&
        Array.isArray((checked as { issues?: unknown }).issues)
      ? ((checked as { issues: unknown[] }).issues ?? [])
      : [];
  return list.map((i) => {
    if (isLabel(i)) return i;
    const m = (i as { message?: unknown }).message;
    if (isLabel(m)) return m;
    const s = typeof m === 'string' ? m : JSON.stringify(i);
    return { id: s, en: s };
  });
}

function catalogueOf(value: unknown): EngineDefinition[] | undefined {
  if (Array.isArray(value)) return value as EngineDefinition[];
  const list = (value as { indicators?: unknown } | undefined)?.indicators;
  return Array.isArray(list) ? (list as EngineDefinition[]) : undefined;
}

/**
 * The indicator engine of `@kampung-kb/indicators`, or `undefined` while the package does not export it.
 *
 * @example
 * ```ts
 * const engine = indicatorEngine();
 * if (engine) console.log(engine.catalogue.map((d) => d.id));
 * ```
 */
export function indicatorEngine(): IndicatorEngine | undefined {
  const ns = indicatorsModule as unknown as Readonly<Record<string, unknown>>;
  const compute = ns['computeIndicators'];
  const check = ns['checkIndicatorDefinition'];
  const toCsv = ns['indicatorResultsToCsv'];
  const catalogue = catalogueOf(ns['defaultIndicatorCatalogue']);
  if (typeof compute !== 'function' || typeof toCsv !== 'function' || catalogue === undefined)
    return undefined;
  return {
    catalogue,
    compute: (dataset, options) => compute(dataset, options) as EngineResult[],
    check: (def) => (typeof check === 'function' ? messagesOf(check(def)) : []),
    toCsv: (results) => String(toCsv(results)),
  };
}
