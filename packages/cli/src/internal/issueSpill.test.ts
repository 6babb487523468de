import { describe, expect, it } from 'vitest';
import { IssueSpill } from './issueSpill.js';

describe('IssueSpill', () => {
  it('gives back every line in order, past what it holds in memory', async () => {
    const spill = new IssueSpill();
    const lines = Array.from({ length: 25_003 }, (_, i) => `line ${i} — ümlaut`);
    for (const l of lines) spill.add(l);
    const out: string[] = [];
    await spill.drain((l) => out.push(l));
    expect(out).toEqual(lines);
  });
  it('gives back nothing when empty, and nothing after discard', async () => {
    const spill = new IssueSpill();
    const out: string[] = [];
    await spill.drain((l) => out.push(l));
    expect(out).toEqual([]);
    const other = new IssueSpill();
    for (let i = 0; i < 10_500; i++) other.add(`x${i}`);
    await other.discard();
  });
});
