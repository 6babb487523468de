import type { Label } from '@kampung-kb/model';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type ValueError, ValueErrorType } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { Family } from '../model/family.js';
import { shownText } from './readIssue.js';

interface Checker {
  check(value: unknown): boolean;
  errors(value: unknown): Iterable<ValueError>;
}

let checker: Checker | undefined;

/** TypeBox's compiled check of {@link Family}, or its interpreter where code generation is refused (strict CSP). */
function familyChecker(): Checker {
  if (!checker) {
    try {
      const c = TypeCompiler.Compile(Family);
      checker = { check: (v) => c.Check(v), errors: (v) => c.Errors(v) };
    } catch {
      checker = { check: (v) => Value.Check(Family, v), errors: (v) => Value.Errors(Family, v) };
    }
  }
  return checker;
}

/** One way a family breaks the model: the member (index) or the family itself, the dotted field, the message. */
export interface FamilyProblem {
  /** Index of the member in `members`, or `undefined` for a family field. */
  readonly member?: number;
  readonly field: string;
  readonly message: Label;
}

function limit(schema: TSchema, key: string): string {
  const v = (schema as Record<string, unknown>)[key];
  return typeof v === 'number' ? String(v) : '?';
}

function messageOf(e: ValueError, field: string): Label {
  const v =
    e.value === undefined ? '' : shownText(typeof e.value === 'string' ? e.value : JSON.stringify(e.value));
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { id: `kolom wajib '${field}' kosong`, en: `required column '${field}' is empty` };
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.ArrayMinItems:
      return {
        id: `'${field}' (${v}) kurang dari batas bawah ${limit(e.schema, e.type === ValueErrorType.ArrayMinItems ? 'minItems' : 'minimum')}`,
        en: `'${field}' (${v}) is below the lower limit ${limit(e.schema, e.type === ValueErrorType.ArrayMinItems ? 'minItems' : 'minimum')}`,
      };
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.ArrayMaxItems:
      return {
        id: `'${field}' (${v}) melebihi batas atas ${limit(e.schema, e.type === ValueErrorType.ArrayMaxItems ? 'maxItems' : 'maximum')}`,
        en: `'${field}' (${v}) is above the upper limit ${limit(e.schema, e.type === ValueErrorType.ArrayMaxItems ? 'maxItems' : 'maximum')}`,
      };
    case ValueErrorType.StringPattern:
      return {
        id: `'${field}' (${v}) tidak sesuai format ${String(e.schema['pattern'])}`,
        en: `'${field}' (${v}) does not match the format ${String(e.schema['pattern'])}`,
      };
    default:
      return {
        id: `'${field}' berisi nilai yang tidak sah (${v})`,
        en: `'${field}' holds an invalid value (${v})`,
      };
  }
}

/**
 * Every way `family` breaks the {@link Family} schema, one problem per field (the first TypeBox gives),
 * each placed on its member or on the family. Empty when the family is valid.
 */
export function familyProblems(family: unknown): FamilyProblem[] {
  const c = familyChecker();
  if (c.check(family)) return [];
  const out: FamilyProblem[] = [];
  const seen = new Set<string>();
  for (const e of c.errors(family)) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    const parts = e.path.split('/').filter((p) => p !== '');
    const inMember = parts[0] === 'members' && parts.length >= 2 && /^[0-9]+$/.test(parts[1] as string);
    const field = (inMember ? parts.slice(2) : parts).join('.') || '(record)';
    const problem = { field, message: messageOf(e, field) };
    out.push(inMember ? { ...problem, member: Number(parts[1]) } : problem);
  }
  return out;
}
