import { describe, expect, it } from 'vitest';
import { CODE_LISTS, codeListById } from './codeListById.js';
import * as model from './index.js';

describe('codeListById', () => {
  it('knows every code list the package exports, by its id, and nothing else', () => {
    const exported = (Object.values(model) as unknown[]).filter(
      (v): v is model.CodeList =>
        typeof v === 'object' && v !== null && 'items' in v && 'version' in v && 'source' in v,
    );
    expect(exported.length).toBeGreaterThan(10);
    expect([...CODE_LISTS.keys()].sort()).toEqual(exported.map((l) => l.id).sort());
    for (const list of exported) expect(codeListById(list.id)).toBe(list);
    expect(codeListById('no-such-list')).toBeUndefined();
  });
});
