import {
  isFamilyTallyKey,
  type Label,
  type RecordType,
  recordTypeInfo,
  totalPopulation,
} from '@kampung-kb/model';
import type { DataElement } from '../aggregation/dataElement.js';

/** Reads one number (or nothing) from a record of a field-valued type. */
export type FieldReader = (record: Readonly<Record<string, unknown>>) => number | undefined;

/** A measure of an event record: the month it falls in and what it adds (a count, or codes to collect). */
export interface EventMeasure {
  readonly month: (record: Readonly<Record<string, unknown>>) => string | undefined;
  readonly amount: (record: Readonly<Record<string, unknown>>) => number;
  /** For set-valued measures (agencies): the codes the record brings. */
  readonly codes?: (record: Readonly<Record<string, unknown>>) => readonly string[];
}

/** How an element reads its records, or why it cannot. */
export type ElementMeasure =
  | { readonly ok: true; readonly source: 'field'; readonly read: FieldReader }
  | { readonly ok: true; readonly source: 'event'; readonly measure: EventMeasure }
  | { readonly ok: false; readonly reason: Label };

interface SchemaNode {
  readonly type?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

type Leaf = 'number' | 'flag' | 'list' | 'member';

function leafOf(node: SchemaNode): Leaf | undefined {
  if (node.anyOf) {
    const nonNull = node.anyOf.filter((s) => s.type !== 'null');
    return nonNull.length === 1 && nonNull[0] ? leafOf(nonNull[0]) : undefined;
  }
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'boolean') return 'flag';
  if (node.type === 'array') return 'list';
  return undefined;
}

/** What kind of leaf a dotted path reaches in a schema, or `undefined` when it reaches none. */
function leafAt(schema: SchemaNode, segments: readonly string[]): Leaf | undefined {
  let node: SchemaNode | undefined = schema;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if (node?.type === 'object' && node.properties && Object.hasOwn(node.properties, seg)) {
      node = node.properties[seg];
      continue;
    }
    if (node?.type === 'array' && i === segments.length - 1) {
      const codes = node.items?.anyOf?.map((s) => s.const);
      return codes?.includes(seg) ? 'member' : undefined;
    }
    return undefined;
  }
  return node ? leafOf(node) : undefined;
}

function readPath(record: unknown, segments: readonly string[], leaf: Leaf): number | undefined {
  let node: unknown = record;
  const last = leaf === 'member' ? segments.length - 1 : segments.length;
  for (let i = 0; i < last; i++) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segments[i] as string];
  }
  switch (leaf) {
    case 'number':
      return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
    case 'flag':
      return typeof node === 'boolean' ? (node ? 1 : 0) : undefined;
    case 'list':
      return Array.isArray(node) ? node.length : undefined;
    default:
      return Array.isArray(node) ? (node.includes(segments[segments.length - 1]) ? 1 : 0) : undefined;
  }
}

function monthOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9]{4}-(0[1-9]|1[0-2])-[0-9]{2}$/.test(value)
    ? value.slice(0, 7)
    : undefined;
}

function unknownPath(e: DataElement): ElementMeasure {
  return {
    ok: false,
    reason: {
      id: `Jalur '${e.path}' tidak dikenal untuk rekaman ${e.recordType}`,
      en: `Path '${e.path}' is not known for ${e.recordType} records`,
    },
  };
}

const SECTION_RE = /^section\.([A-Za-z]+)$/;

function eventMeasure(e: DataElement): ElementMeasure {
  if (e.recordType === 'intervention') {
    const month = (r: Readonly<Record<string, unknown>>) => monthOf(r['date']);
    if (e.path === 'count') return { ok: true, source: 'event', measure: { month, amount: () => 1 } };
    if (e.path === 'agencies') {
      const codes = (r: Readonly<Record<string, unknown>>): readonly string[] => {
        const a = r['agencies'];
        return Array.isArray(a) ? a.filter((c): c is string => typeof c === 'string') : [];
      };
      return { ok: true, source: 'event', measure: { month, amount: () => 1, codes } };
    }
    const section = SECTION_RE.exec(e.path)?.[1];
    const schema = recordTypeInfo('intervention').schema as SchemaNode;
    const sections = schema.properties?.['section']?.anyOf?.map((s) => s.const) ?? [];
    if (section !== undefined && sections.includes(section)) {
      return {
        ok: true,
        source: 'event',
        measure: { month, amount: (r) => (r['section'] === section ? 1 : 0) },
      };
    }
    return unknownPath(e);
  }
  if (e.path === 'raised') {
    return { ok: true, source: 'event', measure: { month: (r) => monthOf(r['raisedOn']), amount: () => 1 } };
  }
  if (e.path === 'addressed') {
    return {
      ok: true,
      source: 'event',
      measure: {
        month: (r) => (r['status'] === 'addressed' ? monthOf(r['addressedOn']) : undefined),
        amount: () => 1,
      },
    };
  }
  return unknownPath(e);
}

/**
 * Resolves how a data element reads its records: a field reader for monthly, population, profile and budget
 * records (checked against the record type's schema) and for family tallies (a key of `values`, checked
 * against `familyTallyKeys`), or an event measure for interventions and proposals.
 */
export function elementMeasure(e: DataElement): ElementMeasure {
  if (e.recordType === 'intervention' || e.recordType === 'proposal') return eventMeasure(e);
  if (e.recordType === 'population' && e.path === 'total') {
    return {
      ok: true,
      source: 'field',
      read: (r) => {
        const male = r['male'];
        const female = r['female'];
        if (male === null || typeof male !== 'object' || female === null || typeof female !== 'object') {
          return undefined;
        }
        const n = totalPopulation({ male, female } as Parameters<typeof totalPopulation>[0]);
        return Number.isFinite(n) ? n : undefined;
      },
    };
  }
  if (e.recordType === 'family') {
    if (!isFamilyTallyKey(e.path)) return unknownPath(e);
    const key = e.path;
    return {
      ok: true,
      source: 'field',
      read: (r) => {
        const values = r['values'];
        if (values === null || typeof values !== 'object') return undefined;
        const v = (values as Record<string, unknown>)[key];
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      },
    };
  }
  const type: RecordType = e.recordType;
  const segments = e.path.split('.');
  const leaf = leafAt(recordTypeInfo(type).schema as SchemaNode, segments);
  if (leaf === undefined) return unknownPath(e);
  return { ok: true, source: 'field', read: (r) => readPath(r, segments, leaf) };
}
