import type { EvalContext } from '@kampung-kb/expr';

const NOT_YET: unique symbol = Symbol('not yet projected');

/**
 * The context of a report when rules read earlier months: the population variables, and the previous
 * month's and last year's reports, projected from the store only when an expression reads them.
 */
export class HistoryContext implements EvalContext {
  private p: unknown = NOT_YET;
  private l: unknown = NOT_YET;

  constructor(
    readonly vars: Readonly<Record<string, unknown>>,
    private readonly at: (k: number, month: number) => unknown,
    private readonly k: number,
    private readonly month: number,
  ) {}

  get prev(): unknown {
    if (this.p === NOT_YET) this.p = this.at(this.k, this.month - 1);
    return this.p;
  }

  get lastYear(): unknown {
    if (this.l === NOT_YET) this.l = this.at(this.k, this.month - 12);
    return this.l;
  }
}
