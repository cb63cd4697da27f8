import type { NoticeBlock } from '@/services/notices';

/** A block as the compose page edits it; `toBlocks` turns the list into the stored body. */
export type EditorBlock =
  | { key: number; type: 'paragraph'; text: string; bold: boolean; linkText: string; linkUrl: string }
  | { key: number; type: 'list'; text: string; ordered: boolean }
  | { key: number; type: 'image'; fileIds: string[] };

export const PARAGRAPH_MAX = 2000;
export const LIST_ITEMS_MAX = 30;
export const BLOCKS_MAX = 100;
const LINK = /^https?:\/\/[^\s<>"']+$/i;

let lastKey = 0;
const nextKey = () => (lastKey += 1);

export const newBlock = (type: EditorBlock['type']): EditorBlock =>
  type === 'paragraph'
    ? { key: nextKey(), type, text: '', bold: false, linkText: '', linkUrl: '' }
    : type === 'list'
      ? { key: nextKey(), type, text: '', ordered: false }
      : { key: nextKey(), type, fileIds: [] };

const listItems = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The body as the server stores it; empty blocks are left out. */
export function toBlocks(blocks: EditorBlock[]): NoticeBlock[] {
  return blocks.flatMap((block): NoticeBlock[] => {
    if (block.type === 'image') return block.fileIds.length ? [{ type: 'image', fileId: block.fileIds[0] }] : [];
    if (block.type === 'list') {
      const items = listItems(block.text);
      return items.length ? [{ type: 'list', ordered: block.ordered, items: items.map((text) => [{ text }]) }] : [];
    }
    const text = block.text.trim();
    const url = block.linkUrl.trim();
    const runs = [
      ...(text ? [block.bold ? { text, bold: true } : { text }] : []),
      ...(url ? [{ text: block.linkText.trim() || url, link: url }] : []),
    ];
    return runs.length ? [{ type: 'paragraph', children: runs }] : [];
  });
}

/** A saved body back into editor blocks (a draft to continue, or a published notice to correct). */
export function fromBlocks(body: NoticeBlock[]): EditorBlock[] {
  const blocks = body.map((block): EditorBlock => {
    if (block.type === 'image') return { key: nextKey(), type: 'image', fileIds: [block.fileId] };
    if (block.type === 'list') {
      return {
        key: nextKey(),
        type: 'list',
        ordered: block.ordered,
        text: block.items.map((item) => item.map((run) => run.text).join('')).join('\n'),
      };
    }
    const plain = block.children.filter((run) => !run.link);
    const link = block.children.find((run) => run.link);
    return {
      key: nextKey(),
      type: 'paragraph',
      text: plain.map((run) => run.text).join(''),
      bold: plain.length > 0 && plain.every((run) => run.bold),
      linkText: link && link.text !== link.link ? link.text : '',
      linkUrl: link?.link ?? '',
    };
  });
  return blocks.length ? blocks : [newBlock('paragraph')];
}

export const bodyChars = (body: NoticeBlock[]) =>
  body.reduce((sum, block) => {
    if (block.type === 'paragraph') return sum + block.children.reduce((n, run) => n + run.text.length, 0);
    if (block.type === 'list') return sum + block.items.flat().reduce((n, run) => n + run.text.length, 0);
    return sum;
  }, 0);

/** What the server would refuse in the editor's blocks, in the editor's words; null when fine. */
export function blocksProblem(blocks: EditorBlock[]): string | null {
  for (const [index, block] of blocks.entries()) {
    const where = `第 ${index + 1} 块`;
    if (block.type === 'paragraph') {
      const url = block.linkUrl.trim();
      if (block.linkText.trim() && !url) return `${where}：请填写链接地址`;
      if (url && !LINK.test(url)) return `${where}：链接应以 http:// 或 https:// 开头`;
      if (url.length > 500) return `${where}：链接过长`;
    }
    if (block.type === 'list' && listItems(block.text).length > LIST_ITEMS_MAX) return `${where}：列表最多 ${LIST_ITEMS_MAX} 项`;
  }
  return null;
}
