import type { HonoursContract } from '@core/honours.contract';
import { ruleText } from '@core/honours';
import type { ActionInvocation } from '../../_lib/define-function';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { hoursCell, sheetToXlsx, type Cell } from '../../_lib/workbook';
import { nominationList } from '../nomination-list';

const HEADERS = ['序号', '学号/工号', '姓名', '组织', '学期已认定时长（小时）', '参加活动（次）', '无故缺席（次）'];

/** The nomination list for review (admins), with the rule in the sheet's name and the file's. */
export const exportNominations = async ({ params, caller }: ActionInvocation<HonoursContract['exportNominations']>) => {
  const { term, rule, nominees } = await nominationList(params.termId, params.ruleId);
  const rows: Cell[][] = nominees.map((nominee, index) => [
    index + 1,
    nominee.memberNo,
    nominee.name,
    nominee.orgUnitName,
    hoursCell(nominee.minutes),
    nominee.activities,
    nominee.noShows,
  ]);
  rows.push([], ['评选规则', ruleText(rule)]);
  const content = await sheetToXlsx(rule.title.slice(0, 31), HEADERS, rows);
  return storeExport(
    caller.openid,
    `nominations-${term._id}-${rule.ruleId}`,
    content,
    `${term.name}-${rule.title}-推荐名单.xlsx`,
    nominees.length,
  );
};
