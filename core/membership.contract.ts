import { z } from 'zod';
import { defineAction } from './action-contract';
import { memberNoSchema, personNameSchema, phoneSchema, reasonSchema } from './membership.schema';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { APPLICATION_STATUSES, MEMBER_KINDS, type MembershipApplication, type MembershipStatus } from './membership.types';
import { EVERYONE } from './roles';
import { documentId } from './text.schema';

/** What the caller sees of their own membership: the status and their latest application (with the reason if rejected). */
export interface MyMembership {
  status: MembershipStatus;
  application: MembershipApplication | null;
  reason: string | null;
}

/** Binding a WeChat identity to a real member: apply, review, see where it stands, unbind. */
export const membershipActions = {
  /**
   * Reserves the number for the caller at once (a second identity gets MEMBER_NO_TAKEN) and
   * queues the application for an admin. Unknown org units or teams answer INVALID_INPUT.
   */
  applyMembership: defineAction<{ application: MembershipApplication }>()({
    params: z.object({
      name: personNameSchema,
      memberNo: memberNoSchema,
      kind: z.enum(MEMBER_KINDS),
      orgUnitId: documentId,
      teamId: documentId.optional(),
      phone: phoneSchema.optional(),
    }),
    allow: EVERYONE,
  }),
  /** Approve grants the member roles (and volunteer of the chosen team); reject releases the number and needs a reason. */
  reviewMembership: defineAction<{ application: MembershipApplication }>()({
    params: z
      .object({ applicationId: documentId, approve: z.boolean({ invalid_type_error: '应为是/否' }), reason: reasonSchema.optional() })
      .superRefine((value, ctx) => {
        if (!value.approve && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '驳回时请填写原因' });
      }),
    allow: ['admin'],
  }),
  myMembership: defineAction<MyMembership>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
  /** The review queue: oldest first, cursor paging over the (status, createdAt) index. */
  listApplications: defineAction<Page<MembershipApplication>>()({
    params: z.object({
      status: z.enum(APPLICATION_STATUSES).default('pending'),
      cursor: cursorSchema.optional(),
      limit: pageLimitSchema,
    }),
    allow: ['admin'],
  }),
  /**
   * Drops the caller's binding (or withdraws a pending application) and frees the number.
   * Self only: `openid`, if given, must be the caller's own.
   */
  unbind: defineAction<{ status: MembershipStatus }>()({
    params: z.object({ openid: documentId.optional() }),
    allow: [],
    owner: { resource: 'member', param: 'openid' },
  }),
};
