import { checkMembershipForm, type MembershipFormInput } from './membership-fields';
import { memberNoSchema, personNameSchema, phoneSchema } from './membership.schema';

// The app validates with the pure checker and the server with zod: they must agree on every sample.
const valid: MembershipFormInput = {
  name: '赵同学',
  memberNo: '2024110301',
  kind: 'student',
  orgUnitId: 'ou-class-qx2301',
  orgUnitIsClass: true,
  teamId: '',
  phone: '',
};

test.each(['', '   ', '赵同学', 'x'.repeat(20), 'x'.repeat(21), 'a\u0007b'])('name %j: form and zod agree', (name) => {
  expect(checkMembershipForm({ ...valid, name }).name === undefined).toBe(personNameSchema.safeParse(name).success);
});

test.each(['', '12345', '123456', 'T2015031', ' 2024110301 ', 'x'.repeat(21), '2024-1103', '二〇二四一一'])(
  'memberNo %j: form and zod agree',
  (memberNo) => {
    expect(checkMembershipForm({ ...valid, memberNo }).memberNo === undefined).toBe(memberNoSchema.safeParse(memberNo).success);
  },
);

test.each(['13800000000', '12800000000', '1380000000', '138000000001', ' 13800000000 ', '+8613800000000'])(
  'phone %j: form and zod agree',
  (phone) => {
    expect(checkMembershipForm({ ...valid, phone }).phone === undefined).toBe(phoneSchema.safeParse(phone).success);
  },
);

test('a complete form has no errors; kind, unit and the student-needs-a-class rule are checked', () => {
  expect(checkMembershipForm(valid)).toEqual({});
  expect(checkMembershipForm({ ...valid, kind: '', orgUnitId: '' })).toEqual({ kind: '请选择身份', orgUnitId: '请选择所在组织' });
  expect(checkMembershipForm({ ...valid, orgUnitIsClass: false }).orgUnitId).toBe('学生请选择所在班级');
  expect(checkMembershipForm({ ...valid, kind: 'teacher', orgUnitIsClass: false })).toEqual({});
});
