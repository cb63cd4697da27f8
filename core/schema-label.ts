import { ZodArray, ZodDiscriminatedUnion, ZodEffects, ZodObject, ZodPipeline, ZodUnion, type ZodTypeAny } from 'zod';

/** Wrappers whose inner schema sits in `_def.innerType` (optional, nullable, default, catch, readonly, branded…). */
const innerOf = (schema: ZodTypeAny): ZodTypeAny | undefined => {
  if (schema instanceof ZodEffects) return schema._def.schema;
  if (schema instanceof ZodPipeline) return schema._def.in;
  return (schema._def as { innerType?: ZodTypeAny }).innerType;
};

/** The schema one step down `key`, looking through wrappers and union options. */
const childOf = (schema: ZodTypeAny, key: string | number): ZodTypeAny | undefined => {
  for (let current: ZodTypeAny | undefined = schema; current; current = innerOf(current)) {
    if (current instanceof ZodObject) return (current.shape as Record<string, ZodTypeAny>)[key];
    if (current instanceof ZodArray) return typeof key === 'number' ? current._def.type : undefined;
    if (current instanceof ZodUnion || current instanceof ZodDiscriminatedUnion) {
      for (const option of current._def.options as ZodTypeAny[]) {
        const found = childOf(option, key);
        if (found) return found;
      }
      return undefined;
    }
  }
  return undefined;
};

const descriptionOf = (schema: ZodTypeAny): string | undefined => {
  for (let current: ZodTypeAny | undefined = schema; current; current = innerOf(current))
    if (current.description) return current.description;
  return undefined;
};

/** The Chinese label (`.describe(…)`) of the field at `path`, or null when the schema gives it none. */
export const labelAt = (schema: ZodTypeAny, path: (string | number)[]): string | null => {
  let current: ZodTypeAny | undefined = schema;
  for (const key of path) current = current && childOf(current, key);
  return (current && descriptionOf(current)) ?? null;
};
