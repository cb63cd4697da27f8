import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import type { ApplicationDocument } from '../application.repository';
import { toApplication } from '../application.view';
import { releaseReservation, reserveMemberNo } from '../binding.repository';
import type { RosterMatch } from '@core/membership.types';
import { sameRosterName } from '@core/roster';
import { findRosterEntry, type RosterEntryDocument } from '../../_lib/roster-entry.repository';
import { notifyAfterCommit } from '../../_lib/notify/notify';
import { recordApplication, recordRosterApprovedApplication } from '../membership.repository';
import { findOrgUnit } from '../../_lib/org-unit.repository';
import { findTeam } from '../../_lib/team.repository';

const invalid = (message: string) => new ActionError('INVALID_INPUT', `提交的信息有误：${message}`);

/** `reviewedBy` of an application the roster approved (no admin reviewed it). */
const ROSTER_REVIEWER = 'roster';

/** The roster entry's unit, when it still exists and takes members (the chosen unit is already read). */
const rosterUnitOf = async (entry: RosterEntryDocument, chosenId: string, chosen: { archived: boolean; kind: string }) => {
  const unit = entry.orgUnitId === chosenId ? chosen : await findOrgUnit(entry.orgUnitId);
  if (!unit || unit.archived || (entry.kind === 'student' && unit.kind !== 'class')) return null;
  return entry.orgUnitId;
};

const refusals = { taken: 'MEMBER_NO_TAKEN', pending: 'APPLICATION_PENDING', member: 'ALREADY_MEMBER' } as const;

/** The roster's word on this number and name: matched entries decide kind and unit, as the committee recorded them. */
const rosterMatchOf = (entry: RosterEntryDocument | null, name: string): RosterMatch =>
  !entry ? 'absent' : sameRosterName(entry.name, name) ? 'matched' : 'nameMismatch';

/**
 * Reserve the number first (the database decides between concurrent applicants), then record
 * the application and the caller's pending status together; undo the reservation if that fails.
 */
export const applyMembership = async ({ params, caller }: ActionInvocation<UsersContract['applyMembership']>) => {
  // Read together: the roster lookup costs no extra round trip.
  const [unit, rosterEntry] = await Promise.all([findOrgUnit(params.orgUnitId), findRosterEntry(params.memberNo)]);
  if (!unit || unit.archived) throw invalid('所在组织已不存在，请重新选择');
  if (params.kind === 'student' && unit.kind !== 'class') throw invalid('所在组织应为班级：学生请选择所在班级');
  if (params.teamId && !(await findTeam(params.teamId))) throw invalid('服务队已不存在，请重新选择');

  const user = await caller.user();
  if (user?.membershipStatus === 'approved') throw new ActionError('ALREADY_MEMBER');
  if (user?.membershipStatus === 'pending') throw new ActionError('APPLICATION_PENDING');

  let rosterMatch = rosterMatchOf(rosterEntry, params.name);
  // The roster's unit must still take members; otherwise a reviewer decides as before.
  const rosterUnit = rosterMatch === 'matched' && rosterEntry ? await rosterUnitOf(rosterEntry, unit._id, unit) : null;
  if (rosterMatch === 'matched' && !rosterUnit) rosterMatch = 'absent';
  const approved = rosterMatch === 'matched' && rosterEntry && rosterUnit;
  const now = new Date();
  const application: ApplicationDocument = {
    _id: randomBytes(12).toString('hex'),
    openid: caller.openid,
    name: params.name,
    memberNo: params.memberNo,
    kind: approved ? rosterEntry.kind : params.kind,
    orgUnitId: approved ? rosterUnit : params.orgUnitId,
    teamId: params.teamId ?? null,
    phone: params.phone ?? null,
    status: approved ? 'approved' : 'pending',
    reason: null,
    createdAt: now,
    reviewedAt: approved ? now : null,
    reviewedBy: approved ? ROSTER_REVIEWER : null,
    rosterMatch,
  };
  const reservation = await reserveMemberNo(application.memberNo, caller.openid, application._id);
  if (reservation !== 'reserved') throw new ActionError(refusals[reservation]);
  try {
    await (approved ? recordRosterApprovedApplication(application, caller) : recordApplication(application));
  } catch (error) {
    await releaseReservation(application.memberNo, caller.openid, application._id);
    throw error;
  }
  if (approved) {
    await notifyAfterCommit(
      caller.openid,
      'membershipReviewed',
      { result: '已通过', detail: '与成员名册一致，已自动通过，现在可以预约服务、报名活动了' },
      { key: application._id },
    );
  }
  return { application: toApplication(application) };
};
