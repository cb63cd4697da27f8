/**
 * 学院 → 团委 / 团支部 → 班级. The college and its League committee come from the seed document
 * (汽车与信息工程学院, 数媒223班 is named there); the other classes are plausible inventions.
 */
export const ORG_UNIT_IDS = {
  college: 'ou-college-auto-info',
  leagueCommittee: 'ou-league-committee',
  branchAuto: 'ou-branch-auto',
  branchSoftware: 'ou-branch-software',
  autoRepair2201: 'ou-class-qx2201',
  autoRepair2301: 'ou-class-qx2301',
  appTech2302: 'ou-class-jy2302',
  softwareTech2301: 'ou-class-rj2301',
  digitalMedia223: 'ou-class-sm223',
} as const;

export type OrgUnitKind = 'college' | 'committee' | 'branch' | 'class';

export interface OrgUnitSeed {
  _id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  order: number;
}

const ids = ORG_UNIT_IDS;

export const ORG_UNITS: OrgUnitSeed[] = [
  { _id: ids.college, name: '汽车与信息工程学院', kind: 'college', parentId: null, order: 0 },
  { _id: ids.leagueCommittee, name: '汽车与信息工程学院团委', kind: 'committee', parentId: ids.college, order: 0 },
  { _id: ids.branchAuto, name: '汽车专业群团支部', kind: 'branch', parentId: ids.college, order: 1 },
  { _id: ids.branchSoftware, name: '软件专业群团支部', kind: 'branch', parentId: ids.college, order: 2 },
  { _id: ids.autoRepair2201, name: '汽修2201班', kind: 'class', parentId: ids.branchAuto, order: 0 },
  { _id: ids.autoRepair2301, name: '汽修2301班', kind: 'class', parentId: ids.branchAuto, order: 1 },
  { _id: ids.appTech2302, name: '计应2302班', kind: 'class', parentId: ids.branchSoftware, order: 0 },
  { _id: ids.softwareTech2301, name: '软件2301班', kind: 'class', parentId: ids.branchSoftware, order: 1 },
  { _id: ids.digitalMedia223, name: '数媒223班', kind: 'class', parentId: ids.branchSoftware, order: 2 },
];
