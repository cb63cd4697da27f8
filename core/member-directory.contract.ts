import { z } from 'zod';
import { defineAction } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { ID_TYPES, idNumberProblem, idNumberSchema, volunteerNoSchema } from './member-identity';
import type { MemberProfile } from './membership.types';
import { documentId, shortText } from './text.schema';

/** The rule `getMember` applies: any member, or the person themself (a guest may see their own record). */
const MEMBERS = ['student', 'teacher', 'volunteer', 'leader', 'admin'] as const;

/** One class promoted or graduated by the roll-over. */
export interface RolloverMove {
  orgUnitId: string;
  name: string;
  fromStage: number;
  /** null = the class graduates: archived, its approved members marked graduated. */
  toStage: number | null;
  members: number;
}

export interface RolloverPlan {
  toYear: number;
  /** Digest of everything the apply step will touch; apply refuses when it no longer matches. */
  planHash: string;
  moves: RolloverMove[];
  graduatingMembers: number;
}

export const memberDirectoryActions = {
  /**
   * Admin directory. `query` of letters/digits searches number prefixes, anything else name
   * prefixes; cursor paging over the (status, field, _id) index.
   */
  listMembers: defineAction<Page<MemberProfile>>()({
    params: z.object({
      status: z.enum(['approved', 'graduated', 'left']).default('approved'),
      query: shortText(20).optional(),
      cursor: cursorSchema.optional(),
      limit: pageLimitSchema,
    }),
    allow: ['admin'],
  }),
  /** Phone and number in full for the member and admins, masked for everyone else. */
  getMember: defineAction<{ member: MemberProfile }>()({
    params: z.object({ openid: documentId }),
    allow: MEMBERS,
    owner: { resource: 'member', param: 'openid' },
  }),
  /** Grants or revokes team membership/leadership ('none' removes the member from the team). */
  setTeamRole: defineAction<{ member: MemberProfile }>()({
    params: z.object({ openid: documentId, teamId: documentId, role: z.enum(['volunteer', 'leader', 'none']) }),
    allow: ['admin'],
  }),
  /** Marks a member graduated or left: history (number, hours) stays, member roles go. */
  setMemberStatus: defineAction<{ member: MemberProfile }>()({
    params: z.object({ openid: documentId, status: z.enum(['graduated', 'left']) }),
    allow: ['admin'],
  }),
  /**
   * Sets, changes or clears (null) a member's 志愿者编号 and ID document, for the national-platform
   * export; audited with the ID number masked. A 居民身份证 number must pass its checksum.
   */
  setMemberIdentity: defineAction<{ member: MemberProfile }>()({
    params: z
      .object({
        openid: documentId,
        volunteerNo: volunteerNoSchema.nullable(),
        idType: z.enum(ID_TYPES).nullable(),
        idNumber: idNumberSchema.nullable(),
      })
      .strict()
      .superRefine((value, ctx) => {
        if ((value.idType === null) !== (value.idNumber === null))
          ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '证件类型与证件号码应同时填写或同时清空' });
        const problem = value.idType && value.idNumber ? idNumberProblem(value.idType, value.idNumber) : null;
        if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
      }),
    allow: ['admin'],
  }),
  /** Lists what rolling into `toYear` would do, with a hash to pass to applyRollover. */
  previewRollover: defineAction<RolloverPlan>()({
    params: z.object({ toYear: z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(2000).max(2100) }),
    allow: ['admin'],
  }),
  /** Applies the previewed plan; PLAN_STALE if anything it covers changed since the preview. */
  applyRollover: defineAction<{ promotedClasses: number; archivedClasses: number; graduatedMembers: number }>()({
    params: z.object({
      toYear: z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(2000).max(2100),
      planHash: z.string({ invalid_type_error: '应为文本' }).regex(/^[a-f0-9]{64}$/, '预览编号格式不正确'),
    }),
    allow: ['admin'],
  }),
};
