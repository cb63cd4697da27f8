import { z } from 'zod';
import { defineAction } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { documentId, shortText } from './text.schema';

export type TeamJoinStatus = 'pending' | 'approved' | 'declined';

/** A member's request to join a service team, as the applicant and the team's leader see it. */
export interface TeamJoinRequest {
  requestId: string;
  teamId: string;
  teamName: string;
  openid: string;
  name: string;
  status: TeamJoinStatus;
  /** Why it was declined, when the leader said. */
  reason: string;
  createdAt: string;
  decidedAt: string | null;
}

export const teamJoinActions = {
  /** An approved member asks to join a team; one open request per member and team (JOIN_PENDING). */
  applyToTeam: defineAction<{ request: TeamJoinRequest }>()({
    params: z.object({ teamId: documentId }),
    allow: ['student', 'teacher', 'volunteer', 'leader', 'admin'],
  }),
  /** The team's leader (or an admin) decides, a decline with its reason; approval makes the member a volunteer of the team at once. */
  reviewTeamJoin: defineAction<{ request: TeamJoinRequest }>()({
    params: z.object({ requestId: documentId, decision: z.enum(['approve', 'decline']), reason: shortText(100).default('') }),
    allow: ['leader', 'admin'],
  }),
  /**
   * The team's leader sets a member's place on the roster: volunteer, or off the team (a reason is
   * required). Leaders' own roles are the admins' (users.setTeamRole).
   */
  setRosterRole: defineAction<{ teamId: string; openid: string; role: 'volunteer' | 'none' }>()({
    params: z.object({ teamId: documentId, openid: documentId, role: z.enum(['volunteer', 'none']), reason: shortText(100).default('') }),
    allow: ['leader'],
  }),
  /** The caller's own requests to join teams, newest first, with the decision and a decline's reason (我的入队申请). */
  myTeamJoinRequests: defineAction<Page<TeamJoinRequest>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: ['student', 'teacher', 'volunteer', 'leader', 'admin'],
  }),
  /** A team's open requests, oldest first (the leader's queue). */
  teamJoinRequests: defineAction<Page<TeamJoinRequest>>()({
    params: z.object({ teamId: documentId, cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: ['leader', 'admin'],
  }),
};
