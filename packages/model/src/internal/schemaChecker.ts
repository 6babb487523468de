import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type ValueError } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';

/**
 * How a schema is checked: `compiled` by TypeBox's TypeCompiler (generated code, needs `new Function`),
 * or `interpreted` by TypeBox's `Value.Check` / `Value.Errors` (no code generation, so it runs under a
 * Content-Security-Policy without `'unsafe-eval'` and in Node with `--disallow-code-generation-from-strings`).
 * Both give the same answers: a compiled check's `Errors` is `Value.Errors` on the same schema.
 */
export type CheckMode = 'compiled' | 'interpreted';

/** A check of one schema: whether a value conforms, and every way it does not. */
export interface SchemaChecker {
  readonly mode: CheckMode;
  check(value: unknown): boolean;
  errors(value: unknown): Iterable<ValueError>;
}

/** `undefined` until the first compile was tried; then whether code generation is allowed here. */
let codeGeneration: boolean | undefined;

function interpreted(schema: TSchema): SchemaChecker {
  return {
    mode: 'interpreted',
    check: (value) => Value.Check(schema, value),
    errors: (value) => Value.Errors(schema, value),
  };
}

/**
 * A checker for `schema`. With `mode` `'auto'` (the default) the first call tries to compile; if code
 * generation is refused (EvalError under a strict CSP, or any other compile error) it falls back to
 * the interpreter, and every later call goes straight to the interpreter without trying again.
 */
export function schemaChecker(schema: TSchema, mode: CheckMode | 'auto' = 'auto'): SchemaChecker {
  if (mode === 'interpreted' || (mode === 'auto' && codeGeneration === false)) return interpreted(schema);
  try {
    const c = TypeCompiler.Compile(schema);
    codeGeneration = true;
    return { mode: 'compiled', check: (value) => c.Check(value), errors: (value) => c.Errors(value) };
  } catch (error) {
    if (mode === 'compiled') throw error;
    codeGeneration = false;
    return interpreted(schema);
  }
}
