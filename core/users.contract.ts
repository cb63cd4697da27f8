import { z } from 'zod';
import { defineAction, type ResultOf } from './action-contract';
import { adminAuditActions } from './admin-audit.contract';
import { homeActions } from './home.contract';
import { memberDirectoryActions } from './member-directory.contract';
import { membershipActions } from './membership.contract';
import type { MembershipStatus, TeamMembership } from './membership.types';
import { orgUnitActions } from './org-units.contract';
import { EVERYONE, type Role } from './roles';
import { teamJoinActions } from './team-join.contract';
import { shortText } from './text.schema';

/** What `users.whoami` and `users.login` answer: the caller as the app sees them. */
export interface WhoAmI {
  openid: string;
  name: string;
  /** Derived on every call from membership, teams and admin configuration. */
  roles: Role[];
  /** False until `login` has created the user document. */
  registered: boolean;
  membershipStatus: MembershipStatus;
  /** The caller's class or branch, once an admin has approved their membership. */
  orgUnitId: string | null;
  /** Service teams the caller belongs to (as volunteer or leader). */
  teamIds: string[];
  teamRoles: TeamMembership[];
}

export const usersContract = {
  /** Creates the caller's user document on first call; later calls only refresh `lastLoginAt`. */
  login: defineAction<WhoAmI & { created: boolean }>()({
    params: z.object({
      /** WeChat nickname, if the app has one; only used when the document is first created. */
      name: shortText(32).optional(),
    }),
    allow: EVERYONE,
  }),
  whoami: defineAction<WhoAmI>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
  ...membershipActions,
  ...adminAuditActions,
  ...orgUnitActions,
  ...memberDirectoryActions,
  ...teamJoinActions,
  ...homeActions,
};

export type UsersContract = typeof usersContract;
export type UsersAction = keyof UsersContract;
export type LoginResult = ResultOf<UsersContract['login']>;
export type { MyMembership } from './membership.contract';
export type * from './home.contract';
export type { OrgUnit, ServiceTeam, OrgUnitKind } from './org-units.contract';
export type { RolloverPlan, RolloverMove } from './member-directory.contract';
export type * from './membership.types';
export type { Page } from './page.schema';
