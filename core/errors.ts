/**
 * The closed set of error codes an action may answer with. The app shows the
 * Chinese message and logs the code.
 */
export const errorMessages = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '没有权限进行此操作',
  INVALID_INPUT: '提交的信息有误，请检查后重试',
  UNKNOWN_ACTION: '不支持的操作',
  UNKNOWN_FUNCTION: '服务不存在',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  NOT_FOUND: '内容不存在或已删除',
  CONFLICT: '操作冲突，请稍后重试',
  NETWORK: '网络异常，请检查网络后重试',
  INTERNAL: '服务开小差了，请稍后再试',
  TIMEOUT: '服务响应超时，请稍后再试',
  SLOT_FULL: '该时段已约满，请选择其他时段',
  ALREADY_BOOKED: '你已预约该时段，无需重复预约',
  SLOT_UNAVAILABLE: '该时段已停止预约或已取消',
  BOOKING_NOT_OPEN: '该时段尚未开放预约',
  BOOKING_CLOSED: '该时段已截止预约，请选择其他时段',
  SERVICE_NOT_FOR_YOU: '该服务暂不面向你的身份开放预约',
  CANCEL_TOO_LATE: '已过取消截止时间，如需取消请联系服务队队长',
  INVALID_TRANSITION: '当前预约状态不能进行此操作',
  RATED_ALREADY: '你已评价过本次服务',
  MEMBER_NO_TAKEN: '该学号/工号已被其他微信账号绑定，如有疑问请联系团委',
  ALREADY_MEMBER: '你的微信已绑定学号/工号，如需更换请先解除绑定',
  APPLICATION_PENDING: '你已有一份待审核的申请，请等待团委审核',
  APPLICATION_CLOSED: '该申请已处理，无需重复操作',
  NOT_A_MEMBER: '该用户不是在册成员',
  ORG_UNIT_IN_USE: '该组织下还有下级组织、服务队或成员，不能删除',
  PLAN_STALE: '数据在预览后已发生变化，请重新预览后再执行',
  FILE_NOT_IMAGE: '只能上传图片（JPG、PNG、GIF、WebP）',
  FILE_TOO_LARGE: '文件过大，图片不能超过 5 MB',
  FILE_NOT_UPLOADED: '文件不存在或上传未完成，请重新上传',
  CONTENT_RISKY: '内容可能含有不当信息，请修改后再提交',
  EDIT_WINDOW_CLOSED: '发布超过 15 分钟后不能再修改，如需更正请删除后重新发布',
  ANSWER_ALREADY_ACCEPTED: '该问题已采纳了其他回答',
  NOTICE_STATE: '该通知当前状态不能进行此操作',
  REMIND_TOO_SOON: '一小时内已提醒过未读成员，请稍后再试',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, code);
