import * as tcb from '@cloudbase/node-sdk';
import type { ErrorCode } from '@core/errors';
import type { Role } from '@core/roles';
import { IDENTITIES, invokeAs, MATRIX_ISSUER, OTHER } from './action-table';
import { activityFields, minutesFromNow } from './activities-fixtures';
import { CAR, dayAhead, putMember } from './bookings-fixtures';
import { JPEG } from './invoke-function';
import { notice, paragraph } from './notices-fixtures';
import { ownedPostId, seedOwnedPosts } from './qa-fixtures';
import { putActivity, putAttendance, putNumberedMember } from './records-fixtures';
import { creditMinutes, SMALL_THRESHOLDS } from './honours-fixtures';
import { generatedRoster, rosterXlsx, uploadRoster } from './roster-fixtures';

/**
 * What the "allowed roles can really act" proofs act on: real activities, slots, bookings in each
 * workflow state, notices, files, a membership application, a correction, made through the
 * functions themselves (or, for states only time can reach, written in the functions' shapes).
 */

const id = (role: Role | 'other') => (role === 'other' ? OTHER.openid : IDENTITIES[role].openid);

/** One call that must succeed while the world is built; its data. */
const must = async (fn: string, as: string, event: Record<string, unknown>): Promise<any> => {
  const reply = await invokeAs(fn, as, event);
  if (!reply.ok) throw new Error(`world: ${fn}.${event.action} as ${as} answered ${JSON.stringify(reply)}`);
  return reply.data;
};

const upload = async (openid: string, name: string) =>
  (await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).uploadFile({ cloudPath: `uploads/${openid}/${name}`, fileContent: JPEG }))
    .fileID as string;

const NUMBERED = { openid: 'm-numbered', memberNo: '2023900001' };
const PLATFORM_COLUMNS = [
  { header: '志愿者编号', field: 'volunteerNo' },
  { header: '时长', field: 'hours' },
];
const BOOKERS = ['m-booker-1', 'm-booker-2', 'm-booker-3', 'm-booker-4', 'm-booker-5', 'm-booker-6', 'm-booker-7'];

export const buildWorld = async () => {
  const admin = id('admin');
  const leader = id('leader');
  const student = id('student');
  const teacher = id('teacher');

  // activities: one running now (walk-ins allowed), one to edit; student and leader signed up, leader checked in.
  const activityId = (
    await must('activities', admin, { action: 'create', ...activityFields({ allowWalkIn: true, teamId: 'team-car-care' }) })
  ).activity.activityId as string;
  const editableActivityId = (await must('activities', admin, { action: 'create', ...activityFields() })).activity.activityId as string;
  // Not yet started (check-in not open), so it can be moved; another to cancel.
  const upcoming = () => activityFields({ startAt: minutesFromNow(180), endAt: minutesFromNow(240), signUpClosesAt: minutesFromNow(120) });
  const postponableActivityId = (await must('activities', admin, { action: 'create', ...upcoming() })).activity.activityId as string;
  const cancellableActivityId = (await must('activities', admin, { action: 'create', ...upcoming() })).activity.activityId as string;
  for (const openid of [student, leader, id('volunteer')]) await must('activities', openid, { action: 'signUp', activityId });
  const codeIn = (await must('activities', admin, { action: 'currentCode', activityId, kind: 'in' })).code;
  await must('activities', leader, { action: 'checkin', code: codeIn });
  await putNumberedMember(NUMBERED.openid, NUMBERED.memberNo, '补录同学');

  // records: an ended activity whose missed check-outs the timer closed (student's to request, teacher's already requested).
  const ended = await putActivity({ title: '矩阵结束活动', startedMinutesAgo: 300, hours: 3, teamId: 'team-car-care' });
  for (const openid of [student, teacher]) await putAttendance(ended, openid, { checkedInAt: ended.startAt, closedBy: 'auto', minutes: 0 });
  const correctionCheckout = new Date(ended.startAt.getTime() + 140 * 60_000).toISOString();
  const correctionId = (
    await must('records', teacher, {
      action: 'requestCorrection',
      activityId: ended._id,
      checkedOutAt: correctionCheckout,
      reason: '忘记签退',
    })
  ).correction.correctionId as string;
  const termId = (await must('records', admin, { action: 'saveTerm', name: '矩阵学期一', startDay: '2040-02-01', endDay: '2040-07-01' }))
    .term.termId as string;

  // bookings: slots of 洗车 (car-care, staff), one booking per workflow state, bookers are teachers.
  for (const booker of BOOKERS) await putMember(booker, 'teacher');
  const slot = async (start: string, capacity = 10) =>
    (
      await must('bookings', leader, {
        action: 'publishSlots',
        serviceId: 'svc-car-wash',
        day: dayAhead(3),
        start,
        end: `${start.slice(0, 2)}:59`,
        capacity,
      })
    ).slots[0].slotId as string;
  const [slotId, closableSlotId, cancellableSlotId, spareSlotId] = [
    await slot('08:00'),
    await slot('10:00'),
    await slot('11:00'),
    await slot('12:00'),
  ];
  const book = async (booker: string, inSlot = slotId) =>
    (await must('bookings', booker, { action: 'book', slotId: inSlot, details: CAR })).bookingId as string;
  const [booked, toClaim, toStart, toClose, toConfirm, toRate, toCancel] = [
    await book(BOOKERS[0]),
    await book(BOOKERS[1]),
    await book(BOOKERS[2]),
    await book(BOOKERS[3]),
    await book(BOOKERS[4]),
    await book(teacher),
    await book(id('volunteer'), spareSlotId),
  ];
  const minutes = [{ openid: leader, minutes: 30 }];
  for (const bookingId of [toStart, toClose, toConfirm, toRate])
    await must('bookings', leader, { action: 'assign', bookingId, volunteerOpenid: leader });
  for (const bookingId of [toClose, toConfirm, toRate])
    await must('bookings', leader, { action: 'start', bookingId, earlyReason: '矩阵提前开始' });
  for (const bookingId of [toConfirm, toRate]) await must('bookings', leader, { action: 'close', bookingId, summary: '已洗车', minutes });
  await must('bookings', leader, { action: 'confirmRecord', bookingId: toRate });

  // certificates: the leader (credited 30 minutes above) holds an issued certificate and waits for a second one.
  await must('certificates', admin, { action: 'saveIssuer', ...MATRIX_ISSUER });
  const apply = async () =>
    (await must('certificates', leader, { action: 'apply', period: { kind: 'all' } })).application.applicationId as string;
  const certificateNo = (await must('certificates', admin, { action: 'issue', applicationId: await apply() })).certificate
    .certificateNo as string;
  const certificateApplicationId = await apply();

  // notices: published to everyone (one to confirm, one to recall, one to edit).
  const publish = async (title: string) =>
    (await must('notices', admin, { action: 'publish', ...notice(title, { kind: 'everyone' }, { confirmMode: 'confirm' }) }))
      .noticeId as string;
  const [noticeId, recallableNoticeId, editableNoticeId] = [
    await publish('矩阵通知一'),
    await publish('矩阵通知二'),
    await publish('矩阵通知三'),
  ];

  // files: the student's uploads, one left unclaimed, one claimed to read back, one claimed to remove.
  const unclaimedFileId = await upload(student, 'matrix-unclaimed.jpg');
  const claimedFileId = await upload(student, 'matrix-claimed.jpg');
  const removableFileId = await upload(student, 'matrix-removable.jpg');
  for (const fileId of [claimedFileId, removableFileId])
    await must('files', student, { action: 'claim', fileId, purpose: 'question-photo' });

  // roster: the admin's uploaded roster of two students.
  const rosterFileId = await uploadRoster(admin, await rosterXlsx(generatedRoster(2, 2023950000)));

  // users: a pending application, an org unit nobody uses.
  const applicationId = (
    await must('users', 'm-applicant', {
      action: 'applyMembership',
      name: '申请同学',
      memberNo: '2023900002',
      kind: 'student',
      orgUnitId: 'ou-class-qx2301',
    })
  ).application.applicationId as string;
  const removableOrgUnitId = (
    await must('users', admin, { action: 'saveOrgUnit', name: '矩阵空组织', kind: 'branch', parentId: 'ou-college-auto-info' })
  ).unit.orgUnitId as string;

  const archivableTeamId = (
    await must('users', admin, { action: 'saveTeam', name: '矩阵归档队', kind: 'other', orgUnitId: 'ou-college-auto-info' })
  ).team.teamId as string;

  // honours: small thresholds and one rule; a member whose 60 minutes put 一星 on notice; an entry to reverse.
  const honourRules = [{ title: '矩阵优秀', minHours: 1, minActivities: 1, noUnexcusedNoShow: true }];
  const nominationRule = (await must('honours', admin, { action: 'saveSettings', ...SMALL_THRESHOLDS, nominationRules: honourRules }))
    .settings.nominationRules[0];
  await creditMinutes('m-honoured', 60);
  await must('honours', admin, { action: 'evaluate' });
  const reversibleEntryId = await creditMinutes('m-honoured', 5);
  const exportLayoutId = (
    await must('records', admin, { action: 'saveExportLayout', name: '矩阵版式', columns: [{ header: '姓名', field: 'name' }] })
  ).layout.layoutId as string;

  const joinRequestId = (await must('users', OTHER.openid, { action: 'applyToTeam', teamId: 'team-car-care' })).request.requestId as string;

  return {
    archivableTeamId,
    joinRequestId,
    activityId,
    editableActivityId,
    postponableActivityId,
    cancellableActivityId,
    endedActivityId: ended._id,
    correctionId,
    correctionCheckout,
    termId,
    slotId,
    closableSlotId,
    cancellableSlotId,
    bookings: { booked, toClaim, toStart, toClose, toConfirm, toRate, toCancel },
    noticeId,
    recallableNoticeId,
    editableNoticeId,
    unclaimedFileId,
    claimedFileId,
    removableFileId,
    rosterFileId,
    certificateNo,
    certificateApplicationId,
    applicationId,
    removableOrgUnitId,
    numberedMemberNo: NUMBERED.memberNo,
    nominationRule,
    honourAwardId: 'm-honoured:1',
    reversibleEntryId,
    exportLayoutId,
  };
};

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Proof that an allowed role can really act: who calls, with what, and the answers that count. */
export interface Proof {
  as: Role;
  params: (world: World) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** A first-time caller of the role (its own openid), where the matrix's cells already used the role's identity. */
  fresh?: boolean;
  /** Domain outcomes that count as acting (a state only time could reach); absent = ok only. */
  outcomes?: ErrorCode[];
}

const code = async (world: World, kind: 'in' | 'out') =>
  (await must('activities', id('admin'), { action: 'currentCode', activityId: world.activityId, kind })).code as string;
const NOTICE_BODY = paragraph('矩阵正文');

export const PROOFS: Record<string, Proof> = {
  'activities.create': { as: 'admin', params: () => activityFields() },
  'activities.update': { as: 'admin', params: (w) => ({ ...activityFields({ title: '矩阵改名' }), activityId: w.editableActivityId }) },
  'activities.cancel': { as: 'admin', params: (w) => ({ activityId: w.cancellableActivityId, reason: '矩阵取消' }) },
  'activities.postpone': {
    as: 'admin',
    params: (w) => ({ activityId: w.postponableActivityId, startAt: minutesFromNow(600), endAt: minutesFromNow(660), reason: '矩阵改期' }),
  },
  'activities.list': { as: 'student', params: () => ({ tab: 'mine' }) },
  'activities.get': { as: 'student', params: (w) => ({ activityId: w.activityId }) },
  'activities.signUp': { as: 'teacher', params: (w) => ({ activityId: w.activityId }) },
  'activities.cancelSignUp': { as: 'volunteer', params: (w) => ({ activityId: w.activityId }) },
  'activities.currentCode': { as: 'admin', params: (w) => ({ activityId: w.activityId, kind: 'out' }) },
  'activities.checkin': { as: 'student', params: async (w) => ({ code: await code(w, 'in') }) },
  // Checked in moments ago, so the check-out is 0 hours: the leader has said yes to that.
  'activities.checkout': { as: 'leader', params: async (w) => ({ code: await code(w, 'out'), acceptZeroHours: true }) },
  'activities.memberCode': { as: 'student', params: () => ({}) },
  'activities.scanMember': {
    as: 'admin',
    params: async (w) => ({ activityId: w.activityId, code: (await must('activities', OTHER.openid, { action: 'memberCode' })).code }),
  },
  'activities.attendance': { as: 'admin', params: (w) => ({ activityId: w.activityId }) },
  'activities.myHours': { as: 'student', params: () => ({}) },
  'activities.poster': { as: 'teacher', params: (w) => ({ activityId: w.activityId }) },
  'bookings.listServices': { as: 'teacher', params: () => ({}) },
  'bookings.saveService': {
    as: 'leader',
    params: () => ({
      teamId: 'team-car-care',
      name: '矩阵服务',
      durationMinutes: 30,
      place: '工位',
      audience: ['staff'],
      detailsKind: 'car',
    }),
  },
  'bookings.publishSlots': {
    as: 'leader',
    params: () => ({ serviceId: 'svc-car-wash', day: dayAhead(4), start: '09:00', end: '10:00', capacity: 1 }),
  },
  'bookings.listSlots': { as: 'teacher', params: () => ({ serviceId: 'svc-car-wash' }) },
  'bookings.serviceSlots': { as: 'leader', params: () => ({ serviceId: 'svc-car-wash' }) },
  'bookings.closeSlot': { as: 'leader', params: (w) => ({ slotId: w.closableSlotId }) },
  'bookings.cancelSlot': { as: 'leader', params: (w) => ({ slotId: w.cancellableSlotId, reason: '矩阵停办' }) },
  'bookings.book': { as: 'volunteer', params: (w) => ({ slotId: w.slotId, details: CAR }) },
  'bookings.cancel': { as: 'volunteer', params: (w) => ({ bookingId: w.bookings.toCancel }) },
  'bookings.mine': { as: 'teacher', params: () => ({}) },
  'bookings.getBooking': { as: 'leader', params: (w) => ({ bookingId: w.bookings.booked }) },
  'bookings.jobs': { as: 'leader', params: () => ({ scope: 'open' }) },
  'bookings.teamBookings': { as: 'leader', params: () => ({ teamId: 'team-car-care' }) },
  'bookings.teamVolunteers': { as: 'leader', params: () => ({ teamId: 'team-car-care' }) },
  'bookings.assign': { as: 'leader', params: (w) => ({ bookingId: w.bookings.booked, volunteerOpenid: id('leader') }) },
  'bookings.claim': { as: 'leader', params: (w) => ({ bookingId: w.bookings.toClaim }) },
  // The slot is days ahead, so the leader starts early with a reason (without one the window answers).
  'bookings.start': { as: 'leader', params: (w) => ({ bookingId: w.bookings.toStart, earlyReason: '矩阵提前开始' }) },
  'bookings.close': {
    as: 'leader',
    params: (w) => ({ bookingId: w.bookings.toClose, summary: '已洗车', minutes: [{ openid: id('leader'), minutes: 30 }] }),
  },
  // A no-show can only be marked once the slot has begun; the slot is days ahead, so the rule itself answers.
  'bookings.markNoShow': { as: 'leader', params: (w) => ({ bookingId: w.bookings.toClaim }), outcomes: ['INVALID_TRANSITION'] },
  'bookings.confirmRecord': { as: 'leader', params: (w) => ({ bookingId: w.bookings.toConfirm }) },
  'bookings.rate': { as: 'teacher', params: (w) => ({ bookingId: w.bookings.toRate, score: 5 }) },
  'files.reserveUpload': { as: 'student', params: () => ({ purpose: 'question-photo', extension: 'jpg' }) },
  'files.claim': { as: 'student', params: (w) => ({ fileId: w.unclaimedFileId, purpose: 'question-photo' }) },
  'files.tempUrl': { as: 'student', params: (w) => ({ fileIds: [w.claimedFileId] }) },
  'files.remove': { as: 'admin', params: (w) => ({ fileId: w.removableFileId }) },
  'messages.list': { as: 'student', params: () => ({}) },
  'messages.unreadCount': { as: 'student', params: () => ({}) },
  'messages.markRead': { as: 'student', params: () => ({ all: true }) },
  'messages.recordSubscriptions': {
    as: 'student',
    params: () => ({ grants: [{ kind: 'answerReceived', templateId: 'local-tpl-answer-received', accepted: true }] }),
  },
  'messages.subscriptionTemplates': { as: 'student', params: () => ({ moment: 'questionAsk' }) },
  'messages.pushStatus': { as: 'student', params: () => ({}) },
  'notices.publish': {
    as: 'admin',
    params: () => ({ title: '矩阵发布', body: NOTICE_BODY, audience: { kind: 'everyone' }, confirmMode: 'read' }),
  },
  'notices.saveDraft': {
    as: 'leader',
    params: () => ({ title: '矩阵草稿', body: NOTICE_BODY, audience: { kind: 'teams', teamIds: ['team-car-care'] }, confirmMode: 'read' }),
  },
  'notices.feed': { as: 'student', params: () => ({}) },
  'notices.unreadCount': { as: 'student', params: () => ({}) },
  'notices.get': { as: 'student', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.read': { as: 'student', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.confirm': { as: 'student', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.authored': { as: 'admin', params: () => ({}) },
  'notices.receipts': { as: 'admin', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.receiptList': { as: 'admin', params: (w) => ({ noticeId: w.noticeId, which: 'read' }) },
  'notices.remindUnread': { as: 'admin', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.fanoutStatus': { as: 'admin', params: (w) => ({ noticeId: w.noticeId }) },
  'notices.recall': { as: 'admin', params: (w) => ({ noticeId: w.recallableNoticeId, reason: '矩阵撤回' }) },
  'notices.edit': { as: 'admin', params: (w) => ({ noticeId: w.editableNoticeId, title: '矩阵改正', body: NOTICE_BODY }) },
  'qa.ask': { as: 'student', params: () => ({ title: '矩阵测试提问', body: '', tags: ['保养'] }) },
  'qa.answer': { as: 'student', params: () => ({ questionId: ownedPostId('q', OTHER.openid), body: '矩阵回答' }) },
  'qa.accept': { as: 'admin', params: () => ({ questionId: ownedPostId('q', OTHER.openid), answerId: ownedPostId('a', OTHER.openid) }) },
  'qa.feed': { as: 'student', params: () => ({ filter: 'latest' }) },
  'qa.search': { as: 'student', params: () => ({ q: '矩阵测试' }) },
  'qa.similar': { as: 'student', params: () => ({ title: '矩阵测试' }) },
  'qa.getQuestion': { as: 'student', params: () => ({ questionId: ownedPostId('q', OTHER.openid) }) },
  'qa.editQuestion': {
    as: 'student',
    params: () => ({ questionId: ownedPostId('q', id('student')), title: '矩阵测试问题', body: '改', tags: ['保养'] }),
  },
  'qa.editAnswer': { as: 'student', params: () => ({ answerId: ownedPostId('a', id('student')), body: '改' }) },
  'qa.deletePost': { as: 'teacher', params: () => ({ targetId: ownedPostId('a', id('teacher')) }) },
  'qa.report': { as: 'student', params: () => ({ targetId: ownedPostId('a', OTHER.openid), reason: '矩阵举报' }) },
  'qa.moderate': { as: 'admin', params: () => ({ targetId: ownedPostId('q', id('teacher')), decision: 'hide', reason: '矩阵审核' }) },
  'qa.reviewQueue': { as: 'admin', params: () => ({}) },
  'qa.listTags': { as: 'student', params: () => ({}) },
  'qa.saveTags': { as: 'admin', params: () => ({ tags: ['保养', '轮胎', '电瓶', '空调', '事故', '电脑'] }) },
  'records.addAttendance': {
    as: 'admin',
    params: (w) => ({ activityId: w.activityId, memberNo: w.numberedMemberNo, checkedInAt: new Date().toISOString(), reason: '矩阵补录' }),
  },
  'records.auditLog': { as: 'admin', params: (w) => ({ activityId: w.activityId }) },
  'records.requestCorrection': {
    as: 'student',
    params: (w) => ({ activityId: w.endedActivityId, checkedOutAt: w.correctionCheckout, reason: '忘记签退' }),
  },
  'records.myCorrections': { as: 'teacher', params: () => ({}) },
  'records.corrections': { as: 'admin', params: (w) => ({ activityId: w.endedActivityId }) },
  'records.pendingCorrections': { as: 'admin', params: () => ({}) },
  'records.decideCorrection': { as: 'admin', params: (w) => ({ correctionId: w.correctionId, approve: true }) },
  'records.listTerms': { as: 'student', params: () => ({}) },
  'records.saveTerm': { as: 'admin', params: () => ({ name: '矩阵学期二', startDay: '2042-02-01', endDay: '2042-07-01' }) },
  'records.exportAttendance': { as: 'admin', params: (w) => ({ activityId: w.activityId }) },
  'records.exportMyRecord': { as: 'leader', params: () => ({}) },
  'records.exportTermHours': { as: 'admin', params: (w) => ({ termId: w.termId }) },
  'records.exportLayouts': { as: 'admin', params: () => ({}) },
  'records.saveExportLayout': {
    as: 'admin',
    params: (w) => ({ layoutId: w.exportLayoutId, name: '矩阵版式二', columns: PLATFORM_COLUMNS }),
  },
  'records.removeExportLayout': { as: 'admin', params: (w) => ({ layoutId: w.exportLayoutId }) },
  'records.previewPlatformExport': { as: 'admin', params: (w) => ({ columns: PLATFORM_COLUMNS, range: { termId: w.termId } }) },
  'records.exportPlatformHours': { as: 'admin', params: (w) => ({ name: '矩阵', columns: PLATFORM_COLUMNS, range: { termId: w.termId } }) },
  'records.memberHours': { as: 'admin', params: () => ({ openid: OTHER.openid }) },
  'records.reverseHours': { as: 'admin', params: (w) => ({ entryId: w.reversibleEntryId, reason: '矩阵撤销' }) },
  'roster.template': { as: 'admin', params: () => ({}) },
  'honours.settings': { as: 'admin', params: () => ({}) },
  'honours.saveSettings': { as: 'admin', params: (w) => ({ ...SMALL_THRESHOLDS, nominationRules: [w.nominationRule] }) },
  'honours.mine': { as: 'student', params: () => ({}) },
  'honours.publicNotice': { as: 'guest', params: () => ({}) },
  'honours.withdraw': { as: 'admin', params: (w) => ({ awardId: w.honourAwardId, reason: '矩阵撤回' }) },
  'honours.evaluate': { as: 'admin', params: () => ({}) },
  'honours.nominations': { as: 'admin', params: (w) => ({ termId: w.termId, ruleId: w.nominationRule.ruleId }) },
  'honours.exportNominations': { as: 'admin', params: (w) => ({ termId: w.termId, ruleId: w.nominationRule.ruleId }) },
  'certificates.apply': { as: 'student', params: () => ({ period: { kind: 'all' } }), outcomes: ['CERTIFICATE_NO_HOURS'] },
  'certificates.mine': { as: 'leader', params: () => ({}) },
  'certificates.pending': { as: 'admin', params: () => ({}) },
  'certificates.review': { as: 'admin', params: (w) => ({ applicationId: w.certificateApplicationId }) },
  // Issue and decline act on the same waiting application: whichever runs second finds it decided.
  'certificates.issue': { as: 'admin', params: (w) => ({ applicationId: w.certificateApplicationId }), outcomes: ['APPLICATION_CLOSED'] },
  'certificates.decline': {
    as: 'admin',
    params: (w) => ({ applicationId: w.certificateApplicationId, reason: '矩阵原因' }),
    outcomes: ['APPLICATION_CLOSED'],
  },
  'certificates.revoke': { as: 'admin', params: (w) => ({ certificateNo: w.certificateNo, reason: '矩阵撤销' }) },
  // After revoke: re-issuing a revoked certificate still issues its replacement.
  'certificates.reissue': { as: 'admin', params: (w) => ({ certificateNo: w.certificateNo, reason: '矩阵更正' }) },
  'certificates.issued': { as: 'admin', params: () => ({ limit: 5 }) },
  'certificates.issuer': { as: 'admin', params: () => ({}) },
  'certificates.saveIssuer': { as: 'admin', params: () => ({ ...MATRIX_ISSUER }) },
  // The leader holds the world's certificate; revoke may have run first, which leaves nothing to print.
  'certificates.document': { as: 'leader', params: (w) => ({ certificateNo: w.certificateNo }), outcomes: ['CERTIFICATE_REVOKED'] },
  'certificates.imageParts': { as: 'leader', params: (w) => ({ certificateNo: w.certificateNo }), outcomes: ['CERTIFICATE_REVOKED'] },
  'certificates.verify': { as: 'guest', params: (w) => ({ certificateNo: w.certificateNo }) },
  'certificates.publicKey': { as: 'guest', params: () => ({}) },
  'stats.dashboard': { as: 'leader', params: (w) => ({ termId: w.termId, teamId: 'team-car-care' }) },
  'stats.mine': { as: 'leader', params: () => ({}) },
  'stats.annualReport': { as: 'admin', params: (w) => ({ period: w.termId }) },
  'stats.exportAnnualReport': { as: 'admin', params: () => ({ period: '2040' }) },
  'stats.rebuild': { as: 'admin', params: () => ({}) },
  'roster.preview': { as: 'admin', params: (w) => ({ fileId: w.rosterFileId }) },
  'roster.apply': { as: 'admin', params: (w) => ({ fileId: w.rosterFileId }) },
  'users.login': { as: 'guest', params: () => ({}) },
  'users.whoami': { as: 'guest', params: () => ({}) },
  'users.home': { as: 'guest', params: () => ({}) },
  'users.applyMembership': {
    as: 'guest',
    fresh: true,
    params: () => ({ name: '矩阵', memberNo: '2023900003', kind: 'student', orgUnitId: 'ou-class-qx2301' }),
  },
  'users.reviewMembership': { as: 'admin', params: (w) => ({ applicationId: w.applicationId, approve: true }) },
  'users.myMembership': { as: 'student', params: () => ({}) },
  'users.listApplications': { as: 'admin', params: () => ({}) },
  'users.auditTrail': { as: 'admin', params: () => ({}) },
  'users.unbind': { as: 'student', params: () => ({ openid: id('student') }) },
  'users.listOrgUnits': { as: 'guest', params: () => ({}) },
  'users.listTeams': { as: 'guest', params: () => ({}) },
  'users.saveTeam': { as: 'admin', params: () => ({ name: '矩阵新服务队', kind: 'carCare', orgUnitId: 'ou-college-auto-info' }) },
  'users.applyToTeam': { as: 'student', params: () => ({ teamId: 'team-ai-outreach' }) },
  'users.reviewTeamJoin': { as: 'leader', params: (w) => ({ requestId: w.joinRequestId, decision: 'approve' }) },
  'users.teamJoinRequests': { as: 'leader', params: () => ({ teamId: 'team-car-care' }) },
  'users.myTeamJoinRequests': { as: 'student', params: () => ({}) },
  'users.setRosterRole': { as: 'leader', params: () => ({ teamId: 'team-car-care', openid: OTHER.openid, role: 'volunteer' }) },
  'users.archiveTeam': { as: 'admin', params: (w) => ({ teamId: w.archivableTeamId }) },
  'users.saveOrgUnit': { as: 'admin', params: () => ({ name: '矩阵新组织', kind: 'branch', parentId: 'ou-college-auto-info' }) },
  'users.removeOrgUnit': { as: 'admin', params: (w) => ({ orgUnitId: w.removableOrgUnitId }) },
  'users.listMembers': { as: 'admin', params: () => ({}) },
  'users.getMember': { as: 'teacher', params: () => ({ openid: OTHER.openid }) },
  'users.setTeamRole': { as: 'admin', params: () => ({ openid: OTHER.openid, teamId: 'team-car-care', role: 'volunteer' }) },
  'users.setMemberIdentity': {
    as: 'admin',
    params: () => ({ openid: NUMBERED.openid, volunteerNo: 'ZY20230001', idType: 'resident', idNumber: '11010519491231002X' }),
  },
  'users.setMemberStatus': { as: 'admin', params: () => ({ openid: OTHER.openid, status: 'left' }) },
  'users.previewRollover': { as: 'admin', params: () => ({ toYear: 2030 }) },
  'users.applyRollover': {
    as: 'admin',
    params: async () => ({
      toYear: 2030,
      planHash: (await must('users', id('admin'), { action: 'previewRollover', toYear: 2030 })).planHash,
    }),
  },
};

/** Posts the Q&A proofs act on: each identity's own question and answer, fresh. */
export const seedProofPosts = async () => {
  for (const role of ['student', 'teacher'] as const) await seedOwnedPosts(id(role));
  await seedOwnedPosts(OTHER.openid);
};
