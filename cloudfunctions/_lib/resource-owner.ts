import type { OwnershipRule } from '@core/authorization';
import { cloudPathOfFileId, uploaderOfCloudPath } from '@core/cloud-file-id';
import { authorOfPost } from './post-owner.repository';
import { findFile } from './storage/file.repository';

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
    case 'file':
      return typeof value === 'string' && (await ownerOfFile(value)) === openid;
    case 'qaPost':
      return typeof value === 'string' && (await authorOfPost(value)) === openid;
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
