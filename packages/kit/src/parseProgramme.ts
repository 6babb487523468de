import { type Issue, type IssueLocation, type Label, maskIdentifiers } from '@kampung-kb/model';
import { textPosition, type ZodErrorMapOptions, zodErrorMap } from '@kampung-kb/rules';
import type * as z from 'zod';
import { makeIssue, shown } from './internal/issues.js';
import { jsonErrorOffset } from './internal/lineColumn.js';
import { sourceLines } from './internal/sourceLines.js';
import { stripBom } from './internal/stripBom.js';
import { type BoundedYaml, parseYamlBounded } from './parseYamlBounded.js';
import { type Programme, ProgrammeDefinition } from './programmeDefinition.js';

/**
 * The format of a programme definition file.
 *
 * @example
 * ```ts
 * parseProgramme(text, 'program-kota.txt', 'yaml');
 * ```
 */
export type ProgrammeFormat = 'json' | 'yaml';

/**
 * Result of {@link parseProgramme}.
 *
 * @example
 * ```ts
 * const r: ProgrammeResult = parseProgramme(text, 'programme.json');
 * if (r.ok) console.log(r.programme.city.name);
 * else for (const i of r.issues) console.log(i.message.id);
 * ```
 */
export type ProgrammeResult =
  | { readonly ok: true; readonly programme: Programme }
  | { readonly ok: false; readonly issues: Issue[] };

type RawIssue = z.core.$ZodRawIssue;

/** How the programme's zod issues are worded (see `zodErrorMap` of `@kampung-kb/rules`). */
const WORDING: ZodErrorMapOptions = {
  // The schema's own bilingual labels (`params.label` of a custom issue), e.g. for region codes.
  messageFor: (issue: RawIssue) => (issue as { params?: { label?: Label } }).params?.label,
  // YAML reads an unquoted 63.71 as a number: say how to write a code.
  hintFor: (issue: RawIssue) =>
    issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number'
      ? { id: '(tulis di antara tanda kutip, mis. "63.71")', en: '(write it in quotes, e.g. "63.71")' }
      : undefined,
};

function formatOf(file: string): ProgrammeFormat {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

function syntaxIssue(
  file: string,
  format: ProgrammeFormat,
  line: number,
  column: number,
  detail: string,
): Issue {
  const code = format === 'yaml' ? 'yaml-invalid' : 'json-invalid';
  const kind = format === 'yaml' ? 'YAML' : 'JSON';
  return makeIssue(
    code,
    'error',
    { file, line },
    { line, column },
    {
      id: `'${file}' bukan ${kind} yang sah (baris ${line}, kolom ${column}): ${detail}`,
      en: `'${file}' is not valid ${kind} (line ${line}, column ${column}): ${detail}`,
    },
  );
}

/**
 * The longest programme definition {@link parseProgramme} reads, in characters (UTF-16 code units):
 * 1,000,000, far above any real one. A longer text gives `programme-invalid` and is not parsed.
 *
 * @example
 * ```ts
 * parseProgramme(' '.repeat(MAX_PROGRAMME_LENGTH + 1), 'programme.yaml').ok; // false
 * ```
 */
export const MAX_PROGRAMME_LENGTH = 1_000_000;

/**
 * How much YAML aliases (`*name`) may expand in a programme definition (the `yaml` package's
 * `maxAliasCount`). Beyond it, e.g. an "alias bomb", {@link parseProgramme} gives `yaml-invalid` at the
 * first alias.
 *
 * @example
 * ```ts
 * MAX_PROGRAMME_YAML_ALIAS_COUNT; // 100
 * ```
 */
export const MAX_PROGRAMME_YAML_ALIAS_COUNT = 100;

/** The issue of a YAML programme file {@link parseYamlBounded} could not use. */
function yamlIssue(file: string, format: ProgrammeFormat, r: Extract<BoundedYaml, { ok: false }>): Issue {
  const { line, column } = r;
  if (r.problem === 'syntax' || r.problem === 'other') {
    return syntaxIssue(file, format, line, column, shown(r.detail, 160));
  }
  const max = MAX_PROGRAMME_YAML_ALIAS_COUNT;
  return makeIssue(
    'yaml-invalid',
    'error',
    { file, line },
    { line, column },
    r.problem === 'too-deep'
      ? {
          id: `'${shown(file)}' bukan YAML yang sah (baris ${line}, kolom ${column}): bersarang terlalu dalam.`,
          en: `'${shown(file)}' is not valid YAML (line ${line}, column ${column}): nested too deeply.`,
        }
      : {
          id: `'${shown(file)}': alias YAML (*nama) mulai di baris ${line}, kolom ${column} mengembang terlalu besar (lebih dari ${max}); tulis nilainya langsung atau pakai lebih sedikit alias.`,
          en: `'${shown(file)}': the YAML aliases (*name) from line ${line}, column ${column} on expand too much (more than ${max}); write the values out or use fewer aliases.`,
        },
  );
}

/**
 * Parses and validates a programme definition (`programme.json` or `programme.yaml`) with
 * {@link ProgrammeDefinition}. Each problem becomes an issue `programme-invalid` (error) with the dotted
 * path as `field`, the file and, when it can be found, the line, and a message in Indonesian (zod's `id`
 * locale, or the SDK's own text for region codes) and English. A syntax error gives `json-invalid` or
 * `yaml-invalid` with line and column. The format defaults from the file's extension. Input is bounded: a
 * text over {@link MAX_PROGRAMME_LENGTH} characters gives `programme-invalid`, YAML aliases expanding beyond
 * {@link MAX_PROGRAMME_YAML_ALIAS_COUNT} give `yaml-invalid` at the first alias. Never throws.
 *
 * @example
 * ```ts
 * const r = parseProgramme('name: { id: Kampung KB Kampung Baiman, en: Kampung KB Kampung Baiman }\ncity: { code: "63.71.04", name: Kota Banjarmasin }\n', 'programme.yaml');
 * // r.ok === false; r.issues[0]:
 * // { code: 'programme-invalid', location: { file: 'programme.yaml', line: 2, field: 'city.code' },
 * //   message: { id: "'city.code': '63.71.04' adalah kode kecamatan, padahal yang diminta kode kabupaten/kota (mis. '63.71')",
 * //              en: "'city.code': '63.71.04' is a district code, but a regency or city code is needed (e.g. '63.71')" } }
 * ```
 */
export function parseProgramme(
  text: string,
  file: string,
  format: ProgrammeFormat = formatOf(file),
): ProgrammeResult {
  if (text.length > MAX_PROGRAMME_LENGTH) {
    const { line, column } = textPosition(text, MAX_PROGRAMME_LENGTH);
    const n = text.length;
    const max = MAX_PROGRAMME_LENGTH;
    return {
      ok: false,
      issues: [
        makeIssue(
          'programme-invalid',
          'error',
          { file, line },
          { length: n, maxLength: max },
          {
            id: `'${shown(file)}' terlalu besar: ${n} karakter, padahal definisi program paling banyak ${max} karakter (batas terlampaui di baris ${line}, kolom ${column}).`,
            en: `'${shown(file)}' is too large: ${n} characters, but a programme definition may have at most ${max} (the limit is passed at line ${line}, column ${column}).`,
          },
        ),
      ],
    };
  }
  const src = stripBom(text);
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(src);
    } catch (e) {
      const detail = shown(e instanceof Error ? e.message : String(e), 160);
      const { line, column } = textPosition(src, jsonErrorOffset(detail) ?? src.length);
      return { ok: false, issues: [syntaxIssue(file, format, line, column, detail)] };
    }
  } else {
    const r = parseYamlBounded(src, MAX_PROGRAMME_YAML_ALIAS_COUNT);
    if (!r.ok) return { ok: false, issues: [yamlIssue(file, format, r)] };
    data = r.data;
  }

  const id = ProgrammeDefinition.safeParse(data, { error: zodErrorMap('id', WORDING) });
  if (id.success) return { ok: true, programme: id.data };
  const en = ProgrammeDefinition.safeParse(data, { error: zodErrorMap('en', WORDING) });
  const enIssues = en.success ? [] : en.error.issues;
  const lineOf = sourceLines(src);
  const issues: Issue[] = [];
  id.error.issues.forEach((zi, i) => {
    const enMessage = enIssues[i]?.message ?? zi.message;
    // One issue per unknown key, each at its own line.
    const paths = zi.code === 'unrecognized_keys' ? zi.keys.map((k) => [...zi.path, k]) : [zi.path];
    for (const path of paths) {
      const field = path.map(String).join('.');
      const line = lineOf(path);
      const location: IssueLocation = line === undefined ? { file, field } : { file, line, field };
      const prefix = field === '' ? '' : `'${shown(field)}': `;
      const idText =
        zi.code === 'unrecognized_keys' ? `Kunci '${shown(field)}' tidak dikenal` : `${prefix}${zi.message}`;
      const enText =
        zi.code === 'unrecognized_keys' ? `Unknown key '${shown(field)}'` : `${prefix}${enMessage}`;
      issues.push(
        makeIssue(
          'programme-invalid',
          'error',
          location,
          { zodCode: zi.code },
          { id: maskIdentifiers(idText), en: maskIdentifiers(enText) },
        ),
      );
    }
  });
  return { ok: false, issues };
}
