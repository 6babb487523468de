import { computeKampungIndicators } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { monthlyKampungReport, renderHtml, renderMarkdown } from '@kampung-kb/reports';

const { dataset, programme } = await readDataDir('examples/banjarmasin/data');
const [result] = computeKampungIndicators(dataset, '2020-12');
if (result) {
  const doc = monthlyKampungReport({ dataset, result }, { lang: 'en', programme, public: true });
  const markdown = renderMarkdown(doc); // or renderHtml(doc): one self-contained HTML file
  console.log(markdown.split('\n')[0]);
  console.log(renderHtml(doc).slice(0, 15));
}