import type { z } from 'zod';
import type { OwnershipRule } from './authorization';
import type { Role } from './roles';
import { strictParams } from './strict-params';

/**
 * One action of one cloud function, declared once and shared by the app and the function:
 * the params schema, who may call it, and (as a phantom type) what it answers.
 *
 * `allow` is required on purpose: an action without a rule does not type-check, and the
 * function router refuses to start with one (the authorization matrix test relies on it).
 * `owner` adds "…or the owner of the resource the params name"; with an owner rule `allow`
 * may be empty, meaning "the owner only".
 */
export interface ActionContract<Params extends z.ZodTypeAny = z.ZodTypeAny, Result = unknown> {
  params: Params;
  /** Roles that may call the action; a caller needs at least one of them. */
  allow: readonly Role[];
  /** The owner of the named resource may call it whatever their roles. */
  owner?: OwnershipRule;
  /**
   * Callable without any identity (a QR scanned by a stranger's browser). Only with `allow:
   * EVERYONE`; the handler gets no caller to consult (docs/decisions.md, certificates).
   */
  public?: true;
  /** Never set at run time; carries the result type to the app's typed client. */
  readonly __result?: Result;
}

/**
 * Curried so the result type is written and the params type is inferred:
 * `defineAction<WhoAmI>()({ params: z.object({}), allow: EVERYONE })`.
 * Every object in the params refuses keys it does not declare, whatever the contract wrote.
 */
export const defineAction =
  <Result>() =>
  <Params extends z.ZodTypeAny>(contract: {
    params: Params;
    allow: readonly Role[];
    owner?: OwnershipRule;
    public?: true;
  }): ActionContract<Params, Result> => ({ ...contract, params: strictParams(contract.params) });

/** A function's contract: action name → action contract. */
export type FunctionContract = Record<string, ActionContract>;

export type ParamsOf<C> = C extends ActionContract<infer P, unknown> ? z.input<P> : never;
export type ParsedParamsOf<C> = C extends ActionContract<infer P, unknown> ? z.output<P> : never;
export type ResultOf<C> = C extends ActionContract<z.ZodTypeAny, infer R> ? R : never;
