import { resolve } from 'mingo/util';
import { invalidParam } from './db-error';
import { isPlainObject } from './ejson';

type Doc = Record<string, unknown>;
type Position = [number, number];

/** MongoDB's earth radius for spherical distances (meters), as in its $centerSphere radians arithmetic. */
export const EARTH_RADIUS_M = 6_378_100;

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';

/** The positions of a stored GeoJSON value (or legacy [lng, lat] pair); none when it is not geometry. */
export function positionsOf(value: unknown): Position[] {
  if (isPosition(value)) return [value];
  if (!isPlainObject(value) || typeof value.type !== 'string') return [];
  const c = value.coordinates as unknown;
  switch (value.type) {
    case 'Point':
      return isPosition(c) ? [c] : [];
    case 'MultiPoint':
    case 'LineString':
      return Array.isArray(c) ? c.filter(isPosition) : [];
    case 'Polygon':
    case 'MultiLineString':
      return Array.isArray(c) ? c.flat().filter(isPosition) : [];
    case 'MultiPolygon':
      return Array.isArray(c) ? c.flat(2).filter(isPosition) : [];
    default:
      return [];
  }
}

/** Great-circle distance in radians between two [lng, lat] positions (haversine). */
export function angularDistance([lng1, lat1]: Position, [lng2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Meters from `center` to the nearest position of a stored value; undefined when it holds no geometry. */
export function distanceTo(center: Position, value: unknown): number | undefined {
  const values = Array.isArray(value) && !isPosition(value) ? value : [value];
  let best: number | undefined;
  for (const v of values)
    for (const p of positionsOf(v)) {
      const d = angularDistance(center, p) * EARTH_RADIUS_M;
      if (best === undefined || d < best) best = d;
    }
  return best;
}

/** A GeoJSON Point operand ({ type: 'Point', coordinates }), as the SDK's db.Geo.Point serialises. */
export function pointOperand(value: unknown, what: string): Position {
  const positions = isPlainObject(value) && value.type === 'Point' ? positionsOf(value) : isPosition(value) ? [value] : [];
  if (positions.length !== 1) throw invalidParam(`${what} needs a GeoJSON Point`);
  const [lng, lat] = positions[0];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) throw invalidParam(`${what}: longitude/latitude out of bounds`);
  return positions[0];
}

const optionalDistance = (value: unknown, what: string): number | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || value < 0) throw invalidParam(`${what} must be a non-negative number`);
  return value;
};

export interface NearSpec {
  field: string;
  center: Position;
  min?: number;
  max?: number;
}

/** Reads `{ $geometry, $maxDistance, $minDistance }` of `$nearSphere` / `$near` (meters). */
export function readNear(field: string, operand: unknown): NearSpec {
  if (!isPlainObject(operand)) throw invalidParam('$nearSphere expects { $geometry, $maxDistance?, $minDistance? }');
  return {
    field,
    center: pointOperand(operand.$geometry, '$nearSphere'),
    min: optionalDistance(operand.$minDistance, '$minDistance'),
    max: optionalDistance(operand.$maxDistance, '$maxDistance'),
  };
}

/** The `$nearSphere` / `$near` of a query (top level or in a top-level `$and`), which orders its results by distance. */
export function nearOf(query: Doc): NearSpec | undefined {
  for (const [field, value] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) return nearOf(part);
      continue;
    }
    if (!isPlainObject(value)) continue;
    const operand = value.$nearSphere ?? value.$near;
    if (operand !== undefined) return readNear(field, operand);
  }
  return undefined;
}

const within = (spec: NearSpec, value: unknown) => {
  const d = distanceTo(spec.center, value);
  return d !== undefined && (spec.min === undefined || d >= spec.min) && (spec.max === undefined || d <= spec.max);
};

/** Ray casting on one ring of [lng, lat] positions (edges read as straight lines on the map). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A Polygon is its outer ring minus its holes; a MultiPolygon any of its polygons. */
function polygonsOf(geometry: unknown): Position[][][] {
  if (!isPlainObject(geometry)) throw invalidParam('$geoWithin $geometry must be a GeoJSON Polygon or MultiPolygon');
  const rings = (polygon: unknown) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw invalidParam('$geoWithin: a polygon needs at least one ring');
    return polygon.map((ring: unknown) => {
      if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition))
        throw invalidParam('$geoWithin: a ring needs 4 or more positions');
      return ring as Position[];
    });
  };
  if (geometry.type === 'Polygon') return [rings(geometry.coordinates)];
  if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) return geometry.coordinates.map(rings);
  throw invalidParam('$geoWithin $geometry must be a GeoJSON Polygon or MultiPolygon');
}

/** `$geoWithin`: with `$geometry` (Polygon, MultiPolygon) or `$centerSphere: [[lng, lat], radians]`; every position of the stored geometry must be inside. */
function geoWithinTest(operand: unknown): (value: unknown) => boolean {
  if (!isPlainObject(operand)) throw invalidParam('$geoWithin expects { $geometry } or { $centerSphere }');
  const all = (test: (p: Position) => boolean) => (value: unknown) => {
    const values = Array.isArray(value) && !isPosition(value) ? value : [value];
    return values.some((v) => {
      const positions = positionsOf(v);
      return positions.length > 0 && positions.every(test);
    });
  };
  if (operand.$centerSphere !== undefined) {
    const spec = operand.$centerSphere;
    if (!Array.isArray(spec) || spec.length !== 2 || typeof spec[1] !== 'number' || spec[1] < 0)
      throw invalidParam('$centerSphere expects [[lng, lat], radius in radians]');
    const center = pointOperand(spec[0], '$centerSphere');
    return all((p) => angularDistance(center, p) <= spec[1]);
  }
  const polygons = polygonsOf(operand.$geometry);
  return all((p) => polygons.some(([outer, ...holes]) => inRing(p, outer) && !holes.some((hole) => inRing(p, hole))));
}

type QueryOp = (selector: string, value: unknown) => (obj: Doc) => boolean;

const fieldValue = (obj: Doc, selector: string) => resolve(obj, selector);

const $nearSphere: QueryOp = (selector, operand) => {
  const spec = readNear(selector, operand);
  return (obj) => within(spec, fieldValue(obj, selector));
};

const $geoWithin: QueryOp = (selector, operand) => {
  const test = geoWithinTest(operand);
  return (obj) => test(fieldValue(obj, selector));
};

/** Geo query operators mingo lacks (`$near` takes the same GeoJSON form as `$nearSphere` on a 2dsphere field). */
export const geoQueryOperators = { $nearSphere, $near: $nearSphere, $geoWithin };

export interface GeoNearStage {
  center: Position;
  key?: string;
  distanceField: string;
  min?: number;
  max?: number;
  query: Doc;
  multiplier: number;
  includeLocs?: string;
}

/** Reads a `$geoNear` stage as the SDK sends it (`near` a GeoJSON Point, distances in meters). */
export function readGeoNear(stage: unknown): GeoNearStage {
  if (!isPlainObject(stage)) throw invalidParam('$geoNear expects an object');
  if (typeof stage.distanceField !== 'string' || stage.distanceField === '') throw invalidParam('$geoNear requires distanceField');
  if (stage.query !== undefined && !isPlainObject(stage.query)) throw invalidParam('$geoNear query must be an object');
  if (stage.key !== undefined && typeof stage.key !== 'string') throw invalidParam('$geoNear key must be a field name');
  const multiplier = stage.distanceMultiplier ?? 1;
  if (typeof multiplier !== 'number') throw invalidParam('$geoNear distanceMultiplier must be a number');
  return {
    center: pointOperand(stage.near, '$geoNear near'),
    key: stage.key as string | undefined,
    distanceField: stage.distanceField,
    min: optionalDistance(stage.minDistance, '$geoNear minDistance'),
    max: optionalDistance(stage.maxDistance, '$geoNear maxDistance'),
    query: (stage.query as Doc | undefined) ?? {},
    multiplier,
    includeLocs: typeof stage.includeLocs === 'string' ? stage.includeLocs : undefined,
  };
}
