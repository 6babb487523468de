import { codesOf, contraceptiveMethods, nonUserReasons } from '@kampung-kb/model';

/**
 * Code-list groups as data: for an object path (`users`, `nonUsers`, `poktanParticipants`), the named
 * groups of its keys. `users[mkjp]` expands to the fields `users.<key>` for each key of
 * `registry.users.mkjp` that the schema has (keys the schema lacks are left out, so a registry can serve
 * reduced schemas). The names `*` and `all` are built in and always mean every field of the object in the
 * schema; a registry cannot redefine them.
 *
 * @example
 * ```ts
 * const groups: GroupRegistry = {
 *   ...defaultGroups,
 *   users: { ...defaultGroups.users, shortActing: ['injectable', 'pill', 'condom'] },
 * };
 * ```
 */
export type GroupRegistry = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/**
 * The default groups, derived from the model's code lists:
 * - `users[mkjp]`: methods flagged `mkjp` (MKJP, Metode Kontrasepsi Jangka Panjang, long-acting and
 *   permanent methods: IUD, MOW, MOP, implant);
 * - `users[portal]`: the seven methods the official portal records;
 * - `users[modern]`: modern methods in the SDG 3.7.1 sense;
 * - `nonUsers[unmet]`: unmet need, IAT (ingin anak tunda, wants to delay) + TIAL (tidak ingin anak lagi,
 *   wants no more children), as the portal counts it.
 *
 * @example
 * ```ts
 * defaultGroups.users?.mkjp; // ['iud', 'mow', 'mop', 'implant']
 * ```
 */
export const defaultGroups: GroupRegistry = {
  users: {
    mkjp: contraceptiveMethods.items.filter((m) => m.mkjp).map((m) => m.code),
    portal: contraceptiveMethods.items.filter((m) => m.portal).map((m) => m.code),
    modern: contraceptiveMethods.items.filter((m) => m.modern).map((m) => m.code),
  },
  nonUsers: {
    unmet: codesOf(nonUserReasons).filter((c) => c === 'iat' || c === 'tial'),
  },
};
