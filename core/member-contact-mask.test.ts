import { maskMemberNo, maskName, maskPhone, presentContact } from './member-contact-mask';

describe('presentContact: full for self and admins, masked for everyone else', () => {
  const member = { name: '张同学', memberNo: '2023110215', phone: '13812345678' };

  it.each([
    ['self', { isSelf: true, isAdmin: false }],
    ['admin', { isSelf: false, isAdmin: true }],
  ])('%s sees everything', (_, viewer) => {
    expect(presentContact(member, viewer)).toEqual({ ...member, contactMasked: false });
  });

  it('another member sees the middle hidden, the name untouched', () => {
    expect(presentContact(member, { isSelf: false, isAdmin: false })).toEqual({
      name: '张同学',
      memberNo: '20******15',
      phone: '138****5678',
      contactMasked: true,
    });
  });

  it('keeps absent fields absent and never reveals short values', () => {
    expect(presentContact({ memberNo: null, phone: null }, { isSelf: false, isAdmin: false })).toEqual({
      memberNo: null,
      phone: null,
      contactMasked: true,
    });
    expect(maskMemberNo('T201')).toBe('****');
    expect(maskPhone('1381234')).toBe('*******');
    expect(maskMemberNo('T2015031')).toBe('T2****31');
  });
});

describe('maskName', () => {
  it('keeps the first (and, from three characters, the last) character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('李小明')).toBe('李*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('王')).toBe('*');
  });
});
