import { Image, Text, View } from '@tarojs/components';
import type { NoticeBlock } from '@/services/notices';
import { useTempUrls } from '@/hooks/use-temp-urls';

type Run = Extract<NoticeBlock, { type: 'paragraph' }>['children'][number];

/** One text run: bold as weight, a link as its text followed by the address (no markup is ever built). */
function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, index) => (
        <Text
          key={index}
          className={`notice-body__run ${run.bold ? 'notice-body__run--bold' : ''} ${run.link ? 'notice-body__run--link' : ''}`}
        >
          {run.link && run.link !== run.text ? `${run.text}（${run.link}）` : run.text}
        </Text>
      ))}
    </>
  );
}

/** Draws a notice's structured body: paragraphs, lists and images (through cached temporary URLs). */
export function NoticeBody({ blocks }: { blocks: NoticeBlock[] }) {
  const fileIds = blocks.flatMap((block) => (block.type === 'image' ? [block.fileId] : []));
  const { urls, message, retry } = useTempUrls(fileIds);
  return (
    <View className="notice-body">
      {blocks.map((block, index) => {
        if (block.type === 'paragraph') {
          return (
            <View key={index} className="notice-body__paragraph">
              <Runs runs={block.children} />
            </View>
          );
        }
        if (block.type === 'list') {
          return (
            <View key={index} className="notice-body__list">
              {block.items.map((item, itemIndex) => (
                <View key={itemIndex} className="notice-body__item">
                  <Text className="notice-body__marker">{block.ordered ? `${itemIndex + 1}.` : '•'}</Text>
                  <View className="notice-body__item-text">
                    <Runs runs={item} />
                  </View>
                </View>
              ))}
            </View>
          );
        }
        const url = urls[block.fileId];
        if (url?.ok) return <Image key={index} className="notice-body__image" src={url.tempUrl} mode="widthFix" />;
        return (
          <View key={index} className="notice-body__image-missing" onClick={message ? retry : undefined}>
            <Text>{url && !url.ok ? url.message : message ? `${message}，点击重试` : '图片加载中…'}</Text>
          </View>
        );
      })}
    </View>
  );
}
