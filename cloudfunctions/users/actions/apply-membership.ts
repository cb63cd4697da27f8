import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import type { ApplicationDocument } from '../application.repository';
import { toApplication } from '../application.view';
import { releaseReservation, reserveMemberNo } from '../binding.repository';
import { recordApplication } from '../membership.repository';
import { findOrgUnit } from '../../_lib/org-unit.repository';
import { findTeam } from '../../_lib/team.repository';

const invalid = (message: string) => new ActionError('INVALID_INPUT', `提交的信息有误：${message}`);

const refusals = { taken: 'MEMBER_NO_TAKEN', pending: 'APPLICATION_PENDING', member: 'ALREADY_MEMBER' } as const;

/**
 * Reserve the number first (the database decides between concurrent applicants), then record
 * the application and the caller's pending status together; undo the reservation if that fails.
 */
export const applyMembership = async ({ params, caller }: ActionInvocation<UsersContract['applyMembership']>) => {
  const unit = await findOrgUnit(params.orgUnitId);
  if (!unit || unit.archived) throw invalid('orgUnitId 所选组织不存在');
  if (params.kind === 'student' && unit.kind !== 'class') throw invalid('orgUnitId 学生请选择所在班级');
  if (params.teamId && !(await findTeam(params.teamId))) throw invalid('teamId 所选服务队不存在');

  const user = await caller.user();
  if (user?.membershipStatus === 'approved') throw new ActionError('ALREADY_MEMBER');
  if (user?.membershipStatus === 'pending') throw new ActionError('APPLICATION_PENDING');

  const application: ApplicationDocument = {
    _id: randomBytes(12).toString('hex'),
    openid: caller.openid,
    name: params.name,
    memberNo: params.memberNo,
    kind: params.kind,
    orgUnitId: params.orgUnitId,
    teamId: params.teamId ?? null,
    phone: params.phone ?? null,
    status: 'pending',
    reason: null,
    createdAt: new Date(),
    reviewedAt: null,
    reviewedBy: null,
  };
  const reservation = await reserveMemberNo(application.memberNo, caller.openid, application._id);
  if (reservation !== 'reserved') throw new ActionError(refusals[reservation]);
  try {
    await recordApplication(application);
  } catch (error) {
    await releaseReservation(application.memberNo, caller.openid, application._id);
    throw error;
  }
  return { application: toApplication(application) };
};
