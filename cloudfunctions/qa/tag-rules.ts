import { ActionError } from '../_lib/action-error';
import { readTagCatalogue } from './tag-catalogue.repository';

/**
 * Tags come from the admins' catalogue; a question being edited may keep a tag that has since
 * been removed from it (`kept`), but cannot add one.
 */
export const requireKnownTags = async (tags: string[], kept: readonly string[] = []): Promise<void> => {
  const catalogue = new Set(await readTagCatalogue());
  const unknown = tags.find((tag) => !catalogue.has(tag) && !kept.includes(tag));
  if (unknown !== undefined) throw new ActionError('INVALID_INPUT', `提交的信息有误：标签「${unknown}」不在标签列表中`);
};
