import { shanghaiDay } from '@core/shanghai-time';
import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { ledgerEntriesOf } from '../../_lib/hours/hours-ledger.repository';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { listTermDocuments, termOfInstant } from '../../_lib/term.repository';
import { findUser } from '../../_lib/user.repository';
import { hoursCell, sheetsToXlsx, type Cell } from '../../_lib/workbook';

/** Early booking entries were written before the ledger kept titles (as 我的 › 志愿时长 shows them). */
const UNTITLED = '志愿服务';
const SOURCE = { activity: '活动', booking: '服务预约' } as const;
const NO_TERM = '（不在任何学期内）';

/**
 * 志愿服务记录: the caller's own verified, unreversed entries, oldest first, with their term, and the
 * totals per term and overall — at any time, no application needed. The member's own name and
 * number head it (the number in full: it is their own record).
 */
export const exportMyRecord = async ({ caller }: ActionInvocation<RecordsContract['exportMyRecord']>) => {
  const [member, ledger, terms] = await Promise.all([findUser(caller.openid), ledgerEntriesOf(caller.openid), listTermDocuments()]);
  const entries = [...ledger].sort((a, b) => new Date(a.verifiedAt).getTime() - new Date(b.verifiedAt).getTime());
  const byTerm = new Map<string, { entries: number; minutes: number }>();
  const rows: Cell[][] = entries.map((entry) => {
    const verifiedAt = new Date(entry.verifiedAt);
    const term = termOfInstant(terms, verifiedAt)?.name ?? NO_TERM;
    const sum = byTerm.get(term) ?? { entries: 0, minutes: 0 };
    byTerm.set(term, { entries: sum.entries + 1, minutes: sum.minutes + entry.minutes });
    return [shanghaiDay(verifiedAt), entry.title || UNTITLED, SOURCE[entry.source.kind], hoursCell(entry.minutes), term];
  });
  const total = entries.reduce((sum, entry) => sum + entry.minutes, 0);
  const content = await sheetsToXlsx([
    { name: '服务记录', headers: ['认定日期', '服务内容', '来源', '时长（小时）', '学期'], rows },
    {
      name: '学期合计',
      headers: ['学期', '条目数', '时长（小时）'],
      rows: [
        ...[...byTerm.entries()].map(([term, sum]): Cell[] => [term, sum.entries, hoursCell(sum.minutes)]),
        ['合计', entries.length, hoursCell(total)],
      ],
    },
    {
      name: '成员',
      headers: ['姓名', '学号/工号', '导出日期'],
      rows: [[member?.name ?? '', member?.memberNo ?? null, shanghaiDay(new Date())]],
    },
  ]);
  const fileName = `${member?.name || '我'}-志愿服务记录.xlsx`;
  return storeExport(caller.openid, 'my-record', content, fileName, rows.length);
};
