import { forbiddenMessage, isPermitted } from './authorization';

describe('isPermitted and forbiddenMessage', () => {
  const adminOrSelf = { allow: ['admin'] as const, owner: { resource: 'member' as const, param: 'openid' } };

  it('lets a listed role or, with an ownership rule, the owner in', () => {
    expect(isPermitted(adminOrSelf, ['admin'], false)).toBe(true);
    expect(isPermitted(adminOrSelf, ['student'], true)).toBe(true);
    expect(isPermitted(adminOrSelf, ['student'], false)).toBe(false);
    expect(isPermitted({ allow: ['admin'] }, ['student'], true)).toBe(false);
  });

  it('says in Chinese who may do it', () => {
    expect(forbiddenMessage(adminOrSelf)).toBe('没有权限：仅团委管理员、本人可以进行此操作');
    expect(forbiddenMessage({ allow: [], owner: adminOrSelf.owner })).toBe('没有权限：仅本人可以进行此操作');
  });
});
