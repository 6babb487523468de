// The README's usage example, kept here so CI type-checks and runs it (test/usage.test.ts).
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { validateDataset } from '@kampung-kb/rules';

export async function usage(dir: string) {
  const { dataset, programme } = await readDataDir(dir);
  const { issues } = validateDataset(dataset, programme ? { cityCode: programme.city.code } : {});
  const period = latestPeriod(dataset);
  if (period === undefined) throw new Error('no monthly reports');
  const results = computeKampungIndicators(dataset, period);
  return { issues, period, first: results[0] };
}
