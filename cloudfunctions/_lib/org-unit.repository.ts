import type { OrgUnitKind } from '@core/org-units.contract';
import { database } from './cloudbase';

/** `org_units`: the 学院 → 团支部 → 班级 tree as data, editable by admins; this module is its one owner. */
export interface OrgUnitDocument {
  _id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  order: number;
  stage: number | null;
  years: number | null;
  archived: boolean;
  /** The school year the last roll-over moved this class into. */
  rolledTo?: number;
}

const orgUnits = () => database.collection('org_units');

/** The whole tree; a college has tens of units, one page of the 1000 maximum is plenty. */
export const listOrgUnits = async (): Promise<OrgUnitDocument[]> => {
  const { data } = await orgUnits().limit(1000).get();
  return data as OrgUnitDocument[];
};

export const findOrgUnit = async (orgUnitId: string): Promise<OrgUnitDocument | null> => {
  const { data } = await orgUnits().doc(orgUnitId).get();
  return ((Array.isArray(data) ? data[0] : data) as OrgUnitDocument | undefined) ?? null;
};

export const insertOrgUnit = async (unit: OrgUnitDocument): Promise<void> => {
  await orgUnits().add(unit);
};

export const updateOrgUnit = async (orgUnitId: string, fields: Omit<OrgUnitDocument, '_id' | 'archived'>): Promise<boolean> => {
  const { updated } = await orgUnits().where({ _id: orgUnitId }).update(fields);
  return (updated ?? 0) > 0 || (await findOrgUnit(orgUnitId)) !== null;
};

export const hasChildUnits = async (orgUnitId: string): Promise<boolean> => {
  const { data } = await orgUnits().where({ parentId: orgUnitId }).limit(1).get();
  return data.length > 0;
};

export const removeOrgUnit = async (orgUnitId: string): Promise<boolean> => {
  const { deleted } = await orgUnits().doc(orgUnitId).remove();
  return Number(deleted ?? 0) > 0;
};

/** Classes still in the roll-over (not archived). */
export const listActiveClasses = async (): Promise<OrgUnitDocument[]> => {
  const _ = database.command;
  const { data } = await orgUnits()
    .where({ kind: 'class', archived: _.neq(true) })
    .limit(1000)
    .get();
  return data as OrgUnitDocument[];
};

/** Conditional on the stage the plan saw, so applying twice promotes once. */
export const promoteClass = async (orgUnitId: string, fromStage: number, toStage: number, toYear: number): Promise<boolean> => {
  const _ = database.command;
  const { updated } = await orgUnits()
    .where({ _id: orgUnitId, stage: fromStage, archived: _.neq(true) })
    .update({ stage: toStage, rolledTo: toYear });
  return (updated ?? 0) > 0;
};

export const archiveClass = async (orgUnitId: string, fromStage: number, toYear: number): Promise<boolean> => {
  const _ = database.command;
  const { updated } = await orgUnits()
    .where({ _id: orgUnitId, stage: fromStage, archived: _.neq(true) })
    .update({ archived: true, rolledTo: toYear });
  return (updated ?? 0) > 0;
};

/** Every unit's place in the tree, for the cached tree (org-tree.ts). */
export const listOrgUnitLinks = async (): Promise<Pick<OrgUnitDocument, '_id' | 'name' | 'parentId'>[]> => {
  const { data } = await orgUnits().field({ name: true, parentId: true }).limit(1000).get();
  return data as Pick<OrgUnitDocument, '_id' | 'name' | 'parentId'>[];
};

/** Org unit id → name (a college has tens of units). */
export const orgUnitNames = async (): Promise<Map<string, string>> => {
  const { data } = await orgUnits().field({ _id: true, name: true }).limit(1000).get();
  return new Map((data as { _id: string; name: string }[]).map((unit) => [unit._id, unit.name]));
};
