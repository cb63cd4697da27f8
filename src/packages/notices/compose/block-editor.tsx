import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { Chip } from '@/components/chip';
import { PhotoPicker } from '@/components/photo-picker';
import { BLOCKS_MAX, LIST_ITEMS_MAX, newBlock, PARAGRAPH_MAX, type EditorBlock } from './editor-blocks';

const blockLabels: Record<EditorBlock['type'], string> = { paragraph: '段落', list: '列表', image: '图片' };

interface Change {
  text?: string;
  bold?: boolean;
  linkText?: string;
  linkUrl?: string;
  ordered?: boolean;
  fileIds?: string[];
}

/**
 * 正文 as a list of blocks: paragraphs (加粗, an optional link), lists (one item per line) and
 * images through PhotoPicker (`notice-image`). Images are kept on remove: a saved notice may use them.
 */
export function BlockEditor({
  blocks,
  onChange,
  disabled,
  onUploadingChange,
}: {
  blocks: EditorBlock[];
  onChange: (update: (previous: EditorBlock[]) => EditorBlock[]) => void;
  disabled: boolean;
  onUploadingChange: (key: string, uploading: boolean) => void;
}) {
  const change = (key: number, patch: Change) =>
    onChange((previous) => previous.map((block) => (block.key === key ? ({ ...block, ...patch } as EditorBlock) : block)));
  const remove = (key: number) => onChange((previous) => previous.filter((block) => block.key !== key));
  const move = (index: number, by: -1 | 1) =>
    onChange((previous) => {
      const next = [...previous];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const add = (type: EditorBlock['type']) => onChange((previous) => [...previous, newBlock(type)]);

  return (
    <>
      {blocks.map((block, index) => (
        <View key={block.key} className={`notice-field__paragraph notice-block notice-block--${block.type}`}>
          <View className="notice-field__paragraph-tools notice-block__header">
            <Text className="notice-block__kind">{blockLabels[block.type]}</Text>
            {index > 0 && (
              <Button variant="text" className="notice-block__up" onClick={() => move(index, -1)}>
                上移
              </Button>
            )}
            {index < blocks.length - 1 && (
              <Button variant="text" className="notice-block__down" onClick={() => move(index, 1)}>
                下移
              </Button>
            )}
            {blocks.length > 1 && (
              <Button variant="text" className="notice-block__remove" onClick={() => remove(block.key)}>
                删除
              </Button>
            )}
          </View>
          {block.type === 'paragraph' && (
            <>
              <Textarea
                className={`notice-field__textarea notice-compose__paragraph ${block.bold ? 'notice-body__run--bold' : ''}`}
                value={block.text}
                maxlength={PARAGRAPH_MAX}
                placeholder={index === 0 ? '第一段正文' : '下一段正文'}
                onInput={(e) => change(block.key, { text: e.detail.value })}
              />
              <View className="notice-field__paragraph-tools">
                <Chip
                  className="notice-compose__bold"
                  selected={Boolean(block.bold)}
                  onClick={() => change(block.key, { bold: !block.bold })}
                >
                  加粗
                </Chip>
              </View>
              <View className="notice-block__link">
                <Input
                  className="notice-field__input notice-compose__link-text"
                  value={block.linkText}
                  maxlength={100}
                  placeholder="链接文字（可选）"
                  onInput={(e) => change(block.key, { linkText: e.detail.value })}
                />
                <Input
                  className="notice-field__input notice-compose__link-url"
                  value={block.linkUrl}
                  maxlength={500}
                  placeholder="链接地址 https://…（可选）"
                  onInput={(e) => change(block.key, { linkUrl: e.detail.value })}
                />
              </View>
            </>
          )}
          {block.type === 'list' && (
            <>
              <Textarea
                className="notice-field__textarea notice-compose__list"
                value={block.text}
                maxlength={PARAGRAPH_MAX}
                placeholder={`每行一项，最多 ${LIST_ITEMS_MAX} 项`}
                onInput={(e) => change(block.key, { text: e.detail.value })}
              />
              <View className="notice-field__paragraph-tools">
                <Chip
                  className="notice-compose__ordered"
                  selected={Boolean(block.ordered)}
                  onClick={() => change(block.key, { ordered: !block.ordered })}
                >
                  编号
                </Chip>
              </View>
            </>
          )}
          {block.type === 'image' && (
            <PhotoPicker
              purpose="notice-image"
              value={block.fileIds}
              max={1}
              deleteOnRemove={false}
              disabled={disabled}
              onChange={(fileIds) => change(block.key, { fileIds })}
              onUploadingChange={(uploading) => onUploadingChange(`block-${block.key}`, uploading)}
            />
          )}
        </View>
      ))}
      {blocks.length < BLOCKS_MAX && (
        <View className="notice-field__paragraph-tools notice-block__adders">
          <Button variant="text" className="notice-compose__add-paragraph" onClick={() => add('paragraph')}>
            ＋ 段落
          </Button>
          <Button variant="text" className="notice-compose__add-list" onClick={() => add('list')}>
            ＋ 列表
          </Button>
          <Button variant="text" className="notice-compose__add-image" onClick={() => add('image')}>
            ＋ 图片
          </Button>
        </View>
      )}
    </>
  );
}
