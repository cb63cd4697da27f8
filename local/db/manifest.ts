import { readFileSync } from 'node:fs';

export type IndexDirection = 1 | -1;

export interface IndexSpec {
  name: string;
  /** Ordered field paths with their directions, as in MongoDB's `createIndex`. */
  keys: Array<[string, IndexDirection]>;
  unique: boolean;
}

/** A `2dsphere` index (`"keys": { "location": "2dsphere" }`): GeoJSON on a sphere, needed by `$nearSphere` and `$geoNear`. */
export interface GeoIndexSpec {
  name: string;
  field: string;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
  geoIndexes: GeoIndexSpec[];
}

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export function isValidCollectionName(name: unknown): name is string {
  return typeof name === 'string' && COLLECTION_NAME.test(name);
}

/** Reads `database/manifest.json`: the one declaration of collections and indexes. */
export function loadManifest(path: string): CollectionSpec[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { collections?: unknown };
  if (!Array.isArray(raw.collections)) throw new Error(`${path}: "collections" must be an array`);
  return raw.collections.map((entry: { name?: unknown; indexes?: unknown }) => {
    if (!isValidCollectionName(entry.name)) throw new Error(`${path}: invalid collection name ${String(entry.name)}`);
    const all = Array.isArray(entry.indexes) ? entry.indexes : [];
    const isGeo = (ix: { keys?: unknown }) => Object.values((ix.keys ?? {}) as object).includes('2dsphere');
    return {
      name: entry.name,
      indexes: all.filter((ix) => !isGeo(ix)).map((ix) => parseIndex(path, entry.name as string, ix)),
      geoIndexes: all.filter(isGeo).map((ix) => parseGeoIndex(path, entry.name as string, ix)),
    };
  });
}

function parseIndex(path: string, collection: string, ix: { name?: unknown; keys?: unknown; unique?: unknown }): IndexSpec {
  const where = `${path}: ${collection}.${String(ix.name)}`;
  if (typeof ix.name !== 'string' || !/^[A-Za-z0-9_]{1,64}$/.test(ix.name)) throw new Error(`${where}: invalid index name`);
  if (!ix.keys || typeof ix.keys !== 'object') throw new Error(`${where}: "keys" must be an object`);
  const keys = Object.entries(ix.keys as Record<string, unknown>).map(([field, dir]): [string, IndexDirection] => {
    if (dir !== 1 && dir !== -1) throw new Error(`${where}: direction of ${field} must be 1 or -1`);
    if (field.startsWith('$') || field === '') throw new Error(`${where}: invalid field ${field}`);
    return [field, dir];
  });
  if (keys.length === 0 || keys.length > 8) throw new Error(`${where}: an index has 1 to 8 fields`);
  return { name: ix.name, keys, unique: ix.unique === true };
}

function parseGeoIndex(path: string, collection: string, ix: { name?: unknown; keys?: unknown }): GeoIndexSpec {
  const where = `${path}: ${collection}.${String(ix.name)}`;
  if (typeof ix.name !== 'string' || !/^[A-Za-z0-9_]{1,64}$/.test(ix.name)) throw new Error(`${where}: invalid index name`);
  const fields = Object.keys(ix.keys as object);
  if (fields.length !== 1) throw new Error(`${where}: a 2dsphere index has exactly one field`);
  if (fields[0].startsWith('$') || fields[0] === '') throw new Error(`${where}: invalid field ${fields[0]}`);
  return { name: ix.name, field: fields[0] };
}
