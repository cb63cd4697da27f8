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
  /** Classes only: current study year and programme length (高职 3 years), for the yearly roll-over. */
  stage: number | null;
  years: number | null;
  archived: boolean;
}

const unit = (_id: string, name: string, kind: OrgUnitKind, parentId: string | null, order: number): OrgUnitSeed => ({
  _id,
  name,
  kind,
  parentId,
  order,
  stage: null,
  years: null,
  archived: false,
});

/** A class entered in 20YY is in its (2025 − YY + 1)th year in the 2025–26 school year. */
const schoolClass = (_id: string, name: string, parentId: string, order: number, stage: number): OrgUnitSeed => ({
  ...unit(_id, name, 'class', parentId, order),
  stage,
  years: 3,
});

const ids = ORG_UNIT_IDS;

export const ORG_UNITS: OrgUnitSeed[] = [
  unit(ids.college, '汽车与信息工程学院', 'college', null, 0),
  unit(ids.leagueCommittee, '汽车与信息工程学院团委', 'committee', ids.college, 0),
  unit(ids.branchAuto, '汽车专业群团支部', 'branch', ids.college, 1),
  unit(ids.branchSoftware, '软件专业群团支部', 'branch', ids.college, 2),
  schoolClass(ids.autoRepair2201, '汽修2201班', ids.branchAuto, 0, 3),
  schoolClass(ids.autoRepair2301, '汽修2301班', ids.branchAuto, 1, 2),
  schoolClass(ids.appTech2302, '计应2302班', ids.branchSoftware, 0, 2),
  schoolClass(ids.softwareTech2301, '软件2301班', ids.branchSoftware, 1, 2),
  schoolClass(ids.digitalMedia223, '数媒223班', ids.branchSoftware, 2, 3),
];
