import type { Role } from '@core/roles';
import { ORG_UNIT_IDS } from './org-units';
import { TEAM_IDS } from './teams';

/** The four BRIEF personas, as approved members; stable openids so dev login and tests can name them. */
export const PERSONAS = {
  teacher: {
    openid: 'dev-teacher',
    name: '李老师',
    roles: ['teacher'] as Role[],
    kind: 'teacher',
    memberNo: 'T2015031',
    orgUnitId: ORG_UNIT_IDS.college,
    teamIds: [] as string[],
  },
  student: {
    openid: 'dev-student',
    name: '张同学',
    roles: ['student', 'volunteer'] as Role[],
    kind: 'student',
    memberNo: '2023110215',
    orgUnitId: ORG_UNIT_IDS.autoRepair2301,
    teamIds: [TEAM_IDS.carCare],
  },
  leader: {
    openid: 'dev-leader',
    name: '王队长',
    roles: ['student', 'leader'] as Role[],
    kind: 'student',
    memberNo: '2022110108',
    orgUnitId: ORG_UNIT_IDS.autoRepair2201,
    teamIds: [TEAM_IDS.carCare],
  },
  admin: {
    openid: 'dev-admin',
    name: '陈老师',
    roles: ['teacher', 'admin'] as Role[],
    kind: 'teacher',
    memberNo: 'T2012007',
    orgUnitId: ORG_UNIT_IDS.leagueCommittee,
    teamIds: [] as string[],
  },
} as const;

export type PersonaName = keyof typeof PERSONAS;

export const isPersonaName = (value: unknown): value is PersonaName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERSONAS, value);
