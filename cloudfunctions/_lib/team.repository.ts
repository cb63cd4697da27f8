import type { TeamKind } from '@core/org-units.contract';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';

/**
 * `teams`: the service teams, created and edited by admins; this module is its one owner. It sits
 * in the library because bookings must also know whether a team still serves (archived ones don't).
 * Documents from before editing lack kind/contact/cover/archived; readers default them.
 */
export interface TeamDocument {
  _id: string;
  name: string;
  kind?: TeamKind;
  /** The description shown on the services page (简介). */
  summary: string;
  contact?: string;
  coverFileId?: string | null;
  orgUnitId: string;
  /** Archived teams keep their history but vanish from the catalogue and take no bookings. */
  archived?: boolean;
  updatedAt?: Date;
  updatedBy?: string;
}

/** The fields an admin edits. */
export type TeamFields = Pick<TeamDocument, 'name' | 'summary' | 'orgUnitId'> & {
  kind: TeamKind;
  contact: string;
  coverFileId: string | null;
};

const teams = () => database.collection('teams');

/** Every team, archived ones included; a college has tens, one page of the 1000 maximum is plenty. */
export const listTeams = async (): Promise<TeamDocument[]> => {
  const { data } = await teams().orderBy('name', 'asc').limit(1000).get();
  return data as TeamDocument[];
};

export const findTeam = async (teamId: string): Promise<TeamDocument | null> => {
  const { data } = await teams().doc(teamId).get();
  return ((Array.isArray(data) ? data[0] : data) as TeamDocument | undefined) ?? null;
};

export const hasTeamsIn = async (orgUnitId: string): Promise<boolean> => {
  const { data } = await teams().where({ orgUnitId }).limit(1).get();
  return data.length > 0;
};

/** 'nameTaken' when another team has the name (the unique index decides, so two racing creates cannot both win). */
export const insertTeam = async (team: TeamDocument): Promise<'inserted' | 'nameTaken'> => {
  try {
    await teams().add(team);
    return 'inserted';
  } catch (error) {
    if (isDuplicateWrite(error)) return 'nameTaken';
    throw error;
  }
};

export const updateTeam = async (teamId: string, fields: TeamFields, by: string): Promise<'updated' | 'missing' | 'nameTaken'> => {
  try {
    const { updated } = await teams()
      .where({ _id: teamId })
      .update({ ...fields, updatedAt: new Date(), updatedBy: by });
    return (updated ?? 0) > 0 ? 'updated' : 'missing';
  } catch (error) {
    if (isDuplicateWrite(error)) return 'nameTaken';
    throw error;
  }
};

/** Conditional on not being archived yet, so archiving twice records one change. */
export const archiveTeam = async (teamId: string, by: string): Promise<boolean> => {
  const _ = database.command;
  const { updated } = await teams()
    .where({ _id: teamId, archived: _.neq(true) })
    .update({ archived: true, updatedAt: new Date(), updatedBy: by });
  return (updated ?? 0) > 0;
};
