import type { OwnershipRule } from '@core/authorization';
import { authorOfPost } from './post-owner.repository';

/**
 * Whether the caller owns the resource the params name, for an action whose contract has an
 * ownership rule. A `member` is owned by the identity itself; an absent value means "my own".
 * Later resources (a booking, a question) add a case here that looks their owner up.
 */
export const ownsResource = async (rule: OwnershipRule, params: unknown, openid: string): Promise<boolean> => {
  const value = params && typeof params === 'object' ? (params as Record<string, unknown>)[rule.param] : undefined;
  switch (rule.resource) {
    case 'member':
      return value === undefined || value === openid;
    case 'qaPost':
      return typeof value === 'string' && (await authorOfPost(value)) === openid;
    default: {
      const unknownResource: never = rule.resource;
      throw new Error(`no owner lookup for resource ${String(unknownResource)}`);
    }
  }
};
