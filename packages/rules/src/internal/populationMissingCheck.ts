import type { MonthlyReport } from '@kampung-kb/model';
import type { IssueSink, RecordRef } from './issueSink.js';

/** `population-missing`: a schema-valid monthly report without a population snapshot in force. */
export function reportPopulationMissing(sink: IssueSink, ref: RecordRef): void {
  const report = ref.record as MonthlyReport;
  sink.report(
    ref,
    'population-missing',
    'population-missing',
    {},
    { kampungId: report.kampungId, period: report.period },
    {
      id: `Tidak ada data penduduk kampung ${report.kampungId} untuk periode ${report.period} atau sebelumnya; keseimbangan PUS, sasaran poktan dan batas JKN tidak dapat diperiksa`,
      en: `No population snapshot of kampung ${report.kampungId} for ${report.period} or earlier; the PUS balance, poktan targets and JKN limit cannot be checked`,
    },
  );
}
