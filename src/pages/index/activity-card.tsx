import { Button } from '@/components/button';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { HomeActivity } from '@core/home.contract';
import { routes } from '@/navigation/routes';
import { HomeCard, HomeLine } from './home-card';
import { momentText, rangeText } from '@core/date-words';

const changeTag = (activity: HomeActivity): string | null => {
  if (activity.change === 'cancelled') return '已取消';
  if (activity.change === 'postponed') return '已改期';
  if (activity.checkinOpen) return '签到中';
  return null;
};

/** 我的活动: one of the next activities I signed up for, its change if any, and 扫码签到 / 扫码签退 while check-in is open. */
export function ActivityCard({ activity }: { activity: HomeActivity }) {
  const tag = changeTag(activity);
  const scanLabel = activity.checkinOpen ? (!activity.checkedIn ? '扫码签到' : activity.checkoutDue ? '扫码签退' : null) : null;
  return (
    <HomeCard title="我的活动" page={`${routes.activity}?activityId=${activity.activityId}`}>
      <View className="home-line">
        <Text className="home-line__main">{activity.title}</Text>
        {tag ? <Text className={`home-tag home-tag--${activity.change ?? 'open'}`}>{tag}</Text> : null}
      </View>
      <HomeLine main={rangeText(activity.startAt, activity.endAt)} hint={activity.place} />
      {activity.change === 'postponed' && activity.movedFrom ? (
        <HomeLine main={`原定 ${momentText(activity.movedFrom)}`} hint={activity.changeReason ?? undefined} />
      ) : null}
      {activity.change === 'cancelled' ? <HomeLine main={`取消原因：${activity.changeReason ?? '未说明'}`} /> : null}
      {!activity.change && !activity.checkinOpen ? <HomeLine main={`${momentText(activity.checkinOpensAt)} 起可签到`} /> : null}
      {scanLabel ? (
        <Button
          className="home-card__action"
          variant="primary"
          block={false}
          onClick={(event) => {
            event.stopPropagation();
            void Taro.navigateTo({ url: routes.activityScan });
          }}
        >
          {scanLabel}
        </Button>
      ) : null}
    </HomeCard>
  );
}
