import { presentContact } from '@core/member-contact-mask';
import { shanghaiClock, shanghaiDay } from '@core/shanghai-time';
import type { CheckinMethod, CloseMethod } from '@core/activity.types';
import type { RecordsContract } from '@core/records.contract';
import { attendanceOfActivity, type AttendanceDocument } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireOrganisedActivity } from '../activity-access';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { orgUnitNames } from '../../_lib/org-unit.repository';
import { membersByOpenid } from '../../_lib/user.repository';
import { hoursCell, sheetToXlsx, type Cell } from '../../_lib/workbook';

const HEADERS = ['姓名', '学号/工号', '组织', '报名时间', '签到时间', '签到方式', '签退时间', '结束方式', '计入时长（小时）'];

const CHECKIN_LABELS: Record<CheckinMethod, string> = { scan: '扫码签到', member_code: '组织者扫成员码', manual: '手动补录' };
const CLOSE_LABELS: Record<CloseMethod, string> = {
  checkout: '扫码签退',
  auto: '活动结束自动结束',
  manual: '手动补录',
  correction: '补录申请通过',
};

const timeCell = (value: Date | null | undefined): string | null => {
  if (!value) return null;
  const instant = new Date(value);
  return `${shanghaiDay(instant)} ${shanghaiClock(instant)}`;
};

const byCheckin = (a: AttendanceDocument, b: AttendanceDocument) =>
  (a.checkedInAt ? new Date(a.checkedInAt).getTime() : Infinity) - (b.checkedInAt ? new Date(b.checkedInAt).getTime() : Infinity) ||
  a.name.localeCompare(b.name, 'zh-CN');

/**
 * One activity's attendance (everyone signed up or checked in) as .xlsx; organisers. Numbers
 * follow the privacy rule: in full only to admins and on the organiser's own row.
 */
export const exportAttendance = async ({ params, caller }: ActionInvocation<RecordsContract['exportAttendance']>) => {
  const activity = await requireOrganisedActivity(caller, params.activityId);
  const records: AttendanceDocument[] = [];
  for await (const page of attendanceOfActivity(activity._id)) {
    records.push(...page.filter((record) => record.status === 'signed_up' || record.checkedInAt));
  }
  records.sort(byCheckin);
  const [members, units, roles] = await Promise.all([
    membersByOpenid(records.map((record) => record.openid)),
    orgUnitNames(),
    caller.roles(),
  ]);
  const isAdmin = roles.includes('admin');
  const rows: Cell[][] = records.map((record) => {
    const member = members.get(record.openid);
    const { memberNo } = presentContact(
      { memberNo: member?.memberNo ?? null, phone: null },
      { isSelf: record.openid === caller.openid, isAdmin },
    );
    return [
      member?.name ?? record.name,
      memberNo,
      (member?.orgUnitId && units.get(member.orgUnitId)) || null,
      timeCell(record.signedUpAt),
      timeCell(record.checkedInAt),
      record.checkinMethod ? CHECKIN_LABELS[record.checkinMethod] : '未签到',
      timeCell(record.checkedOutAt),
      record.closedBy ? CLOSE_LABELS[record.closedBy] : null,
      hoursCell(record.minutes),
    ];
  });
  const content = await sheetToXlsx('签到记录', HEADERS, rows);
  return storeExport(caller.openid, `attendance-${activity._id}`, content, `${activity.title}-签到记录.xlsx`, rows.length);
};
