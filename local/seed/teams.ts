import type { TeamKind } from '@core/org-units.contract';

/** The three service teams of the seed document. */
export const TEAM_IDS = {
  computerClinic: 'team-computer-clinic',
  carCare: 'team-car-care',
  aiOutreach: 'team-ai-outreach',
} as const;

export interface TeamSeed {
  _id: string;
  name: string;
  kind: TeamKind;
  summary: string;
  contact: string;
  coverFileId: string | null;
  orgUnitId: string;
  archived: boolean;
}

export const TEAMS: TeamSeed[] = [
  {
    _id: TEAM_IDS.computerClinic,
    name: '电脑义诊队',
    kind: 'computerClinic',
    contact: '刘同学 13800000001',
    coverFileId: null,
    archived: false,
    summary: '为师生和周边社区免费检修电脑，并负责全校机房的电脑维护',
    orgUnitId: 'ou-college-auto-info',
  },
  {
    _id: TEAM_IDS.carCare,
    name: '汽车维护服务队',
    kind: 'carCare',
    contact: '王同学 13800000002',
    coverFileId: null,
    archived: false,
    summary: '“洗车小卫士”“护车小达人”，为老师提供洗车和基础检查',
    orgUnitId: 'ou-college-auto-info',
  },
  {
    _id: TEAM_IDS.aiOutreach,
    name: '人工智能科普服务队',
    kind: 'outreach',
    contact: '赵同学 13800000003',
    coverFileId: null,
    archived: false,
    summary: '面向社区、校园里的少年儿童开展人工智能科普',
    orgUnitId: 'ou-college-auto-info',
  },
];
