import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ZodArray, ZodDiscriminatedUnion, ZodEffects, ZodObject, ZodPipeline, ZodUnion, type ZodIssue, type ZodTypeAny } from 'zod';
import { activitiesContract } from '@core/activities.contract';
import { describeValidationIssues } from '@core/validation-message';

type Path = (string | number)[];

const innerOf = (schema: ZodTypeAny): ZodTypeAny | undefined => {
  if (schema instanceof ZodEffects) return schema._def.schema;
  if (schema instanceof ZodPipeline) return schema._def.in;
  return (schema._def as { innerType?: ZodTypeAny }).innerType;
};

/** Every field path a schema declares, at any depth (array rows as index 0, every union option). */
const fieldPaths = (schema: ZodTypeAny, at: Path = []): Path[] => {
  for (let current: ZodTypeAny | undefined = schema; current; current = innerOf(current)) {
    if (current instanceof ZodObject)
      return Object.entries(current.shape as Record<string, ZodTypeAny>).flatMap(([key, field]) => [
        [...at, key],
        ...fieldPaths(field, [...at, key]),
      ]);
    if (current instanceof ZodArray) return fieldPaths(current._def.type, [...at, 0]);
    if (current instanceof ZodUnion || current instanceof ZodDiscriminatedUnion)
      return (current._def.options as ZodTypeAny[]).flatMap((option) => fieldPaths(option, at));
  }
  return [];
};

/** Every action of every `core/*.contract.ts`, read from the folder so a new contract is covered. */
const CORE = path.join(__dirname, '../../core');
const actions = readdirSync(CORE)
  .filter((file) => file.endsWith('.contract.ts'))
  .flatMap((file) => {
    const exported = require(path.join(CORE, file)) as Record<string, unknown>;
    return Object.values(exported).flatMap((contract) =>
      contract && typeof contract === 'object'
        ? Object.entries(contract as Record<string, { params?: ZodTypeAny }>)
            .filter(([, rule]) => rule?.params?._def)
            .map(([action, rule]) => ({ name: `${file.replace('.contract.ts', '')}.${action}`, params: rule.params as ZodTypeAny }))
        : [],
    );
  });

const wrongType = (at: Path): ZodIssue => ({ code: 'invalid_type', expected: 'string', received: 'number', path: at, message: '' });

test('the contracts are all read', () => {
  expect(actions.length).toBeGreaterThan(100);
});

test.each(actions.map((action) => [action.name, action.params] as const))(
  '%s: a refusal names every field in Chinese, never by its key',
  (_, params) => {
    for (const at of fieldPaths(params)) {
      const message = describeValidationIssues([wrongType(at)], params);
      // A Chinese name, then the problem: no ASCII word at all, so no key can show through.
      expect({ at: at.join('.'), message }).toEqual({
        at: at.join('.'),
        message: expect.stringMatching(/^提交的信息有误：[^A-Za-z]+ 类型不正确[^A-Za-z]*$/),
      });
    }
  },
);

test('a malformed activity id reads 活动编号格式不正确, said once and without the key', () => {
  const parsed = activitiesContract.get.params.safeParse({ activityId: 'nope' });
  expect(parsed.success).toBe(false);
  if (parsed.success) return;
  const message = describeValidationIssues(parsed.error.issues, activitiesContract.get.params);
  expect(message).toMatch(/^提交的信息有误：活动编号格式不正确/);
  expect(message).not.toMatch(/activityId/);
});
