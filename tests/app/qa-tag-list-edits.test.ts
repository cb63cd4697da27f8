import { moveTag, removeTag, renameTag } from '../../src/packages/admin/qa-tags/tag-list-edits';

// The 问答标签 page saves whatever these answer, so the order askers see is exactly what the admin arranged.
const tags = ['保养', '故障', '保险', '年检'];

describe('qa tag list edits', () => {
  it('moves a tag one place up or down and leaves the others in order', () => {
    expect(moveTag(tags, 2, -1)).toEqual(['保养', '保险', '故障', '年检']);
    expect(moveTag(tags, 0, 1)).toEqual(['故障', '保养', '保险', '年检']);
  });

  it('keeps the list as it is when a move would leave it', () => {
    expect(moveTag(tags, 0, -1)).toEqual(tags);
    expect(moveTag(tags, 3, 1)).toEqual(tags);
  });

  it('renames in place and removes only the chosen tag', () => {
    expect(renameTag(tags, 1, '故障灯')).toEqual(['保养', '故障灯', '保险', '年检']);
    expect(removeTag(tags, 1)).toEqual(['保养', '保险', '年检']);
  });

  it('never edits the list it was given', () => {
    const before = [...tags];
    moveTag(tags, 1, 1);
    renameTag(tags, 1, 'x');
    removeTag(tags, 1);
    expect(tags).toEqual(before);
  });
});
