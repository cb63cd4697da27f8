import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { maskMemberNo, maskPhone } from '@core/member-contact-mask';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { putActivity, putAttendance, putNumberedMember } from './records-fixtures';

jest.setTimeout(120_000);

/**
 * The privacy rule (core/member-contact-mask.ts) as one table: every list and export that shows
 * a member's number or phone, per viewer. In full only to the member and to admins.
 */
const TARGET = { openid: 'o-priv-target', memberNo: '2024000777', phone: '13900007777', name: '孙七' };
const APPLICANT = { openid: 'o-priv-applicant', memberNo: '2024000888', phone: '13900008888', name: '周八' };

type Viewer = 'admin' | 'organiser (leader)' | 'other student' | 'self';
const VIEWER_OPENID: Record<Viewer, string> = {
  admin: 'dev-admin',
  'organiser (leader)': 'dev-leader',
  'other student': 'dev-student',
  self: TARGET.openid,
};

/** The rows of a workbook's sheet (the first unless named). */
const readSheet = async (url: string, sheetName?: string): Promise<unknown[][]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await (await fetch(url)).arrayBuffer()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  (sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0]).eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** The PDF's text (pdftotext), read asynchronously so the in-process emulator keeps serving. */
const readPdfText = async (url: string): Promise<string> => {
  const file = join(mkdtempSync(join(tmpdir(), 'privacy-pdf-')), 'document.pdf');
  writeFileSync(file, Buffer.from(await (await fetch(url)).arrayBuffer()));
  return (await promisify(execFile)('pdftotext', [file, '-'], { encoding: 'utf8' })).stdout;
};

interface Shown {
  /** Whose row it is: the target member, or (applications) the applicant. */
  subject: { memberNo: string; phone: string };
  memberNo: unknown;
  phone?: unknown;
}
/** What a surface shows of a member's contact to a viewer, or the refusal code. */
type Surface = (viewer: string) => Promise<Shown | string>;

describe('one privacy rule over every list and export (integration)', () => {
  let local: TestLocal;
  let users: FunctionCall<'users'>;
  let records: FunctionCall<'records'>;
  let certificates: FunctionCall<'certificates'>;
  let honours: FunctionCall<'honours'>;
  const surfaces: Record<string, Surface> = {};

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    users = functionClient(local, 'users');
    records = functionClient(local, 'records');
    certificates = functionClient(local, 'certificates');
    honours = functionClient(local, 'honours');
    await putNumberedMember(TARGET.openid, TARGET.memberNo, TARGET.name);
    await db().collection('users').doc(TARGET.openid).update({ phone: TARGET.phone });
    const activity = await putActivity({ title: '隐私规则测试活动' });
    await putAttendance(activity, TARGET.openid, { name: TARGET.name, checkedInAt: activity.startAt });
    const term = await records('dev-admin', 'saveTerm', { name: '2033春季学期', startDay: '2033-02-20', endDay: '2033-07-10' });
    await db()
      .collection('hours_ledger')
      .add({
        _id: `activity:priv-src:${TARGET.openid}`,
        openid: TARGET.openid,
        source: { kind: 'activity', id: 'priv-src' },
        minutes: 60,
        verifiedBy: 'dev-leader',
        verifiedAt: new Date('2033-03-01T02:00:00Z'),
        teamId: null,
        title: '服务',
      });
    const applied = await users(APPLICANT.openid, 'applyMembership', {
      name: APPLICANT.name,
      memberNo: APPLICANT.memberNo,
      kind: 'student',
      orgUnitId: 'ou-class-qx2301',
      phone: APPLICANT.phone,
    });
    expect(applied).toMatchObject({ ok: true });

    const refusal = (reply: any) => (reply.ok ? null : (reply.code as string));
    surfaces['users.getMember'] = async (viewer) => {
      const reply = await users(viewer, 'getMember', { openid: TARGET.openid });
      return refusal(reply) ?? { subject: TARGET, memberNo: reply.data.member.memberNo, phone: reply.data.member.phone };
    };
    surfaces['users.listMembers'] = async (viewer) => {
      const reply = await users(viewer, 'listMembers', { query: TARGET.memberNo, limit: 20 });
      if (refusal(reply)) return refusal(reply) as string;
      const row = reply.data.items.find((item) => item.openid === TARGET.openid)!;
      return { subject: TARGET, memberNo: row.memberNo, phone: row.phone };
    };
    surfaces['users.listApplications'] = async (viewer) => {
      const reply = await users(viewer, 'listApplications', { status: 'pending', limit: 50 });
      if (refusal(reply)) return refusal(reply) as string;
      const row = reply.data.items.find((item) => item.name === APPLICANT.name)!;
      return { subject: APPLICANT, memberNo: row.memberNo, phone: row.phone };
    };
    surfaces['records.exportAttendance'] = async (viewer) => {
      const reply = await records(viewer, 'exportAttendance', { activityId: activity._id });
      if (refusal(reply)) return refusal(reply) as string;
      const row = (await readSheet(reply.data.url)).find((cells) => cells[0] === TARGET.name)!;
      return { subject: TARGET, memberNo: row[1] };
    };
    // A certificate issued for all records, then a second application left waiting for review.
    const issuer = {
      organisation: '隐私规则测试团委',
      orgCode: 'PRIV',
      personInCharge: '李书记',
      handlingOfficer: '王干事',
      contact: '0771-1234567',
    };
    expect(await certificates('dev-admin', 'saveIssuer', issuer)).toMatchObject({ ok: true });
    const first = await certificates(TARGET.openid, 'apply', { period: { kind: 'all' } });
    const issued = await certificates('dev-admin', 'issue', { applicationId: first.ok ? first.data.application.applicationId : '' });
    if (!issued.ok) throw new Error(`issue failed: ${issued.code}`);
    expect(await certificates(TARGET.openid, 'apply', { period: { kind: 'year', year: 2033 } })).toMatchObject({ ok: true });
    surfaces['certificates.pending'] = async (viewer) => {
      const reply = await certificates(viewer, 'pending', {});
      if (refusal(reply)) return refusal(reply) as string;
      const row = reply.data.applications.find((item) => item.name === TARGET.name)!;
      return { subject: TARGET, memberNo: row.memberNo };
    };
    surfaces['certificates.mine'] = async (viewer) => {
      const reply = await certificates(viewer, 'mine', {});
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: reply.data.certificates[0].memberNo };
    };
    surfaces['certificates.issued'] = async (viewer) => {
      const reply = await certificates(viewer, 'issued', { limit: 50 });
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: reply.data.items.find((row) => row.name === TARGET.name)?.memberNo };
    };
    surfaces['certificates.document'] = async (viewer) => {
      const reply = await certificates(viewer, 'document', { certificateNo: issued.data.certificate.certificateNo });
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: /志愿者编号：(\S+?)）/.exec(await readPdfText(reply.data.url))?.[1] };
    };
    surfaces['certificates.imageParts'] = async (viewer) => {
      const reply = await certificates(viewer, 'imageParts', { certificateNo: issued.data.certificate.certificateNo });
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: reply.data.certificate.memberNo };
    };
    surfaces['certificates.verify'] = async (viewer) => {
      const reply = await certificates(viewer, 'verify', { certificateNo: issued.data.certificate.certificateNo });
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: reply.data.facts?.volunteer.maskedMemberNo };
    };
    // A nomination rule the target's 60 minutes in the term meet.
    const saved = await honours('dev-admin', 'saveSettings', {
      thresholds: [100, 300, 600, 1000, 1500],
      noticeWorkingDays: 5,
      nominationRules: [{ title: '隐私规则测试', minHours: 1, minActivities: 1, noUnexcusedNoShow: false }],
    });
    const nomination = { termId: term.data.term.termId, ruleId: saved.ok ? saved.data.settings.nominationRules[0].ruleId : '' };
    surfaces['honours.nominations'] = async (viewer) => {
      const reply = await honours(viewer, 'nominations', nomination);
      if (refusal(reply)) return refusal(reply) as string;
      return { subject: TARGET, memberNo: reply.data.nominees.find((nominee) => nominee.name === TARGET.name)?.memberNo };
    };
    surfaces['honours.exportNominations'] = async (viewer) => {
      const reply = await honours(viewer, 'exportNominations', nomination);
      if (refusal(reply)) return refusal(reply) as string;
      const row = (await readSheet(reply.data.url)).find((cells) => cells[2] === TARGET.name)!;
      return { subject: TARGET, memberNo: row[1] };
    };
    // 志愿服务记录: the caller's own, the number on its 成员 sheet.
    surfaces['records.exportMyRecord'] = async (viewer) => {
      const reply = await records(viewer, 'exportMyRecord', {});
      if (refusal(reply)) return refusal(reply) as string;
      const [, member] = await readSheet(reply.data.url, '成员');
      return { subject: TARGET, memberNo: member[1] };
    };
    surfaces['records.exportTermHours'] = async (viewer) => {
      const reply = await records(viewer, 'exportTermHours', { termId: term.data.term.termId });
      if (refusal(reply)) return refusal(reply) as string;
      const row = (await readSheet(reply.data.url)).find((cells) => cells[1] === TARGET.name)!;
      return { subject: TARGET, memberNo: row[0] };
    };
    // The national-platform export: numbers and phones in full, admins only.
    const columns = [
      { header: '姓名', field: 'name' },
      { header: '学号', field: 'memberNo' },
      { header: '手机', field: 'phone' },
    ];
    surfaces['records.exportPlatformHours'] = async (viewer) => {
      const reply = await records(viewer, 'exportPlatformHours', { name: '平台', columns, range: { termId: term.data.term.termId } });
      if (refusal(reply)) return refusal(reply) as string;
      const row = (await readSheet(reply.data.url)).find((cells) => cells[0] === TARGET.name)!;
      return { subject: TARGET, memberNo: row[1], phone: row[2] };
    };
    surfaces['records.previewPlatformExport'] = async (viewer) => {
      const reply = await records(viewer, 'previewPlatformExport', { columns, range: { termId: term.data.term.termId } });
      if (refusal(reply)) return refusal(reply) as string;
      const row = reply.data.rows.find((cells) => cells[0] === TARGET.name)!;
      return { subject: TARGET, memberNo: row[1], phone: row[2] };
    };
  });
  afterAll(() => local?.dispose());

  const FULL = 'full';
  const HIDDEN = 'masked';
  const table: [string, Viewer, string][] = [
    ['users.getMember', 'admin', FULL],
    ['users.getMember', 'self', FULL],
    ['users.getMember', 'organiser (leader)', HIDDEN],
    ['users.getMember', 'other student', HIDDEN],
    ['users.listMembers', 'admin', FULL],
    ['users.listMembers', 'organiser (leader)', 'FORBIDDEN'],
    ['users.listMembers', 'other student', 'FORBIDDEN'],
    ['users.listApplications', 'admin', FULL],
    ['users.listApplications', 'organiser (leader)', 'FORBIDDEN'],
    ['records.exportAttendance', 'admin', FULL],
    ['records.exportAttendance', 'organiser (leader)', HIDDEN],
    ['records.exportAttendance', 'other student', 'FORBIDDEN'],
    ['records.exportMyRecord', 'self', FULL],
    ['records.exportTermHours', 'admin', FULL],
    ['records.exportTermHours', 'organiser (leader)', 'FORBIDDEN'],
    ['records.exportPlatformHours', 'admin', FULL],
    ['records.exportPlatformHours', 'organiser (leader)', 'FORBIDDEN'],
    ['records.previewPlatformExport', 'admin', FULL],
    ['records.previewPlatformExport', 'other student', 'FORBIDDEN'],
    ['honours.nominations', 'admin', FULL],
    ['honours.nominations', 'organiser (leader)', 'FORBIDDEN'],
    ['honours.exportNominations', 'admin', FULL],
    ['honours.exportNominations', 'other student', 'FORBIDDEN'],
    ['certificates.pending', 'admin', FULL],
    ['certificates.pending', 'organiser (leader)', 'FORBIDDEN'],
    ['certificates.mine', 'self', FULL],
    ['certificates.issued', 'admin', FULL],
    ['certificates.issued', 'organiser (leader)', 'FORBIDDEN'],
    ['certificates.issued', 'other student', 'FORBIDDEN'],
    ['certificates.document', 'self', FULL],
    ['certificates.document', 'admin', FULL],
    ['certificates.document', 'other student', 'NOT_FOUND'],
    ['certificates.document', 'organiser (leader)', 'NOT_FOUND'],
    ['certificates.imageParts', 'self', FULL],
    ['certificates.imageParts', 'admin', FULL],
    ['certificates.imageParts', 'other student', 'NOT_FOUND'],
    ['certificates.verify', 'other student', HIDDEN],
    ['certificates.verify', 'organiser (leader)', HIDDEN],
  ];

  it.each(table)('%s to %s: %s', async (surface, viewer, expected) => {
    const seen = await surfaces[surface](VIEWER_OPENID[viewer]);
    if (expected !== FULL && expected !== HIDDEN) return expect(seen).toBe(expected);
    if (typeof seen === 'string') throw new Error(`${surface} refused ${viewer}: ${seen}`);
    const { subject } = seen;
    const want = expected === FULL ? subject : { memberNo: maskMemberNo(subject.memberNo), phone: maskPhone(subject.phone) };
    expect(seen.memberNo).toBe(want.memberNo);
    if ('phone' in seen) expect(seen.phone).toBe(want.phone);
  });

  it('covers every server file that puts a number or phone into an answer or a file', () => {
    const root = join(__dirname, '../../cloudfunctions');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.repository.ts') && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    const showing = files
      .filter((path) => /\bmemberNo\b|\bphone\b\s*[:,]|\bidNumber\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path))
      .sort();
    // Each of these is in the table above (views and exports) or only reads a number the caller typed.
    expect(showing).toEqual(
      [
        'certificates/application-review.ts', // certificates.pending / review (admins)
        'certificates/certificate-artwork.ts', // certificates.document: the PDF to its holder and admins only
        'certificates/certificate.view.ts', // certificates.mine (the holder), the admins' issue/revoke answers and certificates.issued (admins)
        'certificates/certificate-issuance.ts', // signs only the masked number (certificates.verify) and a digest
        'certificates/certificate-signature.ts', // the digest of number, name and member number; shows none
        'honours/actions/export-nominations.ts', // honours.exportNominations (admins)
        'honours/nomination-list.ts', // honours.nominations (admins)
        'records/actions/add-attendance.ts', // looks a member up by the number the organiser typed
        'records/actions/export-attendance.ts',
        'records/actions/export-my-record.ts', // records.exportMyRecord: the caller's own number only
        'records/actions/export-term-hours.ts',
        'records/platform-export.ts', // records.previewPlatformExport / exportPlatformHours (admins): numbers, phones, ID numbers
        'roster/roster-plan.ts', // admins only: the numbers of the admin's own uploaded roster, shown back in its preview
        'users/actions/apply-membership.ts', // the applicant's own input
        'users/application.view.ts', // listApplications (admins) and the applicant's own
        'users/member.view.ts', // getMember, listMembers, whoami; the ID number to admins only, masked but on 成员详情
        'users/actions/set-member-identity.ts', // users.setMemberIdentity (admins): the number the admin typed
      ].sort(),
    );
  });
});
