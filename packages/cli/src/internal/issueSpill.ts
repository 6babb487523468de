import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Lines held in memory before the spill file is used. */
const IN_MEMORY_LINES = 10_000;

/**
 * Formatted issue lines kept in the order found without holding them all in memory: the first 10,000 in
 * memory, the rest in a temporary file (removed after {@link IssueSpill.drain}), so `kkb validate` on a
 * file with an error on every row of millions still runs in bounded memory and prints the reader's
 * issues before the rules'.
 */
export class IssueSpill {
  readonly #lines: string[] = [];
  #path = '';
  #file: WriteStream | undefined;
  #failed: Error | undefined;

  /** Keeps one line (synchronous: the stream buffers what the disk has not taken yet). */
  add(line: string): void {
    if (this.#lines.length < IN_MEMORY_LINES && this.#file === undefined) {
      this.#lines.push(line);
      return;
    }
    if (this.#file === undefined) {
      this.#path = join(tmpdir(), `kkb-issues-${process.pid}-${Date.now()}.txt`);
      // A new private file (`wx`: fails rather than follow or reuse an existing path).
      this.#file = createWriteStream(this.#path, { flags: 'wx', mode: 0o600 });
      this.#file.on('error', (e) => {
        this.#failed = e;
      });
    }
    this.#file.write(`${line}\n`);
  }

  /** Writes every line kept, in order, to `out`, then removes the spill file. */
  async drain(out: (line: string) => void): Promise<void> {
    for (const line of this.#lines) out(line);
    this.#lines.length = 0;
    const file = this.#file;
    if (file === undefined) return;
    await new Promise<void>((resolve) => file.end(() => resolve()));
    const path = this.#path;
    try {
      if (this.#failed) throw this.#failed;
      const lines = createInterface({
        input: createReadStream(path, 'utf8'),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      for await (const line of lines) out(line);
    } finally {
      await rm(path, { force: true });
    }
  }

  /** Removes the spill file without printing. */
  async discard(): Promise<void> {
    this.#lines.length = 0;
    const file = this.#file;
    if (file === undefined) return;
    await new Promise<void>((resolve) => file.end(() => resolve()));
    await rm(this.#path, { force: true });
  }
}
