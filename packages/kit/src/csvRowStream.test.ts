import { describe, expect, it } from 'vitest';
import { csvRowStream } from './csvRowStream.js';
import { parseCsv } from './parseCsv.js';

async function collect(chunks: Iterable<string | Uint8Array>) {
  const rows: { line: number; cells: readonly string[] }[] = [];
  let end: unknown;
  for await (const b of csvRowStream(chunks)) {
    rows.push(...b.rows);
    if (b.end) end = b.end;
  }
  return { rows, end };
}

describe('csvRowStream', () => {
  it('gives the rows parseCsv gives, whatever the chunking, bytes split inside a character', async () => {
    const text = 'kampungId,alamat\nsa,"Jl. ""A""\nBaru"\nsb,Jl. A "Baru"\nsc,5" pipe\nsd,Bañjar\n';
    const bytes = new TextEncoder().encode(text);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 3) pieces.push(bytes.subarray(i, i + 3));
    const { rows, end } = await collect(pieces);
    expect(rows).toEqual(parseCsv(text).rows);
    expect(rows[3]?.cells).toEqual(['sc', '5" pipe']);
    expect(end).toEqual({ delimiter: ',', validUtf8: true });
  });

  it('reports an unclosed quote and bytes that are not UTF-8', async () => {
    const { end } = await collect([new Uint8Array([0x61, 0x3b, 0x62, 0x0a, 0xe9, 0x3b, 0x22, 0x78])]);
    expect(end).toEqual({ delimiter: ';', unclosedQuoteLine: 2, validUtf8: false });
  });
});
