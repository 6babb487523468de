import { maskIdentifiers } from '@kampung-kb/model';
import { cellText, isNumeric } from './internal/formatCell.js';
import { t as text } from './internal/texts.js';
import type { ReportBlock, ReportCell, ReportDocument, ReportTable } from './reportDocument.js';

/**
 * Escapes text for HTML element content and (quoted) attribute values: `&`, `<`, `>`, `"` and `'`.
 *
 * @example
 * ```ts
 * escapeHtml('Kampung <Uji> & "Co"'); // 'Kampung &lt;Uji&gt; &amp; &quot;Co&quot;'
 * ```
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#fff;--band:#f5f7fa;--accent:#0b6e4f}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);margin:0;line-height:1.5}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem;color:var(--accent)}
h2{font-size:1.2rem;margin:2rem 0 .75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
.subtitle{color:var(--muted);margin:0 0 1rem}
.banner{background:#fff4e5;border:1px solid #f0b429;padding:.5rem .75rem;border-radius:.25rem;font-weight:600}
.notice{padding:.5rem .75rem;border-left:4px solid var(--accent);background:var(--band)}
.notice.warning{border-color:#f0b429}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top}
th{background:var(--band);text-align:left}
th.num{text-align:right}
.scroll{overflow-x:auto}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tfoot td{font-weight:700;background:var(--band)}
.level{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-weight:600}
.level-dasar{background:#fde2e2}.level-berkembang{background:#fff3c4}.level-mandiri{background:#d6f5e3}.level-berkelanjutan{background:#c3ebfa}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:.5rem}
@media print{main{max-width:none}.scroll{overflow:visible}h2{break-after:avoid}table{break-inside:auto}}
`;

/** Text for HTML: 16-digit numbers (NIK, KK) masked, then escaped. */
function h(s: string): string {
  return escapeHtml(maskIdentifiers(s));
}

/** The inside of a cell: a level badge, a suppressed marker with its explanation, or plain text. */
function cellInner(c: ReportCell, lang: ReportDocument['lang']): string {
  const content = h(cellText(c, lang));
  if (c !== null && typeof c === 'object' && c.kind === 'level') {
    return `<span class="level level-${h(c.level.replace(/[^A-Za-z0-9_-]/g, '-'))}">${content}</span>`;
  }
  if (c !== null && typeof c === 'object' && c.kind === 'suppressed') {
    return `<abbr title="${h(text('suppressedCell', lang))}">${content}</abbr>`;
  }
  if (c !== null && typeof c === 'object' && c.kind === 'hidden') {
    return `<abbr title="${h(text('hiddenCell', lang))}">${content}</abbr>`;
  }
  return content;
}

function cell(c: ReportCell, lang: ReportDocument['lang'], align?: 'left' | 'right'): string {
  const right = align ? align === 'right' : isNumeric(c);
  return `<td${right ? ' class="num"' : ''}>${cellInner(c, lang)}</td>`;
}

function table(t: ReportTable, lang: ReportDocument['lang']): string {
  const row = (r: readonly ReportCell[]) =>
    `<tr>${r.map((c, i) => cell(c, lang, t.columns[i]?.align)).join('')}</tr>`;
  const head = `<thead><tr>${t.columns
    .map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${h(c.title)}</th>`)
    .join('')}</tr></thead>`;
  const body = `<tbody>${t.rows.map(row).join('')}</tbody>`;
  const foot = t.footer?.length ? `<tfoot>${t.footer.map(row).join('')}</tfoot>` : '';
  return `<div class="scroll"><table>${t.caption ? `<caption>${h(t.caption)}</caption>` : ''}${head}${body}${foot}</table></div>`;
}

function block(b: ReportBlock, lang: ReportDocument['lang']): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${h(b.text)}</p>`;
    case 'notice':
      return `<p class="notice ${b.tone === 'warning' ? 'warning' : 'info'}">${h(b.text)}</p>`;
    case 'facts':
      return `<dl>${b.items.map((i) => `<dt>${h(i.term)}</dt><dd>${cellInner(i.value, lang)}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b, lang);
    case 'chart':
      return `<figure><figcaption>${h(b.title)}</figcaption><p>${h(b.description)}</p>${table(b.table, lang)}</figure>`;
  }
}

/**
 * Renders a report as one self-contained HTML file: inline CSS, no scripts, no external assets, so it
 * can be e-mailed, archived or opened offline. Every text is escaped and 16-digit numbers (NIK, KK) are
 * masked; `<html lang>` is the report's language.
 *
 * @example
 * ```ts
 * writeFileSync('rekap.html', renderHtml(cityRecap({ results, dataset }, { lang: 'id', programme })));
 * ```
 */
export function renderHtml(doc: ReportDocument): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${h(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(doc.title)}${doc.subtitle ? ` · ${h(doc.subtitle)}` : ''}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    `<h1>${h(doc.title)}</h1>`,
  ];
  if (doc.subtitle) parts.push(`<p class="subtitle">${h(doc.subtitle)}</p>`);
  if (doc.banner) parts.push(`<p class="banner" role="note">${h(doc.banner)}</p>`);
  for (const s of doc.sections) {
    parts.push(`<section><h2>${h(s.title)}</h2>`);
    for (const b of s.blocks) parts.push(block(b, doc.lang));
    parts.push('</section>');
  }
  if (doc.footnotes.length > 0) {
    parts.push(`<footer>${doc.footnotes.map((f) => `<p>${h(f)}</p>`).join('')}</footer>`);
  }
  parts.push('</main></body>', '</html>', '');
  return parts.join('\n');
}
