import { type FamilyTally, familyTallyKeys } from '@kampung-kb/model';

/**
 * The running counts of one tallier: one vector per (kampung, month), over the keys its source can give.
 * Memory grows with the kampung and months, never with the families or women added.
 */
export class TallyTable {
  readonly #keys: readonly string[];
  readonly #index: ReadonlyMap<string, number>;
  readonly #rows = new Map<string, { kampungId: string; period: string; values: Float64Array }>();
  readonly #source: string;

  constructor(source: string, keySource: 'pk21' | 'dhs') {
    this.#source = source;
    this.#keys = familyTallyKeys.filter((k) => k.sources.includes(keySource)).map((k) => k.key);
    this.#index = new Map(this.#keys.map((k, i) => [k, i]));
  }

  /** The vector of a kampung and month, created at zero. */
  row(kampungId: string, period: string): Float64Array {
    const id = `${kampungId}\u0000${period}`;
    let r = this.#rows.get(id);
    if (!r) {
      r = { kampungId, period, values: new Float64Array(this.#keys.length) };
      this.#rows.set(id, r);
    }
    return r.values;
  }

  /** The slot of a key; throws on a key this source does not give (a programming error, not bad input). */
  slot(key: string): number {
    const i = this.#index.get(key);
    if (i === undefined) throw new Error(`Tally key '${key}' is not counted from ${this.#source}`);
    return i;
  }

  /** One tally per kampung and month, sorted by kampung then month. */
  result(): FamilyTally[] {
    const out: FamilyTally[] = [];
    for (const r of this.#rows.values()) {
      const values: Record<string, number> = {};
      this.#keys.forEach((k, i) => {
        values[k] = r.values[i] as number;
      });
      out.push({ kampungId: r.kampungId, period: r.period, source: this.#source, values });
    }
    return out.sort((a, b) =>
      a.kampungId < b.kampungId
        ? -1
        : a.kampungId > b.kampungId
          ? 1
          : a.period < b.period
            ? -1
            : a.period > b.period
              ? 1
              : 0,
    );
  }
}
