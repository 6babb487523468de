import { type TInteger, type TObject, type TOptional, Type } from '@sinclair/typebox';
import { contraceptiveMethods } from '../codeLists/contraceptiveMethods.js';

type MethodCountProps = {
  iud: TOptional<TInteger>;
  mow: TOptional<TInteger>;
  mop: TOptional<TInteger>;
  implant: TOptional<TInteger>;
  injectable: TOptional<TInteger>;
  pill: TOptional<TInteger>;
  condom: TOptional<TInteger>;
  mal: TOptional<TInteger>;
  traditional: TOptional<TInteger>;
};

function count(what: string, code: keyof MethodCountProps): TOptional<TInteger> {
  const method = contraceptiveMethods.items.find((m) => m.code === code)?.label.en ?? code;
  return Type.Optional(Type.Integer({ minimum: 0, description: `${what}: ${method}.` }));
}

/**
 * An object of optional counts, one per contraceptive method code (the seven portal methods, then MAL and
 * traditional). A method left out is unknown, not zero. `what` starts each field's description.
 */
export function methodCounts(what: string, description: string): TObject<MethodCountProps> {
  return Type.Object(
    {
      iud: count(what, 'iud'),
      mow: count(what, 'mow'),
      mop: count(what, 'mop'),
      implant: count(what, 'implant'),
      injectable: count(what, 'injectable'),
      pill: count(what, 'pill'),
      condom: count(what, 'condom'),
      mal: count(what, 'mal'),
      traditional: count(what, 'traditional'),
    },
    { additionalProperties: false, description },
  );
}
