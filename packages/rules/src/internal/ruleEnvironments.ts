import {
  createEnvironment,
  type Environment,
  type JsonSchemaLike,
  type VariableType,
} from '@kampung-kb/expr';
import { type PopulationSnapshot, type RecordType, recordTypeInfo, totalPopulation } from '@kampung-kb/model';
import type { IndexedSnapshot } from './populationIndex.js';

const num: VariableType = { kind: 'number', nullable: true };
const str: VariableType = { kind: 'string', nullable: true };

/** Variables of the population snapshot in force that monthly rules can read. */
export const POPULATION_VARIABLES: Readonly<Record<string, VariableType>> = {
  pus: num,
  totalPopulation: num,
  families: num,
  familiesWithUnderFives: num,
  familiesWithAdolescents: num,
  familiesWithElderly: num,
  adolescents: num,
  populationPeriod: str,
};

/** Extra variables per record type (besides the record's own fields); none for the others. */
export const RECORD_VARIABLES: Readonly<Partial<Record<RecordType, Readonly<Record<string, VariableType>>>>> =
  {
    profile: { designationDate: str },
    population: { totalPopulation: num, malePopulation: num, femalePopulation: num },
    monthly: POPULATION_VARIABLES,
    intervention: { designationDate: str },
  };

const cache = new Map<RecordType, Environment>();

/** The expression environment of a record type: its schema's fields plus {@link RECORD_VARIABLES}. */
export function environmentFor(type: RecordType): Environment {
  let env = cache.get(type);
  if (!env) {
    env = createEnvironment(recordTypeInfo(type).schema as JsonSchemaLike, {
      variables: RECORD_VARIABLES[type] ?? {},
    });
    cache.set(type, env);
  }
  return env;
}

function sumOf(o: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const v of Object.values(o)) n += v;
  return n;
}

/** The variables a monthly report sees from its population snapshot in force (built once per snapshot). */
export function monthlyVariables(entry: IndexedSnapshot): Readonly<Record<string, unknown>> {
  const s = entry.snapshot;
  return {
    pus: s.pus,
    totalPopulation: totalPopulation(s),
    families: s.families,
    familiesWithUnderFives: s.familiesWithUnderFives,
    familiesWithAdolescents: s.familiesWithAdolescents,
    familiesWithElderly: s.familiesWithElderly,
    adolescents: s.adolescents,
    populationPeriod: entry.period,
  };
}

/** The variables of a (schema-valid) population snapshot. */
export function populationVariables(s: PopulationSnapshot): Readonly<Record<string, unknown>> {
  const male = sumOf(s.male);
  const female = sumOf(s.female);
  return { totalPopulation: male + female, malePopulation: male, femalePopulation: female };
}
