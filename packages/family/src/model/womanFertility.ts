import { ContraceptiveMethod, Month } from '@kampung-kb/model';
import { type Static, Type } from '@sinclair/typebox';
import { FertilityIntention } from '../codeLists/fertilityIntentions.js';
import { MethodSource } from '../codeLists/methodSources.js';
import { NonUseReason } from '../codeLists/nonUseReasons.js';
import { PregnancyIntention } from '../codeLists/pregnancyIntentions.js';

const Children = Type.Object(
  {
    male: Type.Integer({ minimum: 0, maximum: 30 }),
    female: Type.Integer({ minimum: 0, maximum: 30 }),
  },
  { additionalProperties: false },
);

/**
 * PK21 Blok II (Keluarga Berencana), asked of every currently married woman aged 10–49: her births, whether
 * she wants more children, her pregnancy, her current contraceptive method (or why she uses none), where she
 * got it and whether she was told of side effects and other methods (informed choice).
 *
 * `currentMethod` is `null` for a woman who uses no method; a method code otherwise (the SDK's
 * `contraceptive-methods` list: the portal's seven, MAL and traditional).
 *
 * @example
 * ```ts
 * const f: WomanFertility = {
 *   childrenEverBorn: { male: 1, female: 1 }, childrenLiving: { male: 1, female: 1 },
 *   pregnant: false, fertilityIntention: 'noMore', currentMethod: 'implant', methodStart: '2019-03',
 * };
 * ```
 */
export const WomanFertility = Type.Object(
  {
    childrenEverBorn: Children,
    childrenLiving: Children,
    idealChildren: Type.Optional(Type.Integer({ minimum: 0, maximum: 30 })),
    pregnant: Type.Boolean(),
    pregnancyMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    pregnancyIntention: Type.Optional(PregnancyIntention),
    fertilityIntention: Type.Optional(FertilityIntention),
    currentMethod: Type.Union([ContraceptiveMethod, Type.Null()]),
    methodStart: Type.Optional(Month),
    usedLast12Months: Type.Optional(Type.Boolean()),
    lastMethod: Type.Optional(ContraceptiveMethod),
    lastMethodStop: Type.Optional(Month),
    nonUseReason: Type.Optional(NonUseReason),
    methodSource: Type.Optional(MethodSource),
    informedChoice: Type.Optional(
      Type.Object(
        {
          sideEffects: Type.Boolean({ description: 'Told of the side effects of the method.' }),
          handlingSideEffects: Type.Boolean({ description: 'Told what to do about side effects.' }),
          otherMethods: Type.Boolean({ description: 'Told of other methods she could use.' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'WomanFertility', additionalProperties: false },
);
/** @see {@link WomanFertility} */
export type WomanFertility = Static<typeof WomanFertility>;
