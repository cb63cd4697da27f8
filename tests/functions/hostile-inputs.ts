import {
  ZodArray,
  ZodDiscriminatedUnion,
  ZodEffects,
  ZodNumber,
  ZodObject,
  ZodPipeline,
  ZodString,
  ZodUnion,
  type ZodRawShape,
  type ZodTypeAny,
} from 'zod';

/**
 * Hostile inputs generated from an action's params schema: for the params as a whole and for every
 * field the schema declares (nested objects and array items included), the valid sample with that
 * one place replaced by something an attacker would send. Every input survives a JSON round trip,
 * as it would from a real client (so `NaN` travels as a string and `__proto__` as an own key).
 */

export type InputClass =
  | 'operator object'
  | 'wrong type'
  | 'huge'
  | 'deep nesting'
  | 'prototype key'
  | 'control character'
  | 'bidi override'
  | 'lone surrogate'
  | 'out-of-range number'
  | 'out-of-range date'
  | 'forged cursor'
  | 'array for object'
  | 'unknown key';

export interface HostileInput {
  inputClass: InputClass;
  /** Where the value went (`title`, `details.plate`, `grants.0`, or `(params)`) and what it was. */
  label: string;
  params: unknown;
}

type Path = (string | number)[];

/** Own-key objects as JSON.parse makes them: `__proto__` is then a plain key, as from a client. */
const json = (text: string): unknown => JSON.parse(text);
const nested = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
};
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const MEGABYTE = 1 << 20;

const VALUES: [InputClass, string, () => unknown][] = [
  ['operator object', '{"$gt":""}', () => ({ $gt: '' })],
  ['operator object', '{"$where":"1"}', () => ({ $where: '1' })],
  ['operator object', '{"$ne":null}', () => ({ $ne: null })],
  ['operator object', '{"$regex":"^"}', () => ({ $regex: '^' })],
  ['operator object', '{"$in":[]}', () => ({ $in: [] })],
  ['operator object', '"$where"', () => '$where'],
  ['wrong type', 'null', () => null],
  ['wrong type', 'true', () => true],
  ['wrong type', '0', () => 0],
  ['wrong type', '1.5', () => 1.5],
  ['wrong type', '""', () => ''],
  ['wrong type', '"x"', () => 'x'],
  ['wrong type', '[]', () => []],
  ['wrong type', '{}', () => ({})],
  ['wrong type', '["x"]', () => ['x']],
  ['huge', '1 MB string', () => 'a'.repeat(MEGABYTE)],
  ['huge', '1 MB of 汉字', () => '星'.repeat(MEGABYTE / 3)],
  ['huge', '10,000-item array', () => Array.from({ length: 10_000 }, () => 'a')],
  ['deep nesting', 'arrays 200 deep', () => nested(200, 'x', (inner) => [inner])],
  ['deep nesting', 'objects 200 deep', () => nested(200, 'x', (inner) => ({ a: inner }))],
  ['prototype key', '{"__proto__":{"admin":true}}', () => json('{"__proto__":{"admin":true}}')],
  ['prototype key', '{"constructor":{"prototype":{"admin":true}}}', () => json('{"constructor":{"prototype":{"admin":true}}}')],
  ['prototype key', '{"prototype":{}}', () => ({ prototype: {} })],
  ['prototype key', '"__proto__"', () => '__proto__'],
  ['prototype key', '"constructor"', () => 'constructor'],
  ['prototype key', '"hasOwnProperty"', () => 'hasOwnProperty'],
  ['control character', 'NUL', () => '\u0000'],
  ['control character', 'BEL inside', () => 'ab\u0007cd'],
  ['control character', 'CR LF', () => 'ab\r\ncd'],
  ['bidi override', 'U+202E', () => '\u202Eabcd'],
  ['bidi override', 'U+2066 isolate', () => 'ab\u2066cd'],
  ['lone surrogate', 'U+D800', () => '\uD800'],
  ['lone surrogate', 'U+DFFF inside', () => 'ab\uDFFFcd'],
  ['out-of-range number', '1e308', () => 1e308],
  ['out-of-range number', '-1e308', () => -1e308],
  ['out-of-range number', '-1', () => -1],
  ['out-of-range number', '9e15', () => 9e15],
  ['out-of-range number', '-9e15', () => -9e15],
  ['out-of-range number', '2^53+2', () => 2 ** 53 + 2],
  ['out-of-range number', '1e-300', () => 1e-300],
  ['out-of-range number', '"NaN"', () => 'NaN'],
  ['out-of-range number', '"Infinity"', () => 'Infinity'],
  ['out-of-range number', '"1e308"', () => '1e308'],
  ['out-of-range date', '9999-12-31T23:59:59.999Z', () => '9999-12-31T23:59:59.999Z'],
  ['out-of-range date', '0000-01-01T00:00:00Z', () => '0000-01-01T00:00:00Z'],
  ['out-of-range date', '+275760-09-13T00:00:00.000Z', () => '+275760-09-13T00:00:00.000Z'],
  ['out-of-range date', '2030-02-30T00:00:00Z', () => '2030-02-30T00:00:00Z'],
  ['out-of-range date', '2030-01-01T00:00:00+14:00', () => '2030-01-01T00:00:00+14:00'],
  ['out-of-range date', '9999-12-31', () => '9999-12-31'],
  ['out-of-range date', '0001-01-01', () => '0001-01-01'],
  ['out-of-range date', '2030-02-30', () => '2030-02-30'],
  ['out-of-range date', '24:00', () => '24:00'],
];

/** Cursors a client could forge: base64url JSON of out-of-range, wrong-arity and wrong-type payloads, and junk. */
const CURSORS: [string, () => unknown][] = [
  ['[9e15,"x"]', () => base64url([9e15, 'x'])],
  ['[-9e15,"x"]', () => base64url([-9e15, 'x'])],
  ['[1e308,"x"]', () => base64url([1e308, 'x'])],
  ['[8640000000000001,"x"]', () => base64url([8_640_000_000_000_001, 'x'])],
  ['["x"]', () => base64url(['x'])],
  ['[]', () => base64url([])],
  ['[null,null]', () => base64url([null, null])],
  ['[{"$gt":""},"x"]', () => base64url([{ $gt: '' }, 'x'])],
  ['[0,{"$ne":null}]', () => base64url([0, { $ne: null }])],
  ['[0,"x",3,4,5]', () => base64url([0, 'x', 3, 4, 5])],
  ['["2030-01-01T00:00:00Z","x"]', () => base64url(['2030-01-01T00:00:00Z', 'x'])],
  ['[0,"' + 'x'.repeat(200) + '"]', () => base64url([0, 'x'.repeat(200)])],
  ['{"a":1}', () => base64url({ a: 1 })],
  ['"x"', () => base64url('x')],
  ['[true,1.5]', () => base64url([true, 1.5])],
  ['not JSON', () => Buffer.from('not json').toString('base64url')],
  ['AAAA', () => 'AAAA'],
  ['300 underscores', () => '_'.repeat(300)],
];

/** Mutations of a field's own valid text: the same value with something hidden in it. */
const TEXT_MUTATIONS: [InputClass, string, (text: string) => string][] = [
  ['bidi override', 'valid text + U+202E', (text) => `${text}\u202E`],
  ['control character', 'valid text + NUL', (text) => `${text}\u0000`],
  ['lone surrogate', 'valid text + U+D800', (text) => `${text}\uD800`],
  ['huge', 'valid text × 1 MB', (text) => text.repeat(Math.ceil(MEGABYTE / Math.max(text.length, 1)))],
  ['operator object', 'valid text + $', (text) => `$${text}`],
  ['operator object', 'valid text with a dot path', (text) => `${text}.$where`],
];

/** The schema beneath wrappers (optional, default, refinements, pipes…). */
const unwrap = (schema: ZodTypeAny): ZodTypeAny => {
  for (;;) {
    if (schema instanceof ZodEffects) schema = schema._def.schema;
    else if (schema instanceof ZodPipeline) schema = schema._def.in;
    else if ((schema._def as { innerType?: ZodTypeAny }).innerType) schema = (schema._def as { innerType: ZodTypeAny }).innerType;
    else return schema;
  }
};

/** For a union, the option the sample matches (or the first), so nested fields are the sample's. */
const optionFor = (schema: ZodTypeAny, sample: unknown): ZodTypeAny => {
  const options = (schema._def as { options: ZodTypeAny[] }).options;
  return options.find((option) => option.safeParse(sample).success) ?? options[0];
};

interface Field {
  path: Path;
  schema: ZodTypeAny;
  sample: unknown;
}

/** Every field place the schema declares, depth first, with the sample's value there. */
const fieldsOf = (schema: ZodTypeAny, sample: unknown, path: Path = []): Field[] => {
  const inner = unwrap(schema);
  if (inner instanceof ZodUnion || inner instanceof ZodDiscriminatedUnion) return fieldsOf(optionFor(inner, sample), sample, path);
  if (inner instanceof ZodObject) {
    const record = sample && typeof sample === 'object' ? (sample as Record<string, unknown>) : {};
    return Object.entries(inner.shape as ZodRawShape).flatMap(([key, field]) => [
      { path: [...path, key], schema: field, sample: record[key] },
      ...fieldsOf(field, record[key], [...path, key]),
    ]);
  }
  if (inner instanceof ZodArray) {
    const first = Array.isArray(sample) ? sample[0] : undefined;
    return [{ path: [...path, 0], schema: inner._def.type, sample: first }, ...fieldsOf(inner._def.type, first, [...path, 0])];
  }
  return [];
};

const setAt = (root: unknown, path: Path, value: unknown): unknown => {
  if (!path.length) return value;
  const [key, ...rest] = path;
  const container = (
    Array.isArray(root) ? [...root] : root && typeof root === 'object' ? { ...(root as object) } : typeof key === 'number' ? [] : {}
  ) as Record<string | number, unknown>;
  // defineProperty, not assignment: a `__proto__` key must stay an own key.
  Object.defineProperty(container, key, {
    value: setAt(container[key], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return container;
};

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Every hostile input for one action, from its params schema and a valid sample of its params. */
export function* hostileInputsFor(schema: ZodTypeAny, sample: Record<string, unknown>): Generator<HostileInput> {
  // Generated one at a time: with megabyte strings in many fields, holding them all would not fit.
  const add = (inputClass: InputClass, label: string, params: unknown): HostileInput => ({ inputClass, label, params: roundTrip(params) });

  // The params as a whole: not an object, or the sample with keys no action declares.
  for (const [inputClass, label, value] of VALUES)
    if (inputClass !== 'control character') yield add(inputClass, `(params) = ${label}`, value());
  yield add('array for object', '(params) = [sample]', [sample]);
  for (const key of ['zzUnknown', '$where', 'a.b', '__proto__', 'constructor', 'prototype', 'openid', 'action'])
    yield add(
      key.startsWith('$') || key.includes('.') ? 'operator object' : key === 'zzUnknown' ? 'unknown key' : 'prototype key',
      `(params).${key}`,
      setAt(sample, [key], key === '__proto__' ? { admin: true } : 1),
    );

  for (const field of fieldsOf(schema, sample)) {
    const where = field.path.join('.');
    const inner = unwrap(field.schema);
    for (const [inputClass, label, value] of VALUES) yield add(inputClass, `${where} = ${label}`, setAt(sample, field.path, value()));
    if (inner instanceof ZodObject || inner instanceof ZodUnion || inner instanceof ZodDiscriminatedUnion) {
      const own = field.sample && typeof field.sample === 'object' ? field.sample : {};
      yield add('unknown key', `${where}.zzUnknown`, setAt(sample, field.path, { ...own, zzUnknown: 1 }));
      yield add('operator object', `${where}.$set`, setAt(sample, field.path, { ...own, $set: { admin: true } }));
      yield add('array for object', `${where} = [sample]`, setAt(sample, field.path, [own]));
    }
    if (inner instanceof ZodString && typeof field.sample === 'string')
      for (const [inputClass, label, mutate] of TEXT_MUTATIONS)
        yield add(inputClass, `${where} = ${label}`, setAt(sample, field.path, mutate(field.sample)));
    if (inner instanceof ZodNumber && typeof field.sample === 'number')
      yield add('out-of-range number', `${where} = sample + 0.5`, setAt(sample, field.path, field.sample + 0.5));
    if (field.path[field.path.length - 1] === 'cursor')
      for (const [label, value] of CURSORS) yield add('forged cursor', `${where} = ${label}`, setAt(sample, field.path, value()));
  }
}
