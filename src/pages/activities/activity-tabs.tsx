import { Text, View } from '@tarojs/components';

/** The list's three views, as `activities.list` names them. */
export type ActivityListTab = 'upcoming' | 'mine' | 'past';

const tabs: { value: ActivityListTab; label: string }[] = [
  // Not yet ended: running ones come first, tagged 进行中.
  { value: 'upcoming', label: '近期活动' },
  { value: 'mine', label: '我的报名' },
  { value: 'past', label: '往期' },
];

export interface ActivityTabsProps {
  tab: ActivityListTab;
  onTab: (tab: ActivityListTab) => void;
}

/** 近期活动 / 我的报名 / 往期 as a segmented control. */
export function ActivityTabs({ tab, onTab }: ActivityTabsProps) {
  return (
    <View className="activity-tabs">
      {tabs.map((item) => (
        <Text
          key={item.value}
          className={`activity-tabs__tab activity-tabs__tab--${item.value} ${tab === item.value ? 'activity-tabs__tab--active' : ''}`}
          onClick={() => onTab(item.value)}
        >
          {item.label}
        </Text>
      ))}
    </View>
  );
}
