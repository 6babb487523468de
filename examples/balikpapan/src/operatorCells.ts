import {
  agencies,
  areaCriteria,
  type CodeList,
  dataSources,
  frequencies,
  fundingSources,
  type Lang,
  mainCriteria,
  operationalMechanisms,
  pokjaSections,
  poktan,
  proposalStatuses,
  type RecordType,
  regulations,
  targetGroups,
} from '@kampung-kb/model';

/**
 * What an operator knows about a column from its field path: which dropdown (code list) it takes, whether
 * it is a month, a date or a region code. The workbook shows the list's labels; the operator picks one.
 */
export interface ColumnKind {
  readonly codeList?: CodeList;
  readonly period?: 'month' | 'date';
  readonly regionCode?: boolean;
}

const CODE_LISTS: Readonly<Record<string, CodeList>> = {
  'kampung:mainCriteria': mainCriteria,
  'kampung:areaCriteria': areaCriteria,
  'profile:fundingSources': fundingSources,
  'profile:poktan': poktan,
  'profile:regulation.kinds': regulations,
  'profile:dataSources': dataSources,
  'profile:operations': operationalMechanisms,
  'intervention:section': pokjaSections,
  'intervention:agencies': agencies,
  'intervention:targetGroups': targetGroups,
  'proposal:section': pokjaSections,
  'proposal:assignedAgency': agencies,
  'proposal:status': proposalStatuses,
  'budget:fundingSource': fundingSources,
};

const DATES = new Set(['designationDate', 'date', 'raisedOn', 'addressedOn']);

/**
 * The kind of the column `path` of a sheet of record type `type`.
 *
 * @example
 * ```ts
 * columnKind('kampung', 'areaCriteria').codeList?.id; // 'area-criteria'
 * ```
 */
export function columnKind(type: RecordType, path: string): ColumnKind {
  if (path.startsWith('operationFrequency.')) return { codeList: frequencies };
  const codeList = CODE_LISTS[`${type}:${path}`];
  if (codeList) return { codeList };
  if (path === 'period') return { period: 'month' };
  if (DATES.has(path)) return { period: 'date' };
  if (path === 'regionCode' || (type === 'region' && path === 'code')) return { regionCode: true };
  return {};
}

/** How a cell looks once the operator has typed or picked it. */
export type OperatorCell = string | number | Date;

/** Variations an operator makes that the import must accept. */
export interface CellStyle {
  /** Types the region code without dots (`6471011001`). */
  readonly undottedRegion?: boolean;
  /** Types the month the DHIS2 way (`202012`). */
  readonly compactMonth?: boolean;
}

const BOOLEAN_LABEL: Readonly<Record<Lang, readonly [string, string]>> = {
  id: ['Ya', 'Tidak'],
  en: ['Yes', 'No'],
};

/**
 * The cell an operator enters for a field value: the code list's label in the workbook's language (a list
 * as labels separated by `; `), `Ya`/`Tidak` for yes/no, months as text, dates as Excel dates, numbers as
 * numbers; `undefined` for an empty cell.
 *
 * @example
 * ```ts
 * operatorCell({ codeList: areaCriteria }, ['coastal', 'dense'], 'id'); // 'Pesisir/nelayan; Padat penduduk'
 * ```
 */
export function operatorCell(
  kind: ColumnKind,
  value: unknown,
  lang: Lang,
  style: CellStyle = {},
): OperatorCell | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => (kind.codeList ? label(kind.codeList, String(v), lang) : String(v)));
    return items.join('; ');
  }
  if (typeof value === 'boolean') return BOOLEAN_LABEL[lang][value ? 0 : 1];
  if (typeof value === 'number') return value;
  const text = String(value);
  if (kind.codeList) return label(kind.codeList, text, lang);
  if (kind.period === 'date') {
    const [y, m, d] = text.split('-').map(Number);
    return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
  }
  if (kind.period === 'month' && style.compactMonth) return text.replace('-', '');
  if (kind.regionCode && style.undottedRegion) return text.replaceAll('.', '');
  return text;
}

function label(list: CodeList, code: string, lang: Lang): string {
  const item = list.items.find((i) => i.code === code);
  if (!item) throw new Error(`operatorCell: ${code} is not in the code list ${list.id}`);
  return item.label[lang];
}
