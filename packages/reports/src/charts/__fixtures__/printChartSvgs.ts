// Prints the SVG of every chart of the chart gallery, in id then en, for the test that runs it under other
// time zones and locales: `node --conditions=@kampung-kb/source --import tsx printChartSvgs.ts`.
import { chartGallery } from '../../__fixtures__/allTemplates.js';
import type { ReportChart } from '../../reportDocument.js';
import { chartSvg } from '../chartSvg.js';

for (const lang of ['id', 'en'] as const) {
  for (const b of chartGallery({ lang }).sections.flatMap((s) => s.blocks)) {
    if (b.kind === 'chart') process.stdout.write(`${chartSvg(b as ReportChart, lang)}\n`);
  }
}
