import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EmptyState } from '@/components/empty-state';
import { useNoticeBadge } from '@/hooks/use-notice-badge';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import emptyImage from '@/assets/empty/feed.svg';
import './index.scss';

export default function HomePage() {
  useSignInRequired();
  const { unread, refresh } = useNoticeBadge();
  usePullDownRefreshAction(refresh);
  return (
    <View>
      <View className="home-banner">
        <Text className="home-banner__title">星火志愿</Text>
        <Text className="home-banner__subtitle">党建 + 志愿服务 · 汽车与信息工程学院</Text>
      </View>
      <View className="home-notices" onClick={() => Taro.navigateTo({ url: routes.notices })}>
        <View className="home-notices__text">
          <Text className="home-notices__title">团委通知</Text>
          <Text className="home-notices__hint">{unread ? `${unread} 条未读，点击查看` : '学院团委发给你的通知'}</Text>
        </View>
        {unread ? <Text className="home-notices__badge">{unread > 99 ? '99+' : unread}</Text> : null}
        <Text className="home-notices__arrow">›</Text>
      </View>
      <View className="home-empty">
        <EmptyState image={emptyImage} title="动态还在路上" hint="活动报名和服务进度会汇集在这里，下拉即可刷新" />
      </View>
    </View>
  );
}
