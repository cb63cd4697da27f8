import { Text, View } from '@tarojs/components';
import type { NoticeSummary } from '@/services/notices';
import { confirmModeLabels } from './labels';
import { momentText } from '@core/date-words';

/** One notice in the feed: a red dot while unread, 置顶 / 已撤回 / 待确认 tags, author and time. */
export function NoticeRow({ notice, onOpen }: { notice: NoticeSummary; onOpen: (notice: NoticeSummary) => void }) {
  const recalled = notice.status === 'recalled';
  const pending = !recalled && notice.confirmMode !== 'read' && !notice.confirmed;
  return (
    <View className={`notice-row ${notice.read ? 'notice-row--read' : 'notice-row--unread'}`} onClick={() => onOpen(notice)}>
      <View className="notice-row__header">
        {!notice.read && !recalled && <View className="notice-row__dot" aria-label="未读" />}
        {notice.pinned && !recalled && <Text className="notice-tag">置顶</Text>}
        <Text className="notice-row__title">{notice.title}</Text>
        {recalled && <Text className="notice-tag notice-tag--muted">已撤回</Text>}
        {pending && <Text className="notice-tag">{confirmModeLabels[notice.confirmMode]}</Text>}
      </View>
      <View className="notice-row__meta">
        <Text>{notice.authorName}</Text>
        <Text>{momentText(notice.publishedAt)}</Text>
        {notice.confirmed && <Text>已确认</Text>}
      </View>
    </View>
  );
}
