import { isValidDate, parseMonth } from '@kampung-kb/model';
import { z } from 'zod';

/** Options every command understands. */
const common = {
  lang: z.enum(['id', 'en']).optional(),
  json: z.boolean().optional(),
};

const month = z.string().transform((s, ctx) => {
  const m = parseMonth(s);
  if (m === undefined) {
    ctx.addIssue({ code: 'custom', message: `period: '${s}' is not a month (YYYY-MM)` });
    return z.NEVER;
  }
  return m;
});

const today = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(s), {
  message: 'not a date (YYYY-MM-DD)',
});

/** `kkb validate <dir> [--rules <file>] [--json] [--lang id|en]` */
export const ValidateOptions = z
  .object({ dir: z.string().min(1), rules: z.string().min(1).optional(), today: today.optional(), ...common })
  .strict();
/** `kkb report <dir> --out <dir> [--lang id|en] [--period YYYY-MM] [--public]` */
export const ReportOptions = z
  .object({
    dir: z.string().min(1),
    out: z.string().min(1),
    period: month.optional(),
    public: z.boolean().optional(),
    strict: z.boolean().optional(),
    today: today.optional(),
    ...common,
  })
  .strict();

/** Parsed options of `kkb validate`. */
export type ValidateOptions = z.infer<typeof ValidateOptions>;
/** Parsed options of `kkb report`. */
export type ReportOptions = z.infer<typeof ReportOptions>;
