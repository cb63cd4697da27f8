import type { Role } from '@core/roles';

/**
 * Badge text for each role as the app shows it. Kept beside the badge because it is
 * UI copy; core's `roleLabels` says 教职工 for teacher, the product copy says 教师.
 */
export const roleBadgeLabels: Record<Role, string> = {
  guest: '访客',
  student: '学生',
  teacher: '教师',
  volunteer: '志愿者',
  leader: '队长',
  admin: '团委管理员',
};
