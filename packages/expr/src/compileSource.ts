import { type CompileOptions, type CompileResult, compile } from './compile.js';
import type { Environment } from './environment.js';
import { parse } from './parse.js';

/**
 * Parses, type-checks and compiles source text in one step; the errors of whichever step fails first.
 *
 * @example
 * ```ts
 * const r = compileSource('sum(users[mkjp]) / sum(users[*]) * 100', env);
 * if (r.ok) r.compiled(report); // 28.82… (49 / 170 × 100)
 * else r.errors.map((e) => e.message.id);
 * ```
 */
export function compileSource(source: string, env: Environment, options: CompileOptions = {}): CompileResult {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  return compile(parsed.ast, env, options);
}
