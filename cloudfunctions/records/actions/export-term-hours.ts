import type { RecordsContract } from '@core/records.contract';
import { addDays, shanghaiInstant } from '@core/shanghai-time';
import { ActionError } from '../../_lib/action-error';
import { listTermDocuments } from '../../_lib/term.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { ledgerBetween } from '../../_lib/hours/hours-ledger.repository';
import { orgUnitNames } from '../../_lib/org-unit.repository';
import { membersByOpenid } from '../../_lib/user.repository';
import { hoursCell, sheetToXlsx, type Cell } from '../../_lib/workbook';

const HEADERS = ['学号/工号', '姓名', '组织', '活动时长', '服务时长', '合计（小时）', '条目数'];

interface MemberHours {
  activity: number;
  service: number;
  entries: number;
}

/**
 * A term's verified hours per member as .xlsx (admins): ledger entries verified within the term's
 * Shanghai days, summed per member, activities and services apart, in hours.
 */
export const exportTermHours = async ({ params, caller }: ActionInvocation<RecordsContract['exportTermHours']>) => {
  const term = (await listTermDocuments()).find((candidate) => candidate._id === params.termId);
  if (!term) throw new ActionError('NOT_FOUND', '学期不存在或已删除');
  const totals = new Map<string, MemberHours>();
  for await (const page of ledgerBetween(shanghaiInstant(term.startDay), shanghaiInstant(addDays(term.endDay, 1)))) {
    for (const entry of page) {
      const sum = totals.get(entry.openid) ?? { activity: 0, service: 0, entries: 0 };
      if (entry.source.kind === 'activity') sum.activity += entry.minutes;
      else sum.service += entry.minutes;
      sum.entries += 1;
      totals.set(entry.openid, sum);
    }
  }
  const [members, units] = await Promise.all([membersByOpenid([...totals.keys()]), orgUnitNames()]);
  const rows: Cell[][] = [...totals.entries()]
    .map(([openid, sum]) => {
      const member = members.get(openid);
      return [
        member?.memberNo ?? null,
        member?.name ?? openid,
        (member?.orgUnitId && units.get(member.orgUnitId)) || null,
        hoursCell(sum.activity),
        hoursCell(sum.service),
        hoursCell(sum.activity + sum.service),
        sum.entries,
      ];
    })
    .sort((a, b) => String(a[0] ?? '~').localeCompare(String(b[0] ?? '~')) || String(a[1]).localeCompare(String(b[1]), 'zh-CN'));
  const content = await sheetToXlsx('志愿时长', HEADERS, rows);
  return storeExport(caller.openid, `term-hours-${term._id}`, content, `${term.name}-志愿时长.xlsx`, rows.length);
};
