export type ConsoleTab = 'in' | 'out' | 'attendance' | 'scan' | 'manual' | 'corrections' | 'audit' | 'export';

const tabLabels: Record<ConsoleTab, string> = {
  in: '签到码',
  out: '签退码',
  attendance: '签到名单',
  scan: '扫成员码',
  manual: '手动补录',
  corrections: '补录申请',
  audit: '操作记录',
  export: '导出',
};

/** What a cancelled activity still offers: who had come, what was done, the export. Its codes are dead. */
const AFTER_CANCEL: ConsoleTab[] = ['attendance', 'audit', 'export'];

/** The console's tabs in order; 签退码 only when the activity asks for check-out; a cancelled one keeps only the records. */
export const consoleTabs = (checkoutRequired: boolean, cancelled = false) =>
  (Object.keys(tabLabels) as ConsoleTab[])
    .filter((tab) => tab !== 'out' || checkoutRequired)
    .filter((tab) => !cancelled || AFTER_CANCEL.includes(tab))
    .map((tab) => ({ value: tab, label: tabLabels[tab] }));
