import {
  ZodArray,
  ZodCatch,
  ZodDefault,
  ZodDiscriminatedUnion,
  type ZodDiscriminatedUnionOption,
  ZodEffects,
  ZodNullable,
  ZodObject,
  ZodOptional,
  ZodPipeline,
  ZodReadonly,
  ZodRecord,
  ZodUnion,
  type ZodRawShape,
  type ZodTypeAny,
} from 'zod';

/**
 * The same schema with every object in it refusing keys it does not declare (zod's default is to
 * drop them silently). Applied once, by `defineAction`, so no contract can forget it: a client
 * sending a misspelt or invented field hears INVALID_INPUT instead of seeing it ignored.
 *
 * Wrappers (optional, default, refinements, pipes, arrays, unions, records) are rebuilt around
 * their strict inner schema with their own settings kept. An object with a catch-all keeps it.
 * Intersections and lazy schemas are left as they are: making both sides of an intersection
 * strict would refuse each other's keys. No contract uses either today.
 */
export const strictParams = <Schema extends ZodTypeAny>(schema: Schema): Schema => strictOf(schema) as Schema;

const strictOf = (schema: ZodTypeAny): ZodTypeAny => {
  if (schema instanceof ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as ZodRawShape).map(([key, field]) => [key, strictOf(field)]));
    return new ZodObject({ ...schema._def, shape: () => shape, unknownKeys: 'strict' });
  }
  if (schema instanceof ZodEffects) return new ZodEffects({ ...schema._def, schema: strictOf(schema._def.schema) });
  if (schema instanceof ZodOptional) return new ZodOptional({ ...schema._def, innerType: strictOf(schema._def.innerType) });
  if (schema instanceof ZodNullable) return new ZodNullable({ ...schema._def, innerType: strictOf(schema._def.innerType) });
  if (schema instanceof ZodDefault) return new ZodDefault({ ...schema._def, innerType: strictOf(schema._def.innerType) });
  if (schema instanceof ZodCatch) return new ZodCatch({ ...schema._def, innerType: strictOf(schema._def.innerType) });
  if (schema instanceof ZodReadonly) return new ZodReadonly({ ...schema._def, innerType: strictOf(schema._def.innerType) });
  if (schema instanceof ZodArray) return new ZodArray({ ...schema._def, type: strictOf(schema._def.type) });
  if (schema instanceof ZodRecord) return new ZodRecord({ ...schema._def, valueType: strictOf(schema._def.valueType) });
  if (schema instanceof ZodPipeline)
    return new ZodPipeline({ ...schema._def, in: strictOf(schema._def.in), out: strictOf(schema._def.out) });
  if (schema instanceof ZodUnion) return new ZodUnion({ ...schema._def, options: schema._def.options.map(strictOf) });
  if (schema instanceof ZodDiscriminatedUnion) {
    // Options are objects, and a strict object is still one.
    type Option = ZodDiscriminatedUnionOption<string>;
    const rebuilt = new Map<Option, Option>(schema._def.options.map((option: Option) => [option, strictOf(option) as Option]));
    const optionsMap = new Map([...schema._def.optionsMap].map(([value, option]) => [value, rebuilt.get(option) ?? option]));
    return new ZodDiscriminatedUnion({ ...schema._def, options: [...rebuilt.values()], optionsMap });
  }
  return schema;
};
