import * as tcb from '@cloudbase/node-sdk';
import { ACTIVITY_TEMPLATES } from '@core/activity-templates';
import { addDays, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { PERSONAS } from './personas';

/**
 * Demo data for `npm start` only (`--demo`): the academic term around the first start, one 学雷锋日
 * activity three days ahead with sign-up open, and one 电脑义诊 activity running now, so a fresh
 * checkout shows the 活动 tab and the check-in flow at once. Tests start without it (their own
 * terms and activity lists must not meet demo data). Inserted once by fixed ids, like the seed.
 */
const HOUR = 3_600_000;

/** Autumn term (Sep – Jan) or spring term (Feb – Jul) around a Shanghai day. */
const academicTermAround = (day: string) => {
  const [year, month] = day.split('-').map(Number);
  if (month >= 2 && month <= 7) return { name: `${year - 1}-${year} 学年第二学期`, startDay: `${year}-02-15`, endDay: `${year}-07-15` };
  const startYear = month === 1 ? year - 1 : year;
  return { name: `${startYear}-${startYear + 1} 学年第一学期`, startDay: `${startYear}-08-20`, endDay: `${startYear + 1}-02-14` };
};

const activity = (
  _id: string,
  fields: { title: string; description: string; place: string; startAt: Date; endAt: Date; templateKey: string | null; capacity: number },
  now: Date,
) => {
  const organiser = PERSONAS.admin;
  return {
    _id,
    ...fields,
    coverFileId: null,
    circle: null,
    signUpOpensAt: new Date(now.getTime() - HOUR),
    signUpClosesAt: fields.endAt,
    signedUpCount: 0,
    audience: { kind: 'everyone' },
    audienceKeys: ['all'],
    hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
    checkoutRequired: true,
    allowWalkIn: true,
    earlyMinutes: 30,
    lateMinutes: 30,
    teamId: null,
    organiserOpenid: organiser.openid,
    organiserName: organiser.name,
    status: 'scheduled',
    closedAt: null,
    createdAt: now,
    updatedAt: now,
  };
};

export const demoDocuments = (now: Date): [string, ({ _id: string } & Record<string, unknown>)[]][] => {
  const today = shanghaiDay(now);
  const leifeng = ACTIVITY_TEMPLATES.find((template) => template.key === 'leifeng');
  const ahead = addDays(today, 3);
  return [
    ['terms', [{ _id: 'term_demo00000001', ...academicTermAround(today), createdAt: now, updatedAt: now }]],
    [
      'activities',
      [
        activity(
          'act_demoLeifeng000000001',
          {
            title: leifeng?.title ?? '学雷锋日志愿服务',
            description: leifeng?.description ?? '',
            place: leifeng?.place ?? '学校东门广场',
            startAt: shanghaiInstant(ahead, leifeng?.startClock ?? '09:00'),
            endAt: shanghaiInstant(ahead, leifeng?.endClock ?? '12:00'),
            templateKey: 'leifeng',
            capacity: leifeng?.capacity ?? 60,
          },
          now,
        ),
        activity(
          'act_demoClinicNow0000001',
          {
            title: '电脑义诊进社区（演示：正在进行）',
            description: '演示活动：首次启动时即开始，持续 3 小时。可在组织者控制台出示签到码，用学生身份扫码签到。',
            place: '信息楼 302 电脑义诊室',
            startAt: new Date(now.getTime() - 0.5 * HOUR),
            endAt: new Date(now.getTime() + 2.5 * HOUR),
            templateKey: null,
            capacity: 30,
          },
          now,
        ),
      ],
    ],
  ];
};

/** Inserts the demo documents whose ids are absent; answers how many were new. */
export const seedDemoActivities = async (now = new Date()): Promise<number> => {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  let inserted = 0;
  for (const [collection, documents] of demoDocuments(now)) {
    for (const document of documents) {
      try {
        await db.collection(collection).add(document);
        inserted += 1;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'DATABASE_DUPLICATE_WRITE') throw error;
      }
    }
  }
  return inserted;
};
