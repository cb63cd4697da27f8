import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { ReviewItem } from '@core/qa.types';
import { momentText } from '@core/date-words';

export interface ReviewCardProps {
  item: ReviewItem;
  /** True while a decision on this post is being sent. @default false */
  busy?: boolean;
  onRestore: () => void;
  onDelete: () => void;
}

/** One hidden post with what the reviewer needs: the text, who wrote it, why it was hidden. */
export function ReviewCard({ item, busy = false, onRestore, onDelete }: ReviewCardProps) {
  const why = item.hiddenBy === 'reports' ? `${item.reportCount} 人举报后自动隐藏` : '管理员已隐藏';
  return (
    <View className={`admin-page__card review-card review-card--${item.targetId}`}>
      <Text className="admin-page__card-title">
        {item.kind === 'question' ? '问题' : '回答'} · {item.title}
      </Text>
      <Text className="review-card__body">{item.body || '（无正文）'}</Text>
      <Text className="admin-page__card-line">作者：{item.authorName}</Text>
      <Text className="admin-page__card-line">
        {why} · {momentText(item.hiddenAt)}
      </Text>
      {item.reportReasons.length > 0 && <Text className="admin-page__card-line">举报理由：{item.reportReasons.join('；')}</Text>}
      <View className="admin-page__card-actions">
        <Button className="review-card__delete" variant="danger" disabled={busy} onClick={onDelete}>
          删除
        </Button>
        <Button className="review-card__restore" variant="primary" block={false} disabled={busy} onClick={onRestore}>
          {busy ? '处理中…' : '恢复显示'}
        </Button>
      </View>
    </View>
  );
}
