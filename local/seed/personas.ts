import type { MemberKind, TeamMembership } from '@core/membership.types';
import type { Role } from '@core/roles';
import { ORG_UNIT_IDS } from './org-units';
import { TEAM_IDS } from './teams';

interface Persona {
  openid: string;
  name: string;
  /** What role derivation must give this persona (asserted by tests); not stored. */
  roles: Role[];
  kind: MemberKind;
  memberNo: string;
  phone: string;
  orgUnitId: string;
  teamRoles: TeamMembership[];
  /** Stored admin flag: the seed stands in for a deploy-time admin having granted it. */
  admin: boolean;
}

/** The four BRIEF personas, as approved members; stable openids so dev login and tests can name them. */
export const PERSONAS = {
  teacher: {
    openid: 'dev-teacher',
    name: '李老师',
    roles: ['teacher'],
    kind: 'teacher',
    memberNo: 'T2015031',
    phone: '13800000001',
    orgUnitId: ORG_UNIT_IDS.college,
    teamRoles: [],
    admin: false,
  },
  student: {
    openid: 'dev-student',
    name: '张同学',
    roles: ['student', 'volunteer'],
    kind: 'student',
    memberNo: '2023110215',
    phone: '13800000002',
    orgUnitId: ORG_UNIT_IDS.autoRepair2301,
    teamRoles: [{ teamId: TEAM_IDS.carCare, role: 'volunteer' }],
    admin: false,
  },
  leader: {
    openid: 'dev-leader',
    name: '王队长',
    roles: ['student', 'leader'],
    kind: 'student',
    memberNo: '2022110108',
    phone: '13800000003',
    orgUnitId: ORG_UNIT_IDS.autoRepair2201,
    teamRoles: [{ teamId: TEAM_IDS.carCare, role: 'leader' }],
    admin: false,
  },
  admin: {
    openid: 'dev-admin',
    name: '陈老师',
    roles: ['teacher', 'admin'],
    kind: 'teacher',
    memberNo: 'T2012007',
    phone: '13800000004',
    orgUnitId: ORG_UNIT_IDS.leagueCommittee,
    teamRoles: [],
    admin: true,
  },
} as const satisfies Record<string, Persona>;

export type PersonaName = keyof typeof PERSONAS;

export const isPersonaName = (value: unknown): value is PersonaName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERSONAS, value);
