import { Text, View } from '@tarojs/components';
import { ListPlaceholderPage } from '@/components/list-placeholder-page';
import emptyImage from '@/assets/empty/feed.svg';
import './index.scss';

export default function HomePage() {
  return (
    <View>
      <View className="home-banner">
        <Text className="home-banner__title">星火志愿</Text>
        <Text className="home-banner__subtitle">党建 + 志愿服务 · 汽车与信息工程学院</Text>
      </View>
      <ListPlaceholderPage image={emptyImage} title="动态还在路上" hint="通知公告、活动报名和服务进度会汇集在这里，下拉即可刷新" />
    </View>
  );
}
