import { maskIdentifiers } from '@kampung-kb/model';
import { cellText, isNumeric } from './internal/formatCell.js';
import type { ReportBlock, ReportCell, ReportDocument, ReportTable } from './reportDocument.js';

/**
 * Escapes text for inline Markdown (GFM): characters that start emphasis, code, links, strikethrough or
 * table cells get a backslash; `<` only where it could open an HTML tag or autolink, `&` only where it
 * could form an entity, so `<5` and `A & B` stay readable. Line breaks become spaces; 16-digit numbers
 * (NIK, KK) are masked.
 */
function escapeMd(s: string): string {
  return maskIdentifiers(s)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Like {@link escapeMd}, for text that starts a line: block markers (`#`, `>`, `-`, `+`, `1.`) are escaped too. */
function escapeMdLine(s: string): string {
  return escapeMd(s)
    .replace(/^(\s*)([#>+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function cell(c: ReportCell, lang: ReportDocument['lang'], bold: boolean): string {
  const text = escapeMd(cellText(c, lang));
  return bold && text !== '' ? `**${text}**` : text;
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
  for (const r of t.rows) out.push(`| ${r.map((c) => cell(c, lang, false)).join(' | ')} |`);
  for (const r of t.footer ?? []) out.push(`| ${r.map((c) => cell(c, lang, true)).join(' | ')} |`);
  return out;
}

function block(b: ReportBlock, lang: ReportDocument['lang']): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [escapeMdLine(b.text)];
    case 'notice':
      return [`> **${b.tone === 'warning' ? '⚠' : 'ℹ'}** ${escapeMd(b.text)}`];
    case 'facts':
      return b.items.map((i) => `- **${escapeMd(i.term)}:** ${escapeMd(cellText(i.value, lang))}`);
    case 'list':
      return b.items.map((i) => `- ${escapeMd(i)}`);
    case 'table':
      return table(b, lang);
    case 'chart':
      // A chart is its numbers in Markdown: the title, the text alternative, then the table.
      return [`**${escapeMd(b.title)}**`, '', escapeMdLine(b.description), '', ...table(b.table, lang)];
  }
}

/**
 * Renders a report as GitHub-flavoured Markdown. Every text is escaped, so names such as
 * `Kampung <Uji> & "Co"` or `RT_01 | RW*02` show as written; 16-digit numbers (NIK, KK) are masked.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(cityRecap({ results, dataset }, { lang: 'id', programme }));
 * // '# Rekapitulasi Kampung KB: Kota Banjarmasin\n\n_Program Kampung KB · Desember 2020_\n…'
 * ```
 */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`, ''];
  if (doc.subtitle) out.push(`_${escapeMd(doc.subtitle)}_`, '');
  if (doc.banner) out.push(`> **${escapeMd(doc.banner)}**`, '');
  for (const s of doc.sections) {
    out.push(`## ${escapeMd(s.title)}`, '');
    for (const b of s.blocks) out.push(...block(b, doc.lang), '');
  }
  if (doc.footnotes.length > 0) {
    out.push('---', '');
    for (const f of doc.footnotes) out.push(`<sub>${escapeMd(f)}</sub>`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
