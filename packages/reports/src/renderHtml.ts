import { cellText, isNumeric } from './internal/formatCell.js';
import type { ReportBlock, ReportCell, ReportDocument, ReportTable } from './reportDocument.js';

/** Escapes text for HTML element content and attribute values. */
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
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top}
th{background:var(--band);text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tfoot td{font-weight:700;background:var(--band)}
.level{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-weight:600}
.level-dasar{background:#fde2e2}.level-berkembang{background:#fff3c4}.level-mandiri{background:#d6f5e3}.level-berkelanjutan{background:#c3ebfa}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:.5rem}
@media print{main{max-width:none}h2{break-after:avoid}table{break-inside:auto}}
`;

function cell(
  c: ReportCell,
  lang: ReportDocument['lang'],
  tag: 'td' | 'th',
  align?: 'left' | 'right',
): string {
  const right = align ? align === 'right' : isNumeric(c);
  const t = escapeHtml(cellText(c, lang));
  const inner =
    c !== null && typeof c === 'object' && c.kind === 'level'
      ? `<span class="level level-${escapeHtml(c.level)}">${t}</span>`
      : c !== null && typeof c === 'object' && c.kind === 'suppressed'
        ? `<abbr title="${lang === 'id' ? 'disamarkan (sel kecil)' : 'suppressed (small cell)'}">${t}</abbr>`
        : t;
  return `<${tag}${right ? ' class="num"' : ''}>${inner}</${tag}>`;
}

function table(t: ReportTable, lang: ReportDocument['lang']): string {
  const head = `<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${t.rows
    .map((r) => `<tr>${r.map((c, i) => cell(c, lang, 'td', t.columns[i]?.align)).join('')}</tr>`)
    .join('')}</tbody>`;
  const foot = t.footer?.length
    ? `<tfoot>${t.footer.map((r) => `<tr>${r.map((c, i) => cell(c, lang, 'td', t.columns[i]?.align)).join('')}</tr>`).join('')}</tfoot>`
    : '';
  return `<table>${t.caption ? `<caption>${escapeHtml(t.caption)}</caption>` : ''}${head}${body}${foot}</table>`;
}

function block(b: ReportBlock, lang: ReportDocument['lang']): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'notice':
      return `<p class="notice ${b.tone}">${escapeHtml(b.text)}</p>`;
    case 'facts':
      return `<dl>${b.items.map((i) => `<dt>${escapeHtml(i.term)}</dt><dd>${escapeHtml(cellText(i.value, lang))}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b, lang);
  }
}

/**
 * Renders a report as one self-contained HTML file: inline CSS, no scripts, no external assets, so it
 * can be e-mailed, archived or opened offline.
 *
 * @example
 * ```ts
 * writeFileSync('rekap.html', renderHtml(cityRecap(results, { lang: 'id', programme })));
 * ```
 */
export function renderHtml(doc: ReportDocument): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}${doc.subtitle ? ` · ${escapeHtml(doc.subtitle)}` : ''}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
  ];
  if (doc.subtitle) parts.push(`<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`);
  if (doc.banner) parts.push(`<p class="banner" role="note">${escapeHtml(doc.banner)}</p>`);
  for (const s of doc.sections) {
    parts.push(`<section><h2>${escapeHtml(s.title)}</h2>`);
    for (const b of s.blocks) parts.push(block(b, doc.lang));
    parts.push('</section>');
  }
  if (doc.footnotes.length > 0) {
    parts.push(`<footer>${doc.footnotes.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}</footer>`);
  }
  parts.push('</main></body>', '</html>', '');
  return parts.join('\n');
}
