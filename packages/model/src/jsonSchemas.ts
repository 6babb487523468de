import type { TSchema } from '@sinclair/typebox';
import { Label } from './label.js';
import { RECORD_TYPES } from './recordTypes.js';

/** Base URL under which the published JSON Schemas are identified. */
export const SCHEMA_BASE_URL = 'https://kampung-kb.github.io/kampung-kb-sdk/schema/';

function clean(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(clean);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$id') continue; // nested ids would make the inlined definitions resolve elsewhere
      out[k] = clean(v);
    }
    return out;
  }
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) documents the package publishes in `schema/`, by file name. They are
 * generated from the TypeBox schemas, so they cannot drift from the TypeScript types.
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas()); // ['region.schema.json', 'kampung.schema.json', …]
 * ```
 */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  const entries: [string, TSchema][] = [
    ...RECORD_TYPES.map((r) => [r.type, r.schema] as [string, TSchema]),
    ['label', Label],
  ];
  for (const [name, schema] of entries) {
    const file = `${name}.schema.json`;
    out[file] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${SCHEMA_BASE_URL}${file}`,
      title: (schema as { $id?: string }).$id ?? name,
      ...(clean(schema) as object),
    };
  }
  return out;
}
