import type { Persona } from '@/services/dev-login';

export interface PersonaChoice {
  persona: Persona;
  name: string;
  /** What this person does in the app, so a tester knows whom to pick. */
  duty: string;
}

/** The four seeded people of the local CloudBase (see BRIEF.md). */
export const personaChoices: PersonaChoice[] = [
  { persona: 'teacher', name: '李老师', duty: '教师 · 预约洗车与电脑义诊，在问答里请教' },
  { persona: 'student', name: '张同学', duty: '学生志愿者 · 报名活动、扫码签到、接单服务' },
  { persona: 'leader', name: '王队长', duty: '汽车维护服务队队长 · 发布时段、派单' },
  { persona: 'admin', name: '陈老师', duty: '团委管理员 · 创建活动、推送通知、审核成员' },
];
