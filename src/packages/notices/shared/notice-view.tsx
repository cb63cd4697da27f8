import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useTempUrls } from '@/hooks/use-temp-urls';
import type { NoticeDetail } from '@/services/notices';
import { confirmModeLabels } from './labels';
import { NoticeBody } from './notice-body';
import { momentText } from '@core/date-words';

/** 附件: the notice's attached images, tap to view them large. */
function Attachments({ fileIds }: { fileIds: string[] }) {
  const { urls, message, retry } = useTempUrls(fileIds);
  const shown = fileIds.flatMap((id) => {
    const url = urls[id];
    return url?.ok ? [url.tempUrl] : [];
  });
  return (
    <View className="notice-attachments">
      <Text className="notice-card__section-title">附件（{fileIds.length}）</Text>
      <View className="notice-attachments__grid">
        {fileIds.map((id) => {
          const url = urls[id];
          return url?.ok ? (
            <Image
              key={id}
              className="notice-attachments__image"
              src={url.tempUrl}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: shown, current: url.tempUrl })}
            />
          ) : (
            <View key={id} className="notice-attachments__image notice-body__image-missing">
              <Text>{url && !url.ok ? url.message : '加载中…'}</Text>
            </View>
          );
        })}
      </View>
      {message && (
        <Text className="notice-card__error" onClick={retry}>
          {message}，点击重试
        </Text>
      )}
    </View>
  );
}

/** Title, meta, the rendered body and attachments; the compose page's preview uses it too. */
export function NoticeView({
  notice,
}: {
  notice: Pick<NoticeDetail, 'title' | 'body' | 'authorName' | 'publishedAt' | 'confirmMode' | 'pinned'> &
    Partial<Pick<NoticeDetail, 'attachments' | 'history'>>;
}) {
  return (
    <View className="notice-card notice-view">
      <Text className="notice-card__title notice-view__title">{notice.title}</Text>
      <View className="notice-card__meta">
        {notice.pinned && <Text className="notice-tag">置顶</Text>}
        <Text>{notice.authorName}</Text>
        {notice.publishedAt && <Text>{momentText(notice.publishedAt)}</Text>}
        {notice.confirmMode !== 'read' && <Text>{confirmModeLabels[notice.confirmMode]}</Text>}
        {!!notice.history?.length && <Text className="notice-tag notice-tag--muted notice-view__edited">已编辑</Text>}
      </View>
      <NoticeBody blocks={notice.body} />
      {!!notice.attachments?.length && <Attachments fileIds={notice.attachments} />}
    </View>
  );
}
