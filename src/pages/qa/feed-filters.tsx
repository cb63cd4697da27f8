import { ScrollView, Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import './feed-filters.scss';

/** The tabs a member picks from; a chosen tag replaces them (the server pages one filter at a time). */
export type FeedTab = 'latest' | 'unanswered' | 'mine';

const tabs: { value: FeedTab; label: string }[] = [
  { value: 'latest', label: '最新' },
  { value: 'unanswered', label: '待解答' },
  { value: 'mine', label: '我的' },
];

export interface FeedFiltersProps {
  tab: FeedTab;
  /** The chosen tag, or null for the tab's feed. */
  tag: string | null;
  tags: readonly string[];
  onTab: (tab: FeedTab) => void;
  /** Called with the tapped tag, or null when the chosen tag is tapped again. */
  onTag: (tag: string | null) => void;
}

/** 最新 / 待解答 / 我的, and a scrolling row of tag chips under them. */
export function FeedFilters({ tab, tag, tags, onTab, onTag }: FeedFiltersProps) {
  return (
    <View className="feed-filters">
      <View className="feed-filters__tabs">
        {tabs.map((item) => (
          <Text
            key={item.value}
            className={`feed-filters__tab feed-filters__tab--${item.value} ${!tag && tab === item.value ? 'feed-filters__tab--active' : ''}`}
            onClick={() => onTab(item.value)}
          >
            {item.label}
          </Text>
        ))}
      </View>
      <ScrollView className="feed-filters__tags" scrollX enableFlex>
        {tags.map((name) => (
          <Chip key={name} className="feed-filters__tag" selected={tag === name} onClick={() => onTag(tag === name ? null : name)}>
            {name}
          </Chip>
        ))}
      </ScrollView>
    </View>
  );
}
