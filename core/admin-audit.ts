/**
 * The admin audit trail: every change that shapes who may do what — role grants, membership
 * reviews, team changes, roster imports, org-unit edits, moderation decisions — recorded with
 * who made it, when, and the state before and after. Kinds are named here once; each carries
 * the Chinese label the audit page shows.
 */
export const ADMIN_AUDIT_KINDS = {
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'membership.review': '成员审核',
  'member.status': '成员状态变更',
  'member.identity': '志愿者编号与证件',
  'team.create': '新建服务队',
  'team.update': '修改服务队',
  'team.archive': '归档服务队',
  'team.join': '入队审核',
  'team.roster': '队员变更',
  'roster.import': '导入名册',
  'orgUnit.save': '保存组织',
  'orgUnit.remove': '删除组织',
  'orgUnit.rollover': '学年换届',
  'qa.moderate': '问答审核',
  'qa.tags': '问答标签',
  'activity.cancel': '取消活动',
  'activity.postpone': '活动改期',
  'honours.settings': '荣誉设置',
  'honours.withdraw': '撤回星级',
  'hours.reverse': '撤销时长',
  'export.layout': '导出版式',
} as const;

export type AdminAuditKind = keyof typeof ADMIN_AUDIT_KINDS;

/** What the change was made to; `label` is the name a reader recognises (a member's name, a team's). */
export interface AdminAuditTarget {
  type: 'member' | 'team' | 'roster' | 'orgUnit' | 'qaPost' | 'qaTags' | 'activity' | 'honours' | 'hours' | 'exportLayout';
  id: string;
  label: string;
}

/** A plain snapshot of the fields the change touched; null when there was nothing before (or after). */
export type AdminAuditState = Record<string, string | number | boolean | null | string[]> | null;

/** The audit page's names for the fields a state snapshot may hold. */
export const ADMIN_AUDIT_FIELD_LABELS: Record<string, string> = {
  team: '服务队',
  role: '角色',
  status: '状态',
  name: '名称',
  kind: '类型',
  parentId: '上级',
  year: '学年',
  tags: '标签',
  visibility: '可见性',
  summary: '简介',
  contact: '联系方式',
  cover: '封面',
  orgUnitId: '所属组织',
  archived: '已归档',
  rows: '行数',
  created: '新增',
  updated: '更新',
  unchanged: '未变',
  promotedClasses: '升级班级',
  archivedClasses: '归档班级',
  graduatedMembers: '毕业成员',
  startAt: '开始时间',
  endAt: '结束时间',
  thresholds: '星级时长',
  noticeWorkingDays: '公示工作日',
  rules: '评优规则',
  level: '星级',
  minutes: '分钟',
};

/** One entry as the audit page reads it. */
export interface AdminAuditEntry {
  auditId: string;
  kind: AdminAuditKind;
  kindLabel: string;
  actorOpenid: string;
  actorName: string;
  target: AdminAuditTarget;
  before: AdminAuditState;
  after: AdminAuditState;
  /** Why, when the actor gave a reason (a decline, a removal). */
  reason: string;
  at: string;
}
