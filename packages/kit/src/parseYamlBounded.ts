import { isAlias, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';

/**
 * What {@link parseYamlBounded} returns: the data, or where and why the text cannot be used.
 *
 * @example
 * ```ts
 * const r: BoundedYaml = parseYamlBounded('a: [1, 2', 100);
 * if (!r.ok) console.log(r.problem, r.line, r.column); // 'syntax' 1 9
 * ```
 */
export type BoundedYaml =
  | { readonly ok: true; readonly data: unknown }
  | {
      readonly ok: false;
      /**
       * `syntax`: not YAML (`detail` is the parser's first line, without its position); `too-deep`:
       * collections nested thousands deep; `aliases`: aliases (`*name`) expand beyond `maxAliasCount`, at the
       * first alias; `other`: the parser refused it otherwise (`detail` says how).
       */
      readonly problem: 'syntax' | 'too-deep' | 'aliases' | 'other';
      /** 1-based line and column. */
      readonly line: number;
      readonly column: number;
      readonly detail: string;
    };

/**
 * Parses YAML (JSON is YAML too) with bounded resources, never throwing: a syntax error, collections
 * nested too deep for the parser and an "alias bomb" (aliases that would expand beyond `maxAliasCount`,
 * the `yaml` package's limit of alias uses times the size of what they refer to) come back as a problem
 * with its line and column. The one YAML reader of the programme, indicator and target files.
 *
 * @example
 * ```ts
 * parseYamlBounded('city: { code: "63.71" }', 100); // { ok: true, data: { city: { code: '63.71' } } }
 * const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]';
 * parseYamlBounded(bomb, 100); // { ok: false, problem: 'aliases', line: 2, column: 8, detail: '…' }
 * ```
 */
export function parseYamlBounded(text: string, maxAliasCount: number): BoundedYaml {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const e = doc.errors[0];
  if (e !== undefined) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+/, '').replace(/:$/, '');
    return {
      ok: false,
      // The yaml package stops on collections nested thousands deep with V8's words.
      problem: e.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'syntax',
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      detail,
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount }) };
  } catch (err) {
    // The yaml package throws (a ReferenceError) when aliases expand beyond the limit: point at the first alias.
    let offset = 0;
    visit(doc, (_key, node) => {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    });
    const { line, col } = lc.linePos(offset);
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problem: err instanceof ReferenceError ? 'aliases' : 'other',
      line,
      column: col,
      detail,
    };
  }
}
