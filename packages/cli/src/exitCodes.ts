/**
 * Exit codes of `kkb`: 0 success (for `validate`: no error-severity issue), 1 error-severity issues
 * found, 2 usage error or input that cannot be read.
 */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;
