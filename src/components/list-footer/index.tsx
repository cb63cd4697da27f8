import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ListFooterProps {
  /** More pages exist on the server. */
  hasMore: boolean;
  /** A page is on its way. */
  loading: boolean;
  /** Loads the next page; reaching the bottom calls it too, the tap is for when it did not. */
  onLoadMore: () => void;
}

/** The row under a paged list: 加载更多 / 加载中… / 没有更多了. */
export function ListFooter({ hasMore, loading, onLoadMore }: ListFooterProps) {
  return (
    <View className="list-footer" onClick={hasMore && !loading ? onLoadMore : undefined}>
      <Text className="list-footer__text">{loading ? '加载中…' : hasMore ? '加载更多' : '没有更多了'}</Text>
    </View>
  );
}
