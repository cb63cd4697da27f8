import { database } from '../_lib/cloudbase';

/** `teams`: the service teams (seeded; editing them is a later issue). */
export interface TeamDocument {
  _id: string;
  name: string;
  summary: string;
  orgUnitId: string;
}

const teams = () => database.collection('teams');

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
