/**
 * A map from non-negative integer keys (below 2^53) to 32-bit integers, in two typed arrays with open
 * addressing (linear probing, at most three quarters full): 12 bytes a slot, 16–32 bytes per entry, where a
 * `Map` with string keys takes 80–100. For the
 * millions of (kampung, month) keys of a national data set.
 */
export class NumberKeyMap {
  #keys: Float64Array;
  #values: Int32Array;
  #size = 0;

  constructor(capacity = 1024) {
    let c = 16;
    while (c * 3 < capacity * 4) c *= 2;
    this.#keys = new Float64Array(c).fill(-1);
    this.#values = new Int32Array(c);
  }

  /** Number of keys. */
  get size(): number {
    return this.#size;
  }

  #slot(key: number): number {
    const mask = this.#keys.length - 1;
    // Mix the key's low and high 32 bits (keys are integers below 2^53).
    let h = Math.imul((key % 4294967296) ^ Math.floor(key / 4294967296), 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & mask;
    while (this.#keys[i] !== -1 && this.#keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The value of `key`, or `undefined`. */
  get(key: number): number | undefined {
    const i = this.#slot(key);
    return this.#keys[i] === key ? this.#values[i] : undefined;
  }

  /** Sets the value of `key` (`value` as a 32-bit integer). */
  set(key: number, value: number): void {
    if (!Number.isSafeInteger(key) || key < 0)
      throw new RangeError(`NumberKeyMap: key ${key} is not a safe non-negative integer`);
    const i = this.#slot(key);
    if (this.#keys[i] !== key) {
      this.#keys[i] = key;
      this.#size++;
    }
    this.#values[i] = value | 0;
    if (this.#size * 4 > this.#keys.length * 3) this.#grow();
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Float64Array(keys.length * 2).fill(-1);
    this.#values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k === -1) continue;
      const j = this.#slot(k);
      this.#keys[j] = k;
      this.#values[j] = values[i] as number;
    }
  }
}
