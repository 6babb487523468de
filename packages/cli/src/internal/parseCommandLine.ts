import { parseArgs } from 'node:util';
import type { z } from 'zod';

/** A usage error, in both languages. */
export interface UsageError {
  readonly id: string;
  readonly en: string;
}

/** Result of parsing one command's arguments. */
export type CommandLine<T> = { ok: true; options: T } | { ok: false; error: UsageError };

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/**
 * Parses `args` (after the command name) with `node:util` `parseArgs`, maps positional arguments to
 * names, then validates with a zod schema. Never throws: unknown options, missing values and invalid
 * values come back as a bilingual usage error.
 */
export function parseCommandLine<S extends z.ZodType>(
  args: readonly string[],
  spec: OptionSpec,
  positionals: readonly string[],
  schema: S,
): CommandLine<z.output<S>> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { id: `Argumen tidak sah: ${msg}`, en: `Invalid arguments: ${msg}` } };
  }
  if (parsed.positionals.length > positionals.length) {
    const extra = parsed.positionals.slice(positionals.length).join(' ');
    return { ok: false, error: { id: `Argumen berlebih: ${extra}`, en: `Unexpected arguments: ${extra}` } };
  }
  const input: Record<string, unknown> = { ...parsed.values };
  positionals.forEach((name, i) => {
    if (parsed.positionals[i] !== undefined) input[name] = parsed.positionals[i];
  });
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, options: r.data };
  const first = r.error.issues[0];
  const field = first?.path.join('.') ?? '';
  if (first && first.code === 'invalid_type' && first.input === undefined) {
    const name = positionals.includes(field) ? `<${field}>` : `--${field}`;
    return { ok: false, error: { id: `${name} wajib diisi`, en: `${name} is required` } };
  }
  const shown = first?.message ?? 'invalid';
  return {
    ok: false,
    error: { id: `Nilai tidak sah untuk --${field}: ${shown}`, en: `Invalid value for --${field}: ${shown}` },
  };
}
