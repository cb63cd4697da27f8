import type { MemberIdentity } from './member-identity';
import type { Role } from './roles';

/** Where a WeChat identity stands as a member; only `approved` carries member roles. */
export const MEMBERSHIP_STATUSES = ['none', 'pending', 'approved', 'rejected', 'unbound', 'graduated', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const membershipStatusLabels: Record<MembershipStatus, string> = {
  none: '未申请',
  pending: '审核中',
  approved: '已通过',
  rejected: '已驳回',
  unbound: '已解绑',
  graduated: '已毕业',
  left: '已离开',
};

export const MEMBER_KINDS = ['student', 'teacher'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const TEAM_ROLES = ['volunteer', 'leader'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** One service team the member belongs to, and as what. */
export interface TeamMembership {
  teamId: string;
  role: TeamRole;
}

/**
 * The application against the imported roster: `matched` (number and name, approved at once),
 * `nameMismatch` (number on the roster under another name: a reviewer decides), `absent`.
 */
export type RosterMatch = 'matched' | 'nameMismatch' | 'absent';

export const rosterMatchLabels: Record<RosterMatch, string | null> = {
  matched: '名册一致，已自动通过',
  nameMismatch: '名册姓名不一致',
  absent: null,
};

/** A binding request and, once reviewed, its outcome. Dates are ISO strings. */
export interface MembershipApplication {
  applicationId: string;
  openid: string;
  name: string;
  memberNo: string;
  kind: MemberKind;
  orgUnitId: string;
  teamId: string | null;
  phone: string | null;
  status: ApplicationStatus;
  /** Why it was rejected; null otherwise. */
  reason: string | null;
  createdAt: string;
  reviewedAt: string | null;
  /** What the reviewer is told of the roster (名册姓名不一致); null when the number is not on it. */
  rosterNote: string | null;
}

/** A member as another user sees them; `contactMasked` says whether memberNo/phone are masked. */
export interface MemberProfile {
  openid: string;
  name: string;
  kind: MemberKind | null;
  memberNo: string | null;
  phone: string | null;
  orgUnitId: string | null;
  status: MembershipStatus;
  teamRoles: TeamMembership[];
  roles: Role[];
  contactMasked: boolean;
  /** 志愿者编号 and ID document: admins only (null for everyone else); the ID number masked except on 成员详情. */
  identity: MemberIdentity | null;
}
