import { membershipStatusLabels, type MembershipStatus } from '@core/membership.types';
import { ActionError } from '../_lib/action-error';
import { recordAdminChange } from '../_lib/admin-audit.repository';
import type { Caller } from '../_lib/define-function';
import { inTransaction, type TransactionScope } from '../_lib/transaction.repository';
import { readUserIn as readUser, writeUserIn as writeUser } from '../_lib/user.repository';
import { addApplicationIn, readApplicationIn, reviewApplicationIn, type ApplicationDocument } from './application.repository';
import { bindIn, readBindingIn, removeBindingIn } from './binding.repository';

/**
 * The multi-document membership changes, each one transaction of single-document operations so
 * application, binding and user never disagree. Two admins reviewing one application both write
 * the application document: the second conflicts, retries, finds it no longer pending and stops.
 */

export const recordApplication = (application: ApplicationDocument): Promise<void> =>
  inTransaction(async (tx) => {
    const user = await readUser(tx, application.openid);
    await addApplicationIn(tx, application);
    await writeUser(tx, application.openid, user, { membershipStatus: 'pending', latestApplicationId: application._id });
  });

/** Why an application was approved without a reviewer: the audit entry's reason. */
export const ROSTER_APPROVAL_REASON = '学号/工号与姓名与导入的成员名册一致，自动通过';

/** What an approved application makes of its applicant's user document (a review or a roster match). */
const approvedMember = (application: ApplicationDocument) => ({
  name: application.name,
  membershipStatus: 'approved' as const,
  memberKind: application.kind,
  memberNo: application.memberNo,
  phone: application.phone,
  orgUnitId: application.orgUnitId,
  teamRoles: application.teamId ? [{ teamId: application.teamId, role: 'volunteer' as const }] : [],
  latestApplicationId: application._id,
});

/**
 * A binding that matches the imported roster (number and name): application, binding, user and
 * the audit entry in one transaction, as an admin's approval writes them. The number was
 * reserved for this application just before, so nobody else can hold it.
 */
export const recordRosterApprovedApplication = (application: ApplicationDocument, applicant: Caller): Promise<void> =>
  inTransaction(async (tx) => {
    const user = await readUser(tx, application.openid);
    await addApplicationIn(tx, application);
    await bindIn(tx, application.memberNo);
    await writeUser(tx, application.openid, user, approvedMember(application));
    await recordAdminChange(
      {
        kind: 'membership.review',
        actor: applicant,
        target: { type: 'member', id: application.openid, label: `${application.name}（${application.memberNo}）` },
        before: { status: membershipStatusLabels[user?.membershipStatus ?? 'none'] },
        after: { status: membershipStatusLabels.approved },
        reason: ROSTER_APPROVAL_REASON,
      },
      tx,
    );
  });

const readPending = async (tx: TransactionScope, applicationId: string) => {
  const application = await readApplicationIn(tx, applicationId);
  if (!application) throw new ActionError('NOT_FOUND', '申请不存在');
  if (application.status !== 'pending') throw new ActionError('APPLICATION_CLOSED');
  const binding = await readBindingIn(tx, application.memberNo);
  // The applicant withdrew (unbind) in between: nothing left to approve.
  if (!binding || binding.applicationId !== application._id) throw new ActionError('APPLICATION_CLOSED');
  return application;
};

/** The review as the admin audit trail keeps it, written in the review's own transaction. */
const auditReview = (tx: TransactionScope, admin: Caller, application: ApplicationDocument, reason: string | null) =>
  recordAdminChange(
    {
      kind: 'membership.review',
      actor: admin,
      target: { type: 'member', id: application.openid, label: `${application.name}（${application.memberNo}）` },
      before: { status: membershipStatusLabels.pending },
      after: { status: reason === null ? membershipStatusLabels.approved : membershipStatusLabels.rejected },
      reason,
    },
    tx,
  );

export const approveApplication = (applicationId: string, admin: Caller): Promise<ApplicationDocument> =>
  inTransaction(async (tx) => {
    const application = await readPending(tx, applicationId);
    const now = new Date();
    const reviewed = { status: 'approved' as const, reason: null, reviewedAt: now, reviewedBy: admin.openid };
    await reviewApplicationIn(tx, applicationId, reviewed);
    await bindIn(tx, application.memberNo);
    const user = await readUser(tx, application.openid);
    await writeUser(tx, application.openid, user, approvedMember(application));
    await auditReview(tx, admin, application, null);
    return { ...application, ...reviewed };
  });

export const rejectApplication = (applicationId: string, admin: Caller, reason: string): Promise<ApplicationDocument> =>
  inTransaction(async (tx) => {
    const application = await readPending(tx, applicationId);
    const reviewed = { status: 'rejected' as const, reason, reviewedAt: new Date(), reviewedBy: admin.openid };
    await reviewApplicationIn(tx, applicationId, reviewed);
    // Rejection frees the number so the rightful owner (or a corrected application) can use it.
    await removeBindingIn(tx, application.memberNo);
    const user = await readUser(tx, application.openid);
    if (user?.latestApplicationId === application._id) await writeUser(tx, application.openid, user, { membershipStatus: 'rejected' });
    await auditReview(tx, admin, application, reason);
    return { ...application, ...reviewed };
  });

/**
 * Drops the caller's binding: a pending application is withdrawn, a membership (approved,
 * graduated or left) ends as `unbound`. The number is freed; applications stay as history.
 */
export const unbindMember = (openid: string): Promise<MembershipStatus> =>
  inTransaction(async (tx) => {
    const user = await readUser(tx, openid);
    const status = user?.membershipStatus;
    if (!user || !status || status === 'none' || status === 'rejected' || status === 'unbound') {
      throw new ActionError('NOT_A_MEMBER', '你还没有绑定学号/工号');
    }
    let memberNo = user.memberNo;
    if (status === 'pending' && user.latestApplicationId) {
      const application = await readApplicationIn(tx, user.latestApplicationId);
      if (application?.status === 'pending') {
        await reviewApplicationIn(tx, application._id, { status: 'withdrawn', reviewedAt: new Date() });
        memberNo = application.memberNo;
      }
    }
    if (memberNo) {
      const binding = await readBindingIn(tx, memberNo);
      if (binding?.openid === openid) await removeBindingIn(tx, memberNo);
    }
    await writeUser(tx, openid, user, {
      membershipStatus: 'unbound',
      memberKind: null,
      memberNo: null,
      phone: null,
      orgUnitId: null,
      teamRoles: [],
    });
    return 'unbound' as const;
  });
