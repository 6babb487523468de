import { maskIdentifiers } from '@kampung-kb/model';
import { chartSvg } from './charts/chartSvg.js';
import { chartTexts } from './charts/chartTexts.js';
import { cellText, isNumeric } from './internal/formatCell.js';
import { t as text } from './internal/texts.js';
import type { ReportBlock, ReportCell, ReportChart, ReportDocument, ReportTable } from './reportDocument.js';

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
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);margin:0;line-height:1.5;overflow-wrap:break-word}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem;color:var(--accent)}
h2{font-size:1.2rem;margin:2rem 0 .75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
.subtitle{color:var(--muted);margin:0 0 1rem}
.banner{background:#fff4e5;border:1px solid #f0b429;padding:.5rem .75rem;border-radius:.25rem;font-weight:600}
.notice{padding:.5rem .75rem;border-left:4px solid var(--accent);background:var(--band)}
.notice.warning{border-color:#f0b429}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--band);text-align:left}
th.num{text-align:right}
.scroll{overflow-x:auto}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700;background:var(--band)}
tr{break-inside:avoid}
thead{display:table-header-group}
.level{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-weight:600}
.level-dasar{background:#fde2e2}.level-berkembang{background:#fff3c4}.level-mandiri{background:#d6f5e3}.level-berkelanjutan{background:#c3ebfa}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
figure{margin:1rem 0}
figcaption{font-weight:600;margin:0 0 .25rem}
figure svg{display:block;max-width:100%;height:auto}
figure .desc{color:var(--muted);margin:.25rem 0}
summary{cursor:pointer;color:var(--accent)}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:.5rem}
@media screen and (max-width:40rem){
main{padding:1rem .75rem}
dl{grid-template-columns:1fr}dd{margin:0 0 .4rem}
.scroll{overflow-x:visible}
table.data,table.data tbody,table.data tr,table.data td{display:block;width:100%}
table.data thead{display:none}
table.data tr{border:1px solid var(--line);border-radius:.25rem;margin:0 0 .5rem}
table.data td{border:0;border-top:1px solid var(--line);display:flex;justify-content:space-between;gap:.75rem;text-align:right;white-space:normal}
table.data td:first-child{border-top:0;font-weight:600;text-align:left}
table.data td::before{content:attr(data-label);font-weight:600;text-align:left;color:var(--muted);flex:0 1 50%}
table.data td:first-child::before{content:none}
}
@media print{
@page{size:A4;margin:15mm 12mm}
body{font-size:10pt}
main{max-width:none;padding:0}
.scroll{overflow:visible}
h2{break-after:avoid}
table{width:100%;font-size:8.5pt;break-inside:auto}
th,td{padding:.15rem .3rem}
td.num{white-space:normal}
figure{break-inside:avoid}
details>summary{display:none}
}
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

function cell(c: ReportCell, lang: ReportDocument['lang'], label: string, align?: 'left' | 'right'): string {
  const right = align ? align === 'right' : isNumeric(c);
  return `<td${right ? ' class="num"' : ''} data-label="${h(label)}">${cellInner(c, lang)}</td>`;
}

/**
 * A table: `<thead>` (repeated on every printed page), then the body rows and the footer rows (totals) as the
 * LAST rows of `<tbody>` with class `total`: never `<tfoot>`, which Chromium prints at the foot of every
 * page, so a total would appear mid-list. Every cell carries its column title in `data-label`: at narrow
 * widths the rows become cards and each value shows its label.
 */
function table(t: ReportTable, lang: ReportDocument['lang']): string {
  const row = (r: readonly ReportCell[], total: boolean) =>
    `<tr${total ? ' class="total"' : ''}>${r
      .map((c, i) => cell(c, lang, t.columns[i]?.title ?? '', t.columns[i]?.align))
      .join('')}</tr>`;
  const head = `<thead><tr>${t.columns
    .map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${h(c.title)}</th>`)
    .join('')}</tr></thead>`;
  const body = `<tbody>${t.rows.map((r) => row(r, false)).join('')}${(t.footer ?? [])
    .map((r) => row(r, true))
    .join('')}</tbody>`;
  const id = t.id ? ` id="table-${h(t.id)}"` : '';
  return `<div class="scroll"><table class="data"${id}>${t.caption ? `<caption>${h(t.caption)}</caption>` : ''}${head}${body}</table></div>`;
}

/**
 * A chart: a `<figure>` with its title, the inline SVG ({@link chartSvg}: title and text alternative inside),
 * the text alternative as a visible sentence, and its numbers as a table in a `<details>` element (in the
 * page, readable by screen readers and search, folded until opened; not printed, the chart is).
 */
function figure(c: ReportChart, lang: ReportDocument['lang']): string {
  return `<figure class="chart" id="chart-${h(c.id)}"><figcaption>${h(c.title)}</figcaption>${chartSvg(c, lang)}<p class="desc">${h(c.description)}</p><details><summary>${h(chartTexts.data[lang])}</summary>${table(c.table, lang)}</details></figure>`;
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
      return figure(b, lang);
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
