import type { HoursRule } from './activity.types';

/**
 * The yearly campaigns a committee schedules a term ahead. A template pre-fills the form; the
 * organiser still picks the year's date (moveable feasts — 清明, 三月三, 中秋 — have no fixed
 * `monthDay`, the form leaves the day for them to choose) and every field stays editable.
 */
export interface ActivityTemplate {
  key: string;
  title: string;
  /** MM-DD when the date is the same every year. */
  monthDay: string | null;
  description: string;
  place: string;
  startClock: string;
  endClock: string;
  capacity: number;
  hoursRule: HoursRule;
  checkoutRequired: boolean;
}

const measured: HoursRule = { kind: 'measured', fixedMinutes: null, rounding: 'standard' };

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  {
    key: 'leifeng',
    title: '学雷锋日志愿服务',
    monthDay: '03-05',
    description: '弘扬雷锋精神，开展义务维修、汽车检查、电脑义诊等便民服务。',
    place: '学校东门广场',
    startClock: '09:00',
    endClock: '12:00',
    capacity: 60,
    hoursRule: measured,
    checkoutRequired: true,
  },
  {
    key: 'qingming',
    title: '清明祭英烈',
    monthDay: null,
    description: '清明节前往烈士陵园开展祭扫活动，缅怀革命先烈。',
    place: '烈士陵园',
    startClock: '08:30',
    endClock: '11:30',
    capacity: 80,
    hoursRule: { kind: 'fixed', fixedMinutes: 180, rounding: 'standard' },
    checkoutRequired: false,
  },
  {
    key: 'sanyuesan',
    title: '三月三民族文化志愿服务',
    monthDay: null,
    description: '壮族三月三期间参与民族文化活动的秩序引导与便民服务。',
    place: '学校体育馆',
    startClock: '09:00',
    endClock: '17:00',
    capacity: 100,
    hoursRule: measured,
    checkoutRequired: true,
  },
  {
    key: 'labour-day',
    title: '五一劳动节志愿服务',
    monthDay: '05-01',
    description: '走进社区开展劳动实践与便民服务。',
    place: '周边社区服务中心',
    startClock: '09:00',
    endClock: '12:00',
    capacity: 50,
    hoursRule: measured,
    checkoutRequired: true,
  },
  {
    key: 'youth-day',
    title: '五四青年节主题活动',
    monthDay: '05-04',
    description: '纪念五四运动，开展青年志愿服务主题实践。',
    place: '学校报告厅',
    startClock: '14:30',
    endClock: '17:00',
    capacity: 120,
    hoursRule: measured,
    checkoutRequired: false,
  },
  {
    key: 'graduation',
    title: '毕业季爱心服务',
    monthDay: null,
    description: '为毕业生提供行李托运协助、电脑检修等服务。',
    place: '学生宿舍区',
    startClock: '09:00',
    endClock: '17:00',
    capacity: 60,
    hoursRule: measured,
    checkoutRequired: true,
  },
  {
    key: 'mid-autumn',
    title: '中秋关爱志愿服务',
    monthDay: null,
    description: '中秋节走访慰问，开展关爱留校学生与社区老人活动。',
    place: '学校食堂二楼',
    startClock: '15:00',
    endClock: '18:00',
    capacity: 40,
    hoursRule: measured,
    checkoutRequired: true,
  },
  {
    key: 'martyrs-day',
    title: '烈士纪念日祭扫活动',
    monthDay: '09-30',
    description: '烈士纪念日开展敬献花篮、祭扫烈士墓活动。',
    place: '烈士陵园',
    startClock: '08:30',
    endClock: '11:00',
    capacity: 80,
    hoursRule: { kind: 'fixed', fixedMinutes: 150, rounding: 'standard' },
    checkoutRequired: false,
  },
  {
    key: 'national-day',
    title: '国庆节志愿服务',
    monthDay: '10-01',
    description: '国庆期间参与交通引导、游客咨询等志愿服务。',
    place: '市民广场',
    startClock: '08:00',
    endClock: '12:00',
    capacity: 80,
    hoursRule: measured,
    checkoutRequired: true,
  },
];

export const templateByKey = (key: string): ActivityTemplate | undefined => ACTIVITY_TEMPLATES.find((template) => template.key === key);
