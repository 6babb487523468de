/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);

/**
 * Checks that an HTML document's tags are well nested: every end tag closes the innermost open element
 * and nothing is left open. Returns the problems found (empty when well nested). The content of `<style>`
 * is skipped; an element closed by itself (`<path/>`, in inline SVG) opens nothing; attribute values must
 * not contain `>` (the renderer escapes it).
 */
export function nestingProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>|<!DOCTYPE html>/g)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue;
    if (m[1] === '/') {
      const top = open.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${m.index}`);
    } else if (!VOID.has(name) && !m[0].endsWith('/>')) {
      // `<path … />`: an inline SVG element closed by itself.
      open.push(name);
    }
  }
  if (open.length > 0) problems.push(`left open: ${open.join(' > ')}`);
  if ((body.match(/</g) ?? []).length !== (body.match(/>/g) ?? []).length)
    problems.push('unbalanced < and >');
  return problems;
}
