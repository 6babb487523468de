import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkSchema, schemaFieldPath, zodErrorMap } from './checkSchema.js';
import { parseRuleFile } from './ruleFile.js';

const Point = z.object({ x: z.number(), tags: z.array(z.string()) }).strict();

describe('checkSchema', () => {
  it('gives the parsed value when it fits', () => {
    expect(checkSchema(Point, { x: 1, tags: ['a'] })).toEqual({ ok: true, data: { x: 1, tags: ['a'] } });
  });

  it('positions each problem by its path, in Indonesian and English', () => {
    const r = checkSchema(Point, { x: 'a', tags: ['b', 3] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['x', 'tags[1]']);
    expect(r.problems[0]?.path).toEqual(['x']);
    expect(r.problems[0]?.message.en).toBe('Invalid input: expected number, received string');
    expect(r.problems[0]?.message.id).toMatch(/^Input tidak valid: diharapkan number, diterima string$/);
  });

  it('names the root (the value itself) with an empty field, never a placeholder', () => {
    const r = checkSchema(Point, 42);
    expect(r.ok ? [] : r.problems.map((p) => [p.field, p.path])).toEqual([['', []]]);
    expect(schemaFieldPath([])).toBe('');
    expect(schemaFieldPath(['rules', 0, 'left', 'expression'])).toBe('rules[0].left.expression');
    expect(schemaFieldPath([2, 1])).toBe('[2][1]');
  });

  it("uses the caller's own message first, and words zod's safe-integer bounds without a 16-digit number", () => {
    const own = { id: 'pesan sendiri', en: 'own message' };
    const r = checkSchema(Point, { x: 1, tags: [] }, { messageFor: () => own });
    expect(r.ok).toBe(true);
    const bad = checkSchema(z.object({ n: z.number() }).strict(), { n: 'a' }, { messageFor: () => own });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([own]);
    const big = checkSchema(z.number().int(), 2 ** 60);
    expect(big.ok ? [] : big.problems.map((p) => p.message)).toEqual([
      { id: 'bilangan bulat di luar jangkauan', en: 'whole number out of range' },
    ]);
    const map = zodErrorMap('en');
    expect(
      z
        .number()
        .int()
        .safeParse(-(2 ** 60), { error: map }).error?.issues[0]?.message,
    ).toBe('whole number out of range');
  });

  it('gives the closest union branch (not the one failing on its type alone) when asked, with the full path', () => {
    const U = z.union([z.array(Point), z.object({ points: z.array(Point) }).strict()]);
    const data = { points: [{ x: 'a', tags: [1] }] };
    const plain = checkSchema(U, data);
    expect(plain.ok ? [] : plain.problems.map((p) => p.field)).toEqual(['']);
    const closest = checkSchema(U, data, { closestUnionBranch: true });
    expect(closest.ok ? [] : closest.problems.map((p) => p.field)).toEqual([
      'points[0].x',
      'points[0].tags[0]',
    ]);
  });

  it('is what parseRuleFile reports: a problem at the root has no field and no field in its message', () => {
    const r = parseRuleFile('42', 'rules.yaml');
    expect(r.ok).toBe(false);
    const [issue] = r.issues;
    expect(issue?.code).toBe('rule-file-invalid');
    expect(issue?.location.field).toBeUndefined();
    expect(issue?.message.en).not.toMatch(/root|^''/);
    expect(issue?.message.en).toBe('Invalid input: expected object, received number');
  });

  it("appends the caller's hint to zod's message, also to zod's generic text", () => {
    const hintFor = (issue: z.core.$ZodRawIssue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'number'
        ? { id: '(pakai tanda kutip)', en: '(use quotes)' }
        : undefined;
    const r = checkSchema(
      z.object({ code: z.string(), name: z.string() }).strict(),
      { code: 63.71, name: true },
      {
        hintFor,
      },
    );
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      {
        id: 'Input tidak valid: diharapkan string, diterima number (pakai tanda kutip)',
        en: 'Invalid input: expected string, received number (use quotes)',
      },
      {
        id: 'Input tidak valid: diharapkan string, diterima boolean',
        en: 'Invalid input: expected string, received boolean',
      },
    ]);
    // An issue code zod does not know: zod's generic text, with the hint.
    const unknown = { code: 'no_such_code', input: 1, path: [] } as unknown as z.core.$ZodRawIssue;
    expect(zodErrorMap('en', { hintFor: () => ({ id: '(x)', en: '(y)' }) })(unknown)).toBe(
      'Invalid input (y)',
    );
  });
});
