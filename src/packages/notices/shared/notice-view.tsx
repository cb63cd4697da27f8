import { Text, View } from '@tarojs/components';
import { formatShanghaiMinute } from '@/format/shanghai-time';
import type { NoticeDetail } from '@/services/notices';
import { confirmModeLabels } from './labels';
import { NoticeBody } from './notice-body';

/** Title, meta and the rendered body; the compose page's preview uses it too. */
export function NoticeView({
  notice,
}: {
  notice: Pick<NoticeDetail, 'title' | 'body' | 'authorName' | 'publishedAt' | 'confirmMode' | 'pinned'>;
}) {
  return (
    <View className="notice-card notice-view">
      <Text className="notice-card__title notice-view__title">{notice.title}</Text>
      <View className="notice-card__meta">
        {notice.pinned && <Text className="notice-tag">置顶</Text>}
        <Text>{notice.authorName}</Text>
        {notice.publishedAt && <Text>{formatShanghaiMinute(notice.publishedAt)}</Text>}
        {notice.confirmMode !== 'read' && <Text>{confirmModeLabels[notice.confirmMode]}</Text>}
      </View>
      <NoticeBody blocks={notice.body} />
    </View>
  );
}
