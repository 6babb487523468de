import { type IssueValue, KAMPUNG_ID_PATTERN, type Label, type SourceRef } from '@kampung-kb/model';
import { type IssueSink, type RecordRef, stringField } from './issueSink.js';
import { RECORD_NOUNS, sourceText } from './texts.js';
import type { ValidationContext } from './validationContext.js';

const KAMPUNG_ID_RE = new RegExp(KAMPUNG_ID_PATTERN);

/** `unknown-kampung`: a profile, population snapshot, monthly report or intervention names a kampung id not listed. */
export function checkKampungReference(sink: IssueSink, ref: RecordRef, ctx: ValidationContext): void {
  const kampungId = stringField(ref.record, 'kampungId');
  // The set first: a listed id (nearly every record) needs no pattern test.
  if (kampungId === undefined || ctx.kampungIds.has(kampungId) || !KAMPUNG_ID_RE.test(kampungId)) return;
  const noun = RECORD_NOUNS[ref.type];
  sink.report(
    ref,
    'unknown-kampung',
    'unknown-kampung',
    { field: 'kampungId' },
    { kampungId },
    {
      id: `Kampung '${kampungId}' pada ${noun.id} ini tidak ada di data kampung`,
      en: `Kampung '${kampungId}' of this ${noun.en} is not in the kampung records`,
    },
  );
}

/** The key two records of a type must not share, the values naming it, and its wording. */
export interface DuplicateKey {
  readonly key: string;
  readonly values: Readonly<Record<string, IssueValue>>;
  readonly what: Label;
}

/** The duplicate key of a record, or `undefined` when its type has none or the key fields are not strings. */
export function duplicateKey(ref: RecordRef): DuplicateKey | undefined {
  const r = ref.record;
  switch (ref.type) {
    case 'region': {
      const code = stringField(r, 'code');
      if (code === undefined) return undefined;
      return {
        key: code,
        values: { regionCode: code },
        what: { id: `dengan kode ${code}`, en: `with code ${code}` },
      };
    }
    case 'budget':
      // Several budget lines of one kampung, year and funding source are legitimate.
      return undefined;
    case 'kampung':
    case 'proposal':
    case 'intervention': {
      const id = stringField(r, 'id');
      if (id === undefined) return undefined;
      return { key: id, values: { id }, what: { id: `dengan id ${id}`, en: `with id ${id}` } };
    }
    case 'family': {
      // A register and a survey may both tally a kampung for a month: one tally per source.
      const kampungId = stringField(r, 'kampungId');
      const period = stringField(r, 'period');
      const source = stringField(r, 'source');
      if (kampungId === undefined || period === undefined || source === undefined) return undefined;
      return {
        key: `${kampungId}\u0000${period}\u0000${source}`,
        values: { kampungId, period, source },
        what: {
          id: `untuk kampung ${kampungId} periode ${period} sumber ${source}`,
          en: `for kampung ${kampungId}, period ${period}, source ${source}`,
        },
      };
    }
    default: {
      const kampungId = stringField(r, 'kampungId');
      const period = stringField(r, 'period');
      if (kampungId === undefined || period === undefined) return undefined;
      return {
        key: `${kampungId}\u0000${period}`,
        values: { kampungId, period },
        what: {
          id: `untuk kampung ${kampungId} periode ${period}`,
          en: `for kampung ${kampungId}, period ${period}`,
        },
      };
    }
  }
}

/** Where the first record with a key was: its position among the records of its type and its source. */
export interface FirstRecord {
  readonly position: number;
  readonly source?: SourceRef | undefined;
}

/**
 * `duplicate-record`: the second (and any later) record with the same key as an earlier one of its
 * type, naming where the first is: region code, kampung id, intervention id, or kampung and period.
 */
export function reportDuplicate(sink: IssueSink, ref: RecordRef, dk: DuplicateKey, first: FirstRecord): void {
  const firstPosition = first.position;
  const src = first.source;
  const values: Record<string, IssueValue> = { ...dk.values, firstPosition };
  if (src) {
    values['firstFile'] = src.file;
    if (src.line !== undefined) values['firstLine'] = src.line;
    if (src.index !== undefined) values['firstIndex'] = src.index;
  }
  const at = src ? sourceText(src) : undefined;
  const where: Label = at
    ? { id: `yang pertama di ${at}`, en: `the first is at ${at}` }
    : {
        id: `yang pertama adalah data ke-${firstPosition + 1}`,
        en: `the first is record ${firstPosition + 1}`,
      };
  const noun = RECORD_NOUNS[ref.type];
  sink.report(ref, 'duplicate-record', 'duplicate-record', {}, values, {
    id: `${capitalise(noun.id)} ganda ${dk.what.id}; ${where.id}`,
    en: `Duplicate ${noun.en} ${dk.what.en}; ${where.en}`,
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
