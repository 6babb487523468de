import type { Label, Lang } from '@kampung-kb/model';
import type { ScoreBand, SubIndicatorDefinition } from '../classificationSubIndicators.js';
import type { Basis, InputRecord } from './subIndicatorBases.js';

const RECORD_NAMES: Readonly<Record<InputRecord, Label>> = {
  profile: { id: 'profil kampung', en: 'kampung profile' },
  population: { id: 'data penduduk', en: 'population snapshot' },
  monthly: { id: 'laporan bulanan', en: 'monthly report' },
};

const ZERO_NAMES: Readonly<Record<NonNullable<Basis['zeroOf']>, Label>> = {
  pus: { id: 'PUS = 0', en: 'PUS = 0' },
  users: { id: 'peserta KB aktif = 0', en: 'active users = 0' },
  poktanTargets: { id: 'semua sasaran poktan = 0', en: 'every poktan target = 0' },
};

const SCORE: Label = { id: 'skor', en: 'score' };

function list(records: readonly InputRecord[], lang: Lang): string {
  const names = records.map((r) => RECORD_NAMES[r][lang]);
  return names.join(lang === 'id' ? ' dan ' : ' and ');
}

function missingText(missing: readonly InputRecord[], lang: Lang): string {
  if (lang === 'id') return `${list(missing, lang)} tidak ada`;
  return `no ${list(missing, lang)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The bilingual explanation of a score, e.g. `CPR 43 % (41–50) → skor 3` or
 * `Sumber dana: 2 sumber (2–4) → skor 3`.
 */
export function explain(
  def: SubIndicatorDefinition,
  basis: Basis,
  band: ScoreBand | null,
  score: number,
): Label {
  const one = (lang: Lang): string => {
    const arrow = `→ ${SCORE[lang]} ${score}`;
    if (basis.value === null || band === null) {
      const why =
        basis.note === 'zero-denominator' && basis.zeroOf !== undefined
          ? `${ZERO_NAMES[basis.zeroOf][lang]}, ${lang === 'id' ? 'persentase tidak dapat dihitung' : 'no percentage'}`
          : missingText(basis.missing, lang);
      return `${def.label[lang]}: ${why} ${arrow}`;
    }
    let main: string;
    if (def.basisKind === 'percent')
      main = `${def.label[lang]} ${basis.value} % (${band.label[lang]}) ${arrow}`;
    else if (def.basisKind === 'flags') main = `${def.label[lang]}: ${band.label[lang]} ${arrow}`;
    else {
      const unit =
        def.unit === undefined ? '' : ` ${(basis.value === 1 ? def.unit.one : def.unit.other)[lang]}`;
      main = `${def.label[lang]}: ${basis.value}${unit} (${band.label[lang]}) ${arrow}`;
    }
    if (basis.note === null) return main;
    const cause = capitalise(
      basis.note === 'zero-denominator' && basis.zeroOf !== undefined
        ? ZERO_NAMES[basis.zeroOf][lang]
        : missingText(basis.missing, lang),
    );
    const portal = lang === 'id' ? 'dihitung 0 % seperti di portal' : 'counted as 0 %, as the portal does';
    return `${main}. ${cause}: ${portal}.`;
  };
  return { id: one('id'), en: one('en') };
}
