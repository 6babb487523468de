import { cellText, isNumeric } from './internal/formatCell.js';
import type { ReportBlock, ReportDocument, ReportTable } from './reportDocument.js';

function escapeMd(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(t: ReportTable, lang: ReportDocument['lang']): string[] {
  const out: string[] = [];
  if (t.caption) out.push(`*${escapeMd(t.caption)}*`, '');
  out.push(`| ${t.columns.map((c) => escapeMd(c.title)).join(' | ')} |`);
  out.push(
    `| ${t.columns
      .map((c, i) => {
        const right = c.align
          ? c.align === 'right'
          : t.rows.some((r) => r[i] !== undefined && isNumeric(r[i] ?? null));
        return right ? '---:' : '---';
      })
      .join(' | ')} |`,
  );
  for (const r of t.rows) out.push(`| ${r.map((c) => escapeMd(cellText(c, lang))).join(' | ')} |`);
  for (const r of t.footer ?? [])
    out.push(`| ${r.map((c) => `**${escapeMd(cellText(c, lang))}**`).join(' | ')} |`);
  return out;
}

function block(b: ReportBlock, lang: ReportDocument['lang']): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.text];
    case 'notice':
      return [`> **${b.tone === 'warning' ? '⚠' : 'ℹ'}** ${b.text}`];
    case 'facts':
      return b.items.map((i) => `- **${i.term}:** ${cellText(i.value, lang)}`);
    case 'list':
      return b.items.map((i) => `- ${i}`);
    case 'table':
      return table(b, lang);
  }
}

/**
 * Renders a report as GitHub-flavoured Markdown.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(cityRecap(results, { lang: 'id', programme }));
 * ```
 */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, ''];
  if (doc.subtitle) out.push(`_${doc.subtitle}_`, '');
  if (doc.banner) out.push(`> **${doc.banner}**`, '');
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    for (const b of s.blocks) out.push(...block(b, doc.lang), '');
  }
  if (doc.footnotes.length > 0) {
    out.push('---', '');
    for (const f of doc.footnotes) out.push(`<sub>${f}</sub>`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
