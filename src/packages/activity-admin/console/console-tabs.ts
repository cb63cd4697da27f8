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

/** The console's tabs in order; 签退码 only when the activity asks for check-out. */
export const consoleTabs = (checkoutRequired: boolean) =>
  (Object.keys(tabLabels) as ConsoleTab[])
    .filter((tab) => tab !== 'out' || checkoutRequired)
    .map((tab) => ({ value: tab, label: tabLabels[tab] }));
