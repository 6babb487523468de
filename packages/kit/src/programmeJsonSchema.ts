import { SCHEMA_BASE_URL } from '@kampung-kb/model';
import * as z from 'zod';
import { ProgrammeDefinition } from './programmeDefinition.js';

/**
 * The JSON Schema (draft 2020-12) of a programme definition as written by hand (defaults optional),
 * generated from {@link ProgrammeDefinition} with `z.toJSONSchema`, identified as
 * `programme.schema.json` under the SDK's schema base URL. Point `$schema` at it in `programme.json` to
 * get completion and checks in an editor.
 *
 * @example
 * ```ts
 * const schema = programmeJsonSchema();
 * schema['$id']; // 'https://kampung-kb.github.io/kampung-kb-sdk/schema/programme.schema.json'
 * ```
 */
export function programmeJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ProgrammeDefinition, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: `${SCHEMA_BASE_URL}programme.schema.json`, ...rest };
}
