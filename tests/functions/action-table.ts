import * as tcb from '@cloudbase/node-sdk';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FunctionContract } from '@core/action-contract';
import type { Role } from '@core/roles';
import { buildInvocationContext } from '../../local/host/invocation-context';
import { LOCAL_ENV_ID } from '../../local/sdk-environment';
import { ownedPostId } from './qa-fixtures';

/**
 * Every deployed function's actions with, per action, who should be allowed (written here,
 * independently of the contracts) and params valid for it; the callers, one per role. Shared by
 * the authorization matrix and the hostile-input test.
 */

export type Main = ((event: unknown, context: unknown) => Promise<any>) & { contract?: FunctionContract };

const FUNCTIONS_DIR = path.join(__dirname, '..', '..', 'cloudfunctions');
export const deployed: { name: string; main: Main }[] = readdirSync(FUNCTIONS_DIR)
  .filter((name) => !name.startsWith('_') && existsSync(path.join(FUNCTIONS_DIR, name, 'index.ts')))
  .map((name) => ({ name, main: (require(path.join(FUNCTIONS_DIR, name)) as { main: Main }).main }));

/** A file under someone's upload folder (never uploaded: the cell only needs the rule decided). */
const uploadedFileId = (openid: string, unique: string) => `cloud://starfire-local.7374-local-1300000000/uploads/${openid}/m${unique}.jpg`;

export const ALL: Role[] = ['guest', 'student', 'teacher', 'volunteer', 'leader', 'admin'];
const MEMBERS: Role[] = ['student', 'teacher', 'volunteer', 'leader', 'admin'];
const ADMIN: Role[] = ['admin'];
const LEADER: Role[] = ['leader'];
const TEAM_STAFF: Role[] = ['volunteer', 'leader'];
/** A well-formed notice id nobody published, and a minimal rich-text body. */
const NO_NOTICE = 'n_matrixNoSuchNotice00';
const NOTICE_BODY = [{ type: 'paragraph', children: [{ text: '矩阵' }] }];
/** A well-formed activity id nobody created. */
const NO_ACTIVITY = 'act_matrixNoSuchActivity';
/** A code that is not ours, and an activity's fields (instants from now). */
const NOT_OUR_CODE = 'v1.e30.AAAAAAAAAAAAAAAAAAAAAA';
const ORGANISERS: Role[] = ['admin', 'leader'];
const activityFields = () => {
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  return {
    title: '矩阵活动',
    place: '东门',
    startAt: at(60),
    endAt: at(120),
    signUpOpensAt: at(-60),
    signUpClosesAt: at(30),
    capacity: 5,
    teamId: 'team-car-care',
  };
};

/** A national-platform layout's columns: a field and a fixed text. */
const PLATFORM_COLUMNS = [
  { header: '姓名', field: 'name' },
  { header: '来源', fixed: '星火志愿' },
];

/** A well-formed certificate application id nobody made, and an issuer block. */
const NO_APPLICATION = 'cap_00000000000000000000';
export const MATRIX_ISSUER = {
  organisation: '矩阵学院团委',
  orgCode: 'MATRIX',
  personInCharge: '矩阵书记',
  handlingOfficer: '矩阵老师',
  contact: '020-12345678',
  sealFileId: null,
};

/** The target of an action with an ownership rule: the caller (owner) or someone else. */
export interface CellContext {
  self: string;
  other: string;
  target: string;
  unique: string;
}

export interface Expectation {
  allow: Role[];
  /** The owner of the named resource may call it whatever their roles. */
  owner: boolean;
  /** Valid params, so an allowed call reaches its handler and a denied one can only be FORBIDDEN. */
  params: (cell: CellContext) => Record<string, unknown>;
}

export const EXPECTED: Record<string, Expectation> = {
  'users.login': { allow: ALL, owner: false, params: () => ({}) },
  'users.whoami': { allow: ALL, owner: false, params: () => ({}) },
  'users.home': { allow: ALL, owner: false, params: () => ({}) },
  'users.applyMembership': {
    allow: ALL,
    owner: false,
    params: (c) => ({ name: '矩阵', memberNo: `M${c.unique}`, kind: 'student', orgUnitId: 'ou-class-qx2301' }),
  },
  'users.reviewMembership': { allow: ADMIN, owner: false, params: () => ({ applicationId: 'no-such-application', approve: true }) },
  'users.myMembership': { allow: ALL, owner: false, params: () => ({}) },
  'users.listApplications': { allow: ADMIN, owner: false, params: () => ({}) },
  'users.auditTrail': { allow: ADMIN, owner: false, params: () => ({}) },
  'users.unbind': { allow: [], owner: true, params: (c) => ({ openid: c.target }) },
  'users.listOrgUnits': { allow: ALL, owner: false, params: () => ({}) },
  'users.listTeams': { allow: ALL, owner: false, params: () => ({}) },
  'users.saveTeam': {
    allow: ADMIN,
    owner: false,
    params: (c) => ({ name: `矩阵队${c.unique}`, kind: 'other', orgUnitId: 'ou-college-auto-info' }),
  },
  'users.applyToTeam': { allow: MEMBERS, owner: false, params: () => ({ teamId: 'team-no-such-team' }) },
  'users.reviewTeamJoin': {
    allow: ['leader', 'admin'],
    owner: false,
    params: () => ({ requestId: 'tj-no-such-request', decision: 'approve' }),
  },
  'users.teamJoinRequests': { allow: ['leader', 'admin'], owner: false, params: () => ({ teamId: 'team-car-care' }) },
  'users.myTeamJoinRequests': { allow: MEMBERS, owner: false, params: () => ({}) },
  'users.setRosterRole': { allow: LEADER, owner: false, params: (c) => ({ teamId: 'team-car-care', openid: c.other, role: 'volunteer' }) },
  'users.archiveTeam': { allow: ADMIN, owner: false, params: () => ({ teamId: 'team-no-such-team' }) },
  'users.saveOrgUnit': {
    allow: ADMIN,
    owner: false,
    params: (c) => ({ name: `矩阵${c.unique}`, kind: 'branch', parentId: 'ou-college-auto-info' }),
  },
  'users.removeOrgUnit': { allow: ADMIN, owner: false, params: () => ({ orgUnitId: 'ou-no-such-unit' }) },
  'users.listMembers': { allow: ADMIN, owner: false, params: () => ({ query: '矩' }) },
  'users.getMember': { allow: MEMBERS, owner: true, params: (c) => ({ openid: c.target }) },
  'users.setTeamRole': { allow: ADMIN, owner: false, params: (c) => ({ openid: c.other, teamId: 'team-car-care', role: 'volunteer' }) },
  'users.setMemberIdentity': {
    allow: ADMIN,
    owner: false,
    params: (c) => ({ openid: c.other, volunteerNo: null, idType: null, idNumber: null }),
  },
  'users.setMemberStatus': { allow: ADMIN, owner: false, params: (c) => ({ openid: c.other, status: 'left' }) },
  'users.previewRollover': { allow: ADMIN, owner: false, params: () => ({ toYear: 2030 }) },
  'users.applyRollover': { allow: ADMIN, owner: false, params: () => ({ toYear: 2030, planHash: '0'.repeat(64) }) },
  // activities: organiser scoping is the handler's; the sample ids name nothing, so allowed cells answer NOT_FOUND / CODE_FORGED.
  'activities.create': { allow: ORGANISERS, owner: false, params: () => activityFields() },
  'activities.update': { allow: ORGANISERS, owner: false, params: () => ({ ...activityFields(), activityId: NO_ACTIVITY }) },
  'activities.cancel': { allow: ORGANISERS, owner: false, params: () => ({ activityId: NO_ACTIVITY, reason: '矩阵取消' }) },
  'activities.postpone': {
    allow: ORGANISERS,
    owner: false,
    params: () => ({ activityId: NO_ACTIVITY, startAt: activityFields().startAt, endAt: activityFields().endAt, reason: '矩阵改期' }),
  },
  'activities.list': { allow: ALL, owner: false, params: () => ({ tab: 'upcoming' }) },
  'activities.get': { allow: ALL, owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'activities.signUp': { allow: ALL, owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'activities.cancelSignUp': { allow: ALL, owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'activities.currentCode': { allow: ORGANISERS, owner: false, params: () => ({ activityId: NO_ACTIVITY, kind: 'in' }) },
  'activities.checkin': { allow: ALL, owner: false, params: () => ({ code: NOT_OUR_CODE }) },
  'activities.checkout': { allow: ALL, owner: false, params: () => ({ code: NOT_OUR_CODE }) },
  'activities.memberCode': { allow: ALL, owner: false, params: () => ({}) },
  'activities.scanMember': { allow: ORGANISERS, owner: false, params: () => ({ activityId: NO_ACTIVITY, code: NOT_OUR_CODE }) },
  'activities.attendance': { allow: ORGANISERS, owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'activities.myHours': { allow: ALL, owner: false, params: () => ({}) },
  'activities.poster': { allow: ALL, owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  // bookings: team scoping ("leader of THIS team") is the handler's; the sample ids name nothing, so allowed cells answer NOT_FOUND.
  'bookings.listServices': { allow: ALL, owner: false, params: () => ({}) },
  'bookings.saveService': {
    allow: LEADER,
    owner: false,
    params: (c) => ({
      teamId: 'team-car-care',
      name: `矩阵${c.unique}`,
      durationMinutes: 30,
      place: '工位',
      audience: ['staff'],
      detailsKind: 'car',
    }),
  },
  'bookings.publishSlots': {
    allow: LEADER,
    owner: false,
    params: () => ({ serviceId: 'svc-no-such', day: '2030-01-07', start: '09:00', end: '10:00', capacity: 1 }),
  },
  'bookings.listSlots': { allow: ALL, owner: false, params: () => ({ serviceId: 'svc-car-wash' }) },
  'bookings.serviceSlots': { allow: LEADER, owner: false, params: () => ({ serviceId: 'svc-car-wash' }) },
  'bookings.closeSlot': { allow: LEADER, owner: false, params: () => ({ slotId: 'no-such-slot' }) },
  'bookings.cancelSlot': { allow: LEADER, owner: false, params: () => ({ slotId: 'no-such-slot', reason: '矩阵' }) },
  'bookings.book': { allow: ALL, owner: false, params: () => ({ slotId: 'no-such-slot', details: { kind: 'none' } }) },
  'bookings.cancel': { allow: ALL, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.self}` }) },
  'bookings.mine': { allow: ALL, owner: false, params: () => ({}) },
  'bookings.getBooking': { allow: ALL, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.self}` }) },
  'bookings.jobs': { allow: TEAM_STAFF, owner: false, params: () => ({}) },
  'bookings.teamBookings': { allow: LEADER, owner: false, params: () => ({ teamId: 'team-car-care' }) },
  'bookings.teamVolunteers': { allow: LEADER, owner: false, params: () => ({ teamId: 'team-car-care' }) },
  'bookings.assign': { allow: LEADER, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.other}`, volunteerOpenid: c.self }) },
  'bookings.claim': { allow: TEAM_STAFF, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.other}` }) },
  'bookings.start': { allow: TEAM_STAFF, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.other}` }) },
  'bookings.close': {
    allow: TEAM_STAFF,
    owner: false,
    params: (c) => ({ bookingId: `no-such-slot:${c.other}`, summary: '矩阵', minutes: [{ openid: c.self, minutes: 30 }] }),
  },
  'bookings.markNoShow': { allow: TEAM_STAFF, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.other}` }) },
  'bookings.confirmRecord': { allow: LEADER, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.other}` }) },
  'bookings.rate': { allow: ALL, owner: false, params: (c) => ({ bookingId: `no-such-slot:${c.self}`, score: 5 }) },
  'notices.publish': {
    allow: ['leader', 'admin'],
    owner: false,
    params: () => ({ title: '矩阵通知', body: NOTICE_BODY, audience: { kind: 'teams', teamIds: ['team-car-care'] }, confirmMode: 'read' }),
  },
  'notices.saveDraft': {
    allow: ['leader', 'admin'],
    owner: false,
    params: () => ({ title: '矩阵草稿', body: NOTICE_BODY, audience: { kind: 'teams', teamIds: ['team-car-care'] }, confirmMode: 'read' }),
  },
  'notices.feed': { allow: ALL, owner: false, params: () => ({}) },
  'notices.unreadCount': { allow: ALL, owner: false, params: () => ({}) },
  'notices.get': { allow: ALL, owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.read': { allow: ALL, owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.confirm': { allow: ALL, owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.authored': { allow: ['leader', 'admin'], owner: false, params: () => ({}) },
  'notices.receipts': { allow: ['leader', 'admin'], owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.receiptList': { allow: ['leader', 'admin'], owner: false, params: () => ({ noticeId: NO_NOTICE, which: 'notYet' }) },
  'notices.remindUnread': { allow: ['leader', 'admin'], owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.fanoutStatus': { allow: ['leader', 'admin'], owner: false, params: () => ({ noticeId: NO_NOTICE }) },
  'notices.recall': { allow: ['leader', 'admin'], owner: false, params: () => ({ noticeId: NO_NOTICE, reason: '矩阵撤回' }) },
  'notices.edit': {
    allow: ['leader', 'admin'],
    owner: false,
    params: () => ({ noticeId: NO_NOTICE, title: '矩阵修改', body: NOTICE_BODY }),
  },
  'files.reserveUpload': { allow: ALL, owner: false, params: () => ({ purpose: 'question-photo', extension: 'jpg' }) },
  'files.claim': { allow: ALL, owner: false, params: (c) => ({ fileId: uploadedFileId(c.self, c.unique), purpose: 'question-photo' }) },
  'files.tempUrl': { allow: ALL, owner: false, params: (c) => ({ fileIds: [uploadedFileId(c.other, c.unique)] }) },
  'files.remove': { allow: ADMIN, owner: true, params: (c) => ({ fileId: uploadedFileId(c.target, c.unique) }) },
  'messages.list': { allow: ALL, owner: false, params: () => ({}) },
  'messages.unreadCount': { allow: ALL, owner: false, params: () => ({}) },
  'messages.markRead': { allow: ALL, owner: false, params: () => ({ all: true }) },
  'messages.recordSubscriptions': {
    allow: ALL,
    owner: false,
    params: () => ({ grants: [{ kind: 'answerReceived', templateId: 'local-tpl-answer-received', accepted: false }] }),
  },
  'messages.subscriptionTemplates': { allow: ALL, owner: false, params: () => ({ moment: 'questionAsk' }) },
  'messages.pushStatus': { allow: ALL, owner: false, params: () => ({}) },
  'qa.ask': { allow: MEMBERS, owner: false, params: () => ({ title: '矩阵测试提问', body: '', tags: ['保养'] }) },
  'qa.answer': { allow: MEMBERS, owner: false, params: (c) => ({ questionId: ownedPostId('q', c.other), body: '矩阵回答' }) },
  'qa.accept': {
    allow: ADMIN,
    owner: true,
    params: (c) => ({ questionId: ownedPostId('q', c.target), answerId: ownedPostId('a', c.target) }),
  },
  'qa.feed': { allow: MEMBERS, owner: false, params: () => ({ filter: 'latest' }) },
  'qa.search': { allow: MEMBERS, owner: false, params: () => ({ q: '矩阵' }) },
  'qa.similar': { allow: MEMBERS, owner: false, params: () => ({ title: '矩阵测试' }) },
  'qa.getQuestion': { allow: MEMBERS, owner: false, params: (c) => ({ questionId: ownedPostId('q', c.other) }) },
  'qa.editQuestion': {
    allow: [],
    owner: true,
    params: (c) => ({ questionId: ownedPostId('q', c.target), title: '矩阵测试问题', body: '改', tags: ['保养'] }),
  },
  'qa.editAnswer': { allow: [], owner: true, params: (c) => ({ answerId: ownedPostId('a', c.target), body: '改' }) },
  'qa.deletePost': { allow: [], owner: true, params: (c) => ({ targetId: ownedPostId('a', c.target) }) },
  'qa.report': { allow: MEMBERS, owner: false, params: (c) => ({ targetId: ownedPostId('a', c.other), reason: '矩阵举报' }) },
  'qa.moderate': {
    allow: ADMIN,
    owner: false,
    params: (c) => ({ targetId: ownedPostId('q', c.other), decision: 'hide', reason: '矩阵审核' }),
  },
  'qa.reviewQueue': { allow: ADMIN, owner: false, params: () => ({}) },
  'qa.listTags': { allow: ALL, owner: false, params: () => ({}) },
  'qa.saveTags': { allow: ADMIN, owner: false, params: () => ({ tags: ['保养', '轮胎', '电瓶', '空调', '事故', '电脑'] }) },
  // records: organiser actions are narrowed to the activity in the handler; the sample ids name nothing, so allowed cells answer NOT_FOUND.
  'records.addAttendance': {
    allow: ['admin', 'leader'],
    owner: false,
    params: () => ({ activityId: NO_ACTIVITY, memberNo: '2023001', checkedInAt: '2030-01-07T01:00:00.000Z', reason: '矩阵补录' }),
  },
  'records.auditLog': { allow: ['admin', 'leader'], owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'records.requestCorrection': {
    allow: ALL,
    owner: false,
    params: () => ({ activityId: NO_ACTIVITY, checkedOutAt: '2030-01-07T03:00:00.000Z', reason: '忘记签退' }),
  },
  'records.myCorrections': { allow: ALL, owner: false, params: () => ({}) },
  'records.corrections': { allow: ['admin', 'leader'], owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'records.pendingCorrections': { allow: ['admin'], owner: false, params: () => ({}) },
  'records.decideCorrection': {
    allow: ['admin', 'leader'],
    owner: false,
    params: (c) => ({ correctionId: `${NO_ACTIVITY}:${c.other}`, approve: true }),
  },
  'records.listTerms': { allow: ALL, owner: false, params: () => ({}) },
  'records.saveTerm': { allow: ADMIN, owner: false, params: () => ({ name: '矩阵学期', startDay: '2041-02-01', endDay: '2041-07-01' }) },
  'records.exportAttendance': { allow: ['admin', 'leader'], owner: false, params: () => ({ activityId: NO_ACTIVITY }) },
  'records.exportMyRecord': { allow: ALL, owner: false, params: () => ({}) },
  'records.exportTermHours': { allow: ADMIN, owner: false, params: () => ({ termId: 'term_matrixNoTerm' }) },
  'records.exportLayouts': { allow: ADMIN, owner: false, params: () => ({}) },
  'records.saveExportLayout': {
    allow: ADMIN,
    owner: false,
    params: () => ({ layoutId: 'xl_0000000000000000', name: '矩阵版式', columns: PLATFORM_COLUMNS }),
  },
  'records.removeExportLayout': { allow: ADMIN, owner: false, params: () => ({ layoutId: 'xl_0000000000000000' }) },
  'records.previewPlatformExport': {
    allow: ADMIN,
    owner: false,
    params: () => ({ columns: PLATFORM_COLUMNS, range: { termId: 'term_matrixNoTerm' } }),
  },
  'records.exportPlatformHours': {
    allow: ADMIN,
    owner: false,
    params: () => ({ name: '矩阵', columns: PLATFORM_COLUMNS, range: { termId: 'term_matrixNoTerm' } }),
  },
  'records.memberHours': { allow: ADMIN, owner: false, params: () => ({ openid: 'm-nobody' }) },
  'records.reverseHours': {
    allow: ADMIN,
    owner: false,
    params: () => ({ entryId: 'activity:act_matrixNoSuchActivity:m-nobody', reason: '矩阵撤销' }),
  },
  // honours: no award, term or rule of these ids exists, so allowed cells answer NOT_FOUND.
  'honours.settings': { allow: ADMIN, owner: false, params: () => ({}) },
  'honours.saveSettings': {
    allow: ADMIN,
    owner: false,
    params: () => ({ thresholds: [100, 300, 600, 1000, 1500], noticeWorkingDays: 5, nominationRules: [] }),
  },
  'honours.mine': { allow: MEMBERS, owner: false, params: () => ({}) },
  'honours.publicNotice': { allow: ALL, owner: false, params: () => ({}) },
  'honours.withdraw': { allow: ADMIN, owner: false, params: () => ({ awardId: 'm-nobody:1', reason: '矩阵撤回' }) },
  'honours.evaluate': { allow: ADMIN, owner: false, params: () => ({}) },
  'honours.nominations': { allow: ADMIN, owner: false, params: () => ({ termId: 'term_matrixNoTerm', ruleId: 'nr_00000000' }) },
  'honours.exportNominations': { allow: ADMIN, owner: false, params: () => ({ termId: 'term_matrixNoTerm', ruleId: 'nr_00000000' }) },
  // roster: the sample file was never uploaded, so allowed cells answer FILE_NOT_UPLOADED.
  'roster.template': { allow: ADMIN, owner: false, params: () => ({}) },
  'roster.preview': { allow: ADMIN, owner: false, params: (c) => ({ fileId: uploadedFileId(c.self, c.unique) }) },
  'roster.apply': { allow: ADMIN, owner: false, params: (c) => ({ fileId: uploadedFileId(c.self, c.unique) }) },
  // certificates: no application or certificate of these ids exists, so allowed cells answer NOT_FOUND.
  'certificates.apply': { allow: MEMBERS, owner: false, params: () => ({ period: { kind: 'all' } }) },
  'certificates.mine': { allow: MEMBERS, owner: false, params: () => ({}) },
  'certificates.pending': { allow: ADMIN, owner: false, params: () => ({}) },
  'certificates.review': { allow: ADMIN, owner: false, params: () => ({ applicationId: NO_APPLICATION }) },
  'certificates.issue': { allow: ADMIN, owner: false, params: () => ({ applicationId: NO_APPLICATION }) },
  'certificates.decline': { allow: ADMIN, owner: false, params: () => ({ applicationId: NO_APPLICATION, reason: '矩阵原因' }) },
  'certificates.revoke': { allow: ADMIN, owner: false, params: () => ({ certificateNo: 'MATRIX-2040-00001', reason: '矩阵原因' }) },
  'certificates.reissue': { allow: ADMIN, owner: false, params: () => ({ certificateNo: 'MATRIX-2040-00001', reason: '矩阵原因' }) },
  'certificates.issued': { allow: ADMIN, owner: false, params: () => ({}) },
  'certificates.issuer': { allow: ADMIN, owner: false, params: () => ({}) },
  'certificates.saveIssuer': { allow: ADMIN, owner: false, params: () => ({ ...MATRIX_ISSUER }) },
  'certificates.document': { allow: MEMBERS, owner: false, params: () => ({ certificateNo: 'MATRIX-2040-00001' }) },
  'certificates.imageParts': { allow: MEMBERS, owner: false, params: () => ({ certificateNo: 'MATRIX-2040-00001' }) },
  'certificates.verify': { allow: ALL, owner: false, params: () => ({ certificateNo: 'MATRIX-2040-00001' }) },
  'certificates.publicKey': { allow: ALL, owner: false, params: () => ({}) },
  // stats: a term id nobody defined reads empty rollups; the leader names the team they lead.
  'stats.dashboard': { allow: ORGANISERS, owner: false, params: () => ({ termId: 'term_MATRIX000000', teamId: 'team-car-care' }) },
  'stats.mine': { allow: MEMBERS, owner: false, params: () => ({}) },
  'stats.annualReport': { allow: ADMIN, owner: false, params: () => ({ period: '2041' }) },
  'stats.exportAnnualReport': { allow: ADMIN, owner: false, params: () => ({ period: '2041' }) },
  'stats.rebuild': { allow: ADMIN, owner: false, params: () => ({}) },
};

/** One identity per role column, stored as data so roles come from the real derivation. */
const member = (kind: 'student' | 'teacher', teamRoles: { teamId: string; role: string }[] = []) => ({
  membershipStatus: 'approved',
  memberKind: kind,
  teamRoles,
});
export const IDENTITIES: Record<Role, { openid: string; roles: Role[]; facts: Record<string, unknown> }> = {
  guest: { openid: 'm-guest', roles: ['guest'], facts: { membershipStatus: 'none', memberKind: null, teamRoles: [] } },
  student: { openid: 'm-student', roles: ['student'], facts: member('student') },
  teacher: { openid: 'm-teacher', roles: ['teacher'], facts: member('teacher') },
  volunteer: {
    openid: 'm-volunteer',
    roles: ['teacher', 'volunteer'],
    facts: member('teacher', [{ teamId: 'team-computer-clinic', role: 'volunteer' }]),
  },
  leader: { openid: 'm-leader', roles: ['student', 'leader'], facts: member('student', [{ teamId: 'team-car-care', role: 'leader' }]) },
  admin: { openid: 'm-admin', roles: ['admin'], facts: { membershipStatus: 'none', memberKind: null, teamRoles: [], admin: true } },
};
export const OTHER = { openid: 'm-other', facts: member('student') };

/** Stores an identity's user document afresh, so roles come from the real derivation. */
export const resetIdentity = async (openid: string, facts: Record<string, unknown>) => {
  const now = new Date();
  await tcb
    .init({ env: tcb.SYMBOL_CURRENT_ENV })
    .database()
    .collection('users')
    .doc(openid)
    .set({
      name: openid,
      memberNo: null,
      phone: null,
      orgUnitId: 'ou-class-qx2301',
      latestApplicationId: null,
      admin: false,
      createdAt: now,
      lastLoginAt: now,
      ...facts,
    });
};

/** Calls a function's `main` in-process the way the platform does: the payload as event, identity in the context. */
export const invokeAs = (fn: string, openid: string, event: unknown): Promise<any> => {
  const main = deployed.find((deployedFn) => deployedFn.name === fn)!.main;
  return main(
    event,
    buildInvocationContext(fn, LOCAL_ENV_ID, { openid, appid: 'wx-test', clientIp: '127.0.0.1' }, { timeoutSeconds: 10, memorySize: 256 }),
  );
};
