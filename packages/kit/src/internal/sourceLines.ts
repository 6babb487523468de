import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/**
 * A function giving the 1-based line of a path (`['city', 'code']`) in a YAML or JSON text (JSON is read
 * as YAML, of which it is a subset, only to find positions): the line of the deepest key of the path
 * found, or `undefined` when even the first is not there.
 */
export function sourceLines(text: string): (path: readonly PropertyKey[]) => number | undefined {
  const counter = new LineCounter();
  let root: unknown;
  try {
    root = parseDocument(text, { lineCounter: counter, uniqueKeys: false }).contents;
  } catch {
    return () => undefined;
  }
  return (path) => {
    let node: unknown = root;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) offset = keyNode.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) offset = item.range[0];
        node = item;
      } else break;
    }
    if (offset === undefined && path.length === 0 && root && (root as Node).range) {
      offset = ((root as Node).range as [number, number, number])[0];
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
}
