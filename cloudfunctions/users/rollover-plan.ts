import { createHash } from 'node:crypto';
import type { RolloverMove, RolloverPlan } from '@core/member-directory.contract';
import type { OrgUnitDocument } from '../_lib/org-unit.repository';

export interface PlannedMove extends RolloverMove {
  /** Graduations only: exactly who the apply step will mark graduated. */
  memberIds: string[];
}

export interface FullPlan extends RolloverPlan {
  moves: PlannedMove[];
}

/**
 * Pure: what rolling into school year `toYear` does to each class not yet rolled into it. A class
 * below its last year moves up one stage; a class in its last year graduates. The hash covers
 * every class, stage and graduating member, so any change between preview and apply shows.
 */
export const planRollover = (toYear: number, classes: OrgUnitDocument[], graduatingMembers: Map<string, string[]>): FullPlan => {
  const moves: PlannedMove[] = classes
    .filter((unit) => typeof unit.stage === 'number' && typeof unit.years === 'number' && (unit.rolledTo ?? 0) < toYear)
    .sort((a, b) => a._id.localeCompare(b._id))
    .map((unit) => {
      const fromStage = unit.stage as number;
      const graduates = fromStage >= (unit.years as number);
      const memberIds = graduates ? (graduatingMembers.get(unit._id) ?? []) : [];
      return {
        orgUnitId: unit._id,
        name: unit.name,
        fromStage,
        toStage: graduates ? null : fromStage + 1,
        members: memberIds.length,
        memberIds,
      };
    });
  const digest = JSON.stringify([toYear, moves.map((move) => [move.orgUnitId, move.fromStage, move.toStage, move.memberIds])]);
  return {
    toYear,
    planHash: createHash('sha256').update(digest).digest('hex'),
    moves,
    graduatingMembers: moves.reduce((sum, move) => sum + move.memberIds.length, 0),
  };
};

/** Graduating classes: the ones whose members the plan must list. */
export const isGraduating = (unit: OrgUnitDocument): boolean =>
  typeof unit.stage === 'number' && typeof unit.years === 'number' && unit.stage >= unit.years;
