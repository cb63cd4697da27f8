import type { ActivitiesContract } from '@core/activities.contract';
import { uncreditedAttendancesOf, type AttendanceDocument } from '../../_lib/attendance.repository';
import { listTermDocuments, termOfInstant } from '../../_lib/term.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { toHoursEntry } from '../../_lib/hours/hours-entry.view';
import { ledgerEntriesOf } from '../../_lib/hours/hours-ledger.repository';

// The closing timer leaves `checkedOutAt` empty (nobody checked out): its reason comes first.
const uncreditedReason = (record: AttendanceDocument): string =>
  record.closedBy === 'auto'
    ? '签到后未签退（活动结束时自动结束，可申请补录）'
    : !record.checkedOutAt
      ? '已签到，尚未签退'
      : record.closedBy === 'checkout'
        ? '时长不足，计 0 小时'
        : '计 0 小时';

/** The caller's verified hours, each entry with its source and term; totals per term; optionally one term only. */
export const myHours = async ({ params, caller }: ActionInvocation<ActivitiesContract['myHours']>) => {
  const [ledger, terms, zero] = await Promise.all([
    ledgerEntriesOf(caller.openid),
    listTermDocuments(),
    uncreditedAttendancesOf(caller.openid),
  ]);
  const entries = ledger.map((entry) => toHoursEntry(entry, terms));
  const minutesByTerm = new Map<string, number>();
  for (const entry of entries) if (entry.termId) minutesByTerm.set(entry.termId, (minutesByTerm.get(entry.termId) ?? 0) + entry.minutes);
  const shown = params.termId ? entries.filter((entry) => entry.termId === params.termId) : entries;
  return {
    totalMinutes: shown.reduce((sum, entry) => sum + entry.minutes, 0),
    terms: terms.map((term) => ({ termId: term._id, name: term.name, minutes: minutesByTerm.get(term._id) ?? 0 })),
    entries: shown,
    uncredited: zero
      .map((record) => ({
        attendanceId: record._id,
        activityId: record.activityId,
        title: record.activityTitle,
        startAt: new Date(record.startAt).toISOString(),
        reason: uncreditedReason(record),
        termId: termOfInstant(terms, new Date(record.startAt))?._id ?? null,
      }))
      .filter((row) => !params.termId || row.termId === params.termId),
  };
};
