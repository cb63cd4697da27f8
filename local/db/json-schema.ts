import { invalidParam } from './db-error';
import { isPlainObject } from './ejson';
import { isObjectId } from './object-id';

type Schema = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const INT32 = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31;

/**
 * MongoDB's `bsonType` names. The SDK sends every integer as Int32 and every other number as a
 * double (canonical EJSON), and storage keeps that, so an int is an integer in the Int32 range.
 */
const BSON_TYPES: Record<string, Check> = {
  double: (v) => typeof v === 'number' && !INT32(v),
  string: (v) => typeof v === 'string',
  object: isPlainObject,
  array: Array.isArray,
  objectId: isObjectId,
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  regex: (v) => v instanceof RegExp,
  int: INT32,
  long: (v) => typeof v === 'bigint',
  decimal: () => false,
  number: (v) => typeof v === 'number' || typeof v === 'bigint',
};

/** JSON Schema `type` as MongoDB reads it (no "integer"). */
const JSON_TYPES: Record<string, Check> = {
  object: isPlainObject,
  array: Array.isArray,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  string: (v) => typeof v === 'string',
  null: (v) => v === null,
};

const KEYWORDS = new Set([
  'bsonType', 'type', 'enum', 'required', 'properties', 'additionalProperties', 'patternProperties', 'minProperties',
  'maxProperties', 'dependencies', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength',
  'maxLength', 'pattern', 'items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'allOf', 'anyOf', 'oneOf', 'not',
  'title', 'description',
]); // prettier-ignore

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const typeNames = (spec: unknown, table: Record<string, Check>, keyword: string): Check[] => {
  const names = Array.isArray(spec) ? spec : [spec];
  return names.map((name) => {
    const check = typeof name === 'string' ? table[name] : undefined;
    if (!check) throw invalidParam(`$jsonSchema: unknown ${keyword} ${JSON.stringify(name)}`);
    return check;
  });
};

/**
 * Compiles MongoDB's `$jsonSchema` (JSON Schema draft 4 with `bsonType`, without `$ref`, `format`
 * and `default`) into a predicate; an unknown keyword is bad input, as on MongoDB.
 */
export function compileJsonSchema(schema: unknown): Check {
  if (!isPlainObject(schema)) throw invalidParam('$jsonSchema must be an object');
  const checks: Check[] = [];
  const s = schema as Schema;
  for (const keyword of Object.keys(s)) if (!KEYWORDS.has(keyword)) throw invalidParam(`$jsonSchema: unsupported keyword ${keyword}`);
  if (s.bsonType !== undefined) {
    const types = typeNames(s.bsonType, BSON_TYPES, 'bsonType');
    checks.push((v) => types.some((t) => t(v)));
  }
  if (s.type !== undefined) {
    const types = typeNames(s.type, JSON_TYPES, 'type');
    checks.push((v) => types.some((t) => t(v)));
  }
  if (Array.isArray(s.enum)) checks.push((v) => (s.enum as unknown[]).some((e) => same(e, v)));
  checks.push(...objectChecks(s), ...numberChecks(s), ...stringChecks(s), ...arrayChecks(s), ...logicChecks(s));
  return (value) => checks.every((check) => check(value));
}

const onlyFor =
  (guard: Check, check: Check): Check =>
  (v) =>
    !guard(v) || check(v);
const isNum = (v: unknown): v is number => typeof v === 'number';
const isStr = (v: unknown): v is string => typeof v === 'string';
const props = (v: unknown) => v as Record<string, unknown>;

function objectChecks(s: Schema): Check[] {
  const out: Check[] = [];
  if (Array.isArray(s.required)) out.push(onlyFor(isPlainObject, (v) => (s.required as string[]).every((k) => props(v)[k] !== undefined)));
  const properties = isPlainObject(s.properties)
    ? Object.entries(s.properties).map(([k, sub]) => [k, compileJsonSchema(sub)] as const)
    : [];
  const patterns = isPlainObject(s.patternProperties)
    ? Object.entries(s.patternProperties).map(([p, sub]) => [new RegExp(p, 'u'), compileJsonSchema(sub)] as const)
    : [];
  out.push(onlyFor(isPlainObject, (v) => properties.every(([k, check]) => props(v)[k] === undefined || check(props(v)[k]))));
  out.push(
    onlyFor(isPlainObject, (v) =>
      Object.entries(props(v)).every(([k, value]) => patterns.every(([re, check]) => !re.test(k) || check(value))),
    ),
  );
  if (s.additionalProperties !== undefined) {
    const extra =
      typeof s.additionalProperties === 'boolean' ? () => s.additionalProperties as boolean : compileJsonSchema(s.additionalProperties);
    const declared = new Set(properties.map(([k]) => k));
    out.push(
      onlyFor(isPlainObject, (v) =>
        Object.entries(props(v)).every(([k, value]) => declared.has(k) || patterns.some(([re]) => re.test(k)) || extra(value)),
      ),
    );
  }
  if (isNum(s.minProperties)) out.push(onlyFor(isPlainObject, (v) => Object.keys(props(v)).length >= (s.minProperties as number)));
  if (isNum(s.maxProperties)) out.push(onlyFor(isPlainObject, (v) => Object.keys(props(v)).length <= (s.maxProperties as number)));
  if (isPlainObject(s.dependencies)) {
    for (const [key, dep] of Object.entries(s.dependencies)) {
      const check: Check = Array.isArray(dep) ? (v) => dep.every((k: string) => props(v)[k] !== undefined) : compileJsonSchema(dep);
      out.push(onlyFor(isPlainObject, (v) => props(v)[key] === undefined || check(v)));
    }
  }
  return out;
}

function numberChecks(s: Schema): Check[] {
  const out: Check[] = [];
  const { minimum, maximum, multipleOf } = s;
  if (isNum(minimum)) out.push(onlyFor(isNum, (v) => (s.exclusiveMinimum === true ? (v as number) > minimum : (v as number) >= minimum)));
  if (isNum(maximum)) out.push(onlyFor(isNum, (v) => (s.exclusiveMaximum === true ? (v as number) < maximum : (v as number) <= maximum)));
  if (isNum(multipleOf)) out.push(onlyFor(isNum, (v) => Number.isInteger((v as number) / multipleOf)));
  return out;
}

function stringChecks(s: Schema): Check[] {
  const out: Check[] = [];
  const length = (v: unknown) => [...(v as string)].length;
  if (isNum(s.minLength)) out.push(onlyFor(isStr, (v) => length(v) >= (s.minLength as number)));
  if (isNum(s.maxLength)) out.push(onlyFor(isStr, (v) => length(v) <= (s.maxLength as number)));
  if (isStr(s.pattern)) {
    const re = new RegExp(s.pattern, 'u');
    out.push(onlyFor(isStr, (v) => re.test(v as string)));
  }
  return out;
}

function arrayChecks(s: Schema): Check[] {
  const out: Check[] = [];
  const isArr = Array.isArray;
  if (isPlainObject(s.items)) {
    const check = compileJsonSchema(s.items);
    out.push(onlyFor(isArr, (v) => (v as unknown[]).every(check)));
  } else if (Array.isArray(s.items)) {
    const positional = s.items.map(compileJsonSchema);
    const extra =
      s.additionalItems === undefined || s.additionalItems === true
        ? () => true
        : s.additionalItems === false
          ? () => false
          : compileJsonSchema(s.additionalItems);
    out.push(onlyFor(isArr, (v) => (v as unknown[]).every((item, i) => (i < positional.length ? positional[i](item) : extra(item)))));
  }
  if (isNum(s.minItems)) out.push(onlyFor(isArr, (v) => (v as unknown[]).length >= (s.minItems as number)));
  if (isNum(s.maxItems)) out.push(onlyFor(isArr, (v) => (v as unknown[]).length <= (s.maxItems as number)));
  if (s.uniqueItems === true)
    out.push(onlyFor(isArr, (v) => new Set((v as unknown[]).map((x) => JSON.stringify(x))).size === (v as unknown[]).length));
  return out;
}

function logicChecks(s: Schema): Check[] {
  const out: Check[] = [];
  const all = (list: unknown) => (Array.isArray(list) ? list.map(compileJsonSchema) : []);
  if (s.allOf)
    out.push(
      (
        (c) => (v: unknown) =>
          c.every((f) => f(v))
      )(all(s.allOf)),
    );
  if (s.anyOf)
    out.push(
      (
        (c) => (v: unknown) =>
          c.some((f) => f(v))
      )(all(s.anyOf)),
    );
  if (s.oneOf)
    out.push(
      (
        (c) => (v: unknown) =>
          c.filter((f) => f(v)).length === 1
      )(all(s.oneOf)),
    );
  if (s.not !== undefined)
    out.push(
      (
        (c) => (v: unknown) =>
          !c(v)
      )(compileJsonSchema(s.not)),
    );
  return out;
}
