import { changeLines } from '../../src/packages/admin/audit/audit-lines';

// What an admin reads on an 操作记录 card: only what changed, in words.
describe('audit change lines', () => {
  it('shows each changed field as old → new and hides unchanged ones', () => {
    expect(changeLines({ before: { team: '汽车服务队', role: null }, after: { team: '汽车服务队', role: '队长' } })).toEqual([
      '角色：无 → 队长',
    ]);
  });

  it('shows a creation by its new values and a removal by its old ones', () => {
    expect(changeLines({ before: null, after: { name: '汽修2401班', kind: '班级' } })).toEqual(['名称：汽修2401班', '类型：班级']);
    expect(changeLines({ before: { name: '汽修2001班' }, after: null })).toEqual(['名称：汽修2001班（已删除）']);
  });

  it('reads two lists as what was added, removed or only reordered', () => {
    expect(changeLines({ before: { tags: ['保养'] }, after: { tags: ['保养', '保险'] } })).toEqual(['标签新增：保险']);
    expect(changeLines({ before: { tags: ['保养', '故障'] }, after: { tags: ['故障灯', '保养'] } })).toEqual([
      '标签新增：故障灯',
      '标签移除：故障',
    ]);
    expect(changeLines({ before: { tags: ['保养', '故障'] }, after: { tags: ['故障', '保养'] } })).toEqual(['标签：调整了顺序']);
  });

  it('joins a created list and names an empty value', () => {
    expect(changeLines({ before: null, after: { tags: ['保养', '保险'], role: null } })).toEqual(['标签：保养、保险', '角色：无']);
  });
});
