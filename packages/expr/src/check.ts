import type { Label } from '@kampung-kb/model';
import type { BinaryExpr, CallExpr, Expr, Span } from './ast.js';
import type { Diagnostic } from './diagnostic.js';
import type { Environment } from './environment.js';
import { type ExprType, formatType } from './exprType.js';
import { firstTooDeep, leftSpine } from './internal/depth.js';
import { tooDeep } from './internal/limitDiagnostics.js';
import { resolveField, resolveGroup } from './internal/resolve.js';
import { print } from './print.js';

/**
 * The result of {@link check}: the expression's type, or every type error found.
 *
 * @example
 * ```ts
 * const r: CheckResult = check(ast, env);
 * if (r.ok) formatType(r.type); // 'boolean'
 * ```
 */
export type CheckResult =
  | { readonly ok: true; readonly type: ExprType }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

type T = ExprType | undefined;

const NUMBER: ExprType = { kind: 'number', nullable: false };
const BOOLEAN: ExprType = { kind: 'boolean', nullable: false };

/** Indonesian and English names of a type for messages. */
function typeLabel(t: ExprType): Label {
  if (t.kind === 'list') {
    return { id: t.element.nullable ? 'daftar angka (boleh null)' : 'daftar angka', en: formatType(t) };
  }
  const id = { number: 'angka', string: 'teks', boolean: 'boolean', null: 'null' }[t.kind];
  return { id: t.nullable && t.kind !== 'null' ? `${id} atau null` : id, en: formatType(t) };
}

class Checker {
  readonly errors: Diagnostic[] = [];
  constructor(private readonly env: Environment) {}

  private error(code: Diagnostic['code'], span: Span, message: Label, suggestion?: string): undefined {
    this.errors.push({ code, span, message, ...(suggestion === undefined ? {} : { suggestion }) });
    return undefined;
  }

  private mismatch(span: Span, what: Label, expected: Label, got: ExprType): undefined {
    const g = typeLabel(got);
    return this.error('type-mismatch', span, {
      id: `${what.id} harus ${expected.id}, tetapi bertipe ${g.id} (baris ${span.line}, kolom ${span.column}).`,
      en: `${what.en} must be ${expected.en}, but it is ${g.en} (line ${span.line}, column ${span.column}).`,
    });
  }

  /** Types a node; a list is only accepted where `allowList` says so. */
  typeOf(e: Expr, allowList = false): T {
    const t = this.raw(e);
    if (t?.kind === 'list' && !allowList) {
      return this.error('type-mismatch', e.span, {
        id: `Daftar (grup) di baris ${e.span.line}, kolom ${e.span.column} hanya boleh dipakai di dalam sum, min, max atau count.`,
        en: `A list (group) at line ${e.span.line}, column ${e.span.column} can only be used inside sum, min, max or count.`,
      });
    }
    return t;
  }

  private raw(e: Expr): T {
    switch (e.kind) {
      case 'number':
        return NUMBER;
      case 'string':
        return { kind: 'string', nullable: false };
      case 'boolean':
        return BOOLEAN;
      case 'null':
        return { kind: 'null', nullable: true };
      case 'field':
        return this.field(e.path, e.span);
      case 'group':
        return this.group(e.path, e.group, e.span);
      case 'unary':
        return this.unary(e.op, e.operand);
      case 'binary':
        return this.binary(e);
      case 'call':
        return this.call(e);
    }
  }

  private field(path: readonly string[], span: Span, recordOnly = false): T {
    const name = path.join('.');
    const r = resolveField(this.env, path);
    switch (r.kind) {
      case 'variable':
        if (recordOnly) {
          return this.error('invalid-argument', span, {
            id: `'${name}' adalah variabel tambahan, bukan kolom rekaman; prev dan lastYear hanya membaca kolom rekaman.`,
            en: `'${name}' is an extra variable, not a record field; prev and lastYear only read record fields.`,
          });
        }
        return r.type;
      case 'field':
        return r.type;
      case 'object':
        return this.error('not-a-value', span, {
          id: `'${name}' adalah kelompok kolom, bukan nilai; gunakan misalnya '${name}.<kolom>' atau 'sum(${name}[*])'.`,
          en: `'${name}' is a group of fields, not a value; use e.g. '${name}.<field>' or 'sum(${name}[*])'.`,
        });
      case 'unsupported':
        return this.error('not-a-value', span, {
          id: `Kolom '${name}' (${r.what}) tidak bisa dipakai dalam ekspresi.`,
          en: `Field '${name}' (${r.what}) cannot be used in an expression.`,
        });
      case 'unknown': {
        const hint: Label =
          r.suggestion === undefined
            ? { id: '', en: '' }
            : { id: ` Mungkin maksud Anda '${r.suggestion}'?`, en: ` Did you mean '${r.suggestion}'?` };
        return this.error(
          'unknown-field',
          span,
          {
            id: `Kolom '${name}' tidak dikenal (baris ${span.line}, kolom ${span.column}).${hint.id}`,
            en: `Unknown field '${name}' (line ${span.line}, column ${span.column}).${hint.en}`,
          },
          r.suggestion,
        );
      }
    }
  }

  private group(path: readonly string[], group: string, span: Span): T {
    const objectPath = path.join('.');
    const r = resolveGroup(this.env, path, group);
    switch (r.kind) {
      case 'group':
        return r.type;
      case 'not-object': {
        const hint: Label =
          r.suggestion === undefined
            ? { id: '', en: '' }
            : { id: ` Mungkin maksud Anda '${r.suggestion}'?`, en: ` Did you mean '${r.suggestion}'?` };
        return this.error(
          'not-a-group-object',
          span,
          {
            id: `'${objectPath}' bukan objek berisi kolom, jadi tidak punya grup (baris ${span.line}, kolom ${span.column}).${hint.id}`,
            en: `'${objectPath}' is not an object of fields, so it has no groups (line ${span.line}, column ${span.column}).${hint.en}`,
          },
          r.suggestion,
        );
      }
      case 'non-numeric':
        return this.error('not-a-group-object', span, {
          id: `Grup '${objectPath}[${group}]' memuat '${r.field}' yang bukan angka; grup hanya boleh berisi kolom angka.`,
          en: `Group '${objectPath}[${group}]' includes '${r.field}', which is not a number; groups hold numeric fields only.`,
        });
      case 'empty':
        return this.error('unknown-group', span, {
          id: `Tak satu pun kolom grup '${objectPath}[${group}]' ada dalam skema ini.`,
          en: `None of the fields of group '${objectPath}[${group}]' exist in this schema.`,
        });
      case 'unknown-group': {
        const hint: Label =
          r.suggestion === undefined
            ? { id: ` Grup yang ada: ${r.known.join(', ')}.`, en: ` Known groups: ${r.known.join(', ')}.` }
            : { id: ` Mungkin maksud Anda '${r.suggestion}'?`, en: ` Did you mean '${r.suggestion}'?` };
        return this.error(
          'unknown-group',
          span,
          {
            id: `'${objectPath}' tidak punya grup '${group}' (baris ${span.line}, kolom ${span.column}).${hint.id}`,
            en: `'${objectPath}' has no group '${group}' (line ${span.line}, column ${span.column}).${hint.en}`,
          },
          r.suggestion,
        );
      }
    }
  }

  private unary(op: '-' | 'not', operand: Expr): T {
    const t = this.typeOf(operand);
    if (t === undefined) return undefined;
    const want = op === '-' ? 'number' : 'boolean';
    if (t.kind !== want && t.kind !== 'null') {
      return this.mismatch(
        operand.span,
        { id: `Operand '${op}'`, en: `The operand of '${op}'` },
        op === '-' ? { id: 'angka', en: 'a number' } : { id: 'boolean', en: 'a boolean' },
        t,
      );
    }
    return { kind: want, nullable: t.nullable };
  }

  /**
   * Types a binary node and the chain of binary nodes on its left without recursing into them: a flat
   * `a + b + c + …` of thousands of terms takes a loop, not thousands of stack frames. Errors come in the
   * same order as a recursive walk (left to right).
   */
  private binary(top: BinaryExpr): T {
    const spine = leftSpine(top);
    const bottom = (spine[spine.length - 1] as BinaryExpr).left;
    let l = this.typeOf(bottom);
    for (let i = spine.length - 1; i >= 0; i--) {
      const e = spine[i] as BinaryExpr;
      const r = this.typeOf(e.right);
      l = l === undefined || r === undefined ? undefined : this.combine(e, l, r);
    }
    return l;
  }

  /** The type of binary node `e` from the types of its operands. */
  private combine(e: BinaryExpr, l: ExprType, r: ExprType): T {
    const nullable = l.nullable || r.nullable;
    const side = (left: boolean): Label =>
      left
        ? { id: `Sisi kiri '${e.op}'`, en: `The left side of '${e.op}'` }
        : { id: `Sisi kanan '${e.op}'`, en: `The right side of '${e.op}'` };
    switch (e.op) {
      case '+':
      case '-':
      case '*':
      case '/': {
        const num = { id: 'angka', en: 'a number' };
        if (l.kind !== 'number' && l.kind !== 'null') return this.mismatch(e.left.span, side(true), num, l);
        if (r.kind !== 'number' && r.kind !== 'null') return this.mismatch(e.right.span, side(false), num, r);
        return { kind: 'number', nullable };
      }
      case 'and':
      case 'or': {
        const bool = { id: 'boolean', en: 'a boolean' };
        if (l.kind !== 'boolean' && l.kind !== 'null') return this.mismatch(e.left.span, side(true), bool, l);
        if (r.kind !== 'boolean' && r.kind !== 'null')
          return this.mismatch(e.right.span, side(false), bool, r);
        return { kind: 'boolean', nullable };
      }
      default: {
        if (l.kind === 'null' || r.kind === 'null') {
          const other = l.kind === 'null' ? e.right : e.left;
          return this.error(
            'null-comparison',
            e.span,
            {
              id: `Membandingkan dengan null selalu menghasilkan null (tidak diketahui); gunakan isNull(...) (baris ${e.span.line}, kolom ${e.span.column}).`,
              en: `Comparing with null always gives null (unknown); use isNull(...) (line ${e.span.line}, column ${e.span.column}).`,
            },
            other.kind === 'null' ? undefined : `${e.op === '!=' ? 'not ' : ''}isNull(${print(other)})`,
          );
        }
        const ordered = e.op !== '==' && e.op !== '!=';
        if (ordered && l.kind === 'boolean') {
          return this.mismatch(
            e.left.span,
            side(true),
            { id: 'angka atau teks', en: 'a number or a string' },
            l,
          );
        }
        if (l.kind !== r.kind) {
          const a = typeLabel(l);
          const b = typeLabel(r);
          return this.error('type-mismatch', e.span, {
            id: `Kedua sisi '${e.op}' harus bertipe sama, tetapi kiri ${a.id} dan kanan ${b.id} (baris ${e.span.line}, kolom ${e.span.column}).`,
            en: `Both sides of '${e.op}' must have the same type, but the left is ${a.en} and the right ${b.en} (line ${e.span.line}, column ${e.span.column}).`,
          });
        }
        return { kind: 'boolean', nullable };
      }
    }
  }

  private arity(e: CallExpr, min: number, max: number): boolean {
    const n = e.args.length;
    if (n >= min && n <= max) return true;
    const expected: Label =
      min === max
        ? { id: `${min}`, en: `${min}` }
        : max === Number.POSITIVE_INFINITY
          ? { id: `paling sedikit ${min}`, en: `at least ${min}` }
          : { id: `${min} atau ${max}`, en: `${min} or ${max}` };
    this.error('arity', e.span, {
      id: `Fungsi '${e.name}' memerlukan ${expected.id} argumen, tetapi diberi ${n} (baris ${e.span.line}, kolom ${e.span.column}).`,
      en: `Function '${e.name}' expects ${expected.en} argument${min === 1 && max === 1 ? '' : 's'}, but got ${n} (line ${e.span.line}, column ${e.span.column}).`,
    });
    return false;
  }

  /** Joins the types of two branches (`if`, `coalesce`). */
  private unify(a: ExprType, b: ExprType, span: Span, what: Label): T {
    if (a.kind === 'null') return b.kind === 'list' ? undefined : { kind: b.kind, nullable: true };
    if (b.kind === 'null') return { kind: a.kind, nullable: true } as ExprType;
    if (a.kind !== b.kind)
      return this.mismatch(span, what, typeLabel({ ...a, nullable: false } as ExprType), b);
    return { kind: a.kind, nullable: a.nullable || b.nullable } as ExprType;
  }

  private call(e: CallExpr): T {
    switch (e.name) {
      case 'if':
        return this.callIf(e);
      case 'isNull': {
        const types = e.args.map((a) => this.typeOf(a));
        if (!this.arity(e, 1, 1) || types[0] === undefined) return undefined;
        return BOOLEAN;
      }
      case 'coalesce':
        return this.callCoalesce(e);
      case 'sum':
      case 'min':
      case 'max':
      case 'count':
        return this.callAggregate(e);
      case 'abs':
      case 'round':
        return this.callNumeric(e);
      case 'prev':
      case 'lastYear':
        return this.callEarlier(e);
    }
  }

  /** `if(condition, then, else)`: a boolean condition, both branches of one type. */
  private callIf(e: CallExpr): T {
    const types = e.args.map((a) => this.typeOf(a));
    if (!this.arity(e, 3, 3)) return undefined;
    const [c, a, b] = types;
    if (c === undefined || a === undefined || b === undefined) return undefined;
    if (c.kind !== 'boolean' && c.kind !== 'null') {
      return this.mismatch((e.args[0] as Expr).span, argLabel(e, 0), { id: 'boolean', en: 'a boolean' }, c);
    }
    const t = this.unify(a, b, (e.args[2] as Expr).span, argLabel(e, 2));
    return t === undefined ? undefined : ({ ...t, nullable: t.nullable || c.nullable } as ExprType);
  }

  /** `coalesce(a, b, …)`: arguments of one type, null only when every one may be. */
  private callCoalesce(e: CallExpr): T {
    const types = e.args.map((a) => this.typeOf(a));
    if (!this.arity(e, 1, Number.POSITIVE_INFINITY)) return undefined;
    if (types.some((t) => t === undefined)) return undefined;
    let acc = types[0] as ExprType;
    for (let i = 1; i < types.length; i++) {
      const next = this.unify(acc, types[i] as ExprType, (e.args[i] as Expr).span, argLabel(e, i));
      if (next === undefined) return undefined;
      acc = next;
    }
    const allNullable = types.every((t) => t?.nullable);
    return { ...acc, nullable: allNullable } as ExprType;
  }

  /** `sum`, `min`, `max`, `count` of a list. */
  private callAggregate(e: CallExpr): T {
    const types = e.args.map((a) => this.typeOf(a, true));
    if (!this.arity(e, 1, 1) || types[0] === undefined) return undefined;
    const t = types[0];
    if (t.kind !== 'list') {
      return this.mismatch(
        (e.args[0] as Expr).span,
        argLabel(e, 0),
        { id: 'daftar angka seperti users[*]', en: 'a list such as users[*]' },
        t,
      );
    }
    return e.name === 'count' ? NUMBER : { kind: 'number', nullable: t.element.nullable };
  }

  /** `abs(x)`, `round(x, digits)`: numbers, digits a whole number from -15 to 15. */
  private callNumeric(e: CallExpr): T {
    const types = e.args.map((a) => this.typeOf(a));
    if (!this.arity(e, 1, e.name === 'abs' ? 1 : 2)) return undefined;
    if (types.some((t) => t === undefined)) return undefined;
    let nullable = false;
    for (let i = 0; i < types.length; i++) {
      const t = types[i] as ExprType;
      if (t.kind !== 'number' && t.kind !== 'null') {
        return this.mismatch((e.args[i] as Expr).span, argLabel(e, i), { id: 'angka', en: 'a number' }, t);
      }
      nullable ||= t.nullable;
    }
    const digits = e.args[1];
    if (digits !== undefined) {
      const d = literalNumber(digits);
      if (d !== undefined && (!Number.isInteger(d) || Math.abs(d) > 15)) {
        return this.error('invalid-argument', digits.span, {
          id: `Jumlah desimal round harus bilangan bulat antara -15 dan 15, bukan ${d}.`,
          en: `The digits of round must be a whole number from -15 to 15, not ${d}.`,
        });
      }
    }
    return { kind: 'number', nullable };
  }

  /** `prev`, `lastYear` of a field or group: the same type, which may be null. */
  private callEarlier(e: CallExpr): T {
    if (!this.arity(e, 1, 1)) return undefined;
    const arg = e.args[0] as Expr;
    if (arg.kind === 'field') {
      const t = this.field(arg.path, arg.span, true);
      if (t === undefined || t.kind === 'list') return t;
      return { kind: t.kind, nullable: true };
    }
    if (arg.kind === 'group') {
      const t = this.group(arg.path, arg.group, arg.span);
      if (t === undefined || t.kind !== 'list') return t;
      return { kind: 'list', nullable: false, element: { kind: 'number', nullable: true } };
    }
    return this.error('invalid-argument', arg.span, {
      id: `${e.name} hanya menerima nama kolom atau grup, misalnya ${e.name}(users.iud) (baris ${arg.span.line}, kolom ${arg.span.column}).`,
      en: `${e.name} takes a field or a group only, e.g. ${e.name}(users.iud) (line ${arg.span.line}, column ${arg.span.column}).`,
    });
  }
}

/** The name of argument `i` of a call, for messages. */
function argLabel(e: CallExpr, i: number): Label {
  return { id: `Argumen ke-${i + 1} '${e.name}'`, en: `Argument ${i + 1} of '${e.name}'` };
}

function literalNumber(e: Expr): number | undefined {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'number') return -e.operand.value;
  return undefined;
}

/**
 * Type-checks an AST against an environment before any data is seen. Reports every unknown field (with a
 * "did you mean"), object used as a value, unknown group, type mismatch (`users.iud + 'a'`, `if(1, …)`),
 * comparison with `null`, wrong number of arguments and invalid `prev`/`lastYear`/`round` argument, each
 * with line, column and a bilingual message. Returns the expression's type when there is none.
 *
 * Typing rules: arithmetic takes numbers; comparisons take two values of the same kind (`< <= > >=` numbers
 * or strings); `and`/`or`/`not` take booleans; any nullable operand makes the result nullable. Lists come
 * only from groups and are only accepted by `sum`, `min`, `max`, `count` (and as the whole expression).
 * A tree nested deeper than {@link MAX_EXPRESSION_DEPTH} (possible only for an AST built in code; the parser
 * refuses such text) gives `expression-too-deep` and is not walked.
 *
 * @example
 * ```ts
 * const env = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
 * const r = parse('users.iu + 1');
 * if (r.ok) {
 *   const c = check(r.ast, env);
 *   if (!c.ok) c.errors[0]?.suggestion; // 'users.iud'
 * }
 * ```
 */
export function check(ast: Expr, env: Environment): CheckResult {
  // An AST built in code may be deeper than the parser allows: refuse it before walking it.
  const deep = firstTooDeep(ast);
  if (deep !== undefined) return { ok: false, errors: [tooDeep(deep.span)] };
  const checker = new Checker(env);
  const type = checker.typeOf(ast, true);
  if (checker.errors.length > 0 || type === undefined) return { ok: false, errors: checker.errors };
  return { ok: true, type };
}
