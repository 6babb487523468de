/** How many bytes a UTF-8 sequence starting with `lead` has (1 for anything that is no lead byte). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  return 1;
}

/** The bytes of an incomplete sequence at the end of `bytes` (at most 3), possibly empty. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    return sequenceLength(b) > k ? bytes.slice(n - k) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Decodes UTF-8 piece by piece (a sequence may be split between pieces) and tells whether the bytes were
 * valid UTF-8. While they are, a fatal decoder is used; at the first invalid byte the decoding goes on
 * with a lenient decoder from the start of the sequence that was incomplete, so the text is exactly what
 * decoding the whole file leniently gives (replacement characters where the bytes were not valid). A
 * leading byte-order mark is dropped, as `TextDecoder` does for a whole file.
 */
export class Utf8StreamDecoder {
  private readonly fatal = new TextDecoder('utf-8', { fatal: true });
  private lenient: TextDecoder | undefined;
  /** Bytes of a sequence the fatal decoder holds, not yet decoded. */
  private tail: Uint8Array = new Uint8Array(0);
  private atStart = true;
  /** False once a byte that is not valid UTF-8 was met. */
  valid = true;

  /** Decodes the next piece of bytes. */
  decode(bytes: Uint8Array): string {
    if (this.lenient) return this.lenient.decode(bytes, { stream: true });
    try {
      const text = this.fatal.decode(bytes, { stream: true });
      const joined =
        this.tail.length > 0 ? concat(this.tail, bytes.subarray(Math.max(0, bytes.length - 3))) : bytes;
      this.tail = incompleteTail(joined.length > 3 ? joined.subarray(joined.length - 3) : joined);
      // Bytes already decoded into text: a byte-order mark after them is a character, not a mark.
      if (this.tail.length < joined.length || bytes.length > 3) this.atStart = false;
      return text;
    } catch {
      return this.switchToLenient(concat(this.tail, bytes), true);
    }
  }

  /** Ends the bytes: an incomplete final sequence is invalid. */
  end(): string {
    if (this.lenient) return this.lenient.decode();
    try {
      return this.fatal.decode();
    } catch {
      return this.switchToLenient(this.tail, false);
    }
  }

  private switchToLenient(bytes: Uint8Array, stream: boolean): string {
    this.valid = false;
    this.lenient = new TextDecoder('utf-8', { ignoreBOM: !this.atStart });
    this.tail = new Uint8Array(0);
    return stream ? this.lenient.decode(bytes, { stream: true }) : this.lenient.decode(bytes);
  }
}
