import type { z } from 'zod';
import type { ActionContract, FunctionContract } from '@core/action-contract';
import { ok, type Envelope } from '@core/envelope';
import { forbiddenMessage, isPermitted } from '@core/authorization';
import { ROLES, type Role } from '@core/roles';
import { describeValidationIssues } from '@core/validation-message';
import { ActionError } from './action-error';
import { readCallerOpenid } from './caller-identity';
import { failure, errorToEnvelope } from './error-envelope';
import { findOperatorKey } from './plain-params';
import { needsOwnerLookup, ownsResource, type OwnerLookups } from './resource-owner';
import { findUser, rolesOfUser, type UserDocument } from './user.repository';

/**
 * Who is calling: the openid from the platform context. The user document is read at most once
 * per invocation, on first need, and shared by the guard's roles and the handler.
 */
export interface Caller {
  openid: string;
  user(): Promise<UserDocument | null>;
  roles(): Promise<Role[]>;
}

export interface ActionInvocation<C extends ActionContract> {
  params: C extends ActionContract<infer P, unknown> ? z.output<P> : never;
  caller: Caller;
}

type Handler<C extends ActionContract> = (
  invocation: ActionInvocation<C>,
) => Promise<C extends ActionContract<z.ZodTypeAny, infer R> ? R : never>;

/** Every action of the contract needs a handler; the contract already carries who may call it. */
export type Handlers<C extends FunctionContract> = { [K in keyof C]: Handler<C[K]> };

/** What a timer trigger hands its job: the trigger's name, when it fired, its configured message. */
export interface TimerTick {
  triggerName: string;
  time: Date;
  message: string;
}

export type TimerJob = (tick: TimerTick) => Promise<unknown>;

export interface CloudFunction<C extends FunctionContract> {
  /**
   * The SCF entry point: `exports.main = async (event, context) => envelope`. It carries the
   * contract too, so a test can enumerate every deployed function's actions from `main` alone.
   */
  main: ((event: unknown, context: unknown) => Promise<Envelope<unknown>>) & { readonly contract: C };
  /** Exposed for the authorization matrix test (issue 4). */
  readonly contract: C;
  /** The timer jobs it runs, for the deploy check that each is declared as a trigger. */
  readonly timerNames: readonly string[];
}

/** Fields the platform itself adds to callFunction events; never action params. */
const PLATFORM_EVENT_KEYS = new Set(['action', 'userInfo']);

const allowsEveryRole = (allow: readonly Role[]) => ROLES.every((role) => allow.includes(role));

export const defineFunction = <C extends FunctionContract>(options: {
  name: string;
  contract: C;
  handlers: Handlers<C>;
  /** Jobs run by the timer triggers declared in the function's config.json, by trigger name. */
  timers?: Record<string, TimerJob>;
  /** Owner lookups for resources kept in this function's own collections (see resource-owner.ts). */
  owners?: OwnerLookups;
}): CloudFunction<C> => {
  const { name, contract, handlers, timers = {}, owners = {} } = options;
  for (const [action, rule] of Object.entries(contract)) {
    // A rule-less action must fail loudly at cold start, not run open; "owner only" is a rule.
    if (!Array.isArray(rule.allow) || (rule.allow.length === 0 && !rule.owner))
      throw new Error(`${name}.${action} declares no allowed roles`);
    if (typeof handlers[action] !== 'function') throw new Error(`${name}.${action} has no handler`);
    if (rule.owner && needsOwnerLookup(rule.owner.resource) && !owners[rule.owner.resource])
      throw new Error(`${name}.${action} has no owner lookup for ${rule.owner.resource}`);
    if (rule.public && !allowsEveryRole(rule.allow)) throw new Error(`${name}.${action} is public but does not allow every role`);
  }

  const main = async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    const where = `${name}.${describeAction(event)}`;
    try {
      if (!event || typeof event !== 'object' || Array.isArray(event)) return failure('INVALID_INPUT');
      // A timer trigger's event has no action and its context no caller. A client call always
      // carries the caller's openid, so a client cannot pass itself off as a timer.
      if (isTimerEvent(event) && !readCallerOpenid(context)) return ok(await runTimer(timers, event));
      const { action } = event as { action?: unknown };
      if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(contract, action)) {
        return failure('UNKNOWN_ACTION');
      }
      const rule = contract[action];

      const openid = readCallerOpenid(context);
      if (!openid && !rule.public) return failure('UNAUTHENTICATED');

      const raw = Object.fromEntries(Object.entries(event).filter(([key]) => !PLATFORM_EVENT_KEYS.has(key)));
      const parsed = rule.params.safeParse(raw);
      if (!parsed.success) return failure('INVALID_INPUT', describeValidationIssues(parsed.error.issues, rule.params));
      // Schemas name the wrong field best; this catches operators hidden in free-form object fields.
      const operatorKey = findOperatorKey(parsed.data);
      if (operatorKey) return failure('INVALID_INPUT', `提交的信息有误：不允许的字段名 ${operatorKey}`);

      // The guard: roles or ownership, decided here so no handler runs for a caller it would refuse.
      // A public action's handler reads no caller; an anonymous one gets an empty openid that matches nobody.
      const caller = makeCaller(openid ?? '');
      if (!allowsEveryRole(rule.allow)) {
        const isOwner = rule.owner ? await ownsResource(rule.owner, parsed.data, caller.openid, owners) : false;
        if (!isOwner && !isPermitted(rule, await caller.roles(), false)) return failure('FORBIDDEN', forbiddenMessage(rule));
      }

      const handler = handlers[action] as Handler<ActionContract>;
      return ok(await handler({ params: parsed.data, caller }));
    } catch (error) {
      return errorToEnvelope(error, where);
    }
  };

  return { main: Object.assign(main, { contract }), contract, timerNames: Object.keys(timers) };
};

interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time?: unknown;
  Message?: unknown;
}

/** CloudBase's timer-trigger event: `{ Type: 'Timer', TriggerName, Time, Message }`. */
const isTimerEvent = (event: object): event is TimerEvent =>
  (event as { Type?: unknown }).Type === 'Timer' && typeof (event as { TriggerName?: unknown }).TriggerName === 'string';

const runTimer = async (timers: Record<string, TimerJob>, event: TimerEvent): Promise<unknown> => {
  if (!Object.prototype.hasOwnProperty.call(timers, event.TriggerName))
    throw new ActionError('UNKNOWN_ACTION', `没有名为 ${event.TriggerName} 的定时任务`);
  const time = typeof event.Time === 'string' && !Number.isNaN(Date.parse(event.Time)) ? new Date(event.Time) : new Date();
  return timers[event.TriggerName]({
    triggerName: event.TriggerName,
    time,
    message: typeof event.Message === 'string' ? event.Message : '',
  });
};

const makeCaller = (openid: string): Caller => {
  let user: Promise<UserDocument | null> | undefined;
  let roles: Promise<Role[]> | undefined;
  const loadUser = () => (user ??= findUser(openid));
  return {
    openid,
    user: loadUser,
    roles: () => (roles ??= loadUser().then((found) => rolesOfUser(openid, found))),
  };
};

const describeAction = (event: unknown): string => {
  const action = event && typeof event === 'object' ? (event as { action?: unknown }).action : undefined;
  return typeof action === 'string' ? action.slice(0, 40) : '?';
};
