/** A valid application for a fresh student of 汽修2301班, overridable per test. */
export const studentApplication = (memberNo: string, extra: Record<string, unknown> = {}) => ({
  name: '测试同学',
  memberNo,
  kind: 'student',
  orgUnitId: 'ou-class-qx2301',
  ...extra,
});
