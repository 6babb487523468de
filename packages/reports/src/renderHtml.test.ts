import { computeKampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { reportDataset, reportIssues } from './__fixtures__/dataset.js';
import { nestingProblems } from './__fixtures__/htmlStructure.js';
import { cityRecap } from './cityRecap.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { escapeHtml, renderHtml } from './renderHtml.js';
import type { ReportProgramme } from './reportContext.js';
import type { ReportBlock, ReportDocument } from './reportDocument.js';

const ds = reportDataset();
const dec = computeKampungIndicators(ds, '2020-12');
const nov = computeKampungIndicators(ds, '2020-11');
const programme: ReportProgramme = {
  name: { id: 'Program <Kota> & "Uji"', en: 'Programme <City> & "Test"' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
  synthetic: true,
};
const recapHtml = renderHtml(
  cityRecap({ results: dec, dataset: ds }, { lang: 'id', programme, public: true }),
);
const k1Html = renderHtml(
  monthlyKampungReport(
    { dataset: ds, result: dec[0]!, previous: nov[0]!, issues: reportIssues() },
    { lang: 'en', programme, public: true },
  ),
);
const k2Html = renderHtml(monthlyKampungReport({ dataset: ds, result: dec[1]! }, { lang: 'id', programme }));

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('renderHtml', () => {
  it('escapes names in the title, headings, table cells, facts and lists', () => {
    expect(k2Html).toContain(
      '<title>Laporan bulanan Kampung KB: Kampung &lt;Uji&gt; &amp; &quot;Co&quot; &#39;Baru&#39; · Program &lt;Kota&gt; &amp; &quot;Uji&quot; · Desember 2020</title>',
    );
    expect(k2Html).toContain(
      '<h1>Laporan bulanan Kampung KB: Kampung &lt;Uji&gt; &amp; &quot;Co&quot; &#39;Baru&#39;</h1>',
    );
    expect(recapHtml).toContain(
      '<td data-label="Kampung">Kampung &lt;Uji&gt; &amp; &quot;Co&quot; &#39;Baru&#39;</td>',
    );
    expect(k1Html).toContain('Puskesmas), Health agency, PT &lt;Sehat&gt; &amp; Co</td>');
    // A public report echoes no issue message (see monthlyKampungReport); an internal one escapes it.
    const internal = renderHtml(
      monthlyKampungReport(
        { dataset: ds, result: dec[0]!, previous: nov[0]!, issues: reportIssues() },
        { lang: 'en', programme },
      ),
    );
    expect(internal).toContain(
      '<li>Warning: Partner without a &lt;CSR&gt; &amp; &quot;private&quot; agency (intervention-agency)</li>',
    );
    for (const html of [recapHtml, k1Html, k2Html]) {
      expect(html).not.toMatch(/<(Uji|Kota|City|Sehat|CSR)>/);
    }
  });

  it('is self-contained: no script, no external or relative resource, the language on <html>', () => {
    for (const html of [recapHtml, k1Html, k2Html]) {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
      // An inline SVG declares its XML namespaces (`xmlns="http://www.w3.org/2000/svg"`): names, never fetched.
      expect(html.replace(/\sxmlns(:[a-z]+)?="[^"]*"/g, '')).not.toMatch(
        /<script|<link|<img|<iframe|\s(src|href|xlink:href|srcset|action)=|url\(|@import|https?:\/\//i,
      );
    }
    expect(recapHtml).toContain('<html lang="id">');
    expect(k1Html).toContain('<html lang="en">');
  });

  it('is well nested', () => {
    for (const html of [recapHtml, k1Html, k2Html]) expect(nestingProblems(html)).toEqual([]);
    // The checker does catch a crossed pair and an unclosed element.
    expect(nestingProblems('<p><b>x</p></b>')).toEqual(['</p> closes <b> at 7', '</b> closes <p> at 11']);
    expect(nestingProblems('<main><p>x</main>')).toEqual(['</main> closes <p> at 10', 'left open: main']);
  });

  it('shows levels as badges, hidden cells with their meaning, and numbers right-aligned', () => {
    expect(recapHtml).toContain(
      '<td data-label="Tingkat"><span class="level level-berkembang">Berkembang</span></td>',
    );
    expect(recapHtml).toContain(
      '<td class="num" data-label="Unmet need"><abbr title="disamarkan: jumlah kecil, atau angka yang dapat dipakai untuk menghitungnya">×</abbr></td>',
    );
    expect(k1Html).toMatch(
      /<td class="num" data-label="[^"]+"><abbr title="hidden: a small count, or a figure that would let one work it out">×<\/abbr><\/td>/,
    );
    expect(k1Html).toContain('<dt>Level</dt><dd><span class="level level-berkembang">Developing</span></dd>');
    expect(recapHtml).toContain('<th scope="col" class="num">CPR</th>');
    expect(recapHtml).toContain('<td class="num" data-label="CPR">43,50 %</td>');
  });

  it('puts the synthetic-data banner before the first section', () => {
    const banner =
      '<p class="banner" role="note">DATA SINTETIS: angka dalam laporan ini dibuat untuk contoh, bukan data resmi.</p>';
    expect(recapHtml.indexOf(banner)).toBeGreaterThan(recapHtml.indexOf('<h1>'));
    expect(recapHtml.indexOf(banner)).toBeLessThan(recapHtml.indexOf('<section>'));
  });

  it('masks 16-digit identifiers and escapes the language and level codes of a hand-made document', () => {
    const doc = {
      lang: 'id"><x',
      title: 'NIK 6371041234567890',
      sections: [
        {
          title: 'S',
          blocks: [
            {
              kind: 'table',
              columns: [{ title: 'a' }],
              rows: [[{ kind: 'level', level: 'x" onmouseover="y', label: 'L' }]],
            },
          ],
        },
      ],
      footnotes: [],
    } as unknown as ReportDocument;
    const html = renderHtml(doc);
    expect(html).toContain('<html lang="id&quot;&gt;&lt;x">');
    expect(html).toContain('<h1>NIK ************7890</h1>');
    expect(html).toContain('<span class="level level-x--onmouseover--y">L</span>');
    expect(nestingProblems(html)).toEqual([]);
  });

  it('puts the total rows once, as the last rows of <tbody> with class total, never in a <tfoot>', () => {
    for (const html of [recapHtml, k1Html, k2Html]) expect(html).not.toContain('<tfoot');
    // The recap's kampung table: three kampung, then the pooled city row, the last row of its body.
    const kampungTable =
      recapHtml.match(
        /<table class="data"[^>]*>(?:(?!<\/table>).)*Kota \(gabungan\)(?:(?!<\/table>).)*<\/table>/s,
      )?.[0] ?? '';
    expect(kampungTable.match(/<tr class="total">/g)).toHaveLength(1);
    expect(kampungTable.match(/Kota \(gabungan\)/g)).toHaveLength(1);
    expect(kampungTable).toMatch(
      /<tr class="total"><td data-label="Kampung">Kota \(gabungan\)<\/td>(?:(?!<tr).)*<\/tr><\/tbody><\/table>$/s,
    );
    expect(kampungTable.match(/<tbody>/g)).toHaveLength(1);
  });

  it('labels every body cell with its column title, for the card layout of narrow screens', () => {
    const tables = [...recapHtml.matchAll(/<table class="data"[^>]*>(.*?)<\/table>/gs)].map(
      (m) => m[1] ?? '',
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const titles = [...t.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
      for (const row of t.matchAll(/<tr(?: class="total")?>((?:(?!<\/tr>).)*)<\/tr>/gs)) {
        if (row[1]?.startsWith('<th')) continue;
        const labels = [...(row[1] ?? '').matchAll(/<td[^>]* data-label="([^"]*)"/g)].map((m) => m[1]);
        expect(labels).toEqual(titles);
      }
    }
  });

  it('styles for print and narrow screens: headers repeat, rows never split, tables become cards at 40rem', () => {
    expect(recapHtml).toContain('thead{display:table-header-group}');
    expect(recapHtml).toContain('tr{break-inside:avoid}');
    expect(recapHtml).toContain('@media screen and (max-width:40rem){');
    expect(recapHtml).toContain('table.data td::before{content:attr(data-label);');
    expect(recapHtml).toMatch(/@media print\{[\s\S]*@page\{size:A4;/);
  });

  it('renders a chart as a figure: caption, inline SVG with title and description, the data table folded', () => {
    const chart: ReportBlock = {
      kind: 'chart',
      id: 'trend-cpr',
      mark: 'line',
      title: 'CPR <2020>',
      description: 'CPR rose & fell; NIK 6371041234567890.',
      table: {
        kind: 'table',
        columns: [{ title: 'Month' }, { title: 'CPR', align: 'right' }],
        rows: [
          ['Jan 2020', { kind: 'percent', value: 61 }],
          ['Feb 2020', { kind: 'hidden' }],
        ],
      },
    };
    const html = renderHtml({
      lang: 'en',
      title: 'T',
      sections: [{ title: 'S', blocks: [chart] }],
      footnotes: [],
    });
    expect(html).toMatch(
      /<figure class="chart" id="chart-trend-cpr"><figcaption>CPR &lt;2020&gt;<\/figcaption><svg [^>]*role="img"[^>]*><title id="chart-trend-cpr-title">CPR &lt;2020&gt;<\/title>/,
    );
    expect(html).toContain('<p class="desc">CPR rose &amp; fell; NIK ************7890.</p>');
    expect(html).toMatch(
      /<\/svg><p class="desc">[^<]*<\/p><details><summary>Data<\/summary><div class="scroll"><table class="data">/,
    );
    expect(html).toContain('<td class="num" data-label="CPR"><abbr title="hidden');
    expect(html).not.toContain('6371041234567890');
    expect(nestingProblems(html.replace(/<svg[\s\S]*?<\/svg>/g, ''))).toEqual([]);
    const id = renderHtml({
      lang: 'id',
      title: 'T',
      sections: [{ title: 'S', blocks: [chart] }],
      footnotes: [],
    });
    expect(id).toContain('<details><summary>Angka</summary>');
  });
});
