import { ObjectId } from 'bson';
import { encodeEjson, isPlainObject } from './ejson';

type Doc = Record<string, unknown>;

/** A BSON ObjectId from any bson copy (the SDK's and ours differ), told by its tag. */
export function isObjectId(value: unknown): value is { toHexString(): string } {
  return typeof value === 'object' && value !== null && (value as { _bsontype?: string })._bsontype === 'ObjectId';
}

const HEX24 = /^[0-9a-fA-F]{24}$/;

/** The _id types CloudBase accepts: a string, a number or an ObjectId. */
export const isDocumentId = (id: unknown): id is string | number | ObjectId =>
  typeof id === 'string' || typeof id === 'number' || isObjectId(id);

/**
 * The form a result goes out in: CloudBase answers an ObjectId as its 24-hex string, which the
 * SDK yields as is. (Canonical EJSON `{"$oid": …}` would reach the SDK's EJSON.parse as a bson 4
 * ObjectId, whose fields its formatField walks into `{}`.)
 */
export function objectIdsAsHex(value: unknown): unknown {
  if (isObjectId(value)) return value.toHexString();
  if (Array.isArray(value)) return value.map(objectIdsAsHex);
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const [key, v] of Object.entries(value)) out[key] = objectIdsAsHex(v);
    return out;
  }
  return value;
}

/** A document (or any result value) as the wire carries it back to the SDK. */
export const encodeResult = (value: unknown): string => encodeEjson(objectIdsAsHex(value));

/** The ObjectId a 24-hex string may stand for, since results hand ObjectIds out as such strings. */
export const objectIdOf = (id: unknown): ObjectId | undefined => (typeof id === 'string' && HEX24.test(id) ? new ObjectId(id) : undefined);

/**
 * A top-level `_id: "<24 hex>"` also finds a document whose _id is that ObjectId: the id a
 * result handed out addresses the document again, as on CloudBase.
 */
export function withObjectIdAliases(query: Doc): Doc {
  const oid = objectIdOf(query._id);
  return oid ? { ...query, _id: { $in: [query._id, oid] } } : query;
}
