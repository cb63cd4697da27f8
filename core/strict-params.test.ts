import { z } from 'zod';
import { defineAction } from './action-contract';
import { describeValidationIssues } from './validation-message';

/** Every contract refuses keys it does not declare, at any depth, and the message names none of them. */
const contract = defineAction<unknown>()({
  params: z
    .object({
      title: z.string().describe('活动名称'),
      details: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('car'), plate: z.string() }),
        z.object({ kind: z.literal('none') }),
      ]),
      rows: z.array(z.object({ minutes: z.number() })).default([]),
      window: z.object({ days: z.number() }).describe('预约时间').optional(),
    })
    .refine((value) => value.title !== 'x', { message: '标题不能是 x', path: ['title'] }),
  allow: ['admin'],
});

const answer = (params: unknown) => {
  const parsed = contract.params.safeParse(params);
  return parsed.success ? parsed.data : describeValidationIssues(parsed.error.issues, contract.params);
};

test.each([
  ['at the top', { title: 't', details: { kind: 'none' }, activityId: 'act_1' }, '提交的信息有误：包含不支持的内容'],
  ['in a union option', { title: 't', details: { kind: 'car', plate: 'p', $where: '1' } }, '提交的信息有误：包含不支持的内容'],
  ['in an array row', { title: 't', details: { kind: 'none' }, rows: [{ minutes: 1, openid: 'o' }] }, '提交的信息有误：包含不支持的内容'],
  [
    'in a described object',
    { title: 't', details: { kind: 'none' }, window: { days: 1, hours: 2 } },
    '提交的信息有误：预约时间 包含不支持的内容',
  ],
])('an unknown key %s is refused without naming it', (_, params, message) => {
  expect(answer(params)).toBe(message);
});

test('declared keys pass, with defaults and refinements kept', () => {
  expect(answer({ title: 't', details: { kind: 'car', plate: 'p' } })).toEqual({
    title: 't',
    details: { kind: 'car', plate: 'p' },
    rows: [],
  });
  expect(answer({ title: 'x', details: { kind: 'none' } })).toBe('提交的信息有误：活动名称 标题不能是 x');
  expect(answer({ title: 1, details: { kind: 'none' } })).toBe('提交的信息有误：活动名称 类型不正确（应为文本）');
});
