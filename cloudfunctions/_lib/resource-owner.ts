import type { OwnershipRule } from '@core/authorization';
import { cloudPathOfFileId, uploaderOfCloudPath } from '@core/cloud-file-id';
import { findFile } from './storage/file.repository';

/**
 * Owner lookups a function supplies for resources that live in its own collections (the qa
 * function's posts), so only the collection's owning repository reads it.
 */
export type OwnerLookups = Partial<Record<'qaPost', (id: string) => Promise<string | null>>>;

/** Resources the library itself knows how to look up; any other needs a lookup from its function. */
export const needsOwnerLookup = (resource: OwnershipRule['resource']): resource is keyof OwnerLookups => resource === 'qaPost';

/**
 * Whether the caller owns the resource the params name, for an action whose contract has an
 * ownership rule. A `member` is owned by the identity itself; an absent value means "my own".
 * Later resources (a booking, a question) add a case here that looks their owner up.
 */
export const ownsResource = async (rule: OwnershipRule, params: unknown, openid: string, lookups: OwnerLookups = {}): Promise<boolean> => {
  const value = params && typeof params === 'object' ? (params as Record<string, unknown>)[rule.param] : undefined;
  switch (rule.resource) {
    case 'member':
      return value === undefined || value === openid;
    case 'file':
      return typeof value === 'string' && (await ownerOfFile(value)) === openid;
    case 'qaPost': {
      const lookup = lookups.qaPost;
      return typeof value === 'string' && !!lookup && (await lookup(value)) === openid;
    }
    default: {
      const unknownResource: never = rule.resource;
      throw new Error(`no owner lookup for resource ${String(unknownResource)}`);
    }
  }
};

/**
 * A claimed file's owner is on its record; an unclaimed upload belongs to the uploader its path
 * names (so an uploader can still remove a file they never claimed).
 */
const ownerOfFile = async (fileId: string): Promise<string | null> => {
  const record = await findFile(fileId);
  if (record) return record.owner;
  const cloudPath = cloudPathOfFileId(fileId);
  return cloudPath ? uploaderOfCloudPath(cloudPath) : null;
};
