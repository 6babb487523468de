import { SANITATION_RUNGS } from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorStandard } from '../../engine/indicatorDefinition.js';
import type { TargetDirection } from '../../targets/target.js';
import { F, familyIndicator, kebab, L } from './familyIndicator.js';
import { percent } from './ratioIndicator.js';

const JMP =
  'WHO/UNICEF JMP sanitation service ladder; UN SDG indicator 6.2.1a metadata (unstats.un.org/sdgs/metadata/files/Metadata-06-02-01a.pdf); github.com/DHSProgram/DHS-Indicators-Stata Chap02_PH/DHS8/PH_SANI.do';
const SDG_1111 =
  'UN SDG indicator 11.1.1 metadata (unstats.un.org/sdgs/metadata/files/Metadata-11-01-01.pdf): the five household deprivations of the UN-Habitat / UNSD / Cities Alliance expert group meeting (2002)';

/** The JMP sanitation ladder, for households and for the people living in them. */
function sanitationIndicators(): IndicatorDefinition[] {
  const out: IndicatorDefinition[] = [];
  const jmp: IndicatorStandard = {
    body: 'sdg',
    reference: 'SDG 6.2.1a (JMP sanitation ladder)',
    citation: JMP,
  };
  const rungLabel: Record<string, [string, string]> = {
    safelyManaged: ['dikelola aman', 'safely managed'],
    basic: ['dasar', 'basic'],
    limited: ['terbatas', 'limited'],
    unimproved: ['tidak layak', 'unimproved'],
    openDefecation: ['BAB sembarangan', 'open defecation'],
  };
  for (const r of SANITATION_RUNGS) {
    if (r === 'unknown') continue;
    const [id, en] = rungLabel[r] as [string, string];
    const better: TargetDirection =
      r === 'safelyManaged' || r === 'basic' ? 'higherIsBetter' : 'lowerIsBetter';
    out.push(
      familyIndicator({
        id: `family-sanitation-${kebab(r)}`,
        name: L(`Sanitasi ${id} (keluarga)`, `Sanitation ${en} (households)`),
        definition: L(
          `Keluarga dengan sanitasi ${id} per keluarga yang tangga sanitasinya dapat ditentukan ×100.`,
          `Households with ${en} sanitation per household whose rung can be placed ×100.`,
        ),
        numerator: F(`san.${r}`),
        denominator: `${F('san.households')} - ${F('san.unknown')}`,
        ...percent(1),
        standard: jmp,
        direction: better,
        tags: ['sanitation', 'sdg'],
      }),
      familyIndicator({
        id: `family-sanitation-population-${kebab(r)}`,
        name: L(`Penduduk dengan sanitasi ${id}`, `Population with ${en} sanitation`),
        definition: L(
          `Anggota keluarga dengan sanitasi ${id} per anggota keluarga yang tangga sanitasinya dapat ditentukan ×100.`,
          `Members of families with ${en} sanitation per member of a family whose rung can be placed ×100.`,
        ),
        numerator: F(`san.persons.${r}`),
        denominator: `${F('san.persons.total')} - ${F('san.persons.unknown')}`,
        ...percent(1),
        standard: jmp,
        direction: better,
        tags: ['sanitation', 'sdg'],
      }),
    );
  }
  return out;
}

/** SDG 11.1.1: people in, and households that are, slum households. */
function slumIndicators(): IndicatorDefinition[] {
  const slum: IndicatorStandard = { body: 'sdg', reference: 'SDG 11.1.1', citation: SDG_1111 };
  return [
    familyIndicator({
      id: 'family-slum-population-share',
      name: L('Penduduk di rumah tangga kumuh (SDG 11.1.1)', 'Population in slum households (SDG 11.1.1)'),
      definition: L(
        'Anggota keluarga yang rumah tangganya punya ≥ 1 dari 5 deprivasi (air, sanitasi, kepadatan, ketahanan bangunan, jaminan bermukim) per anggota keluarga yang dapat dinilai ×100.',
        'Members of families whose household has ≥ 1 of the 5 deprivations (water, sanitation, crowding, durability, tenure) per member of a family that can be assessed ×100.',
      ),
      numerator: F('slum.personsDeprived'),
      denominator: `${F('slum.persons')} - ${F('slum.personsUnknown')}`,
      ...percent(1),
      standard: slum,
      direction: 'lowerIsBetter',
      tags: ['housing', 'sdg'],
    }),
    familyIndicator({
      id: 'family-slum-household-share',
      name: L('Rumah tangga kumuh', 'Slum households'),
      definition: L(
        'Keluarga dengan ≥ 1 deprivasi hunian per keluarga yang dapat dinilai ×100.',
        'Households with ≥ 1 housing deprivation per household that can be assessed ×100.',
      ),
      numerator: F('slum.deprived'),
      denominator: `${F('slum.households')} - ${F('slum.unknown')}`,
      ...percent(1),
      standard: slum,
      direction: 'lowerIsBetter',
      tags: ['housing', 'sdg'],
    }),
  ];
}

/**
 * The housing indicators of {@link familyIndicatorCatalogue}: the JMP sanitation ladder (SDG 6.2.1a) and
 * slum households (SDG 11.1.1).
 *
 * @example
 * ```ts
 * FAMILY_HOUSING_INDICATORS.at(-1)?.id; // 'family-slum-household-share'
 * ```
 */
export const FAMILY_HOUSING_INDICATORS: readonly IndicatorDefinition[] = [
  ...sanitationIndicators(),
  ...slumIndicators(),
];
