import { z } from 'zod';
import { defineAction } from './action-contract';
import { EVERYONE } from './roles';
import { fileIdSchema } from './cloud-file-id';
import { documentId, longText, shortText } from './text.schema';

export const ORG_UNIT_KINDS = ['college', 'committee', 'branch', 'class'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * A node of 学院 → 团委/团支部 → 班级. Classes carry `stage` (current study year, 1-based) and
 * `years` (programme length) so the yearly roll-over can promote or graduate them.
 */
export interface OrgUnit {
  orgUnitId: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  order: number;
  stage: number | null;
  years: number | null;
  /** Graduated classes stay for history but take no new members. */
  archived: boolean;
}

import { TEAM_KINDS, type TeamKind } from './team-kinds';

export { TEAM_KINDS, teamKindLabels, type TeamKind } from './team-kinds';

export interface ServiceTeam {
  teamId: string;
  name: string;
  kind: TeamKind;
  /** The description (简介). */
  summary: string;
  contact: string;
  coverFileId: string | null;
  /** A temporary URL of the cover, when there is one the caller may see. */
  coverUrl: string | null;
  orgUnitId: string;
  archived: boolean;
}

const studyYear = z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(1).max(8);

export const orgUnitActions = {
  /** Flat list ordered by parent and order; the app builds the tree. */
  listOrgUnits: defineAction<{ units: OrgUnit[] }>()({ params: z.object({}), allow: EVERYONE }),
  /** Archived teams are left out, except for an admin who asks for them (the 服务队 page). */
  listTeams: defineAction<{ teams: ServiceTeam[] }>()({
    params: z.object({ includeArchived: z.boolean({ invalid_type_error: '应为是或否' }).default(false) }),
    allow: EVERYONE,
  }),
  /** Creates (no `teamId`) or edits a team; names are unique (TEAM_NAME_TAKEN); the cover must be the admin's own upload. */
  saveTeam: defineAction<{ team: ServiceTeam }>()({
    params: z.object({
      teamId: documentId.optional(),
      name: shortText(30).pipe(z.string().min(1, '请填写服务队名称')),
      kind: z.enum(TEAM_KINDS),
      summary: longText(300).default(''),
      contact: shortText(60).default(''),
      coverFileId: fileIdSchema.nullable().default(null),
      orgUnitId: documentId,
    }),
    allow: ['admin'],
  }),
  /** Archives a team: it leaves the catalogue and its services take no new bookings; members and history stay. */
  archiveTeam: defineAction<{ team: ServiceTeam }>()({ params: z.object({ teamId: documentId }), allow: ['admin'] }),
  /** Creates (no `orgUnitId`) or edits a unit; the parent must exist and may not be the unit or its descendant. */
  saveOrgUnit: defineAction<{ unit: OrgUnit }>()({
    params: z.object({
      orgUnitId: documentId.optional(),
      name: shortText(30).pipe(z.string().min(1, '请填写名称')),
      kind: z.enum(ORG_UNIT_KINDS),
      parentId: documentId.nullable(),
      order: z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(0).max(999).default(0),
      stage: studyYear.nullable().default(null),
      years: studyYear.nullable().default(null),
    }),
    allow: ['admin'],
  }),
  /** Refused with ORG_UNIT_IN_USE while the unit has children, teams, members or pending applications. */
  removeOrgUnit: defineAction<{ removed: true }>()({ params: z.object({ orgUnitId: documentId }), allow: ['admin'] }),
};
