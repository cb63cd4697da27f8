/**
 * Who a caller is to the app. Every signed-in caller holds at least one role:
 * a WeChat identity that has not been approved as a member is a `guest`.
 */
export const ROLES = ['guest', 'student', 'teacher', 'volunteer', 'leader', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Chinese labels for role badges. */
export const roleLabels: Record<Role, string> = {
  guest: '访客',
  student: '学生',
  teacher: '教师',
  volunteer: '志愿者',
  leader: '队长',
  admin: '团委管理员',
};

/** Any signed-in caller, guests included — spelled out so an action's rule is always explicit. */
export const EVERYONE: readonly Role[] = ROLES;
